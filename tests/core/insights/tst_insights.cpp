// Every insight figure against a small data set computed by hand (see the table in each test).

#include "domain/deadlinepolicy.h"
#include "domain/money.h"
#include "insights/insightquery.h"
#include "insights/insights.h"
#include "store/store.h"
#include "support/referralbuilder.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kNow = utc(2026, 3, 20, 12, 0);

QDateTime hoursAgo(double h)
{
    return kNow.addSecs(qint64(-h * 3600));
}

InsightRow row(const char *id, Stage stage, Outcome outcome, double createdH,
    double interestedH = -1, double acceptedH = -1, double closedH = -1,
    std::optional<MinorUnits> deal = {}, const char *currency = "", const char *country = "",
    QStringList products = {})
{
    InsightRow r;
    r.id = QLatin1String(id);
    r.stage = stage;
    r.outcome = outcome;
    r.created = hoursAgo(createdH);
    if (interestedH >= 0)
        r.interested = hoursAgo(interestedH);
    if (acceptedH >= 0)
        r.accepted = hoursAgo(acceptedH);
    if (closedH >= 0)
        r.closed = hoursAgo(closedH);
    r.dealValue = deal;
    r.currency = QLatin1String(currency);
    r.country = QLatin1String(country);
    r.products = products;
    return r;
}

//  id  stage        outcome   created  first answer        response  deal
//  r1  New          -         2 h ago  none                -         -
//  r2  Evaluating   -         30       interested 28       2 h       -
//  r3  Archived     Skipped   50       closed 49           1 h       -
//  r4  Archived     Missed    100      none                -         -
//  r5  Negotiating  -         200      interested 190      10 h      1,000 EUR, closing passed
//  r6  Archived     Won       300      interested 270      30 h      500 USD
//  r7  Archived     Lost      400      interested 399      1 h       200 USD
//  r8  Archived     Expired   500      interested 480      20 h      -
QList<InsightRow> sample()
{
    InsightRow r5
        = row("r5", Stage::Negotiating, Outcome::None, 200, 190, 180, -1, 100000, "EUR", "US");
    r5.closingEnd = hoursAgo(1);
    return {
        row("r1", Stage::New, Outcome::None, 2, -1, -1, -1, {}, "", "DE"),
        row("r2", Stage::Evaluating, Outcome::None, 30, 28, -1, -1, {}, "", "DE"),
        row("r3", Stage::Archived, Outcome::Skipped, 50, -1, -1, 49, {}, "", "DE"),
        row("r4", Stage::Archived, Outcome::Missed, 100, -1, -1, 28, {}, "", "DE"),
        r5,
        row("r6", Stage::Archived, Outcome::Won, 300, 270, 260, 100, 50000, "USD", "US",
            { QStringLiteral("A"), QStringLiteral("B") }),
        row("r7", Stage::Archived, Outcome::Lost, 400, 399, 390, 300, 20000, "USD", "US",
            { QStringLiteral("A") }),
        row("r8", Stage::Archived, Outcome::Expired, 500, 480, -1, 312, {}, "", "US"),
    };
}

} // namespace

class InsightsTest : public QObject
{
    Q_OBJECT
private slots:
    void figuresMatchTheHandComputation()
    {
        const InsightFigures f = Insights::compute(sample(), kNow);
        QCOMPARE(f.received, 8);
        QCOMPARE(f.answered, 6);
        // Responses 1, 1, 2, 10, 20, 30 h: the median is (2 + 10) / 2 = 6 h.
        QCOMPARE(f.medianResponseSecs, std::optional<qint64>(6 * 3600));
        QCOMPARE(f.answeredWithin24h, 5);
        QCOMPARE(*f.shareWithin24h(), 5.0 / 8);
        QCOMPARE(f.missed, 1);
        QCOMPARE(f.expired, 1);
        QCOMPARE(f.accepted, 3); // r5, r6, r7
        QCOMPARE(*f.acceptRate(), 3.0 / 8);
        QCOMPARE(f.won, 1);
        QCOMPARE(f.lost, 1);
        QCOMPARE(*f.winRate(), 1.0 / 3);
        QCOMPARE(f.wonValue, (QMap<QString, MinorUnits> { { QStringLiteral("USD"), 50000 } }));
        QCOMPARE(
            f.pipelineValue, (QMap<QString, MinorUnits> { { QStringLiteral("EUR"), 100000 } }));
        QCOMPARE(f.overdue, 1);
    }

    void emptyPeriodsHaveNoRates()
    {
        const InsightFigures f = Insights::compute({}, kNow);
        QCOMPARE(f.received, 0);
        QVERIFY(!f.medianResponseSecs);
        QVERIFY(!f.shareWithin24h());
        QVERIFY(!f.acceptRate());
        QVERIFY(!f.winRate());
    }

