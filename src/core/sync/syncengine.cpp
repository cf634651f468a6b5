#include "syncengine.h"

#include "outboxpusher.h"

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
    , m_pusher(new OutboxPusher(&m_store, m_api, this))
    , m_puller(new ReferralPuller(&m_store, m_api, this))
{
    qRegisterMetaType<rd::SyncSummary>();
    qRegisterMetaType<rd::ConnectionState>();
    connect(m_pusher, &OutboxPusher::changed, this, &SyncEngine::announce);
    connect(m_pusher, &OutboxPusher::finished, this, &SyncEngine::onPushed);
    connect(m_puller, &ReferralPuller::changed, this, &SyncEngine::announce);
    connect(m_puller, &ReferralPuller::progress, this, &SyncEngine::progress);
    connect(m_puller, &ReferralPuller::finished, this, &SyncEngine::onPulled);
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
    if (!m_settingsProblem.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Settings;
        e.message = m_settingsProblem;
        stop(e);
        return;
    }

    const SyncState state = m_store.syncState();
    const QDateTime now = m_clock->now();
    auto olderThan = [&now](const QDateTime &t, qint64 secs) {
        return !t.isValid() || t.secsTo(now) >= secs;
    };
    // The cursor and the comparisons belong to one service; with another (a changed setting,
    // another --api-base) the first run lists everything again. The flag stays until a run
    // against the new service has completed.
    const QString base = m_api->settings().apiBase.toString();
    const bool otherService = !state.apiBase.isEmpty() && state.apiBase != base;
    m_plan = PullPlan();
    m_plan.everything = m_nextFull || otherService || !state.cursor.isValid();
    m_plan.since = state.cursor;
    m_plan.useUpdatedFilter = state.updatedFilterRefusedFor != base;
    if (!m_plan.everything) {
        if (full || olderThan(state.lastFullResync, fullResyncSecs))
            m_plan.reconcile = PullPlan::Reconcile::All;
        else if (olderThan(state.lastReconcile, reconcileSecs))
            m_plan.reconcile = PullPlan::Reconcile::Open;
    }
    m_summary.full = m_plan.everything || m_plan.reconcile == PullPlan::Reconcile::All;
    m_summary.reconciled = m_plan.reconcile != PullPlan::Reconcile::None;
    m_api->newCorrelation();
    setState(ConnectionState::Syncing);
    m_pusher->run(now);
}

void SyncEngine::onPushed(const ApiError &stopError)
{
    const PushCounts &c = m_pusher->counts();
    m_summary.pushed = c.pushed;
    m_summary.conflicts = c.conflicts;
    m_summary.failed = c.failed;
    if (stopError) {
        stop(stopError);
        return;
    }
    m_puller->run(m_plan);
}

void SyncEngine::onPulled(const ApiError &error)
{
    const PullCounts &c = m_puller->counts();
    m_summary.fetched = c.fetched;
    m_summary.changed = c.changed;
    m_summary.refetched = c.refetched;
    m_summary.hidden = c.hidden;
    m_summary.filterRefused = c.filterRefused;
    if (error) {
        stop(error);
        return;
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
        // Refused requests, settings and local failures: not "offline", and not retried blindly.
        setState(ConnectionState::Error, error.describe());
        break;
    }
    m_running = false;
    m_again = m_againFull = false;
    emit finished(m_summary);
}

void SyncEngine::complete()
{
    m_store.setSyncSuccess(m_clock->now(), m_summary.full, m_summary.reconciled);
    // From now on the cursor is this service's (m_nextFull also covers a database that has not
    // recorded a service yet).
    m_store.setSyncValue(QStringLiteral("api_base"), m_api->settings().apiBase.toString());
    m_nextFull = false;
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
