// The insights view over a small store: the figures shown, the breakdown table and chart, the
// period and the dates it covers, a custom range refused when it starts after it ends, closing
// from the keyboard; no network anywhere.

#include "store/store.h"
#include "support/referralbuilder.h"
#include "widgets/insightswindow.h"
#include "widgets/responsepanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rd;
using namespace rd::test;

class InsightsWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    TestClock m_clock { utc(2026, 3, 20, 12, 0) };

    void choosePeriod(InsightsWindow &window, int days)
    {
        window.period()->setCurrentIndex(window.period()->findData(days)); // as a person would
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("range.sqlite"))));
        // Received on 5, 12 and 13 March: each range below counts a different number of them.
        m_store.upsert({
            ReferralBuilder()
                .set("id", QStringLiteral("a"))
                .archived(QStringLiteral("Lost"))
                .created(utc(2026, 3, 5, 12))
                .build(),
            ReferralBuilder()
                .set("id", QStringLiteral("b"))
                .archived(QStringLiteral("Lost"))
                .created(utc(2026, 3, 12, 12))
                .build(),
            ReferralBuilder()
                .set("id", QStringLiteral("c"))
                .archived(QStringLiteral("Lost"))
                .created(utc(2026, 3, 13, 12))
                .build(),
        });
    }

    void theDatesFollowTheChosenPeriod()
    {
        InsightsWindow window(&m_store, &m_clock);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        const QDate today = m_clock.now().toLocalTime().date();
        // Opened on the last 90 days.
        QCOMPARE(window.period()->currentData().toInt(), 90);
        QCOMPARE(window.fromDate()->date(), today.addDays(-90));
        QCOMPARE(window.toDate()->date(), today);
        for (const int days : { 30, 365, 90 }) {
            choosePeriod(window, days);
            QTRY_VERIFY(!window.isReading()); // read on the reader's thread
            QCOMPARE(window.fromDate()->date(), today.addDays(-days));
            QCOMPARE(window.toDate()->date(), today);
            QVERIFY(!window.fromDate()->isEnabled()); // the period decides them
        }
        // Custom starts from the dates shown, and they become editable.
        choosePeriod(window, 30);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        choosePeriod(window, 0);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QVERIFY(window.fromDate()->isEnabled());
        QVERIFY(window.toDate()->isEnabled());
        QCOMPARE(window.fromDate()->date(), today.addDays(-30));
        QCOMPARE(window.toDate()->date(), today);

        // Later (the window opened again), the same period covers later days.
        choosePeriod(window, 30);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        m_clock.setNow(m_clock.now().addDays(2));
        window.recompute();
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QCOMPARE(window.toDate()->date(), today.addDays(2));
        QCOMPARE(window.fromDate()->date(), today.addDays(2 - 30));
        m_clock.setNow(utc(2026, 3, 20, 12, 0));
    }

    void aCustomRangeThatStartsAfterItEndsIsRefused()
    {
        InsightsWindow window(&m_store, &m_clock);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        choosePeriod(window, 0);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        window.fromDate()->setDate(QDate(2026, 3, 1));
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        window.toDate()->setDate(QDate(2026, 3, 10));
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QCOMPARE(window.figures().received, 1); // a
        QVERIFY(window.rangeError().isEmpty());

        // The start moved past the end: said beside the dates, nothing counted, nothing swapped.
        window.fromDate()->setDate(QDate(2026, 3, 12));
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QCOMPARE(window.rangeError(),
            QStringLiteral("The range starts after it ends: choose a start on or before %1.")
                .arg(QLocale().toString(QDate(2026, 3, 10), QLocale::ShortFormat)));
        QCOMPARE(window.figures().received, 1); // still the figures of 1–10 March
        QCOMPARE(window.figureText(QStringLiteral("received")), QStringLiteral("1"));
        QCOMPARE(window.fromDate()->date(), QDate(2026, 3, 12));
        QCOMPARE(window.toDate()->date(), QDate(2026, 3, 10));
        window.recompute(); // as when the window is opened again
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QVERIFY(!window.rangeError().isEmpty());
        QCOMPARE(window.figures().received, 1);

        // Fixed: counted again (12 and 13 March), and the message goes.
        window.toDate()->setDate(QDate(2026, 3, 31));
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QVERIFY(window.rangeError().isEmpty());
        QCOMPARE(window.figures().received, 2);
        // A period never has a bad range: choosing one ends the message too.
        window.toDate()->setDate(QDate(2026, 3, 1));
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QVERIFY(!window.rangeError().isEmpty());
        choosePeriod(window, 30);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QVERIFY(window.rangeError().isEmpty());
        QCOMPARE(window.figures().received, 3);
    }

    void escapeAndCtrlWClose()
    {
        InsightsWindow window(&m_store, &m_clock);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        for (const QKeyCombination key :
            { QKeyCombination(Qt::Key_Escape), QKeyCombination(Qt::CTRL | Qt::Key_W) }) {
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, key.key(), key.keyboardModifiers());
            QVERIFY2(!window.isVisible(), qPrintable(QKeySequence(key).toString()));
        }
    }

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
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        window.setPeriodDays(30);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
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
        QCOMPARE(window.figureText(QStringLiteral("wonValue")), QStringLiteral("1,000.00 EUR"));
        QCOMPARE(window.breakdownModel()->rowCount(), 2); // DE, FR
        QCOMPARE(window.chart()->bars().size(), 1); // only DE has accepted referrals
        QCOMPARE(window.chart()->bars().first().second, 0.5);

        window.setPeriodDays(365);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QCOMPARE(window.figureText(QStringLiteral("received")), QStringLiteral("5"));
        window.setDimension(InsightDimension::Size);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QCOMPARE(window.breakdownModel()->headerData(0, Qt::Horizontal).toString(),
            QStringLiteral("Company size"));

        const QString shots = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(shots);
        window.setDimension(InsightDimension::Country);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QVERIFY(window.grab().save(shots + QStringLiteral("/insights.png")));
    }

    void theWeeksTheStreakAndThisWeeksMisses()
    {
        // Friday 20 March 2026, 12:00 UTC; the weeks in UTC. This week began Monday 16.
        //  id     received        first answer          against 24 h
        //  lw     Tue 10  09:00   2 h later             met (last week)
        //  late   Mon 16  09:00   Tue 17 12:00 (27 h)   missed
        //  open   Wed 18  08:00   none, 52 h old        missed
        //  quick  Thu 19  10:00   1 h later             met
        // This week: 3 received, 1 within 24 h (33 %). Streak: Thu 19 met (1), Wed 18 missed.
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("w.sqlite"))));
        TestClock clock(utc(2026, 3, 20, 12, 0));
        auto arrived
            = [](const char *id, const char *name, const char *customer, const QDateTime &at) {
                  return ReferralBuilder()
                      .set("id", QLatin1String(id))
                      .set("name", QLatin1String(name))
                      .set("customerProfile",
                          QJsonObject { { QStringLiteral("name"), QLatin1String(customer) } })
                      .created(at)
                      .updated(at)
                      .build();
              };
        store.upsert({ arrived("lw", "Last week", "Northwind", utc(2026, 3, 10, 9)),
            arrived("late", "Azure migration", "Fabrikam", utc(2026, 3, 16, 9)),
            arrived("open", "Teams rollout", "Contoso", utc(2026, 3, 18, 8)),
            arrived("quick", "Copilot pilot", "Tailspin", utc(2026, 3, 19, 10)) });
        for (const auto &[id, at] :
            { std::pair { "lw", utc(2026, 3, 10, 11) }, std::pair { "late", utc(2026, 3, 17, 12) },
                std::pair { "quick", utc(2026, 3, 19, 11) } })
            QVERIFY(store.applyAction(QLatin1String(id), Action::Interested, {}, at).ok());

        InsightsWindow window(&store, &clock);
        window.setTimeZone(QTimeZone::utc());
        QTRY_VERIFY(!window.isReading() && !window.isReadingWeeks());
        ResponsePanel *panel = window.responses();
        const QList<WeekResponse> &weeks = panel->chart()->weeks();
        QCOMPARE(weeks.size(), 12);
        QCOMPARE(weeks.last().monday, QDate(2026, 3, 16));
        QCOMPARE(weeks.last().figures.received, 3);
        QCOMPARE(weeks.last().figures.answeredWithin24h, 1);
        QCOMPARE(weeks.at(10).figures.received, 1);
        QCOMPARE(weeks.at(10).figures.medianResponseSecs, std::optional<qint64>(2 * 3600));
        QVERIFY2(panel->streakLabel()->text().contains(QStringLiteral("last 1 day")),
            qPrintable(panel->streakLabel()->text()));
        QTreeWidget *misses = panel->misses();
        QCOMPARE(misses->topLevelItemCount(), 2);
        QCOMPARE(misses->topLevelItem(0)->text(0), QStringLiteral("Fabrikam"));
        QCOMPARE(misses->topLevelItem(0)->text(1), QStringLiteral("Azure migration"));
        QCOMPARE(misses->topLevelItem(1)->text(0), QStringLiteral("Contoso"));
        QCOMPARE(misses->topLevelItem(1)->text(3), QStringLiteral("Not answered"));

        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Enter and a double-click open the referral, as a notification's click does.
        QSignalSpy opened(&window, &InsightsWindow::openRequested);
        misses->setFocus();
        misses->setCurrentItem(misses->topLevelItem(1));
        QTest::keyClick(misses, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("open"));
        const QRect first = misses->visualItemRect(misses->topLevelItem(0));
        // A person's double-click begins with a click (Qt 6.4's mouseDClick sends no press).
        QTest::mouseClick(misses->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(misses->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("late"));

        const QString shots = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + QStringLiteral("/insights-weeks.png")));
    }
};

QTEST_MAIN(InsightsWindowTest)
#include "tst_insightswindow.moc"
