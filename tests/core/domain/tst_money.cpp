// Money in each currency's own units: ISO 4217 decimals, typed entry per locale (English, German,
// Chinese and a few more), display, and the exact way to and from the remote's JSON numbers.

#include "domain/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace rd;

Q_DECLARE_METATYPE(std::optional<rd::MinorUnits>)

namespace {

const QString USD = QStringLiteral("USD");
const QString EUR = QStringLiteral("EUR");
const QString JPY = QStringLiteral("JPY");
const QString KWD = QStringLiteral("KWD");
const QString CLF = QStringLiteral("CLF");

/// What Qt writes for the value in a compact document: {"v":<number>}.
QByteArray written(MinorUnits value, const QString &currency)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("v"), Money::toJson(value, currency) } })
        .toJson(QJsonDocument::Compact);
}

/// The JSON number a person would write for the value: its decimals without trailing zeros.
QByteArray expectedNumber(MinorUnits value, const QString &currency)
{
    QString text = Money::toDecimal(value, currency);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return "{\"v\":" + text.toLatin1() + '}';
}

} // namespace

class MoneyTest : public QObject
{
    Q_OBJECT
private slots:
    void decimalsFollowIso4217()
    {
        QCOMPARE(Money::decimals(JPY), 0);
        QCOMPARE(Money::decimals(USD), 2);
        QCOMPARE(Money::decimals(EUR), 2);
        QCOMPARE(Money::decimals(KWD), 3);
        QCOMPARE(Money::decimals(CLF), 4);
        for (const char *three : { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" })
            QCOMPARE(Money::decimals(QLatin1String(three)), 3);
        for (const char *none : { "BIF", "CLP", "DJF", "GNF", "ISK", "KMF", "KRW", "PYG", "RWF",
                 "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF" })
            QCOMPARE(Money::decimals(QLatin1String(none)), 0);
        QCOMPARE(Money::decimals(QStringLiteral("UYW")), 4);
        QCOMPARE(Money::decimals(QStringLiteral("jpy")), 0); // as a document may spell it
        QCOMPARE(Money::decimals(QString()), 2); // unknown: as most currencies
        QCOMPARE(Money::decimals(QStringLiteral("ZZZ")), 2);
        QCOMPARE(Money::minorPerUnit(KWD), 1000);
        QCOMPARE(Money::maxDealValue(USD), MinorUnits(100'000'000'000'000));
        QCOMPARE(Money::maxDealValue(JPY), MinorUnits(1'000'000'000'000));
        QCOMPARE(Money::maxDealValue(KWD), MinorUnits(1'000'000'000'000'000));
        QCOMPARE(Money::maxDealValue(CLF), Money::maxMinorUnits); // 10^11 CLF
    }

    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value"); // -1: refused
        QTest::addColumn<QString>("error");
        const auto ok = [](const char *name, const char *locale, const QString &currency,
                            const QString &text, qint64 value) {
            QTest::newRow(name) << QString::fromLatin1(locale) << currency << text << value
                                << QString();
        };
        const auto refused = [](const char *name, const char *locale, const QString &currency,
                                 const QString &text, const char *error) {
            QTest::newRow(name) << QString::fromLatin1(locale) << currency << text << qint64(-1)
                                << QString::fromUtf8(error);
        };
        // English
        ok("en USD grouped", "en_US", USD, QStringLiteral("280,000.00"), 28'000'000);
        ok("en USD one decimal", "en_US", USD, QStringLiteral("12500.5"), 1'250'050);
        ok("en USD smallest", "en_US", USD, QStringLiteral("0.01"), 1);
        ok("en USD trailing point", "en_US", USD, QStringLiteral("7."), 700);
        ok("en USD spaces", "en_US", USD, QStringLiteral("  42 "), 4200);
        ok("en USD leading zeros", "en_US", USD, QStringLiteral("000000000000000012"), 1200);
        ok("en EUR", "en_US", EUR, QStringLiteral("12,500.50"), 1'250'050);
        ok("en JPY", "en_US", JPY, QStringLiteral("1,301,000"), 1'301'000);
        ok("en KWD", "en_US", KWD, QStringLiteral("12,345.678"), 12'345'678);
        ok("en KWD one fils", "en_US", KWD, QStringLiteral("0.001"), 1);
        ok("en KWD two decimals", "en_US", KWD, QStringLiteral("5.25"), 5250);
        ok("en CLF", "en_US", CLF, QStringLiteral("1.2345"), 12345);
        refused("en USD three decimals", "en_US", USD, QStringLiteral("10.005"),
            "USD takes at most 2 decimals.");
        refused("en EUR three decimals", "en_US", EUR, QStringLiteral("10.000"),
            "EUR takes at most 2 decimals.");
        refused("en JPY decimals", "en_US", JPY, QStringLiteral("1,301,000.50"),
            "JPY has no decimals.");
        refused("en KWD four decimals", "en_US", KWD, QStringLiteral("12,345.6789"),
            "KWD takes at most 3 decimals.");
        refused("en no currency three decimals", "en_US", QString(), QStringLiteral("1.234"),
            "Use at most 2 decimals.");
        refused("en German decimal comma", "en_US", EUR, QStringLiteral("12,50"),
            "“12,50” is not an amount. Enter digits, such as 12,500.50.");
        refused("en JPY example without decimals", "en_US", JPY, QStringLiteral("lots"),
            "“lots” is not an amount. Enter digits, such as 12,500.");
        refused("en KWD example with three", "en_US", KWD, QStringLiteral("12k"),
            "such as 12,500.500.");
        refused("en groups of one", "en_US", USD, QStringLiteral("1,2,3"), "not an amount");
        refused("en two points", "en_US", USD, QStringLiteral("1.2.3"), "not an amount");
        refused("en exponent", "en_US", USD, QStringLiteral("1e5"), "not an amount");
        refused("en empty", "en_US", USD, QString(), "Enter the estimated deal value.");
        refused("en zero", "en_US", USD, QStringLiteral("0"), "more than 0");
        refused("en zero cents", "en_US", USD, QStringLiteral("0.00"), "more than 0");
        refused("en negative", "en_US", USD, QStringLiteral("-5"), "more than 0");
        refused("en minus sign", "en_US", KWD, QStringLiteral("\u22125"), "more than 0");
        // The limit: 10^12 units in every currency's own minor units, exactly.
        ok("en USD max", "en_US", USD, QStringLiteral("1,000,000,000,000"), 100'000'000'000'000);
        ok("en USD max less a cent", "en_US", USD, QStringLiteral("999999999999.99"),
            99'999'999'999'999);
        ok("en JPY max", "en_US", JPY, QStringLiteral("1,000,000,000,000"), 1'000'000'000'000);
        ok("en KWD max less a fils", "en_US", KWD, QStringLiteral("999,999,999,999.999"),
            999'999'999'999'999);
        refused("en USD over max", "en_US", USD, QStringLiteral("1000000000000.01"),
            "The deal value can be at most 1,000,000,000,000.");
        refused("en JPY over max", "en_US", JPY, QStringLiteral("1,000,000,000,001"), "at most");
        refused("en far over max", "en_US", KWD, QStringLiteral("99999999999999999999"), "at most");
        refused("en CLF over its lower max", "en_US", CLF, QStringLiteral("100,000,000,001"),
            "The deal value can be at most 100,000,000,000.");
        // German
        ok("de USD", "de_DE", USD, QStringLiteral("280.000,00"), 28'000'000);
        ok("de EUR", "de_DE", EUR, QStringLiteral("12.500,50"), 1'250'050);
        ok("de EUR one decimal", "de_DE", EUR, QStringLiteral("12,5"), 1250);
        ok("de EUR space grouping", "de_DE", EUR, QStringLiteral("12 500,50"), 1'250'050);
        ok("de JPY", "de_DE", JPY, QStringLiteral("1.301.000"), 1'301'000);
        ok("de KWD", "de_DE", KWD, QStringLiteral("12.345,678"), 12'345'678);
        refused("de English decimal point", "de_DE", EUR, QStringLiteral("12.5"),
            "“12.5” is not an amount. Enter digits, such as 12.500,50.");
        refused("de English amount", "de_DE", USD, QStringLiteral("12500.50"), "not an amount");
        refused("de JPY decimals", "de_DE", JPY, QStringLiteral("1.301.000,50"),
            "JPY has no decimals.");
        refused("de KWD four decimals", "de_DE", KWD, QStringLiteral("12.345,6789"),
            "KWD takes at most 3 decimals.");
        refused("de USD three decimals", "de_DE", USD, QStringLiteral("1,005"),
            "USD takes at most 2 decimals.");
        refused("de over max", "de_DE", EUR, QStringLiteral("1.000.000.000.000,01"),
            "The deal value can be at most 1.000.000.000.000.");
        // Chinese, with what a Chinese input method types in full-width mode too
        ok("zh USD", "zh_CN", USD, QStringLiteral("280,000.00"), 28'000'000);
        ok("zh EUR", "zh_CN", EUR, QStringLiteral("12,500.5"), 1'250'050);
        ok("zh JPY", "zh_CN", JPY, QStringLiteral("1,301,000"), 1'301'000);
        ok("zh JPY full width", "zh_CN", JPY, QStringLiteral("１，３０１，０００"), 1'301'000);
        ok("zh KWD", "zh_CN", KWD, QStringLiteral("12,345.678"), 12'345'678);
        ok("zh KWD full width", "zh_CN", KWD, QStringLiteral("１２３４５．６７８"), 12'345'678);
        refused(
            "zh JPY decimals", "zh_CN", JPY, QStringLiteral("1301000.5"), "JPY has no decimals.");
        refused("zh KWD four decimals", "zh_CN", KWD, QStringLiteral("１．２３４５"),
            "KWD takes at most 3 decimals.");
        refused("zh USD three decimals", "zh_CN", USD, QStringLiteral("9.999"),
            "USD takes at most 2 decimals.");
        // Grouping of other locales
        ok("fr narrow no-break space", "fr_FR", EUR, QStringLiteral("12\u202F500,5"), 1'250'050);
        ok("en_IN lakh grouping", "en_IN", QStringLiteral("INR"), QStringLiteral("1,00,000.50"),
            10'000'050);
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QFETCH(QString, error);
        const Money::Parsed p = Money::parse(text, currency, QLocale(locale));
        if (value == -1) {
            QVERIFY(!p.value);
            QVERIFY2(p.error.contains(error), qPrintable(p.error));
        } else {
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            QCOMPARE(p.value, std::optional<MinorUnits>(value));
        }
    }

    void whatIsShownReadsBackAsTheSameValue()
    {
        // The edit dialog shows the stored value; saving it untouched must not change it, in
        // any locale's digits and separators (Arabic-Indic digits and separators included).
        const QList<MinorUnits> values { 1, 5, 50, 999, 1'301'000, 12'345'678, 28'000'000,
            99'999'999'999'999, 999'999'999'999'999 };
        for (const char *name : { "en_US", "de_DE", "zh_CN", "fr_FR", "de_CH", "en_IN", "ar_EG",
                 "fa_IR", "hi_IN", "ja_JP", "ru_RU", "pt_BR" }) {
            const QLocale locale(QString::fromLatin1(name));
            for (const QString &currency : { USD, EUR, JPY, KWD, CLF }) {
                for (const MinorUnits v : values) {
                    if (v > Money::maxDealValue(currency))
                        continue;
                    const QString shown = Money::formatNumber(v, currency, locale);
                    const Money::Parsed back = Money::parse(shown, currency, locale);
                    QVERIFY2(back.value == v,
                        qPrintable(QStringLiteral("%1 %2 %3: “%4” read as %5 (%6)")
                                       .arg(QLatin1String(name), currency)
                                       .arg(v)
                                       .arg(shown)
                                       .arg(back.value.value_or(-1))
                                       .arg(back.error)));
                }
            }
        }
    }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("shown");
        const auto row
            = [](const char *locale, const QString &currency, qint64 value, const QString &shown) {
                  QTest::addRow("%s %s %lld", locale, qPrintable(currency), value)
                      << QString::fromLatin1(locale) << currency << value << shown;
              };
        row("en_US", USD, 28'000'000, QStringLiteral("280,000.00 USD"));
        row("en_US", EUR, 1'250'050, QStringLiteral("12,500.50 EUR"));
        row("en_US", JPY, 1'301'000, QStringLiteral("1,301,000 JPY"));
        row("en_US", KWD, 12'345'678, QStringLiteral("12,345.678 KWD"));
        row("en_US", KWD, 5, QStringLiteral("0.005 KWD"));
        row("en_US", KWD, 12'345'050, QStringLiteral("12,345.050 KWD"));
        row("en_US", CLF, 12'345, QStringLiteral("1.2345 CLF"));
        row("en_US", USD, 99'999'999'999'999, QStringLiteral("999,999,999,999.99 USD"));
        row("en_US", KWD, 999'999'999'999'999, QStringLiteral("999,999,999,999.999 KWD"));
        row("en_US", QString(), 5, QStringLiteral("0.05"));
        row("de_DE", USD, 28'000'000, QStringLiteral("280.000,00 USD"));
        row("de_DE", EUR, 1'250'000, QStringLiteral("12.500,00 EUR"));
        row("de_DE", JPY, 1'301'000, QStringLiteral("1.301.000 JPY"));
        row("de_DE", KWD, 12'345'678, QStringLiteral("12.345,678 KWD"));
        row("zh_CN", USD, 28'000'000, QStringLiteral("280,000.00 USD"));
        row("zh_CN", EUR, 1'250'050, QStringLiteral("12,500.50 EUR"));
        row("zh_CN", JPY, 1'301'000, QStringLiteral("1,301,000 JPY"));
        row("zh_CN", KWD, 12'345'678, QStringLiteral("12,345.678 KWD"));
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(qint64, value);
        QFETCH(QString, shown);
        QCOMPARE(Money::format(value, currency, QLocale(locale)), shown);
    }

    void plainDecimals()
    {
        QCOMPARE(Money::toDecimal(12'345'678, KWD), QStringLiteral("12345.678"));
        QCOMPARE(Money::toDecimal(1'301'000, JPY), QStringLiteral("1301000"));
        QCOMPARE(Money::toDecimal(28'000'000, USD), QStringLiteral("280000.00"));
        QCOMPARE(Money::toDecimal(5, USD), QStringLiteral("0.05"));
        QCOMPARE(Money::toDecimal(-5, USD), QStringLiteral("-0.05"));
        QCOMPARE(Money::toDecimal(12'345, CLF), QStringLiteral("1.2345"));
    }

    void fromDecimal_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<MinorUnits>>("value");
        QTest::addColumn<bool>("rounded");
        QTest::addColumn<bool>("outOfRange");
        const auto row
            = [](const char *name, const QString &currency, const char *text,
                  std::optional<MinorUnits> value, bool rounded = false, bool outOfRange = false) {
                  QTest::newRow(name)
                      << currency << QString::fromLatin1(text) << value << rounded << outOfRange;
              };
        row("KWD", KWD, "12345.678", 12'345'678);
        row("JPY integer", JPY, "1301000", 1'301'000);
        row("JPY half rounds up", JPY, "1301000.50", 1'301'001, true);
        row("JPY under half", JPY, "1301000.49", 1'301'000, true);
        row("half away from zero", USD, "-0.005", -1, true);
        row("trailing zeros", USD, "12.3000", 1230);
        row("leading zeros", USD, "0000012.30", 1230);
        row("exponent", JPY, "1.5e3", 1500);
        row("negative exponent", USD, "125E-3", 13, true);
        row("tiny", USD, "4e-300", 0, true);
        row("point first", USD, ".5", 50);
        row("point last", USD, "5.", 500);
        row("plus and spaces", USD, " +3 ", 300);
        row("zero", KWD, "0.000", 0);
        row("CLF", CLF, "99999999999.9999", 999'999'999'999'999);
        row("over range", USD, "1e16", std::nullopt, false, true);
        row("huge exponent", USD, "1e999999999", std::nullopt, false, true);
        row("letters", USD, "lots", std::nullopt);
        row("empty", USD, "", std::nullopt);
        row("bare exponent", USD, "1e", std::nullopt);
        row("comma", USD, "1,5", std::nullopt);
        row("two points", USD, "1.2.3", std::nullopt);
    }

    void fromDecimal()
    {
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(std::optional<MinorUnits>, value);
        QFETCH(bool, rounded);
        QFETCH(bool, outOfRange);
        const Money::Decimal d = Money::fromDecimal(text, currency);
        QCOMPARE(d.value, value);
        QCOMPARE(d.rounded, rounded);
        QCOMPARE(d.outOfRange, outOfRange);
    }

    void jsonNumbersAreExact_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("KWD") << KWD << qint64(12'345'678) << QByteArray(R"({"v":12345.678})");
        QTest::newRow("KWD max") << KWD << qint64(999'999'999'999'999)
                                 << QByteArray(R"({"v":999999999999.999})");
        QTest::newRow("KWD fils") << KWD << qint64(1) << QByteArray(R"({"v":0.001})");
        QTest::newRow("JPY") << JPY << qint64(1'301'000) << QByteArray(R"({"v":1301000})");
        QTest::newRow("JPY max") << JPY << qint64(1'000'000'000'000)
                                 << QByteArray(R"({"v":1000000000000})");
        QTest::newRow("USD whole") << USD << qint64(28'000'000) << QByteArray(R"({"v":280000})");
        QTest::newRow("USD cents")
            << USD << qint64(99'999'999'999'999) << QByteArray(R"({"v":999999999999.99})");
        QTest::newRow("EUR") << EUR << qint64(1'250'050) << QByteArray(R"({"v":12500.5})");
        QTest::newRow("EUR 0.1 + 0.2") << EUR << qint64(30) << QByteArray(R"({"v":0.3})");
        QTest::newRow("CLF") << CLF << qint64(999'999'999'999'999)
                             << QByteArray(R"({"v":99999999999.9999})");
        QTest::newRow("CLF smallest") << CLF << qint64(1) << QByteArray(R"({"v":0.0001})");
        QTest::newRow("CLF ten-thousandths") << CLF << qint64(12) << QByteArray(R"({"v":0.0012})");
    }

    void jsonNumbersAreExact()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, value);
        QFETCH(QByteArray, json);
        const QByteArray text = written(value, currency);
        if (text.contains('e')) {
            // Qt 6.4 writes CLF's one-digit ten-thousandths in exponent form ("1e-04"): another
            // spelling of the same decimal, read digit by digit.
            const Money::Decimal d
                = Money::fromDecimal(QString::fromLatin1(text.mid(5, text.size() - 6)), currency);
            QVERIFY2(d.value == value && !d.rounded, text.constData());
        } else {
            QCOMPARE(text, json);
        }
        const QJsonValue back = QJsonDocument::fromJson(json).object().value(QStringLiteral("v"));
        const Money::Decimal read = Money::fromJson(back, currency);
        QCOMPARE(read.value, std::optional<MinorUnits>(value));
        QVERIFY(!read.rounded);
    }

    void everyDealValueSurvivesTheWire()
    {
        // Many values of every size in each currency: the text written is the exact decimal, and
        // reading that text back gives the same minor units. Seeded, so a failure repeats.
        QRandomGenerator random(4217);
        for (const QString &currency : { USD, JPY, KWD, CLF }) {
            const MinorUnits max = Money::maxDealValue(currency);
            for (int i = 0; i < 20000; ++i) {
                // Spread over the magnitudes, not only the top one.
                const MinorUnits ceiling = std::max<MinorUnits>(1, max >> random.bounded(50));
                const MinorUnits v = 1 + MinorUnits(random.bounded(quint64(ceiling)));
                const QByteArray json = written(v, currency);
                // The text on the wire is the exact decimal: read digit by digit (no double),
                // it is v; and it is the plain decimal a person writes, but for the exponent
                // form Qt gives CLF's smallest values (1e-04).
                const Money::Decimal text = Money::fromDecimal(
                    QString::fromLatin1(json.mid(5, json.size() - 6)), currency);
                QVERIFY2(text.value == v && !text.rounded, json.constData());
                if (!json.contains('e'))
                    QCOMPARE(json, expectedNumber(v, currency));
                const Money::Decimal read = Money::fromJson(
                    QJsonDocument::fromJson(json).object().value(QStringLiteral("v")), currency);
                QVERIFY2(read.value == v && !read.rounded, json.constData());
            }
        }
    }

    void jsonTextAndOddValuesAreReadExactly()
    {
        // Gateways send decimals as text: read digit by digit, as written.
        QCOMPARE(Money::fromJson(QJsonValue(QStringLiteral("12345.678")), KWD).value,
            std::optional<MinorUnits>(12'345'678));
        // A double sent with more decimals than the currency has is rounded, and says so.
        const Money::Decimal yen = Money::fromJson(QJsonValue(1301000.5), JPY);
        QCOMPARE(yen.value, std::optional<MinorUnits>(1'301'001));
        QVERIFY(yen.rounded);
        // 0.1 + 0.2 is not 0.3 as a double; it is the cents nearest to it.
        const Money::Decimal sum = Money::fromJson(QJsonValue(0.1 + 0.2), USD);
        QCOMPARE(sum.value, std::optional<MinorUnits>(30));
        QVERIFY(sum.rounded);
        QVERIFY(Money::fromJson(QJsonValue(1e300), USD).outOfRange);
        QVERIFY(!Money::fromJson(QJsonValue(true), USD).value);
        QVERIFY(!Money::fromJson(QJsonValue(QStringLiteral("lots")), USD).value);
        // An integer the parser kept as one is exact, at any size a deal can have.
        const QJsonValue big = QJsonDocument::fromJson("{\"v\":999999999999999}")
                                   .object()
                                   .value(QStringLiteral("v"));
        QCOMPARE(Money::fromJson(big, JPY).value, std::optional<MinorUnits>(999'999'999'999'999));
    }

    void currencyCodes()
    {
        QVERIFY(Money::isCurrencyCode(QStringLiteral("EUR")));
        QVERIFY(Money::isCurrencyCode(QStringLiteral("JPY")));
        QVERIFY(Money::isCurrencyCode(QStringLiteral("KWD")));
        QVERIFY(!Money::isCurrencyCode(QStringLiteral("eur"))); // callers upper-case first
        QVERIFY(!Money::isCurrencyCode(QStringLiteral("XAU"))); // gold is no deal currency
        QVERIFY(!Money::isCurrencyCode(QStringLiteral("CLF"))); // nor a unit of account
        QVERIFY(!Money::isCurrencyCode(QStringLiteral("EU")));
        QVERIFY(!Money::isCurrencyCode(QString()));
        QVERIFY(Money::currencyCodes().size() > 150);
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
