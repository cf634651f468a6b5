#include "domain/referraljson.h"
#include "fitstore.h"
#include "packedreferral.h"
#include "referralmerge.h"
#include "searchfill.h"
#include "store.h"
#include "storetables.h"

#include <QSet>

// Store's side of a sync: remote copies stored, each merged with the person's queued actions.

namespace rd {

// -- the one merge of a remote copy with the person's queued actions ------------------------------

bool Store::rebaseAndWrite(
    const Referral &remote, const StoredFacts *stored, const PackedReferral *packed, bool mayExist)
{
    const Rebased rebased = ReferralMerge::rebase(remote, stored);
    // What was packed is the remote copy's: the view's only while no action is replayed on it.
    if (stored && !stored->pending.isEmpty())
        packed = nullptr;
    for (qint64 seq : rebased.conflicts) {
        const auto entry = std::find_if(stored->pending.cbegin(), stored->pending.cend(),
            [seq](const OutboxEntry &e) { return e.seq == seq; });
        m_db->clearLastError();
        if (!m_tables->outbox.setState(seq, OutboxEntry::State::Conflict,
                ReferralMerge::conflictMessage(rebased.remote, entry->action))
            && m_db->lastError())
            return false; // an entry that is already gone is no failure
    }
    return m_tables->referrals.write(rebased.view, rebased.remote.raw, packed, mayExist);
}

bool Store::recomputeView(const QString &id)
{
    QHash<QString, StoredFacts> facts;
    if (!m_tables->referrals.facts({ id }, &facts))
        return false;
    const auto it = facts.constFind(id);
    if (it == facts.constEnd())
        return true; // gone with its queue: nothing to show
    const ParseResult parsed
        = it->remoteReadable ? ReferralJson::fromObject(it->remoteRaw) : ParseResult();
    if (!parsed.ok()) {
        // The remote copy cannot be read, so the view cannot be rebuilt from it: the next sync
        // reads the referral again and replays what is still queued then.
        return m_tables->referrals.markNeedsRefresh({ id });
    }
    return rebaseAndWrite(*parsed.referral, &*it);
}

// -- referrals -----------------------------------------------------------------------------------

namespace {

// From this many referrals of a page not stored yet, the page leaves their search index
// entries and fit counts to the background fills (half of a page of the service's).
constexpr qsizetype kFillFrom = 50;

} // namespace

QStringList Store::upsert(const QList<Referral> &remote, const std::optional<QDateTime> &cursor,
    StoreError *error, const Progress &progress)
{
    return upsertPage(remote, nullptr, cursor, error, progress);
}

QStringList Store::upsert(const QList<Referral> &remote, const QList<PackedReferral> &packed,
    const std::optional<QDateTime> &cursor, StoreError *error)
{
    Q_ASSERT(packed.size() == remote.size());
    return upsertPage(
        remote, packed.size() == remote.size() ? &packed : nullptr, cursor, error, {});
}

QStringList Store::upsertPage(const QList<Referral> &remote, const QList<PackedReferral> *packed,
    const std::optional<QDateTime> &cursor, StoreError *error, const Progress &progress)
{
    QStringList changed;
    ReferralRepository &referrals = m_tables->referrals;
    const bool ok = inWriteTransaction(*m_db, "storing referrals:", [&] {
        QStringList ids;
        ids.reserve(remote.size());
        for (const Referral &r : remote)
            ids.append(r.id);
        QHash<QString, StoredFacts> facts;
        if (!referrals.facts(ids, &facts))
            return false;
        // Many referrals not stored yet (a first sync): their search index entries and fit
        // counts are made at idle afterwards, by the fills, which a first sync spent a third
        // of its time on here. A few new ones (a sync like any other) are handled at once.
        QSet<QString> fresh;
        for (const QString &id : std::as_const(ids)) {
            if (!facts.contains(id))
                fresh.insert(id);
        }
        if (fresh.size() >= kFillFrom
            && !(
                SearchFill::reserve(*m_db, fresh.size()) && FitStore::reserve(*m_db, fresh.size())))
            return false;
        // The search texts go in after the rows, together (see deferIndexing).
        if (!referrals.deferIndexing())
            return false;
        qsizetype done = 0;
        QSet<QString> written; // a page may list a referral twice: the second finds the first
        for (qsizetype i = 0; i < remote.size(); ++i) {
            const Referral &incoming = remote.at(i);
            const auto it = facts.constFind(incoming.id);
            const StoredFacts *stored = it == facts.constEnd() ? nullptr : &*it;
            // The same remote copy changes nothing and signals nothing, unless the stored one
            // was marked for a refresh (its view may be the damaged part). A referral listed
            // again (several pages are written together, PageWriter) is compared with nothing:
            // the facts are from before its first copy, and the later copy wins.
            const bool again = written.contains(incoming.id);
            const bool same = !again && stored && stored->visible && !stored->needsRefresh
                && stored->remoteRaw == incoming.raw;
            if (!same) {
                const bool mayExist = stored || again;
                if (!rebaseAndWrite(incoming, stored, packed ? &packed->at(i) : nullptr, mayExist))
                    return false;
                if (!again)
                    changed.append(incoming.id);
                written.insert(incoming.id);
            }
            if (progress)
                progress(++done);
        }
        return referrals.indexDeferred()
            && (!cursor
                || m_tables->syncState.set(
                    QStringLiteral("cursor"), ReferralJson::formatInstant(*cursor)));
    });
    referrals.dropDeferred(); // after a failure part way
    if (!ok) {
        if (error)
            *error = m_db->lastError() ? m_db->lastError() : m_db->fail(tr("no reason given"));
        return {};
    }
    return changed;
}

} // namespace rd
