#pragma once

#include "domain/clock.h"
#include "referralpuller.h"
#include "remote/apiclient.h"
#include "store/store.h"

#include <QObject>

class QNetworkAccessManager;

namespace rd {

class OutboxPusher;

/// What one sync run did.
struct SyncSummary
{
    bool full = false; ///< every referral the service lists was compared (first sync, Full sync)
    bool reconciled = false; ///< ids and eTags were compared (open referrals at least)
    int fetched = 0; ///< referrals received
    int changed = 0; ///< of those, really different from the stored copy
    int refetched = 0; ///< read again because a reconciliation found them different
    int pushed = 0; ///< actions the remote applied (or already showed)
    int conflicts = 0; ///< actions that became conflicts
    int failed = 0; ///< actions the remote refused
    int hidden = 0; ///< referrals the remote no longer lists (full resync)
    bool filterRefused = false; ///< the service refused the updatedDateTime filter this run
    /// Why the run stopped early, if it did; ApiError::Kind::Local (state LocalProblem) when the
    /// local database failed, with the store's own message.
    ApiError error;
};

/// Converges the local store with the remote (docs/architecture.md, "How data flows"): pushes
/// the outbox (OutboxPusher), then pulls (ReferralPuller): the changes since the cursor, and now
/// and then a reconciliation of ids and eTags that finds referrals the service shared with an
/// older updatedDateTime. Lives on one thread with its own database connection; reports with
/// signals.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    /// `tokens` and `clock` must live on the engine's thread; the engine makes its own
    /// QNetworkAccessManager unless one is given.
    SyncEngine(QString databasePath, ApiSettings settings, TokenSource *tokens, Clock *clock,
        QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Opens the store on the calling thread; call once, on the engine's thread. Entries a crash
    /// left "sending" are queued again; if the database cannot be written for that, the first
    /// run tries again and reports the cause.
    StoreError open();
    Store &store() { return m_store; }
    ApiClient &api() { return *m_api; }

    ConnectionState state() const { return m_state; }
    bool isRunning() const { return m_running; }

    /// The open referrals' ids and eTags are compared at least this often.
    static constexpr qint64 reconcileSecs = 3 * 3600;
    /// Every id the service lists is compared at least this often (it also finds referrals the
    /// service stopped listing).
    static constexpr qint64 fullResyncSecs = 7 * 24 * 3600;

    /// Why the settings cannot be used to reach the service (an address that is not https, not
    /// an address at all), naming where they came from; empty when they can. A run with such
    /// settings stops at once with that message and sends nothing.
    void setSettingsProblem(const QString &problem) { m_settingsProblem = problem; }

public slots:
    /// Opens the store on the engine's thread (after moveToThread) and says so with ready.
    void start();
    /// Starts a run (push, then pull); while one runs, one more is queued. `full` compares
    /// every referral the service lists (Full sync, `referral-desk-cli sync --full`).
    void sync(bool full = false);
    /// Another service: the next run is a full resync against it (the cursor of the old one means
    /// nothing there). Queued actions stay and are sent to the new one.
    void setApiBase(const QUrl &apiBase);

signals:
    void ready(bool ok, const QString &message);
    void stateChanged(rd::ConnectionState state, const QString &message);
    /// Ids whose local copy changed (pulled, pushed, re-based or marked).
    void referralsChanged(const QStringList &ids);
    void progress(int fetched);
    void finished(const rd::SyncSummary &summary);
    /// Every referral stored before format 15 now has its customer key (CustomerBackfill):
    /// what was found related before may have grown. Not emitted when there was nothing to key.
    void customersKeyed();
    /// Every archived referral stored before format 16 is now counted for the fit
    /// (FitStore::fill): fits can be scored. Not emitted when there was nothing to count.
    void fitsCounted();
    /// The search fill indexed a batch: `left` referrals (rowids) are not found by a search yet
    /// (Store::searchPending), 0 once all are.
    void searchPending(qint64 left);

private:
    void setState(ConnectionState state, const QString &message = QString());
    void onPushed(const ApiError &stop);
    void onPulled(const ApiError &error);
    void stop(const ApiError &error);
    void complete();
    void announce(const QStringList &ids);
    /// One batch of the work on referrals stored before a format that added something, or
    /// left to it by a first sync (CustomerBackfill, then SearchFill, then FitStore::fill) while
    /// no run is going on, then the next from the event loop, so a sync asked for meanwhile
    /// starts between two batches.
    void catchUp();
    void catchUpLater();
    /// After a run: its pages may have left work to the fills.
    void catchUpAgain();

    QString m_path;
    Clock *m_clock;
    QNetworkAccessManager *m_nam;
    ApiClient *m_api;
    Store m_store;
    OutboxPusher *m_pusher;
    ReferralPuller *m_puller;
    ConnectionState m_state = ConnectionState::NotConnected;
    bool m_running = false;
    bool m_again = false;
    bool m_againFull = false;
    bool m_nextFull = false; ///< the service changed: the next run starts from scratch
    bool m_requeuePending = false; ///< open() could not queue interrupted entries again
    bool m_background = false; ///< start() opened the store: the catch-up is this engine's
    bool m_caughtUp = true; ///< nothing left to catch up on, or start() was not called
    bool m_catchUpQueued = false;
    enum class CatchUp { Keying, Indexing, Counting };
    CatchUp m_catchUp = CatchUp::Keying; ///< the work the next batch does
    bool m_didAny = false; ///< the current kind of work did something
    QString m_settingsProblem;
    SyncSummary m_summary;
    PullPlan m_plan;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::SyncSummary)
