#include "outboxpusher.h"

#include "domain/referraljson.h"

#include <QLoggingCategory>

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
    next();
}

void OutboxPusher::announce(const QStringList &ids)
{
    if (!ids.isEmpty())
        emit changed(ids);
}

void OutboxPusher::next()
{
    for (const OutboxEntry &entry : m_store->sendable(m_now)) {
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
    const std::optional<Referral> remote = m_store->remoteCopy(entry.referralId);
    if (!remote) {
        fail(entry, tr("The referral is no longer in the local database."));
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
        conflict(entry,
            tr("Partner Center shows the referral as %1, so “%2” no longer applies.")
                .arg(remote->stageText(), Lifecycle::actionName(entry.action)));
        return;
    }
    if (!m_store->markSending(entry.seq)) {
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
        if (!m_store->complete(entry.seq, std::nullopt))
            qCWarning(lcPush) << "could not record the sent action" << entry.seq;
        ++m_counts.pushed;
        ApiJob *job = m_api->getReferral(entry.referralId);
        connect(job, &ApiJob::finished, this, [this, id = entry.referralId](const ApiReply &got) {
            if (!got.error) {
                if (const ParseResult p = ReferralJson::fromObject(got.json.object()); p.ok())
                    announce(m_store->upsert({ *p.referral }));
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
        m_store->markQueued(entry.seq, reply.error.describe());
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
        m_store->markConflict(entry.seq,
            tr("Partner Center refused “%1”: %2").arg(Lifecycle::actionName(entry.action), words));
        ++m_counts.conflicts;
        announce(m_store->upsert({ fresh }));
        announce({ entry.referralId });
        next();
        return;
    }
    // A 412: store the newer copy; the store marks the entry a conflict if it rules it out.
    announce(m_store->upsert({ fresh }));
    const QList<OutboxEntry> now = m_store->outboxFor(entry.referralId);
    const auto it = std::find_if(
        now.begin(), now.end(), [&](const OutboxEntry &e) { return e.seq == entry.seq; });
    if (it == now.end() || it->state == OutboxEntry::State::Conflict) {
        ++m_counts.conflicts;
        announce({ entry.referralId });
        next();
        return;
    }
    m_store->markQueued(entry.seq, tr("Re-based on the referral's newer version."));
    push(*it, rebases);
}

void OutboxPusher::done(const OutboxEntry &entry, const std::optional<Referral> &remote)
{
    if (!m_store->complete(entry.seq, remote))
        qCWarning(lcPush) << "could not record the sent action" << entry.seq;
    ++m_counts.pushed;
    announce({ entry.referralId });
    next();
}

void OutboxPusher::fail(const OutboxEntry &entry, const QString &why)
{
    m_store->markFailed(entry.seq, why);
    ++m_counts.failed;
    announce({ entry.referralId });
    next();
}

void OutboxPusher::conflict(const OutboxEntry &entry, const QString &why)
{
    m_store->markConflict(entry.seq, why);
    ++m_counts.conflicts;
    announce({ entry.referralId });
    next();
}

void OutboxPusher::halt(const OutboxEntry &entry, const ApiError &error)
{
    m_store->markQueued(entry.seq, error.describe());
    emit finished(error);
}

} // namespace rd
