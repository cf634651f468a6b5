#pragma once

#include "domain/referral.h"
#include "outbox.h"

#include <QCoreApplication>

namespace rd {

/// What is stored about a referral that a remote copy is merged with.
struct StoredFacts
{
    QJsonObject remoteRaw; ///< the remote copy as last received
    bool remoteReadable = true; ///< false: the stored copy is damaged (remoteRaw is empty)
    QString lastOpenSubstatus;
    QDateTime interestedAt;
    QDateTime acceptedAt;
    QDateTime closedAt;
    bool visible = true;
    bool needsRefresh = false; ///< marked for the next sync to read again
    QList<OutboxEntry> pending; ///< queued, sending and failed actions, oldest first
};

/// A remote copy merged with what the client remembers, the person's pending actions replayed on
/// top, and the actions that no longer apply.
struct Rebased
{
    Referral remote; ///< the remote copy with the client's memory (stored as the remote copy)
    Referral view; ///< what the person sees: `remote` with the pending actions applied
    QList<qint64> conflicts; ///< pending actions the remote's state contradicts
};

/// The one place where a remote copy meets the person's queued actions: a sync's new page, an
/// action's answer from the service, an undo and a conflict all rebase the same way, and a
/// contradicted action gets the same message whichever of them found it.
class ReferralMerge
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static Rebased rebase(const Referral &remote, const StoredFacts *stored);

    /// The remote copy with the client's memory: the last open substatus (which tells Skipped
    /// from Declined and Missed from Expired) and the times the service does not keep.
    static Referral merged(Referral remote, const StoredFacts *stored);

    /// `view` with `pending` applied in order. An action the view no longer allows is not
    /// applied; it is a conflict unless the view already reflects it or it is being sent.
    static Referral replay(Referral view, const QList<OutboxEntry> &pending,
        QList<qint64> *conflicts);

    /// Why a queued action was set aside: the same words wherever the conflict was found (a
    /// sync, the service's answer to an earlier action, or the pusher before sending).
    static QString conflictMessage(const Referral &remote, Action action);
};

} // namespace rd
