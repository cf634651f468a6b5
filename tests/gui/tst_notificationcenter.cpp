// The notification center between the board's model, the policy and a notifier: warnings when
// the clock passes a threshold, arrivals after a sync, and clicks turned into requests.

#include "models/referrallistmodel.h"
#include "notify/notificationcenter.h"
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
};

QTEST_MAIN(NotificationCenterTest)
#include "tst_notificationcenter.moc"