    void breakdowns()
    {
        const auto byCountry = Insights::breakdown(sample(), InsightDimension::Country, kNow);
        QCOMPARE(byCountry.keys(), (QStringList { QStringLiteral("DE"), QStringLiteral("US") }));
        QCOMPARE(byCountry[QStringLiteral("DE")].received, 4);
        QCOMPARE(byCountry[QStringLiteral("DE")].answered, 2); // 2 h and 1 h
        QCOMPARE(byCountry[QStringLiteral("DE")].medianResponseSecs,
            std::optional<qint64>(5400)); // 1.5 h
        QCOMPARE(byCountry[QStringLiteral("DE")].missed, 1);
        QCOMPARE(byCountry[QStringLiteral("US")].accepted, 3);
        QCOMPARE(byCountry[QStringLiteral("US")].won, 1);

        // A referral with two products counts for both; one without any under "".
        const auto byProduct = Insights::breakdown(sample(), InsightDimension::Product, kNow);
        QCOMPARE(byProduct[QStringLiteral("A")].received, 2);
        QCOMPARE(byProduct[QStringLiteral("A")].won, 1);
        QCOMPARE(*byProduct[QStringLiteral("A")].winRate(), 0.5);
        QCOMPARE(byProduct[QStringLiteral("B")].won, 1);
        QCOMPARE(byProduct[QString()].received, 6);
    }

    void theStoreProvidesTheRowsOfAPeriod()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("i.sqlite"))));
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("in"))
                           .created(kNow.addDays(-10))
                           .updated(kNow.addDays(-10)),
            ReferralBuilder()
                .set("id", QStringLiteral("won"))
                .archived(QStringLiteral("Won"))
                .created(kNow.addDays(-20))
                .detail("dealValue", 500.0)
                .detail("currency", QStringLiteral("USD"))
                .set("customerProfile",
                    QJsonObject { { QStringLiteral("address"),
                        QJsonObject { { QStringLiteral("country"), QStringLiteral("fr") } } } })
                .build(),
            ReferralBuilder().set("id", QStringLiteral("old")).created(kNow.addDays(-400)) });
        QVERIFY(store
                    .applyAction(QStringLiteral("in"), Action::Interested, {},
                        kNow.addDays(-10).addSecs(3600))
                    .ok());
        const QList<InsightRow> rows
            = InsightQuery::rows(
                store, kNow.addDays(-30), kNow, DeadlinePolicy({}, QTimeZone::utc()));
        QCOMPARE(rows.size(), 2); // "old" is outside the 30 days
        const InsightFigures f = Insights::compute(rows, kNow);
        QCOMPARE(f.received, 2);
        QCOMPARE(f.answered, 1);
        QCOMPARE(f.medianResponseSecs, std::optional<qint64>(3600));
        QCOMPARE(f.won, 1);
        QCOMPARE(f.wonValue.value(QStringLiteral("USD")), MinorUnits(50000));
        QCOMPARE(Insights::breakdown(rows, InsightDimension::Country, kNow).keys(),
            (QStringList { QString(), QStringLiteral("FR") }));
    }

    void mixedCurrenciesAreSummedPerCurrencyInTheirOwnUnits()
    {
        // From the service's JSON numbers through the store's columns to the sums: each currency
        // adds up in its own minor units, exactly, and never meets another.
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("m.sqlite"))));
        int n = 0;
        const auto deal = [&](bool won, const QJsonValue &value, const char *currency) {
            ReferralBuilder b;
            b.set("id", QStringLiteral("d%1").arg(++n)).created(kNow.addDays(-5));
            if (won)
                b.archived(QStringLiteral("Won"));
            else
                b.status(QStringLiteral("Active"), QStringLiteral("Accepted"));
            return b.detail("dealValue", value).detail("currency", QLatin1String(currency)).build();
        };
        store.upsert({
            deal(true, 1301000, "JPY"),
            deal(true, 499999, "JPY"),
            deal(true, 12345.678, "KWD"),
            deal(true, 0.001, "KWD"),
            deal(true, 0.1, "USD"),
            deal(true, 0.2, "USD"), // 0.1 + 0.2 in doubles is not 0.3; in cents it is
            deal(false, 280000, "USD"),
            deal(false, 12500.5, "EUR"),
            deal(false, 999999999999.999, "KWD"),
        });
        const QList<InsightRow> rows = InsightQuery::rows(
            store, kNow.addDays(-30), kNow, DeadlinePolicy({}, QTimeZone::utc()));
        const InsightFigures f = Insights::compute(rows, kNow);
        QCOMPARE(f.wonValue,
            (QMap<QString, MinorUnits> { { QStringLiteral("JPY"), 1'800'999 },
                { QStringLiteral("KWD"), 12'345'679 }, { QStringLiteral("USD"), 30 } }));
        QCOMPARE(f.pipelineValue,
            (QMap<QString, MinorUnits> { { QStringLiteral("EUR"), 1'250'050 },
                { QStringLiteral("KWD"), 999'999'999'999'999 },
                { QStringLiteral("USD"), 28'000'000 } }));

        const auto shown = [&](const char *locale) {
            QStringList out;
            for (auto it = f.wonValue.cbegin(); it != f.wonValue.cend(); ++it)
                out.append(Money::format(it.value(), it.key(), QLocale(QLatin1String(locale))));
            return out.join(QStringLiteral(" · "));
        };
        QCOMPARE(shown("en_US"), QStringLiteral("1,800,999 JPY · 12,345.679 KWD · 0.30 USD"));
        QCOMPARE(shown("de_DE"), QStringLiteral("1.800.999 JPY · 12.345,679 KWD · 0,30 USD"));
        QCOMPARE(shown("zh_CN"), QStringLiteral("1,800,999 JPY · 12,345.679 KWD · 0.30 USD"));
    }
};

QTEST_GUILESS_MAIN(InsightsTest)
#include "tst_insights.moc"
