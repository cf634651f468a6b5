#include "outboxpusher.h"

#include "domain/referraljson.h"
#include "store/referralmerge.h"
#include "storefailure.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPush, "rd.sync.push")

namespace rd {

OutboxPusher::OutboxPusher(Store *store, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
}

void OutboxPusher::run(const QDateTime &now)
{
    m_now = now;
    m_counts = PushCounts();
    m_tried.clear();
    // An entry left "sending" by a failed store is neither sent nor undoable: queue it again
    // before anything else, and stop if the store still cannot.
    for (auto it = m_stuck.begin(); it != m_stuck.end();) {
        if (!m_store->markQueued(it.key(), it->lastError)) {
            ApiError error = storeFailure(*m_store);
            if (stillSending(*it)) {
                error.message += QLatin1Char(' ') + stuckNote(*it);
                emit finished(error);
                return;
            }
        }
        announce({ it->referralId });
        it = m_stuck.erase(it);
    }
    next();
}

void OutboxPusher::announce(const QStringList &ids)
{
    if (!ids.isEmpty())
        emit changed(ids);
}

void OutboxPusher::next()
{
    const StoreWatch watch(*m_store);
    const QList<OutboxEntry> sendable = m_store->sendable(m_now);
    if (watch.failed()) {
        // Not "nothing to send": the queue could not be read.
        emit finished(storeFailure(*m_store));
        return;
    }
    for (const OutboxEntry &entry : sendable) {
        if (m_tried.contains(entry.seq))
            continue;
        m_tried.insert(entry.seq);
        push(entry, 0);
        return;
    }
    emit finished(ApiError());
}

void OutboxPusher::push(const OutboxEntry &entry, int rebases)
{
    const StoreWatch read(*m_store);
    const std::optional<Referral> remote = m_store->remoteCopy(entry.referralId);
    if (!remote) {
        if (read.failed()) {
            // Unreadable is not "gone": the entry stays queued and the run stops.
            emit finished(storeFailure(*m_store));
            return;
        }
        fail(entry, tr("The referral is no longer in the local database."));
        return;
    }
    if (remote->needsRefresh) {
        // Its stored copy cannot be read, so no patch can be built against it: the entry stays
        // queued (and undoable) until a pull has read the referral again.
        next();
        return;
    }
    // No local deadline is consulted here: a referral whose 72-hour estimate passed may still be
    // open at the service (which sets its own expiry), so the action goes out and the service
    // answers. Only what the service itself last said can make the action pointless.
    if (!Lifecycle::isAllowed(*remote, entry.action)) {
        if (Lifecycle::isReflectedIn(*remote, entry.action, entry.input)) {
            done(entry, std::nullopt);
            return;
        }
        conflict(entry, ReferralMerge::conflictMessage(*remote, entry.action));
        return;
    }
    const StoreWatch mark(*m_store);
    if (!m_store->markSending(entry.seq)) {
        if (mark.failed()) {
            emit finished(storeFailure(*m_store)); // not written: it is still queued
            return;
        }
        next(); // undone by the person a moment ago, or already under way
        return;
    }
    // Built against the remote copy as it is now, so a re-based entry sends what still applies.
    ApiJob *job = m_api->patchReferral(entry.referralId,
        Lifecycle::patch(*remote, entry.action, entry.input), remote->eTag, entry.requestId);
    connect(job, &ApiJob::finished, this,
        [this, entry, rebases](const ApiReply &reply) { onPushed(entry, rebases, reply); });
    job->start();
}

void OutboxPusher::onPushed(const OutboxEntry &entry, int rebases, const ApiReply &reply)
{
    if (!reply.error) {
        const ParseResult parsed
            = reply.json.isObject() ? ReferralJson::fromObject(reply.json.object()) : ParseResult();
        if (parsed.ok()) {
            done(entry, *parsed.referral);
            return;
        }
        // 204, or a body we cannot use: the write is applied; read the referral back.
        if (!m_store->complete(entry.seq, std::nullopt)) {
            storeFailed(entry); // queued again: the resend carries the same request id
            return;
        }
        ++m_counts.pushed;
        ApiJob *job = m_api->getReferral(entry.referralId);
        connect(job, &ApiJob::finished, this, [this, id = entry.referralId](const ApiReply &got) {
            if (!got.error) {
                if (const ParseResult p = ReferralJson::fromObject(got.json.object()); p.ok()) {
                    ApiError failure;
                    if (!keep(*p.referral, &failure)) {
                        // The action is recorded as sent; only the fresh copy is missing.
                        announce({ id });
                        emit finished(failure);
                        return;
                    }
                }
            }
            announce({ id });
            next();
        });
        job->start();
        return;
    }
    switch (reply.error.kind) {
    case ApiError::Kind::Conflict:
        if (rebases >= maxRebases) {
            conflict(entry,
                tr("The referral keeps changing in Partner Center; “%1” was not sent.")
                    .arg(Lifecycle::actionName(entry.action)));
            return;
        }
        reread(entry, rebases + 1, ApiError());
        return;
    case ApiError::Kind::InvalidRequest:
        // The service refused it: read what it now shows, so the card tells the truth and an
        // action that had already been applied (a lost answer) is not reported as refused.
        reread(entry, rebases, reply.error);
        return;
    case ApiError::Kind::NotFound:
        fail(entry, reply.error.describe());
        return;
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Throttled:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::Settings:
    case ApiError::Kind::Local:
        // Nothing else can get through either: keep it queued, with its request id, and stop.
        halt(entry, reply.error);
        return;
    default:
        // Trouble with this one write (a 5xx after every retry, an answer that cannot be read,
        // a 403 on this referral): it stays queued for the next run, and the others and the
        // pull go on, so one stuck action never freezes the board.
        if (!m_store->markQueued(entry.seq, reply.error.describe())) {
            storeFailed(entry);
            return;
        }
        announce({ entry.referralId });
        next();
        return;
    }
}

void OutboxPusher::reread(const OutboxEntry &entry, int rebases, const ApiError &refusal)
{
    ApiJob *job = m_api->getReferral(entry.referralId);
    connect(job, &ApiJob::finished, this, [this, entry, rebases, refusal](const ApiReply &reply) {
        if (reply.error.kind == ApiError::Kind::NotFound) {
            fail(entry, reply.error.describe());
            return;
        }
        if (reply.error) {
            halt(entry, reply.error);
            return;
        }
        const ParseResult parsed = ReferralJson::fromObject(reply.json.object());
        if (!parsed.ok()) {
            ApiError bad;
            bad.kind = ApiError::Kind::BadResponse;
            bad.operation = ApiError::Operation::Read;
            bad.message = parsed.error.message;
            halt(entry, bad);
            return;
        }
        settle(entry, rebases, *parsed.referral, refusal);
    });
    job->start();
}

void OutboxPusher::settle(
    const OutboxEntry &entry, int rebases, const Referral &fresh, const ApiError &refusal)
{
    if (Lifecycle::isReflectedIn(fresh, entry.action, entry.input)) {
        // Already what the person asked for: the first try was applied and its answer lost.
        done(entry, fresh);
        return;
    }
    if (refusal) {
        // The service's own words, on the entry; then its current copy, so the card shows it.
        const QString words = refusal.message.isEmpty() ? refusal.describe() : refusal.message;
        if (!m_store->markConflict(entry.seq,
                tr("Partner Center refused “%1”: %2")
                    .arg(Lifecycle::actionName(entry.action), words))) {
            storeFailed(entry);
            return;
        }
        ++m_counts.conflicts;
        ApiError failure;
        const bool kept = keep(fresh, &failure);
        announce({ entry.referralId });
        if (!kept) {
            // The entry is a conflict, as it should be (not "sending"); only the copy is missing.
            emit finished(failure);
            return;
        }
        next();
        return;
    }
    // A 412: store the newer copy; the store marks the entry a conflict if it rules it out.
    ApiError failure;
    if (!keep(fresh, &failure)) {
        storeFailed(entry, failure);
        return;
    }
    const StoreWatch watch(*m_store);
    const QList<OutboxEntry> now = m_store->outboxFor(entry.referralId);
    if (watch.failed()) {
        storeFailed(entry);
        return;
    }
    const auto it = std::find_if(
        now.begin(), now.end(), [&](const OutboxEntry &e) { return e.seq == entry.seq; });
    if (it == now.end() || it->state == OutboxEntry::State::Conflict) {
        ++m_counts.conflicts;
        announce({ entry.referralId });
        next();
        return;
    }
    if (!m_store->markQueued(entry.seq, tr("Re-based on the referral's newer version."))) {
        storeFailed(entry);
        return;
    }
    push(*it, rebases);
}

void OutboxPusher::done(const OutboxEntry &entry, const std::optional<Referral> &remote)
{
    const StoreWatch watch(*m_store);
    if (!m_store->complete(entry.seq, remote)) {
        if (!watch.failed()) {
            // Nothing failed: the entry was gone, recorded meanwhile by another Referral Desk
            // that sent the same action (the CLI, or one that took it over as interrupted; the
            // request id made the service apply it once). Not "the local database failed".
            announce({ entry.referralId });
            next();
            return;
        }
        // Applied remotely but not recorded here: queued again with its request id, so the
        // resend cannot apply twice (and a re-read shows it done), and the person can undo it.
        storeFailed(entry);
        return;
    }
    ++m_counts.pushed;
    announce({ entry.referralId });
    next();
}

void OutboxPusher::fail(const OutboxEntry &entry, const QString &why)
{
    if (!m_store->markFailed(entry.seq, why)) {
        storeFailed(entry);
        return;
    }
    ++m_counts.failed;
    announce({ entry.referralId });
    next();
}

void OutboxPusher::conflict(const OutboxEntry &entry, const QString &why)
{
    if (!m_store->markConflict(entry.seq, why)) {
        storeFailed(entry);
        return;
    }
    ++m_counts.conflicts;
    announce({ entry.referralId });
    next();
}

void OutboxPusher::halt(const OutboxEntry &entry, const ApiError &error)
{
    if (!m_store->markQueued(entry.seq, error.describe())) {
        // Left "sending" it could be neither sent nor undone: the database is the problem now.
        storeFailed(entry);
        return;
    }
    emit finished(error);
}

void OutboxPusher::storeFailed(const OutboxEntry &entry, const std::optional<ApiError> &cause)
{
    // Read before another failure replaces Store::lastError().
    ApiError error = cause ? *cause : storeFailure(*m_store);
    // Back to queued, with its request id (a resend cannot apply twice): the person can undo it,
    // and the next run sends it again.
    if (!m_store->markQueued(entry.seq, error.describe()) && stillSending(entry)) {
        OutboxEntry stuck = entry;
        stuck.lastError = error.describe();
        m_stuck.insert(entry.seq, stuck);
        error.message += QLatin1Char(' ') + stuckNote(entry);
    }
    announce({ entry.referralId });
    emit finished(error);
}

bool OutboxPusher::keep(const Referral &fresh, ApiError *failure)
{
    StoreError error;
    const QStringList ids = m_store->upsert({ fresh }, std::nullopt, &error);
    if (error) {
        *failure
            = error.message.isEmpty() ? storeFailure(*m_store) : ApiError::local(error.message);
        return false;
    }
    announce(ids);
    return true;
}

bool OutboxPusher::stillSending(const OutboxEntry &entry) const
{
    const StoreWatch watch(*m_store);
    const QList<OutboxEntry> entries = m_store->outboxFor(entry.referralId);
    if (watch.failed())
        return true; // cannot tell: say the worst
    return std::any_of(entries.begin(), entries.end(), [&entry](const OutboxEntry &e) {
        return e.seq == entry.seq && e.state == OutboxEntry::State::Sending;
    });
}

QString OutboxPusher::stuckNote(const OutboxEntry &entry) const
{
    qCWarning(lcPush) << "entry" << entry.seq << "stays marked as being sent";
    return tr("“%1” could not be put back in the queue either, so it cannot be undone until the "
              "next sync or the next start of Referral Desk puts it back.")
        .arg(Lifecycle::actionName(entry.action));
}

} // namespace rd
