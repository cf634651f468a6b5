// The weekly response figures, the streak and this week's misses against a seeded history whose
// expected values are computed by hand in the comments.

#include "domain/deadlinepolicy.h"
#include "insights/insightquery.h"
#include "insights/responsetimes.h"
#include "store/store.h"
#include "support/referralbuilder.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

// Wednesday 18 March 2026, 12:00 UTC. The weeks are read in UTC here (the zone is a parameter),
// so every time below is also its day's local time. This week: Mon 16 – Sun 22 March; the 12
// weeks start on Monday 29 December 2025 (16 March − 11 × 7 days).
const QDateTime kNow = utc(2026, 3, 18, 12, 0);
const QTimeZone kUtc = QTimeZone::utc();

enum Answer { Interested, Accepted, NoThanks, None };

/// A referral that arrived at `created` and got its first answer `afterH` hours later (as
/// `how`), or none (afterH < 0).
InsightRow row(const char *id, const QDateTime &created, double afterH, Answer how = Interested)
{
    InsightRow r;
    r.id = QLatin1String(id);
    r.name = QStringLiteral("Deal %1").arg(QLatin1String(id));
    r.customer = QStringLiteral("Customer %1").arg(QLatin1String(id));
    r.created = created;
    const QDateTime at = created.addSecs(qint64(afterH * 3600));
    if (afterH < 0)
        how = None;
    switch (how) {
    case Interested:
        r.stage = Stage::Evaluating;
        r.interested = at;
        break;
    case Accepted:
        r.stage = Stage::Negotiating;
        r.accepted = at;
        break;
    case NoThanks:
        r.stage = Stage::Archived;
        r.outcome = Outcome::Skipped;
        r.closed = at;
        break;
    case None:
        break;
    }
    return r;
}

//  week (Monday)  id  arrived (UTC)        first answer after  against 24 h at kNow
//  —  (before)    z0  Sun 28 Dec 2025 10:00  1 h                outside the 12 weeks
//  0  29 Dec      w1  Tue 30 Dec 10:00       2 h                met
//  1 … 8          (none)
//  9   2 Mar      a1  Mon  2 Mar 09:00       1 h                met
//                 a2  Tue  3 Mar 09:00       30 h               missed (late)
//                 a3  Wed  4 Mar 09:00       5 h (No thanks)    met
//  10  9 Mar      b1  Mon  9 Mar 08:00       2 h (interested; accepted at 3 h)  met
//                 b2  Tue 10 Mar 08:00       24 h exactly       met (24 h is within)
//                 b3  Thu 12 Mar 08:00       none (Missed)      missed (unanswered)
//                 b4  Sat 14 Mar 20:00       10 h               met
//                 b5  Sun 15 Mar 23:30       4 h                met
//  11  16 Mar     c1  Mon 16 Mar 07:00       26 h               missed (late)
//  (this week)    c2  Mon 16 Mar 10:00       1 h                met
//                 c3  Tue 17 Mar 09:00       3 h                met
//                 c4  Tue 17 Mar 11:00       none, 25 h old     missed (unanswered)
//                 c5  Tue 17 Mar 13:00       none, 23 h old     pending: not a miss
//                 c6  Wed 18 Mar 08:00       1 h                met
//  —  (future)    f1  Wed 18 Mar 13:00       —                  after now (a skewed clock)
//
//  week  received  answered  responses (h, sorted)  median      within 24 h  share
//  0     1         1         2                      2 h         1            100 %
//  1–8   0         0         —                      —           0            —
//  9     3         3         1, 5, 30               5 h         2            2/3
//  10    5         4         2, 4, 10, 24           (4+10)/2=7h 4            4/5 = 80 %
//  11    6         4         1, 1, 3, 26            (1+3)/2=2 h 3            3/6 = 50 %
//
//  Streak, back from Wed 18 March: 18th c6 met → 1; 17th c4 missed → ends. Streak 1.
//  This week's misses, oldest first: c1 (answered Tue 17 09:00), c4 (no answer).
QList<InsightRow> history()
{
    InsightRow b1 = row("b1", utc(2026, 3, 9, 8), 2);
    b1.accepted = b1.created.addSecs(3 * 3600);
    InsightRow b3 = row("b3", utc(2026, 3, 12, 8), -1);
    b3.stage = Stage::Archived;
    b3.outcome = Outcome::Missed;
    b3.closed = b3.created.addSecs(72 * 3600);
    return {
        row("z0", utc(2025, 12, 28, 10), 1),
        row("w1", utc(2025, 12, 30, 10), 2),
        row("a1", utc(2026, 3, 2, 9), 1),
        row("a2", utc(2026, 3, 3, 9), 30),
        row("a3", utc(2026, 3, 4, 9), 5, NoThanks),
        b1,
        row("b2", utc(2026, 3, 10, 8), 24),
        b3,
        row("b4", utc(2026, 3, 14, 20), 10),
        row("b5", utc(2026, 3, 15, 23, 30), 4),
        row("c1", utc(2026, 3, 16, 7), 26),
        row("c2", utc(2026, 3, 16, 10), 1),
        row("c3", utc(2026, 3, 17, 9), 3),
        row("c4", utc(2026, 3, 17, 11), -1),
        row("c5", utc(2026, 3, 17, 13), -1),
        row("c6", utc(2026, 3, 18, 8), 1),
        row("f1", utc(2026, 3, 18, 13), -1),
    };
}

