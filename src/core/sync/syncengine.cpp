#include "syncengine.h"

#include "domain/referraljson.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcSync, "rd.sync")

namespace rd {

SyncEngine::SyncEngine(QString databasePath, ApiSettings settings, TokenSource *tokens,
    Clock *clock, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_nam, tokens, std::move(settings), this))
{
    qRegisterMetaType<rd::SyncSummary>();
    qRegisterMetaType<rd::ConnectionState>();
}

SyncEngine::~SyncEngine() = default;

StoreError SyncEngine::open()
{
    const StoreError error = m_store.open(m_path);
    if (!error) {
        // A crash while sending leaves entries "sending": their request ids make a resend safe.
        m_store.requeueInterrupted();
    }
    return error;
}

void SyncEngine::start()
{
    const StoreError error = open();
    emit ready(!error, error.message);
}

void SyncEngine::setState(ConnectionState state, const QString &message)
{
    if (state == m_state && message.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, message);
}

void SyncEngine::announce(const QStringList &ids)
{
    if (!ids.isEmpty())
        emit referralsChanged(ids);
}

void SyncEngine::setApiBase(const QUrl &apiBase)
{
    if (apiBase == m_api->settings().apiBase)
        return;
    ApiSettings settings = m_api->settings();
    settings.apiBase = apiBase;
    m_api->setSettings(settings);
    m_nextFull = true;
}

void SyncEngine::sync(bool full)
{
    if (m_running) {
        m_again = true;
        m_againFull = m_againFull || full;
        return;
    }
    m_running = true;
    m_summary = SyncSummary();
    const SyncState state = m_store.syncState();
    m_summary.full = full || std::exchange(m_nextFull, false) || !state.cursor.isValid()
        || !state.lastFullResync.isValid()
        || state.lastFullResync.secsTo(m_clock->now()) >= fullResyncSecs;
    m_cursor = state.cursor;
    m_seen.clear();
    m_triedThisRun.clear();
    m_api->newCorrelation();
    setState(ConnectionState::Syncing);
    pushNext();
}

// -- push ----------------------------------------------------------------------------------------

void SyncEngine::pushNext()
{
    for (const OutboxEntry &entry : m_store.sendable()) {
        if (m_triedThisRun.contains(entry.seq))
            continue;
        m_triedThisRun.insert(entry.seq);
        pushEntry(entry, 0);
        return;
    }
    startPull();
}

void SyncEngine::pushEntry(const OutboxEntry &entry, int rebases)
{
    const std::optional<Referral> remote = m_store.remoteCopy(entry.referralId);
    if (!remote) {
        m_store.markFailed(entry.seq, tr("The referral is no longer in the local database."));
        ++m_summary.failed;
        pushNext();
        return;
    }
    // The remote archives a referral at its hard limit: an action after it would be refused or,
    // worse, race the archiving. The person sees it as a conflict instead.
    const QDateTime limit = m_policy.hardLimit(*remote);
    if (limit.isValid() && limit <= m_clock->now()) {
        m_store.markConflict(entry.seq,
            tr("The deadline passed before “%1” could be sent; Partner Center archives the "
               "referral as %2.")
                .arg(Lifecycle::actionName(entry.action),
                    outcomeName(
                        remote->stage() == Stage::New ? Outcome::Missed : Outcome::Expired)));
        ++m_summary.conflicts;
        announce({ entry.referralId });
        pushNext();
        return;
    }
    if (!Lifecycle::isAllowed(*remote, entry.action)) {
        m_store.markConflict(entry.seq,
            tr("Partner Center shows the referral as %1, so “%2” no longer applies.")
                .arg(remote->stageText(), Lifecycle::actionName(entry.action)));
        ++m_summary.conflicts;
        announce({ entry.referralId });
        pushNext();
        return;
    }
    if (!m_store.markSending(entry.seq)) {
        pushNext(); // undone by the person a moment ago, or already under way
        return;
    }
    // Built against the remote copy as it is now, so a re-based entry sends what still applies.
    ApiJob *job = m_api->patchReferral(entry.referralId,
        Lifecycle::patch(*remote, entry.action, entry.input), remote->eTag, entry.requestId);
    connect(job, &ApiJob::finished, this,
        [this, entry, rebases](const ApiReply &reply) { onPushed(entry, rebases, reply); });
    job->start();
}

void SyncEngine::onPushed(const OutboxEntry &entry, int rebases, const ApiReply &reply)
{
    if (!reply.error) {
        const ParseResult parsed
            = reply.json.isObject() ? ReferralJson::fromObject(reply.json.object()) : ParseResult();
        if (!parsed.ok()) {
            // 204, or a body we cannot use: the write is applied; read the referral back.
            m_store.complete(entry.seq, std::nullopt);
            ++m_summary.pushed;
            ApiJob *job = m_api->getReferral(entry.referralId);
            connect(
                job, &ApiJob::finished, this, [this, id = entry.referralId](const ApiReply &got) {
                    if (!got.error) {
                        if (const ParseResult p = ReferralJson::fromObject(got.json.object());
                            p.ok())
                            announce(m_store.upsert({ *p.referral }));
                    }
                    announce({ id });
                    pushNext();
                });
            job->start();
            return;
        }
        m_store.complete(entry.seq, *parsed.referral);
        ++m_summary.pushed;
        announce({ entry.referralId });
        pushNext();
        return;
    }
    switch (reply.error.kind) {
    case ApiError::Kind::Conflict:
        if (rebases >= 3) {
            m_store.markConflict(entry.seq,
                tr("The referral keeps changing in Partner Center; “%1” was not sent.")
                    .arg(Lifecycle::actionName(entry.action)));
            ++m_summary.conflicts;
            announce({ entry.referralId });
            pushNext();
            return;
        }
        refetchAndRetry(entry, rebases + 1);
        return;
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::NotFound:
        m_store.markFailed(entry.seq, reply.error.describe());
        ++m_summary.failed;
        announce({ entry.referralId });
        pushNext();
        return;
    default:
        // Offline, timeouts after all retries, sign-in needed: keep it queued, with its request id.
        m_store.markQueued(entry.seq, reply.error.describe());
        stop(reply.error);
        return;
    }
}

