// The notification center between the board's model, the policy and a notifier: warnings when
// the clock passes a threshold, arrivals after a sync, and clicks turned into requests.

#include "models/referrallistmodel.h"
#include "notify/notificationcenter.h"
#include "notify/weeklyfigures.h"
#include "store/store.h"
#include "support/referralbuilder.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

class NotificationCenterTest : public QObject
{
    Q_OBJECT
private slots:
    void warnsAnnouncesAndOpens()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("n.sqlite"))));
        TestClock clock(utc(2026, 3, 2, 9, 0));
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("a"))
                           .created(clock.now().addSecs(-21 * 3600))
                           .updated(clock.now().addSecs(-21 * 3600)) });
        ReferralListModel model(&store, &clock, DeadlinePolicy());
        model.reload();
        RecordingNotifier notifier;
        NotificationCenter center(&store, &clock, &model, &notifier);
        center.check();
        QVERIFY(notifier.shown().isEmpty());
        QCOMPARE(center.armedFor(), clock.now().addSecs(3600)); // the 2 h warning, in an hour

        clock.advanceSecs(3600); // the clock passes it: one warning
        QCOMPARE(notifier.shown().size(), 1);
        QCOMPARE(notifier.shown().first().kind, NotificationKind::RespondSoon);
        QCOMPARE(notifier.shown().first().summary, QStringLiteral("Answer Contoso within 2 h"));

        // A sync brings two new referrals: one notification for both.
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("b"))
                           .created(clock.now())
                           .updated(clock.now()),
            ReferralBuilder()
                .set("id", QStringLiteral("c"))
                .created(clock.now())
                .updated(clock.now()) });
        // A sync brings them page by page: one notification for the whole run, at its end.
        center.onReferralsChanged({ QStringLiteral("b") });
        center.onReferralsChanged({ QStringLiteral("c") });
        QCOMPARE(notifier.shown().size(), 1);
        center.onSyncFinished();
        QCOMPARE(notifier.shown().size(), 2);
        QCOMPARE(notifier.shown().last().summary, QStringLiteral("2 new referrals"));

        QSignalSpy open(&center, &NotificationCenter::openRequested);
        QSignalSpy interested(&center, &NotificationCenter::interestedRequested);
        emit notifier.activated(QStringLiteral("b"), QStringLiteral("default"));
        emit notifier.activated(QStringLiteral("c"), QStringLiteral("interested"));
        QCOMPARE(open.first().first().toString(), QStringLiteral("b"));
        QCOMPARE(interested.first().first().toString(), QStringLiteral("c"));
    }

    void theWeeklySummaryOnMondayMorningFromTheStore()
    {
        // Last week (from Monday 9 March 2026, UTC): two arrivals, one answered within 24 h.
        // One deal in Negotiating whose closing date (5 March) has passed.
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("w.sqlite"))));
        TestClock clock(utc(2026, 3, 15, 22, 0)); // Sunday evening
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("quick"))
                           .created(utc(2026, 3, 10, 9))
                           .updated(utc(2026, 3, 10, 9)),
            ReferralBuilder()
                .set("id", QStringLiteral("slow"))
                .created(utc(2026, 3, 11, 9))
                .updated(utc(2026, 3, 11, 9)),
            ReferralBuilder()
                .set("id", QStringLiteral("deal"))
                .inNegotiating(100000, QStringLiteral("EUR"), QDate(2026, 3, 5))
                .created(utc(2026, 2, 1, 9))
                .updated(utc(2026, 2, 1, 9)) });
        QVERIFY(
            store.applyAction(QStringLiteral("quick"), Action::Interested, {}, utc(2026, 3, 10, 10))
                .ok());
        QVERIFY(
            store.applyAction(QStringLiteral("slow"), Action::Interested, {}, utc(2026, 3, 13, 10))
                .ok());
        // This week's summary (of the week from 2 March) was given last Monday.
        store.markNotified(
            QStringLiteral("%1:2026-03-02").arg(int(NotificationKind::WeeklySummary)), clock.now());
        ReferralListModel model(&store, &clock, DeadlinePolicy());
        model.reload();
        RecordingNotifier notifier;
        auto center = std::make_unique<NotificationCenter>(&store, &clock, &model, &notifier);
        NotificationSettings settings;
        settings.zone = QTimeZone::utc();
        settings.disabled = { NotificationKind::ClosingPassed }; // only the summary here
        center->setSettings(settings);
        WeeklyFigures weekly(&store, &clock);
        weekly.setTimeZone(QTimeZone::utc());
        connect(
            &weekly, &WeeklyFigures::updated, center.get(), &NotificationCenter::setWeeklyFigures);
        QTRY_VERIFY(weekly.figures() && !weekly.isReading());
        QVERIFY(notifier.shown().isEmpty()); // Sunday: given already, the next not yet due

        // Monday 08:00: the figures of the week that ended are read, and said once.
        clock.setNow(utc(2026, 3, 16, 8, 0));
        QTRY_COMPARE(notifier.shown().size(), 1);
        const Notification n = notifier.shown().first();
        QCOMPARE(n.kind, NotificationKind::WeeklySummary);
        QVERIFY2(n.body.contains(QStringLiteral("2 new referral")), qPrintable(n.body));
        QVERIFY2(n.body.contains(QStringLiteral("50 %")), qPrintable(n.body));
        QVERIFY2(n.body.contains(QStringLiteral("1 deal")), qPrintable(n.body));

        // An hour later, and after a restart: not again.
        clock.advanceSecs(3600);
        QTRY_VERIFY(!weekly.isReading());
        center = std::make_unique<NotificationCenter>(&store, &clock, &model, &notifier);
        center->setSettings(settings);
        connect(
            &weekly, &WeeklyFigures::updated, center.get(), &NotificationCenter::setWeeklyFigures);
        weekly.refresh();
        QTRY_VERIFY(!weekly.isReading());
        QCOMPARE(notifier.shown().size(), 1);
    }
};

QTEST_MAIN(NotificationCenterTest)
#include "tst_notificationcenter.moc"