constexpr qint64 kH = 3600;

} // namespace

class ResponseTimesTest : public QObject
{
    Q_OBJECT
private slots:
    void weeksStartOnMonday()
    {
        QCOMPARE(ResponseTimesCalc::mondayOf(kNow, kUtc), QDate(2026, 3, 16));
        QCOMPARE(ResponseTimesCalc::mondayOf(utc(2026, 3, 15, 23, 59), kUtc), QDate(2026, 3, 9));
        QCOMPARE(ResponseTimesCalc::rangeStart(kNow, kUtc, 12), utc(2025, 12, 29));
        // In Berlin (UTC+1 in March) Sunday 23:30 UTC is already Monday 00:30.
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(ResponseTimesCalc::mondayOf(utc(2026, 3, 15, 23, 30), berlin), QDate(2026, 3, 16));
        QCOMPARE(ResponseTimesCalc::rangeStart(kNow, berlin, 1), utc(2026, 3, 15, 23));
    }

    void weeklyFiguresMatchTheHandComputedTable()
    {
        const ResponseTimes t = ResponseTimesCalc::compute(history(), kNow, kUtc);
        QCOMPARE(t.weeks.size(), 12);
        QCOMPARE(t.weeks.first().monday, QDate(2025, 12, 29));
        QCOMPARE(t.weeks.last().monday, QDate(2026, 3, 16));

        struct Expected
        {
            int week, received, answered, within;
            std::optional<qint64> median;
        };
        const QList<Expected> table {
            { 0, 1, 1, 1, 2 * kH },
            { 9, 3, 3, 2, 5 * kH },
            { 10, 5, 4, 4, 7 * kH },
        };
        for (const Expected &e : table) {
            const InsightFigures &f = t.weeks.at(e.week).figures;
            QCOMPARE(f.received, e.received);
            QCOMPARE(f.answered, e.answered);
            QCOMPARE(f.answeredWithin24h, e.within);
            QCOMPARE(f.medianResponseSecs, e.median);
        }
        for (int w = 1; w <= 8; ++w) {
            QCOMPARE(t.weeks.at(w).figures.received, 0);
            QVERIFY(!t.weeks.at(w).figures.medianResponseSecs);
            QVERIFY(!t.weeks.at(w).figures.shareWithin24h());
        }
        QCOMPARE(*t.weeks.at(0).figures.shareWithin24h(), 1.0);
        QCOMPARE(*t.weeks.at(9).figures.shareWithin24h(), 2.0 / 3);
        QCOMPARE(*t.lastWeek().shareWithin24h(), 0.8);

        const InsightFigures now = t.thisWeek();
        QCOMPARE(now.received, 6); // f1 lies in the future
        QCOMPARE(now.answered, 4);
        QCOMPARE(now.answeredWithin24h, 3);
        QCOMPARE(now.medianResponseSecs, std::optional<qint64>(2 * kH));
        QCOMPARE(*now.shareWithin24h(), 0.5);

        QCOMPARE(t.streakDays, 1);
        QVERIFY(!t.streakUnbroken);

        QCOMPARE(t.missesThisWeek.size(), 2);
        QCOMPARE(t.missesThisWeek.at(0).id, QStringLiteral("c1"));
        QCOMPARE(t.missesThisWeek.at(0).name, QStringLiteral("Deal c1"));
        QCOMPARE(t.missesThisWeek.at(0).customer, QStringLiteral("Customer c1"));
        QCOMPARE(t.missesThisWeek.at(0).answered, utc(2026, 3, 17, 9));
        QCOMPARE(t.missesThisWeek.at(1).id, QStringLiteral("c4"));
        QVERIFY(!t.missesThisWeek.at(1).answered.isValid());
    }

