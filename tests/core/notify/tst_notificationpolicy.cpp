// Which notifications are due and when (docs/lifecycle.md, "Notifications that follow from the
// rules"): each threshold once per referral, remembered in the store across a restart; arrivals
// coalesced; quiet hours holding back all but last calls; one summary after the computer slept.

#include "notify/notificationpolicy.h"
#include "store/store.h"
#include "support/referralbuilder.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kCreated = utc(2026, 3, 2, 9, 0);

Referral fresh(const QString &id, const QString &customerName, const QDateTime &created = kCreated)
{
    return ReferralBuilder()
        .set("id", id)
        .set("customerProfile", QJsonObject { { QStringLiteral("name"), customerName } })
        .created(created)
        .updated(created);
}

} // namespace

class NotificationPolicyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    std::unique_ptr<Store> store()
    {
        auto s = std::make_unique<Store>();
        s->open(m_dir.filePath(QStringLiteral("n%1.sqlite").arg(++m_run)));
        return s;
    }

    static NotificationPolicy policyOn(Store *s)
    {
        return NotificationPolicy(
            DeadlinePolicy({}, QTimeZone::utc()),
            [s](const QString &k) { return s->wasNotified(k); },
            [s](const QString &k) { s->markNotified(k, QDateTime::currentDateTimeUtc()); });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void eachThresholdOnceAndNeverAgainAfterARestart()
    {
        auto s = store();
        const QList<Referral> open { fresh(QStringLiteral("a"), QStringLiteral("Contoso")) };
        NotificationSettings settings;
        {
            NotificationPolicy policy = policyOn(s.get());
            QVERIFY(policy.deadlines(open, kCreated.addSecs(21 * 3600), settings).isEmpty());
            QCOMPARE(
                policy.nextDue(open, kCreated.addSecs(21 * 3600)), kCreated.addSecs(22 * 3600));
            const QDateTime at = kCreated.addSecs(22 * 3600); // 2 h before the 24 h target
            const QList<Notification> due = policy.deadlines(open, at, settings);
            QCOMPARE(due.size(), 1);
            QCOMPARE(due.first().kind, NotificationKind::RespondSoon);
            QCOMPARE(due.first().summary, QStringLiteral("Answer Contoso within 2 h"));
            QCOMPARE(due.first().referralIds, QStringList { QStringLiteral("a") });
            QVERIFY(!due.first().lastCall);
            QVERIFY(policy.deadlines(open, at.addSecs(60), settings).isEmpty()); // not twice
        }
        // The app restarts: nothing is said again.
        NotificationPolicy again = policyOn(s.get());
        QVERIFY(again.deadlines(open, kCreated.addSecs(22 * 3600 + 120), settings).isEmpty());
        // 12 h and 1 h before being missed.
        const QList<Notification> twelve
            = again.deadlines(open, kCreated.addSecs(60 * 3600), settings);
        QCOMPARE(twelve.size(), 1);
        QCOMPARE(twelve.first().summary, QStringLiteral("Contoso: missed in 12 h"));
        const QList<Notification> last
            = again.deadlines(open, kCreated.addSecs(71 * 3600), settings);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().kind, NotificationKind::MissedIn1h);
        QVERIFY(last.first().lastCall);
        QCOMPARE(last.first().summary, QStringLiteral("Contoso: missed in 1 h"));
    }

    void evaluatingAndNegotiatingThresholds()
    {
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        Referral evaluating
            = ReferralBuilder().set("id", QStringLiteral("e")).inEvaluating().created(kCreated);
        evaluating.interestedDateTime = kCreated;
        const QDateTime limit = kCreated.addDays(7);
        QCOMPARE(policy.deadlines({ evaluating }, limit.addSecs(-24 * 3600), {}).first().kind,
            NotificationKind::ExpiresIn24h);
        const QList<Notification> four
            = policy.deadlines({ evaluating }, limit.addSecs(-4 * 3600), {});
        QCOMPARE(four.first().kind, NotificationKind::ExpiresIn4h);
        QVERIFY(four.first().lastCall);

        const Referral negotiating
            = ReferralBuilder()
                  .set("id", QStringLiteral("g"))
                  .inNegotiating(1, QStringLiteral("EUR"), QDate(2026, 3, 10));
        const QDateTime dayAfter = utc(2026, 3, 11, 9, 0);
        QCOMPARE(policy.deadlines({ negotiating }, dayAfter, {}).first().kind,
            NotificationKind::ClosingPassed);
        QVERIFY(
            policy.deadlines({ negotiating }, dayAfter.addSecs(3600), {}).isEmpty()); // once a day…
        QCOMPARE(policy.deadlines({ negotiating }, dayAfter.addDays(1), {}).size(),
            1); // …and again the next
    }

    void eachKindCanBeTurnedOff()
    {
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        NotificationSettings settings;
        settings.disabled = { NotificationKind::RespondSoon, NotificationKind::Arrivals };
        const Referral r = fresh(QStringLiteral("off"), QStringLiteral("Fabrikam"));
        QVERIFY(policy.deadlines({ r }, kCreated.addSecs(22 * 3600), settings).isEmpty());
        QVERIFY(!policy.arrivals({ r }, settings, kCreated));
    }

    void arrivalsInOneSyncMakeOneNotification()
    {
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        const QList<Referral> arrived { fresh(QStringLiteral("1"), QStringLiteral("Contoso")),
            fresh(QStringLiteral("2"), QStringLiteral("Fabrikam")),
            fresh(QStringLiteral("3"), QStringLiteral("Litware")) };
        const std::optional<Notification> n = policy.arrivals(arrived, {}, kCreated.addSecs(60));
        QVERIFY(n);
        QCOMPARE(n->summary, QStringLiteral("3 new referrals"));
        QCOMPARE(n->body, QStringLiteral("Contoso, Fabrikam, and Litware"));
        QCOMPARE(n->referralIds.size(), 3);
        QVERIFY(!policy.arrivals(arrived, {}, kCreated.addSecs(120))); // a re-sync repeats nothing
        const std::optional<Notification> one
            = policy.arrivals({ fresh(QStringLiteral("4"), QStringLiteral("Proseware")) }, {},
                kCreated.addSecs(3600));
        QCOMPARE(one->summary, QStringLiteral("New referral from Proseware"));
        QVERIFY(one->body.contains(QStringLiteral("Respond within 23 h")));
    }

    void outgoingReferralsRaiseNoNotification()
    {
        // Sent by this partner: nothing for it to answer, so neither an arrival nor a deadline.
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        Referral sent = fresh(QStringLiteral("out"), QStringLiteral("Contoso"));
        sent.direction = QStringLiteral("Outgoing");
        QVERIFY(!policy.arrivals({ sent }, {}, kCreated.addSecs(60)));
        for (qint64 hours : { 23, 61, 71 })
            QVERIFY(policy.deadlines({ sent }, kCreated.addSecs(hours * 3600), {}).isEmpty());
        QVERIFY(!policy.nextDue({ sent }, kCreated).isValid());
        // The same referral received would have spoken.
        Referral received = sent;
        received.direction = QStringLiteral("Incoming");
        QVERIFY(policy.arrivals({ received }, {}, kCreated.addSecs(60)));
    }

    void quietHoursHoldBackAllButLastCalls()
    {
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        NotificationSettings quiet;
        quiet.quietFrom = QTime(22, 0);
        quiet.quietTo = QTime(7, 0);
        quiet.zone = QTimeZone::utc();
        const QDateTime night = utc(2026, 3, 3, 23, 0);
        QVERIFY(NotificationPolicy::inQuietHours(quiet, night));
        QVERIFY(!NotificationPolicy::inQuietHours(quiet, utc(2026, 3, 3, 12, 0)));
        // Created so that at 23:00 the 2 h warning is due (held), and one at its last hour (said).
        const Referral soon
            = fresh(QStringLiteral("soon"), QStringLiteral("Contoso"), night.addSecs(-22 * 3600));
        const Referral lastHour
            = fresh(QStringLiteral("last"), QStringLiteral("Fabrikam"), night.addSecs(-71 * 3600));
        const QList<Notification> atNight = policy.deadlines({ soon, lastHour }, night, quiet);
        QCOMPARE(atNight.size(), 1);
        QCOMPARE(atNight.first().referralIds, QStringList { QStringLiteral("last") });
        // The held one comes when the quiet hours end, if it still matters then.
        // Its 2 h warning falls due at 06:30, inside the quiet hours, for a target at 08:30.
        const Referral soonStill
            = fresh(QStringLiteral("soon2"), QStringLiteral("Litware"), utc(2026, 3, 2, 8, 30));
        QVERIFY(policy.deadlines({ soonStill }, utc(2026, 3, 3, 6, 59, 30), quiet).isEmpty());
        QCOMPARE(policy.deadlines({ soonStill }, utc(2026, 3, 3, 7, 0, 30), quiet).size(), 1);
        // Paused for an hour: the same, whatever the time of day.
        NotificationSettings paused;
        paused.zone = QTimeZone::utc();
        paused.pausedUntil = night.addSecs(3600);
        QVERIFY(
            !policy.arrivals({ fresh(QStringLiteral("p"), QStringLiteral("P")) }, paused, night));
    }

    void afterSleepOneSummaryNotABurst()
    {
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        QList<Referral> open;
        for (int i = 0; i < 5; ++i)
            open.append(fresh(QString::number(i), QStringLiteral("Customer %1").arg(i),
                kCreated.addSecs(i * 60)));
        open.append(fresh(QStringLiteral("urgent"), QStringLiteral("Urgent Ltd"),
            kCreated.addSecs(-48 * 3600 - 1800))); // missed at +23.5 h
        // Asleep from 10:00 to 08:00 the next day: five "respond soon" and one last call are due.
        const QList<Notification> woke = policy.deadlines(open, kCreated.addSecs(23 * 3600), {});
        QCOMPARE(woke.size(), 2);
        QCOMPARE(woke.first().kind, NotificationKind::MissedIn1h); // the last call on its own
        QCOMPARE(woke.last().kind, NotificationKind::CatchUp);
        QCOMPARE(woke.last().summary, QStringLiteral("5 referrals need your attention"));
        QVERIFY(policy.deadlines(open, kCreated.addSecs(23 * 3600 + 60), {}).isEmpty());
    }

    void aProblemIsToldOncePerAction()
    {
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        const Referral r = fresh(QStringLiteral("x"), QStringLiteral("Contoso"));
        const std::optional<Notification> n = policy.actionProblem(
            r, 7, QStringLiteral("Partner Center shows Skipped."), {}, kCreated);
        QVERIFY(n);
        QCOMPARE(n->summary, QStringLiteral("Contoso: your action was not applied"));
        QVERIFY(!policy.actionProblem(r, 7, QStringLiteral("again"), {}, kCreated));
        QVERIFY(policy.actionProblem(r, 8, QStringLiteral("another action"), {}, kCreated));
    }

    void weeklySummaryOncePerWeekOnMondayMorning()
    {
        // Monday 16 March 2026; the week summarised is the one from Monday 9 March. UTC here.
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        NotificationSettings settings;
        settings.zone = QTimeZone::utc();
        TestClock clock(utc(2026, 3, 16, 7, 59));
        const WeeklySummaryFacts lastWeek { QDate(2026, 3, 9), 14, 12, 3 };
        QCOMPARE(NotificationPolicy::summarisedWeek(clock.now(), settings.zone), QDate(2026, 3, 9));
        QCOMPARE(
            NotificationPolicy::weeklySummaryDue(clock.now(), settings.zone), utc(2026, 3, 16, 8));
        QVERIFY(!policy.weeklySummary(lastWeek, clock.now(), settings)); // not morning yet

        clock.advanceSecs(60); // 08:00
        const std::optional<Notification> n = policy.weeklySummary(lastWeek, clock.now(), settings);
        QVERIFY(n);
        QCOMPARE(n->kind, NotificationKind::WeeklySummary);
        QVERIFY(!n->lastCall);
        QVERIFY2(n->body.contains(QStringLiteral("14")), qPrintable(n->body));
        QVERIFY2(n->body.contains(QStringLiteral("86 %")), qPrintable(n->body)); // 12 / 14
        QVERIFY2(n->body.contains(QStringLiteral("3 deal")), qPrintable(n->body));

        // Not twice: later that day, later that week, nor after a restart (the store remembers).
        clock.advanceSecs(3600);
        QVERIFY(!policy.weeklySummary(lastWeek, clock.now(), settings));
        NotificationPolicy restarted = policyOn(s.get());
        clock.setNow(utc(2026, 3, 20, 10));
        QVERIFY(!restarted.weeklySummary(lastWeek, clock.now(), settings));

        // The next Monday: the week of 16 March, once its figures are there.
        clock.setNow(utc(2026, 3, 23, 9));
        QVERIFY(!restarted.weeklySummary(lastWeek, clock.now(), settings)); // stale figures
        const WeeklySummaryFacts next { QDate(2026, 3, 16), 0, 0, 2 };
        const std::optional<Notification> second
            = restarted.weeklySummary(next, clock.now(), settings);
        QVERIFY(second);
        QVERIFY2(
            second->body.contains(QStringLiteral("no new referrals")), qPrintable(second->body));
        QVERIFY(!restarted.weeklySummary(next, clock.now(), settings));
    }

    void weeklySummaryCatchesUpAfterAMissedMonday()
    {
        // The app was not running on Monday: the first check that week gives the summary.
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        NotificationSettings settings;
        settings.zone = QTimeZone::utc();
        TestClock clock(utc(2026, 3, 18, 15)); // Wednesday
        const WeeklySummaryFacts facts { QDate(2026, 3, 9), 2, 1, 0 };
        QVERIFY(policy.weeklySummary(facts, clock.now(), settings));
        QVERIFY(!policy.weeklySummary(facts, clock.now(), settings));
        // Sunday night is still that week: no repeat.
        clock.setNow(utc(2026, 3, 22, 23, 59));
        QVERIFY(!policy.weeklySummary(facts, clock.now(), settings));
    }

    void weeklySummaryWaitsForQuietHoursAndPauseAndCanBeTurnedOff()
    {
        auto s = store();
        NotificationPolicy policy = policyOn(s.get());
        NotificationSettings settings;
        settings.zone = QTimeZone::utc();
        settings.quietFrom = QTime(7, 0);
        settings.quietTo = QTime(9, 0);
        const WeeklySummaryFacts facts { QDate(2026, 3, 9), 5, 5, 0 };
        QVERIFY(!policy.weeklySummary(facts, utc(2026, 3, 16, 8), settings)); // quiet
        settings.pausedUntil = utc(2026, 3, 16, 10);
        QVERIFY(!policy.weeklySummary(facts, utc(2026, 3, 16, 9, 30), settings)); // paused
        const auto n = policy.weeklySummary(facts, utc(2026, 3, 16, 10), settings); // said now
        QVERIFY(n);
        QVERIFY2(n->body.contains(QStringLiteral("100 %")), qPrintable(n->body));

        settings.disabled.insert(NotificationKind::WeeklySummary);
        QVERIFY(
            !policy.weeklySummary({ QDate(2026, 3, 16), 5, 5, 0 }, utc(2026, 3, 23, 10), settings));

        // A week with nothing to say is marked as given and not said.
        settings.disabled.clear();
        QVERIFY(
            !policy.weeklySummary({ QDate(2026, 3, 23), 0, 0, 0 }, utc(2026, 3, 30, 10), settings));
        QVERIFY(s->wasNotified(
            QStringLiteral("%1:2026-03-23").arg(int(NotificationKind::WeeklySummary))));
    }
};

QTEST_GUILESS_MAIN(NotificationPolicyTest)
#include "tst_notificationpolicy.moc"
