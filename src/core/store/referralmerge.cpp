#include "referralmerge.h"

namespace rd {

Rebased ReferralMerge::rebase(const Referral &remote, const StoredFacts *stored)
{
    Rebased out;
    out.remote = merged(remote, stored);
    out.view = stored ? replay(out.remote, stored->pending, &out.conflicts) : out.remote;
    return out;
}

Referral ReferralMerge::merged(Referral remote, const StoredFacts *stored)
{
    if (!stored)
        return remote;
    // An open copy says its own substatus; a closed one is told apart by what was seen before.
    if (!remote.isOpen())
        remote.lastOpenSubstatus = stored->lastOpenSubstatus;
    if (stored->interestedAt.isValid())
        remote.interestedDateTime = stored->interestedAt;
    if (!remote.acceptedDateTime.isValid())
        remote.acceptedDateTime = stored->acceptedAt;
    if (!remote.closedDateTime.isValid())
        remote.closedDateTime = stored->closedAt;
    return remote;
}

Referral ReferralMerge::replay(
    Referral view, const QList<OutboxEntry> &pending, QList<qint64> *conflicts)
{
    for (const OutboxEntry &e : pending) {
        if (e.state == OutboxEntry::State::Conflict)
            continue;
        if (!Lifecycle::isAllowed(view, e.action)) {
            // Already what the service shows (its send, perhaps by another Referral Desk on this
            // database, landed before its answer was stored), or on its way: the pusher that
            // holds it decides. Only an action the service's copy contradicts is a conflict.
            if (e.state != OutboxEntry::State::Sending
                && !Lifecycle::isReflectedIn(view, e.action, e.input))
                conflicts->append(e.seq);
            continue;
        }
        view = Lifecycle::applied(view, e.action, e.input, e.createdAt);
    }
    return view;
}

QString ReferralMerge::conflictMessage(const Referral &remote, Action action)
{
    return tr("Partner Center shows the referral as %1, so “%2” no longer applies.")
        .arg(remote.stageText(), Lifecycle::actionName(action));
}

} // namespace rd