    void anUnansweredReferralMissesOnlyOnceItsWholeDayHasPassed()
    {
        // Exactly 24 h old and unanswered: still pending. One second more: missed.
        const InsightRow r = row("p", kNow.addSecs(-24 * kH), -1);
        QCOMPARE(Insights::responseTarget(r, kNow), ResponseTarget::Pending);
        QCOMPARE(Insights::responseTarget(r, kNow.addSecs(1)), ResponseTarget::Missed);
        QVERIFY(ResponseTimesCalc::compute({ r }, kNow, kUtc).missesThisWeek.isEmpty());
        QCOMPARE(ResponseTimesCalc::compute({ r }, kNow.addSecs(1), kUtc).missesThisWeek.size(), 1);
    }

    void theStreakSkipsDaysWithoutArrivalsAndDaysStillOpen()
    {
        //  day        arrivals                 day's verdict      streak so far (back from 17th)
        //  Tue 17     s6 unanswered, 3 h old   pending: skipped   0
        //  Mon 16     s5 met (2 h)             met                1
        //  Sun 15     none                     skipped            1
        //  Sat 14     s3 met, s4 met           met                2
        //  Fri 13     none                     skipped            2
        //  Thu 12     s2 met (20 h)            met                3
        //  Tue 10     s1 missed (40 h)         ends it            3
        const QDateTime now = utc(2026, 3, 17, 12);
        const QList<InsightRow> rows {
            row("s1", utc(2026, 3, 10, 9), 40),
            row("s2", utc(2026, 3, 12, 9), 20),
            row("s3", utc(2026, 3, 14, 9), 1),
            row("s4", utc(2026, 3, 14, 15), 23),
            row("s5", utc(2026, 3, 16, 9), 2),
            row("s6", utc(2026, 3, 17, 9), -1),
        };
        ResponseTimes t = ResponseTimesCalc::compute(rows, now, kUtc);
        QCOMPARE(t.streakDays, 3);
        QVERIFY(!t.streakUnbroken);
        // Without the miss the streak reaches the first day read: it may be longer.
        t = ResponseTimesCalc::compute(rows.mid(1), now, kUtc);
        QCOMPARE(t.streakDays, 3);
        QVERIFY(t.streakUnbroken);
        // Nothing at all: no streak, nothing missed.
        t = ResponseTimesCalc::compute({}, now, kUtc);
        QCOMPARE(t.streakDays, 0);
        QVERIFY(t.missesThisWeek.isEmpty());
        QCOMPARE(t.weeks.size(), 12);
    }

    void theStoreGivesNamesAndCustomersForTheMisses()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("r.sqlite"))));
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("late"))
                           .set("name", QStringLiteral("Teams rollout"))
                           .created(kNow.addSecs(-30 * kH))
                           .updated(kNow.addSecs(-30 * kH)),
            ReferralBuilder().set("id", QStringLiteral("old")).created(utc(2025, 12, 1)) });
        const QDateTime from = ResponseTimesCalc::rangeStart(kNow, kUtc, 12);
        const QList<InsightRow> rows = InsightQuery::rows(
            store, from, kNow.addSecs(1), DeadlinePolicy({}, QTimeZone::utc()));
        QCOMPARE(rows.size(), 1); // "old" arrived before the 12 weeks
        const ResponseTimes t = ResponseTimesCalc::compute(rows, kNow, kUtc);
        QCOMPARE(t.missesThisWeek.size(), 1);
        QCOMPARE(t.missesThisWeek.first().name, QStringLiteral("Teams rollout"));
        QVERIFY(!t.missesThisWeek.first().customer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ResponseTimesTest)
#include "tst_responsetimes.moc"
