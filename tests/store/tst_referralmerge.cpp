// ReferralMerge: the one place a remote copy meets the person's queued actions (issue 14). A
// sync's page, the service's answer to an action, an undo and a conflict all rebase through it, so
// its rules are tested here once, without a database.

#include "store/referralmerge.h"
#include "support/referralbuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

OutboxEntry queued(qint64 seq, Action action, const ActionInput &input = {},
    OutboxEntry::State state = OutboxEntry::State::Queued)
{
    OutboxEntry e;
    e.seq = seq;
    e.referralId = QStringLiteral("r");
    e.action = action;
    e.input = input;
    e.createdAt = kNow;
    e.state = state;
    return e;
}

ActionInput deal()
{
    ActionInput in;
    in.dealValue = 2500000;
    in.currency = QStringLiteral("EUR");
    in.closingDate = QDate(2026, 6, 30);
    return in;
}

} // namespace

class ReferralMergeTest : public QObject
{
    Q_OBJECT

private slots:
    void aNewReferralIsItsRemoteCopy()
    {
        const Referral remote = ReferralBuilder().set("id", QStringLiteral("r")).inNew().build();
        const Rebased r = ReferralMerge::rebase(remote, nullptr);
        QCOMPARE(r.view, remote);
        QCOMPARE(r.remote, remote);
        QVERIFY(r.conflicts.isEmpty());
    }

    void pendingActionsAreReplayedInOrderOnTheRemoteCopy()
    {
        StoredFacts stored;
        stored.pending = { queued(1, Action::Interested), queued(2, Action::Accept, deal()) };
        const Referral remote = ReferralBuilder().set("id", QStringLiteral("r")).inNew().build();
        const Rebased r = ReferralMerge::rebase(remote, &stored);
        QCOMPARE(r.remote.stage(), Stage::New); // the remote copy stays what the service said
        QCOMPARE(r.view.stage(), Stage::Negotiating);
        QCOMPARE(r.view.details.dealValue, std::optional<MinorUnits>(2500000));
        QVERIFY(r.conflicts.isEmpty());
    }

    void anActionTheServiceContradictsIsOneConflictWithOneMessage()
    {
        StoredFacts stored;
        stored.pending = { queued(7, Action::Interested), queued(8, Action::Accept, deal()) };
        // A colleague declined it in Partner Center meanwhile.
        const Referral remote = ReferralBuilder()
                                    .set("id", QStringLiteral("r"))
                                    .status(QStringLiteral("Closed"), QStringLiteral("Declined"))
                                    .build();
        const Rebased r = ReferralMerge::rebase(remote, &stored);
        QCOMPARE(r.conflicts, (QList<qint64> { 7, 8 }));
        QCOMPARE(r.view, r.remote); // nothing applied on top
        const QString message = ReferralMerge::conflictMessage(r.remote, Action::Interested);
        QVERIFY2(message.contains(r.remote.stageText()), qPrintable(message));
        QVERIFY2(message.contains(Lifecycle::actionName(Action::Interested)), qPrintable(message));
    }

    void anActionTheServiceAlreadyShowsOrThatIsOnItsWayIsNoConflict()
    {
        // Sent by another Referral Desk on this database and applied; its answer is not stored
        // here yet.
        StoredFacts shown;
        shown.pending = { queued(3, Action::Accept, deal()) };
        const Referral accepted = ReferralBuilder()
                                      .set("id", QStringLiteral("r"))
                                      .inNegotiating(2500000, QStringLiteral("EUR"), QDate(2026, 6, 30))
                                      .build();
        const Rebased a = ReferralMerge::rebase(accepted, &shown);
        QVERIFY(a.conflicts.isEmpty());
        QCOMPARE(a.view.stage(), Stage::Negotiating);

        // On its way: the pusher that holds it decides when the service answers.
        StoredFacts sending;
        sending.pending = { queued(4, Action::Won, {}, OutboxEntry::State::Sending) };
        const Referral lost = ReferralBuilder().set("id", QStringLiteral("r")).archived(QStringLiteral("Lost")).build();
        QVERIFY(ReferralMerge::rebase(lost, &sending).conflicts.isEmpty());

        // The same Accept with another deal value than the service shows is contradicted.
        StoredFacts other;
        ActionInput bigger = deal();
        bigger.dealValue = 9900000;
        other.pending = { queued(5, Action::Accept, bigger) };
        QCOMPARE(ReferralMerge::rebase(accepted, &other).conflicts, QList<qint64> { 5 });
    }

    void entriesAlreadySetAsideAreNeitherReplayedNorReported()
    {
        StoredFacts stored;
        stored.pending = { queued(5, Action::Interested, {}, OutboxEntry::State::Conflict) };
        const Referral remote = ReferralBuilder().set("id", QStringLiteral("r")).inNew().build();
        const Rebased r = ReferralMerge::rebase(remote, &stored);
        QCOMPARE(r.view.stage(), Stage::New);
        QVERIFY(r.conflicts.isEmpty());
    }

    void theClientsMemorySurvivesACopyThatNoLongerCarriesIt()
    {
        StoredFacts stored;
        stored.lastOpenSubstatus = QStringLiteral("Declined");
        stored.interestedAt = kNow.addDays(-3);
        stored.acceptedAt = kNow.addDays(-2);
        stored.closedAt = kNow.addDays(-1);
        // Closed without a reason that tells Skipped from Declined: the last open substatus does.
        const Referral closed = ReferralBuilder()
                                    .set("id", QStringLiteral("r"))
                                    .status(QStringLiteral("Closed"), QStringLiteral("Lost"))
                                    .build();
        const Referral merged = ReferralMerge::merged(closed, &stored);
        QCOMPARE(merged.lastOpenSubstatus, QStringLiteral("Declined"));
        QCOMPARE(merged.interestedDateTime, stored.interestedAt);
        QCOMPARE(merged.acceptedDateTime, stored.acceptedAt);
        QCOMPARE(merged.closedDateTime, stored.closedAt);
        // An open copy says its own substatus; dates the service sends win.
        Referral open = ReferralBuilder().set("id", QStringLiteral("r")).inEvaluating().build();
        open.acceptedDateTime = kNow;
        const Referral mergedOpen = ReferralMerge::merged(open, &stored);
        QCOMPARE(mergedOpen.lastOpenSubstatus, open.lastOpenSubstatus);
        QCOMPARE(mergedOpen.acceptedDateTime, kNow);
    }
};

QTEST_GUILESS_MAIN(ReferralMergeTest)
#include "tst_referralmerge.moc"
