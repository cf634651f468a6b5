#include "domain/countrynames.h"
#include "domain/labels.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

using namespace rd;

namespace {

/// A translator from a table, standing in for the German .qm: shows that the labels are looked up
/// through Qt's translation system, in the contexts lupdate collects them under.
class TableTranslator : public QTranslator
{
public:
    QHash<QPair<QString, QString>, QString> table;
    bool isEmpty() const override { return table.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return table.value({ QString::fromUtf8(context), QString::fromUtf8(source) });
    }
};

// The seven sizes the service sends (docs/remote-api.md, src/sim), in the order of their size.
const QStringList kSizesBySize { QStringLiteral("1to9employees"), QStringLiteral("10to50employees"),
    QStringLiteral("51to250employees"), QStringLiteral("251to1000employees"),
    QStringLiteral("1001to5000employees"), QStringLiteral("5001to10000employees"),
    QStringLiteral("10000plusemployees") };

} // namespace

class LabelsTest : public QObject
{
    Q_OBJECT
private slots:
    void companySize_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("label");
        const QString en = QStringLiteral("en_US");
        QTest::newRow("1to9") << en << "1to9employees" << QStringLiteral("1–9 employees");
        QTest::newRow("10to50") << en << "10to50employees" << QStringLiteral("10–50 employees");
        QTest::newRow("51to250") << en << "51to250employees" << QStringLiteral("51–250 employees");
        QTest::newRow("251to1000")
            << en << "251to1000employees" << QStringLiteral("251–1,000 employees");
        QTest::newRow("1001to5000")
            << en << "1001to5000employees" << QStringLiteral("1,001–5,000 employees");
        QTest::newRow("5001to10000")
            << en << "5001to10000employees" << QStringLiteral("5,001–10,000 employees");
        QTest::newRow("10000plus")
            << en << "10000plusemployees" << QStringLiteral("10,000+ employees");
        QTest::newRow("other casing")
            << en << "10To50Employees" << QStringLiteral("10–50 employees");
        QTest::newRow("a band added later")
            << en << "1to4employees" << QStringLiteral("1–4 employees");
        QTest::newRow("German numbers")
            << "de_DE"
            << "5001to10000employees" << QStringLiteral("5.001–10.000 employees");
        QTest::newRow("German plus") << "de_DE"
                                     << "10000plusemployees" << QStringLiteral("10.000+ employees");
        // Values this version cannot read: shown exactly as they came, never empty.
        QTest::newRow("unknown word") << en << "Enterprise" << QStringLiteral("Enterprise");
        QTest::newRow("unknown shape") << en << "10to50people" << QStringLiteral("10to50people");
        QTest::newRow("reversed band")
            << en << "50to10employees" << QStringLiteral("50to10employees");
        QTest::newRow("huge number")
            << en << "1to99999999999employees" << QStringLiteral("1to99999999999employees");
        QTest::newRow("empty") << en << "" << QString();
    }

    void companySize()
    {
        QFETCH(QString, locale);
        QFETCH(QString, wire);
        QFETCH(QString, label);
        QCOMPARE(Labels::companySize(wire, QLocale(locale)), label);
    }

    void companySizeTranslated()
    {
        TableTranslator german;
        german.table.insert({ QStringLiteral("Labels"), QStringLiteral("%1–%2 employees") },
            QStringLiteral("%1–%2 Beschäftigte"));
        german.table.insert({ QStringLiteral("Labels"), QStringLiteral("%1+ employees") },
            QStringLiteral("über %1 Beschäftigte"));
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(Labels::companySize(QStringLiteral("5001to10000employees"), de),
            QStringLiteral("5.001–10.000 Beschäftigte"));
        QCOMPARE(Labels::companySize(QStringLiteral("10000plusemployees"), de),
            QStringLiteral("über 10.000 Beschäftigte"));
        QCOMPARE(
            Labels::companySize(QStringLiteral("Enterprise"), de), QStringLiteral("Enterprise"));
        QCoreApplication::removeTranslator(&german);
    }

    void sizeOrder()
    {
        // Every shuffle of the service's sizes sorts back by size, not as text (as text,
        // "10000plus" would come first and "1to9" fourth).
        QStringList asText = kSizesBySize;
        asText.sort();
        QVERIFY(asText != kSizesBySize);
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            QStringList shuffled = kSizesBySize;
            std::shuffle(shuffled.begin(), shuffled.end(), *random);
            Labels::sortCompanySizes(shuffled);
            QCOMPARE(shuffled, kSizesBySize);
        }
    }

    void sizeOrderWithUnknowns()
    {
        QStringList sizes { QString(), QStringLiteral("Zebra"),
            QStringLiteral("10000plusemployees"), QStringLiteral("apple"),
            QStringLiteral("1to4employees"), QStringLiteral("1to9employees"),
            QStringLiteral("5to9employees") };
        Labels::sortCompanySizes(sizes);
        // Readable bands by size (a new band where it belongs), then the rest by text, then none.
        const QStringList expected { QStringLiteral("1to4employees"),
            QStringLiteral("1to9employees"), QStringLiteral("5to9employees"),
            QStringLiteral("10000plusemployees"), QStringLiteral("apple"), QStringLiteral("Zebra"),
            QString() };
        QCOMPARE(sizes, expected);
        // A strict weak order: nothing is less than itself, and the order is not symmetric.
        for (const QString &a : expected) {
            QVERIFY(!Labels::companySizeLess(a, a));
            for (const QString &b : expected)
                QVERIFY(!(Labels::companySizeLess(a, b) && Labels::companySizeLess(b, a)));
        }
    }

    void qualificationAndType_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("label");
        QTest::newRow("marketing") << "q"
                                   << "MarketingQualified"
                                   << "Marketing qualified";
        QTest::newRow("sales") << "q"
                               << "SalesQualified"
                               << "Sales qualified";
        QTest::newRow("sales, other casing") << "q"
                                             << "salesqualified"
                                             << "Sales qualified";
        QTest::newRow("direct") << "q"
                                << "Direct"
                                << "Direct";
        QTest::newRow("none") << "q"
                              << "None"
                              << "Not qualified";
        QTest::newRow("unknown qualification") << "q"
                                               << "PartnerQualified"
                                               << "PartnerQualified";
        QTest::newRow("independent") << "t"
                                     << "Independent"
                                     << "Independent";
        QTest::newRow("shared") << "t"
                                << "Shared"
                                << "Shared (co-sell)";
        QTest::newRow("unknown type") << "t"
                                      << "Pooled"
                                      << "Pooled";
        QTest::newRow("skipped") << "r"
                                 << "skipped"
                                 << "Skipped";
        QTest::newRow("typed reason") << "r"
                                      << "Budget cut: maybe next year"
                                      << "Budget cut: maybe next year";
    }

    void qualificationAndType()
    {
        QFETCH(QString, kind);
        QFETCH(QString, wire);
        QFETCH(QString, label);
        const QString shown = kind == QLatin1String("q") ? Labels::qualification(wire)
            : kind == QLatin1String("t")                 ? Labels::referralType(wire)
                                                         : Labels::statusReason(wire);
        QCOMPARE(shown, label);
    }

    void labelsAreTranslated()
    {
        TableTranslator german;
        german.table.insert({ QStringLiteral("Labels"), QStringLiteral("Marketing qualified") },
            QStringLiteral("Durch Marketing qualifiziert"));
        german.table.insert({ QStringLiteral("Labels"), QStringLiteral("Independent") },
            QStringLiteral("Eigenständig"));
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCOMPARE(Labels::qualification(QStringLiteral("MarketingQualified")),
            QStringLiteral("Durch Marketing qualifiziert"));
        QCOMPARE(
            Labels::referralType(QStringLiteral("Independent")), QStringLiteral("Eigenständig"));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(
            Labels::referralType(QStringLiteral("Independent")), QStringLiteral("Independent"));
    }

    void countries_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("withCode");
        QTest::newRow("DE") << "DE"
                            << "Germany"
                            << "Germany (DE)";
        QTest::newRow("US") << "US"
                            << "United States"
                            << "United States (US)";
        QTest::newRow("JP") << "JP"
                            << "Japan"
                            << "Japan (JP)";
        // Qt's English (CLDR) names, not the ISO list's "Korea, Republic of".
        QTest::newRow("KR") << "KR"
                            << "South Korea"
                            << "South Korea (KR)";
        QTest::newRow("lower case") << "fr"
                                    << "France"
                                    << "France (fr)";
        QTest::newRow("unknown code") << "QQ"
                                      << "QQ"
                                      << "QQ";
        QTest::newRow("not a code") << "Atlantis"
                                    << "Atlantis"
                                    << "Atlantis";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void countries()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, withCode);
        QCOMPARE(Labels::countryName(code), name);
        QCOMPARE(Labels::countryWithCode(code), withCode);
    }

    void countryTranslated()
    {
        // The German names come from iso-codes through the .ts files, keyed by the ISO name.
        QCOMPARE(QString::fromUtf8(CountryNames::isoName(QStringLiteral("de"))),
            QStringLiteral("Germany"));
        QCOMPARE(QString::fromUtf8(CountryNames::isoName(QStringLiteral("RU"))),
            QStringLiteral("Russian Federation"));
        QVERIFY(CountryNames::count() >= 249);
        QVERIFY(!CountryNames::isoName(QStringLiteral("QQ")));
        TableTranslator german;
        german.table.insert({ QStringLiteral("CountryName"), QStringLiteral("Germany") },
            QStringLiteral("Deutschland"));
        german.table.insert({ QStringLiteral("CountryName"), QStringLiteral("Russian Federation") },
            QStringLiteral("Russische Föderation"));
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCOMPARE(Labels::countryName(QStringLiteral("DE")), QStringLiteral("Deutschland"));
        QCOMPARE(Labels::countryWithCode(QStringLiteral("DE")), QStringLiteral("Deutschland (DE)"));
        QCOMPARE(Labels::countryName(QStringLiteral("RU")), QStringLiteral("Russische Föderation"));
        QCOMPARE(Labels::countryName(QStringLiteral("FR")), QStringLiteral("France")); // no entry
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(Labels::countryName(QStringLiteral("RU")), QStringLiteral("Russia"));
    }

    void countryOrder()
    {
        QStringList codes { QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("QQ"),
            QStringLiteral("US"), QStringLiteral("GB") };
        Labels::sortCountries(codes, QLocale(QLocale::English, QLocale::UnitedStates));
        // By name: Austria, Germany, QQ, United Kingdom, United States (not by code).
        const QStringList expected { QStringLiteral("AT"), QStringLiteral("DE"),
            QStringLiteral("QQ"), QStringLiteral("GB"), QStringLiteral("US") };
        QCOMPARE(codes, expected);
    }
};

QTEST_GUILESS_MAIN(LabelsTest)
#include "tst_labels.moc"
