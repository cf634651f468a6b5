#include "syncengine.h"

#include "outboxpusher.h"
#include "store/customerbackfill.h"
#include "store/fitstore.h"
#include "store/searchfill.h"
#include "storefailure.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <utility>

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
        const StoreWatch watch(m_store);
        m_store.requeueInterrupted();
        if (watch.failed()) {
            // The file opened but cannot be written now (locked, read-only, full). Opening still
            // succeeds, so the board shows; the first run tries again and reports the cause.
            qCWarning(lcSync).noquote() << m_store.lastError().message;
            m_requeuePending = true;
        }
    }
    return error;
}

void SyncEngine::start()
{
    const StoreError error = open();
    emit ready(!error, error.message);
    // The app's engine (the command-line tool calls open()): rows stored before a newer
    // format, or by a first sync, are keyed, indexed and counted in the background, between
    // runs.
    m_background = !error;
    m_caughtUp = bool(error);
    catchUpLater();
}

void SyncEngine::catchUpAgain()
{
    // A run may have left a first sync's pages to the search and fit fills.
    if (!m_background)
        return;
    if (m_caughtUp)
        m_catchUp = CatchUp::Indexing; // what a run can leave; keying is for older rows only
    m_caughtUp = false;
    catchUpLater();
}

void SyncEngine::catchUpLater()
{
    if (m_caughtUp || m_catchUpQueued)
        return;
    m_catchUpQueued = true;
    QTimer::singleShot(0, this, &SyncEngine::catchUp);
}

void SyncEngine::catchUp()
{
    m_catchUpQueued = false;
    if (m_running || m_caughtUp)
        return; // complete() and stop() carry on after the run
    int done = 0;
    const char *what = "";
    switch (m_catchUp) {
    case CatchUp::Keying:
        what = "keying customers:";
        done = m_store.keyCustomers(CustomerBackfill::batchSize);
        break;
    case CatchUp::Indexing:
        what = "preparing the archive for search:";
        done = m_store.indexForSearch(SearchFill::batchSize);
        break;
    case CatchUp::Counting:
        what = "counting for the fit:";
        done = m_store.countFits(FitStore::fillBatch);
        break;
    }
    if (done < 0) {
        // Busy or read-only now: tried again after the next run rather than in a tight loop.
        qCWarning(lcSync).noquote() << what << m_store.lastError().message;
        return;
    }
    if (done > 0) {
        m_didAny = true;
        if (m_catchUp == CatchUp::Indexing)
            emit searchPending(m_store.searchPending());
        catchUpLater();
        return;
    }
    // This kind of work is done: say so when there was any, and go on to the next.
    const bool did = std::exchange(m_didAny, false);
    switch (m_catchUp) {
    case CatchUp::Keying:
        if (did)
            emit customersKeyed();
        m_catchUp = CatchUp::Indexing;
        break;
    case CatchUp::Indexing:
        m_catchUp = CatchUp::Counting;
        break;
    case CatchUp::Counting:
        if (did)
            emit fitsCounted();
        m_caughtUp = true;
        return;
    }
    catchUpLater();
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

    if (m_requeuePending) {
        const StoreWatch watch(m_store);
        m_store.requeueInterrupted();
        if (watch.failed()) {
            stop(storeFailure(m_store));
            return;
        }
        m_requeuePending = false;
    }
    const StoreWatch read(m_store);
    const SyncState state = m_store.syncState();
    if (read.failed()) {
        // Read as empty, it would look like a first sync: everything listed again, cursor reset.
        stop(storeFailure(m_store));
        return;
    }
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
    if (!m_store.setSyncError(error.describe())) {
        // Most often the very trouble that stopped the run. The state below still tells the
        // person why the run stopped; `status` shows an older error until a write succeeds.
        qCWarning(lcSync).noquote()
            << "the sync error could not be recorded:" << storeFailure(m_store).message;
    }
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
    case ApiError::Kind::Local:
        // This computer's database, not the network or the service: the person has to act
        // (free disk space, close the other program...) as the store's message says.
        setState(ConnectionState::LocalProblem, error.describe());
        break;
    default:
        // Refused requests and settings: not "offline", and not retried blindly.
        setState(ConnectionState::Error, error.describe());
        break;
    }
    m_running = false;
    m_again = m_againFull = false;
    emit finished(m_summary);
    catchUpAgain();
}

void SyncEngine::complete()
{
    // Unrecorded, the comparisons would not count as done; unrecorded, the service would look
    // new again next time: either way the run did not end well.
    if (!m_store.setSyncSuccess(m_clock->now(), m_summary.full, m_summary.reconciled)) {
        stop(storeFailure(m_store));
        return;
    }
    // From now on the cursor is this service's (m_nextFull also covers a database that has not
    // recorded a service yet).
    if (!m_store.setSyncValue(QStringLiteral("api_base"), m_api->settings().apiBase.toString())) {
        stop(storeFailure(m_store));
        return;
    }
    m_nextFull = false;
    m_running = false;
    setState(ConnectionState::Online);
    emit finished(m_summary);
    if (m_again) {
        // A run asked for meanwhile (an action taken during this one, say).
        const bool full = m_againFull;
        m_again = m_againFull = false;
        sync(full);
        return;
    }
    catchUpAgain();
}

} // namespace rd