void SyncEngine::refetchAndRetry(const OutboxEntry &entry, int rebases)
{
    ApiJob *job = m_api->getReferral(entry.referralId);
    connect(job, &ApiJob::finished, this, [this, entry, rebases](const ApiReply &reply) {
        if (reply.error) {
            m_store.markQueued(entry.seq, reply.error.describe());
            stop(reply.error);
            return;
        }
        const ParseResult parsed = ReferralJson::fromObject(reply.json.object());
        if (parsed.ok())
            announce(m_store.upsert({ *parsed.referral }));
        // The store marked the entry a conflict if the new remote state rules the action out.
        const QList<OutboxEntry> now = m_store.outboxFor(entry.referralId);
        const auto it = std::find_if(
            now.begin(), now.end(), [&](const OutboxEntry &e) { return e.seq == entry.seq; });
        if (it == now.end() || it->state == OutboxEntry::State::Conflict) {
            ++m_summary.conflicts;
            pushNext();
            return;
        }
        m_store.markQueued(entry.seq, tr("Re-based on the referral's newer version."));
        pushEntry(*it, rebases);
    });
    job->start();
}

// -- pull ----------------------------------------------------------------------------------------

void SyncEngine::startPull()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("updatedDateTime asc"));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("100"));
    if (!m_summary.full && m_cursor.isValid()) {
        query.addQueryItem(QStringLiteral("$filter"),
            QStringLiteral("updatedDateTime ge %1")
                .arg(ReferralJson::formatInstant(m_cursor.addSecs(-overlapSecs))));
    }
    fetchPage(m_api->referralsUrl(query));
}

void SyncEngine::fetchPage(const QUrl &url)
{
    ApiJob *job = m_api->get(url);
    connect(job, &ApiJob::finished, this, &SyncEngine::onPage);
    job->start();
}

void SyncEngine::onPage(const ApiReply &reply)
{
    if (reply.error) {
        stop(reply.error);
        return;
    }
    const QJsonObject page = reply.json.object();
    if (!page.value(QLatin1String("value")).isArray()) {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.message = tr("The list has no \"value\".");
        stop(e);
        return;
    }
    QList<Referral> referrals;
    QDateTime cursor = m_cursor;
    for (const QJsonValue &v : page.value(QLatin1String("value")).toArray()) {
        ParseResult parsed = ReferralJson::fromObject(v.toObject());
        if (!parsed.ok()) {
            qCWarning(lcSync).noquote() << "skipping a referral:" << parsed.error.message;
            continue;
        }
        if (parsed.referral->updatedDateTime.isValid()
            && (!cursor.isValid() || parsed.referral->updatedDateTime > cursor))
            cursor = parsed.referral->updatedDateTime;
        m_seen.insert(parsed.referral->id);
        referrals.append(std::move(*parsed.referral));
    }
    StoreError error;
    const QStringList changed = m_store.upsert(referrals, cursor, &error);
    if (error) {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.message = error.message;
        stop(e);
        return;
    }
    m_cursor = cursor;
    m_summary.fetched += int(referrals.size());
    m_summary.changed += int(changed.size());
    announce(changed);
    emit progress(m_summary.fetched);

    const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
    if (!next.isEmpty()) {
        fetchPage(m_api->followLink(QUrl(next)));
        return;
    }
    if (m_summary.full) {
        // Referrals the remote no longer lists stay, marked; a person's archive is never dropped.
        QStringList gone;
        for (const QString &id : m_store.allIds()) {
            if (!m_seen.contains(id))
                gone.append(id);
        }
        if (!gone.isEmpty() && m_store.setVisibleOnRemote(gone, false)) {
            m_summary.hidden = int(gone.size());
            announce(gone);
        }
    }
    complete();
}

// -- end of a run --------------------------------------------------------------------------------

void SyncEngine::stop(const ApiError &error)
{
    m_summary.error = error;
    m_store.setSyncError(error.describe());
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        setState(ConnectionState::SignedOut, error.describe());
        break;
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Throttled:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::BadResponse:
        setState(ConnectionState::Offline, error.describe());
        break;
    default:
        setState(ConnectionState::Error, error.describe());
        break;
    }
    m_running = false;
    m_again = false;
    emit finished(m_summary);
}

void SyncEngine::complete()
{
    m_store.setSyncSuccess(m_clock->now(), m_summary.full);
    m_running = false;
    setState(ConnectionState::Online);
    emit finished(m_summary);
    if (m_again) {
        // A run asked for meanwhile (an action taken during this one, say).
        const bool full = m_againFull;
        m_again = m_againFull = false;
        sync(full);
    }
}

} // namespace rd
