#pragma once

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"
#include "remote/apiclient.h"
#include "store/store.h"

#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace rd {

/// What one sync run did.
struct SyncSummary
{
    bool full = false;
    int fetched = 0; ///< referrals received
    int changed = 0; ///< of those, really different from the stored copy
    int pushed = 0; ///< actions the remote applied
    int conflicts = 0; ///< actions that became conflicts
    int failed = 0; ///< actions the remote refused
    int hidden = 0; ///< referrals the remote no longer lists (full resync)
    ApiError error; ///< why the run stopped early, if it did
};

/// Converges the local store with the remote (DESIGN.md, "How data flows"): pushes the outbox
/// (FIFO per referral, JSON Patch with If-Match and the entry's fixed MS-RequestId; a 412 is
/// re-based when the action still applies, a conflict otherwise) and pulls incrementally by
/// updatedDateTime, one store transaction per page, the cursor moving only with a committed page.
/// Lives on one thread with its own database connection; reports with signals.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    /// `tokens` and `clock` must live on the engine's thread; the engine makes its own
    /// QNetworkAccessManager unless one is given.
    SyncEngine(QString databasePath, ApiSettings settings, TokenSource *tokens, Clock *clock,
        QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Opens the store on the calling thread; call once, on the engine's thread.
    StoreError open();
    Store &store() { return m_store; }
    ApiClient &api() { return *m_api; }

    ConnectionState state() const { return m_state; }
    bool isRunning() const { return m_running; }

    /// Overlap of incremental pulls, so that clock skew and same-millisecond updates are not lost.
    static constexpr qint64 overlapSecs = 5 * 60;
    /// A full resync at least this often (it also finds referrals the remote stopped listing).
    static constexpr qint64 fullResyncSecs = 24 * 3600;

public slots:
    /// Opens the store on the engine's thread (after moveToThread) and says so with ready.
    void start();
    /// Starts a run (push, then pull); while one runs, one more is queued.
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

private:
    void setState(ConnectionState state, const QString &message = QString());
    void pushNext();
    void pushEntry(const OutboxEntry &entry, int rebases);
    void onPushed(const OutboxEntry &entry, int rebases, const ApiReply &reply);
    void refetchAndRetry(const OutboxEntry &entry, int rebases);
    void startPull();
    void fetchPage(const QUrl &url);
    void onPage(const ApiReply &reply);
    void stop(const ApiError &error);
    void complete();
    void announce(const QStringList &ids);

    QString m_path;
    Clock *m_clock;
    QNetworkAccessManager *m_nam;
    ApiClient *m_api;
    Store m_store;
    DeadlinePolicy m_policy;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_running = false;
    bool m_again = false;
    bool m_againFull = false;
    bool m_nextFull = false; ///< the service changed: the next run starts from scratch
    SyncSummary m_summary;
    QDateTime m_cursor;
    QSet<QString> m_seen; ///< ids listed during a full resync
    QSet<qint64> m_triedThisRun;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::SyncSummary)
