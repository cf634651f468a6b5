// Deal values typed into the Accept and Edit deal dialogs in English, German and Chinese: each
// currency's own decimals (USD, EUR, JPY, KWD), the refusals in the reader's language, and the
// stored value shown for editing so that saving it untouched changes nothing.

#include "domain/money.h"
#include "support/referralbuilder.h"
#include "widgets/actiondialogs.h"
#include "widgets/detailspane.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(std::optional<rd::MinorUnits>)

namespace {

const QDate kToday(2026, 1, 20);

} // namespace

class MoneyEntryTest : public QObject
{
    Q_OBJECT

    QTranslator *m_translator = nullptr;

    /// The UI language and number format of `locale`, with the translations the app ships.
    void use(const QString &locale)
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator);
            delete m_translator;
            m_translator = nullptr;
        }
        QLocale::setDefault(QLocale(locale));
        if (locale == QLatin1String("en_US"))
            return;
        m_translator = new QTranslator(this);
        const QString file = locale.startsWith(QLatin1String("de")) ? QStringLiteral("de")
                                                                    : QStringLiteral("zh_CN");
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/referraldesk_%1.qm").arg(file)));
        QCoreApplication::installTranslator(m_translator);
    }

    static void addEntryColumns()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<MinorUnits>>("value");
        QTest::addColumn<QString>("error");
    }

    static void ok(const char *locale, const char *currency, const QString &text, MinorUnits value)
    {
        QTest::addRow("%s %s %s ok", locale, currency, qPrintable(text))
            << QString::fromLatin1(locale) << QString::fromLatin1(currency) << text
            << std::optional<MinorUnits>(value) << QString();
    }

    static void refused(
        const char *locale, const char *currency, const QString &text, const QString &error)
    {
        QTest::addRow("%s %s %s refused", locale, currency, qPrintable(text))
            << QString::fromLatin1(locale) << QString::fromLatin1(currency) << text
            << std::optional<MinorUnits>() << error;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { use(QStringLiteral("en_US")); }

    void acceptReadsTheCurrencysDecimals_data()
    {
        addEntryColumns();
        ok("en_US", "USD", QStringLiteral("280,000.00"), 28'000'000);
        ok("en_US", "EUR", QStringLiteral("12,500.5"), 1'250'050);
        ok("en_US", "JPY", QStringLiteral("1,301,000"), 1'301'000);
        ok("en_US", "KWD", QStringLiteral("12,345.678"), 12'345'678);
        refused("en_US", "USD", QStringLiteral("10.005"),
            QStringLiteral("USD takes at most 2 decimals."));
        refused(
            "en_US", "JPY", QStringLiteral("1,301,000.50"), QStringLiteral("JPY has no decimals."));
        refused("en_US", "KWD", QStringLiteral("12,345.6789"),
            QStringLiteral("KWD takes at most 3 decimals."));
        ok("de_DE", "USD", QStringLiteral("280.000,00"), 28'000'000);
        ok("de_DE", "EUR", QStringLiteral("12.500,5"), 1'250'050);
        ok("de_DE", "JPY", QStringLiteral("1.301.000"), 1'301'000);
        ok("de_DE", "KWD", QStringLiteral("12.345,678"), 12'345'678);
        refused("de_DE", "EUR", QStringLiteral("10,005"),
            QStringLiteral("EUR hat höchstens 2 Nachkommastellen."));
        refused("de_DE", "JPY", QStringLiteral("1.301.000,50"),
            QStringLiteral("JPY hat keine Nachkommastellen."));
        refused("de_DE", "KWD", QStringLiteral("12.345,6789"),
            QStringLiteral("KWD hat höchstens 3 Nachkommastellen."));
        refused("de_DE", "USD", QStringLiteral("12.5"),
            QStringLiteral("„12.5“ ist kein Betrag. Geben Sie Ziffern ein, etwa 12.500,50."));
        ok("zh_CN", "USD", QStringLiteral("280,000.00"), 28'000'000);
        ok("zh_CN", "EUR", QStringLiteral("12,500.50"), 1'250'050);
        ok("zh_CN", "JPY", QStringLiteral("１，３０１，０００"), 1'301'000); // full width
        ok("zh_CN", "KWD", QStringLiteral("12,345.678"), 12'345'678);
        refused(
            "zh_CN", "USD", QStringLiteral("10.005"), QStringLiteral("USD 最多只能有 2 位小数。"));
        refused(
            "zh_CN", "JPY", QStringLiteral("1301000.5"), QStringLiteral("JPY 金额不能有小数。"));
        refused("zh_CN", "KWD", QStringLiteral("12,345.6789"),
            QStringLiteral("KWD 最多只能有 3 位小数。"));
    }

    void acceptReadsTheCurrencysDecimals()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(std::optional<MinorUnits>, value);
        QFETCH(QString, error);
        use(locale);
        AcceptDialog dialog(ReferralBuilder().inEvaluating().build(), Action::Accept,
            QStringLiteral("USD"), kToday);
        dialog.fill(text, currency, kToday.addDays(30));
        dialog.accept();
        QCOMPARE(dialog.errorText(Field::DealValue), error);
        if (value) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.input().dealValue, value);
            QCOMPARE(dialog.input().currency, currency);
        } else {
            QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, the text kept
            QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("dealValue"))->text(), text);
        }
    }

    void editShowsTheStoredValueAndSavesItUnchanged_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("example");
        const auto row = [](const char *locale, const char *currency, qint64 value,
                             const QString &shown, const QString &example) {
            QTest::addRow("%s %s", locale, currency)
                << QString::fromLatin1(locale) << QString::fromLatin1(currency) << value << shown
                << example;
        };
        row("en_US", "USD", 28'000'000, QStringLiteral("280,000.00"), QStringLiteral("25,000.00"));
        row("en_US", "JPY", 1'301'000, QStringLiteral("1,301,000"), QStringLiteral("25,000"));
        row("en_US", "KWD", 12'345'678, QStringLiteral("12,345.678"), QStringLiteral("25,000.000"));
        row("de_DE", "EUR", 1'250'050, QStringLiteral("12.500,50"), QStringLiteral("25.000,00"));
        row("de_DE", "JPY", 1'301'000, QStringLiteral("1.301.000"), QStringLiteral("25.000"));
        row("de_DE", "KWD", 12'345'678, QStringLiteral("12.345,678"), QStringLiteral("25.000,000"));
        row("zh_CN", "USD", 28'000'000, QStringLiteral("280,000.00"), QStringLiteral("25,000.00"));
        row("zh_CN", "JPY", 1'301'000, QStringLiteral("1,301,000"), QStringLiteral("25,000"));
        row("zh_CN", "KWD", 12'345'678, QStringLiteral("12,345.678"), QStringLiteral("25,000.000"));
    }

    void editShowsTheStoredValueAndSavesItUnchanged()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(qint64, value);
        QFETCH(QString, shown);
        QFETCH(QString, example);
        use(locale);
        const Referral deal = ReferralBuilder().inNegotiating(value, currency, QDate(2026, 3, 31));
        QCOMPARE(deal.details.dealValue, std::optional<MinorUnits>(value));
        AcceptDialog dialog(deal, Action::EditDeal, QStringLiteral("USD"), kToday);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("dealValue"));
        QCOMPARE(field->text(), shown);
        QCOMPARE(field->placeholderText(), example);
        dialog.accept();
        QVERIFY(dialog.isUnchanged());

        // Typed again exactly as shown, it is the same value: nothing to send either.
        AcceptDialog retyped(deal, Action::EditDeal, QStringLiteral("USD"), kToday);
        retyped.fill(QStringLiteral(" %1 ").arg(shown), currency, QDate(2026, 3, 31));
        retyped.accept();
        QVERIFY2(retyped.isUnchanged(), qPrintable(retyped.errorText(Field::DealValue)));
    }

    void anotherCurrencyReadsTheValueInItsOwnDecimals()
    {
        use(QStringLiteral("de_DE"));
        const Referral deal = ReferralBuilder().inNegotiating(
            12'345'678, QStringLiteral("KWD"), QDate(2026, 3, 31));
        AcceptDialog dialog(deal, Action::EditDeal, QStringLiteral("USD"), kToday);
        auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currency"));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("dealValue"));
        currency->setCurrentText(QStringLiteral("JPY"));
        QCOMPARE(field->placeholderText(), QStringLiteral("25.000"));
        dialog.accept(); // "12.345,678" untouched, but yen have no decimals
        QCOMPARE(
            dialog.errorText(Field::DealValue), QStringLiteral("JPY hat keine Nachkommastellen."));
        field->setText(QStringLiteral("1.301.000"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.input().dealValue, std::optional<MinorUnits>(1'301'000));
        QCOMPARE(dialog.input().currency, QStringLiteral("JPY"));
        // Sent as yen: the JSON number 1301000 beside the new currency.
        const QJsonArray patch = Lifecycle::patch(deal, Action::EditDeal, dialog.input());
        QCOMPARE(QJsonDocument(patch).toJson(QJsonDocument::Compact),
            QByteArray(R"([{"op":"replace","path":"/details/dealValue","value":1301000},)"
                       R"({"op":"replace","path":"/details/currency","value":"JPY"}])"));
    }

    void theDetailsPaneShowsTheCurrencysOwnDecimals_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en JPY") << "en_US"
                                << "JPY" << qint64(1'301'000) << "1,301,000 JPY";
        QTest::newRow("en KWD") << "en_US"
                                << "KWD" << qint64(12'345'678) << "12,345.678 KWD";
        QTest::newRow("de JPY") << "de_DE"
                                << "JPY" << qint64(1'301'000) << "1.301.000 JPY";
        QTest::newRow("de KWD") << "de_DE"
                                << "KWD" << qint64(12'345'678) << "12.345,678 KWD";
        QTest::newRow("de USD") << "de_DE"
                                << "USD" << qint64(28'000'000) << "280.000,00 USD";
        QTest::newRow("zh JPY") << "zh_CN"
                                << "JPY" << qint64(1'301'000) << "1,301,000 JPY";
        QTest::newRow("zh KWD") << "zh_CN"
                                << "KWD" << qint64(12'345'678) << "12,345.678 KWD";
    }

    void theDetailsPaneShowsTheCurrencysOwnDecimals()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(qint64, value);
        QFETCH(QString, shown);
        use(locale);
        DetailsPane pane;
        pane.show(ReferralBuilder().inNegotiating(value, currency, QDate(2026, 3, 31)).build());
        QVERIFY2(pane.text().contains(shown), qPrintable(pane.text()));
        pane.resize(420, 520);
        pane.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString shots = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(pane.grab().save(
            shots + QStringLiteral("/details-%1-%2.png").arg(locale, currency.toLower())));
    }
};

QTEST_MAIN(MoneyEntryTest)
#include "tst_moneyentry.moc"
