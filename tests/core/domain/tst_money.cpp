#include "domain/money.h"

#include <QTest>

using namespace rd;

class MoneyTest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents"); // -1: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("en plain") << "en_US"
                                  << "12500" << qint64(1250000) << "";
        QTest::newRow("en grouped decimals") << "en_US"
                                             << "12,500.50" << qint64(1250050) << "";
        QTest::newRow("en one decimal") << "en_US"
                                        << "0.5" << qint64(50) << "";
        QTest::newRow("en smallest") << "en_US"
                                     << "0.01" << qint64(1) << "";
        QTest::newRow("en trailing point") << "en_US"
                                           << "7." << qint64(700) << "";
        QTest::newRow("en spaces") << "en_US"
                                   << "  42 " << qint64(4200) << "";
        QTest::newRow("de grouped decimals") << "de_DE"
                                             << "12.500,50" << qint64(1250050) << "";
        QTest::newRow("fr narrow space grouping")
            << "fr_FR" << QStringLiteral("12\u202F500,5") << qint64(1250050) << "";
        QTest::newRow("max exactly") << "en_US"
                                     << "1,000,000,000,000" << Money::maxDealValue << "";
        QTest::newRow("max with cents") << "en_US"
                                        << "999999999999.99" << Money::maxDealValue - 1 << "";
        QTest::newRow("leading zeros") << "en_US"
                                       << "000000000000000012" << qint64(1200) << "";
        QTest::newRow("over max") << "en_US"
                                  << "1000000000000.01" << qint64(-1) << "at most";
        QTest::newRow("far over max") << "en_US"
                                      << "99999999999999999999" << qint64(-1) << "at most";
        QTest::newRow("three decimals") << "en_US"
                                        << "10.005" << qint64(-1) << "2 decimals";
        QTest::newRow("zero") << "en_US"
                              << "0" << qint64(-1) << "more than 0";
        QTest::newRow("zero cents") << "en_US"
                                    << "0.00" << qint64(-1) << "more than 0";
        QTest::newRow("negative") << "en_US"
                                  << "-5" << qint64(-1) << "more than 0";
        QTest::newRow("letters") << "en_US"
                                 << "12k" << qint64(-1) << "not an amount";
        QTest::newRow("empty") << "en_US"
                               << "" << qint64(-1) << "Enter";
        QTest::newRow("exponent") << "en_US"
                                  << "1e5" << qint64(-1) << "not an amount";
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        QFETCH(QString, error);
        const Money::Parsed p = Money::parse(text, QLocale(locale));
        if (cents == -1) {
            QVERIFY(!p.cents);
            QVERIFY2(p.error.contains(error), qPrintable(p.error));
        } else {
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            QCOMPARE(p.cents, std::optional<Cents>(cents));
        }
    }

    void currencyCodes()
    {
        QVERIFY(Money::isCurrencyCode(QStringLiteral("EUR")));
        QVERIFY(Money::isCurrencyCode(QStringLiteral("JPY")));
        QVERIFY(Money::isCurrencyCode(QStringLiteral("CNY")));
        QVERIFY(!Money::isCurrencyCode(QStringLiteral("eur"))); // callers upper-case first
        QVERIFY(!Money::isCurrencyCode(QStringLiteral("XAU"))); // gold is no deal currency
        QVERIFY(!Money::isCurrencyCode(QStringLiteral("EU")));
        QVERIFY(!Money::isCurrencyCode(QString()));
        QVERIFY(Money::currencyCodes().size() > 150);
    }

    void format()
    {
        QCOMPARE(Money::format(1250050, QStringLiteral("EUR"), QLocale(QStringLiteral("en_US"))),
            QStringLiteral("12,500.50 EUR"));
        QCOMPARE(Money::format(1250000, QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE"))),
            QStringLiteral("12.500 EUR"));
        QCOMPARE(Money::format(Money::maxDealValue - 1, QStringLiteral("USD"),
                     QLocale(QStringLiteral("en_US"))),
            QStringLiteral("999,999,999,999.99 USD"));
        QCOMPARE(
            Money::format(5, QString(), QLocale(QStringLiteral("en_US"))), QStringLiteral("0.05"));
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
