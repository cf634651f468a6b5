// The insights view over a small store: the figures shown, the breakdown table and chart, the
// period; no network anywhere.

#include "store/store.h"
#include "support/referralbuilder.h"
#include "widgets/insightswindow.h"

#include <QDir>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

class InsightsWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void showsTheFiguresOfThePeriod()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("i.sqlite"))));
        TestClock clock(utc(2026, 3, 20, 12, 0));
        auto place = [](const char *country) {
            return QJsonObject { { QStringLiteral("name"), QStringLiteral("C") },
                { QStringLiteral("address"),
                    QJsonObject { { QStringLiteral("country"), QLatin1String(country) } } } };
        };
        const QDateTime now = clock.now();
        store.upsert({
            ReferralBuilder()
                .set("id", QStringLiteral("w1"))
                .archived(QStringLiteral("Won"))
                .set("customerProfile", place("DE"))
                .created(now.addDays(-20))
                .detail("dealValue", 1000.0)
                .detail("currency", QStringLiteral("EUR"))
                .build(),
            ReferralBuilder()
                .set("id", QStringLiteral("l1"))
                .archived(QStringLiteral("Lost"))
                .set("customerProfile", place("DE"))
                .created(now.addDays(-25))
                .build(),
            ReferralBuilder()
                .set("id", QStringLiteral("m1"))
                .archived(QStringLiteral("Expired"))
                .set("statusReason", QStringLiteral("Missed"))
                .set("customerProfile", place("FR"))
                .created(now.addDays(-10))
                .build(),
            ReferralBuilder()
                .set("id", QStringLiteral("n1"))
                .set("customerProfile", place("FR"))
                .created(now.addSecs(-3600))
                .updated(now.addSecs(-3600))
                .build(),
            ReferralBuilder()
                .set("id", QStringLiteral("old"))
                .archived(QStringLiteral("Won"))
                .created(now.addDays(-200))
                .build(),
        });
        QVERIFY(store.applyAction(QStringLiteral("n1"), Action::Interested, {}, now.addSecs(-1800))
                    .ok());

        InsightsWindow window(&store, &clock);
        window.setPeriodDays(30);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.figureText(QStringLiteral("received")), QStringLiteral("4"));
        QCOMPARE(window.figureText(QStringLiteral("missed")), QStringLiteral("1"));
        QCOMPARE(window.figureText(QStringLiteral("median")),
            QStringLiteral("30 min")); // n1 answered after 30 min
        QCOMPARE(window.figureText(QStringLiteral("within24h")), QStringLiteral("25 %"));
        QCOMPARE(window.figureText(QStringLiteral("acceptRate")), QStringLiteral("50 %")); // w1, l1
        QCOMPARE(window.figureText(QStringLiteral("winRate")), QStringLiteral("50 %"));
        QCOMPARE(window.figureText(QStringLiteral("wonValue")), QStringLiteral("1,000 EUR"));
        QCOMPARE(window.breakdownModel()->rowCount(), 2); // DE, FR
        QCOMPARE(window.chart()->bars().size(), 1); // only DE has accepted referrals
        QCOMPARE(window.chart()->bars().first().second, 0.5);

        window.setPeriodDays(365);
        QCOMPARE(window.figureText(QStringLiteral("received")), QStringLiteral("5"));
        window.setDimension(InsightDimension::Size);
        QCOMPARE(window.breakdownModel()->headerData(0, Qt::Horizontal).toString(),
            QStringLiteral("Company size"));

        const QString shots = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(shots);
        window.setDimension(InsightDimension::Country);
        QVERIFY(window.grab().save(shots + QStringLiteral("/insights.png")));
    }
};

QTEST_MAIN(InsightsWindowTest)
#include "tst_insightswindow.moc"
