#pragma once

#include "domain/lifecycle.h"
#include "domain/referral.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <functional>
#include <memory>

class QSqlError;

namespace rd {

/// What went wrong with the local database, by cause: each kind has its own message that
/// names the file and says what the person can do. Only Corrupt is ever repaired by moving the
/// file aside.
struct StoreError
{
    enum class Kind {
        None,
        CannotOpen, ///< the folder or file cannot be created or opened
        NewerVersion, ///< written by a newer Referral Desk; left untouched
        Corrupt, ///< not a database, or fails the integrity check
        DiskFull, ///< the disk (or the quota) is full; nothing was changed
        ReadOnly, ///< the file or its folder cannot be written (permissions, read-only mount)
        Locked, ///< another program kept it locked longer than the busy timeout
        Failed, ///< an SQL statement failed for another reason
    };
    Kind kind = Kind::None;
    QString message; ///< translated, names the file
    QString path;

    explicit operator bool() const { return kind != Kind::None; }
};

/// A queued action waiting to reach the remote (docs/architecture.md, "How data flows").
struct OutboxEntry
{
    enum class State { Queued, Sending, Conflict, Failed };

    qint64 seq = 0; ///< global FIFO order
    QString referralId;
    Action action = Action::Interested;
    ActionInput input;
    QJsonArray patch; ///< as built against the copy the person acted on
    QString baseETag; ///< the eTag that copy had
    QUuid requestId; ///< MS-RequestId, fixed at enqueue time so retries are idempotent
    QDateTime createdAt;
    /// Not sent before this time: the person's window to undo it. Invalid: may be sent now.
    QDateTime holdUntil;
    int attempts = 0;
    QString lastError;
    State state = State::Queued;

    /// "queued", "sending", "conflict" or "failed", as stored.
    static QString stateName(State state);
};

/// An action that left the outbox: "sent" (the remote applied it), "undone" or "dropped".
struct HistoryEntry
{
    Action action = Action::Interested;
    QDateTime takenAt;
    QString result;
    QString detail;
};

/// One line of the archive table: the columns only, no JSON parsing.
struct ArchiveRow
{
    QString id;
    QString customerName;
    QString name;
    Outcome outcome = Outcome::Unknown;
    QString status;
    QString country;
    QString size;
    std::optional<Cents> dealValue;
    QString currency;
    QDateTime closingDateTime;
    QDateTime createdDateTime;
    QDateTime closedDateTime;
    QString statusReason;
};

struct ArchiveFilter
{
    QString text; ///< words the person typed; matched by prefix, never parsed as syntax
    QList<Outcome> outcomes; ///< empty: all
    QDate closedFrom; ///< inclusive, UTC date of closing; invalid: open-ended
    QDate closedTo; ///< inclusive
    QStringList countries; ///< ISO 3166 alpha-2; empty: all
    QStringList sizes; ///< remote size values; empty: all
    QString product; ///< a product or solution name, matched exactly
    bool outgoing = false; ///< referrals this partner sent instead of the ones it received
};

enum class ArchiveColumn {
    Relevance, ///< FTS rank, then most recently closed (without text: most recently closed)
    Customer,
    Name,
    Outcome,
    Country,
    Size,
    DealValue,
    ClosingDate,
    Created,
    Closed,
    Reason,
};

struct SyncState
{
    QDateTime cursor; ///< last remote updatedDateTime fully committed
    QDateTime lastFullResync; ///< every id the remote lists compared (and unlisted ones marked)
    QDateTime lastReconcile; ///< the open referrals' ids and eTags compared, or a full resync
    QDateTime lastSuccess;
    QString lastError;
    /// The API base that answered 400 to `$filter=updatedDateTime ge …`; incremental pulls
    /// there walk the list newest first instead.
    QString updatedFilterRefusedFor;
    /// The API base the cursor and the comparisons belong to; another one starts from scratch.
    QString apiBase;
};

/// The local SQLite store (docs/architecture.md, core/store). One Store object, with its own
/// connection, per thread; several may share one file. Every write is one transaction.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int schemaVersion = 8;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// `<profileDir>/referrals.sqlite`, or the same file in AppDataLocation without a profile.
    static QString defaultPath(const QString &profileDir = QString());

    /// Opens (creating with owner-only permissions where missing) and migrates to schemaVersion.
    StoreError open(const QString &path);
    /// Test and tooling aid: opens and migrates only up to `version` (0 = empty file).
    StoreError openAtVersion(const QString &path, int version);
    bool isOpen() const;
    QString path() const { return m_path; }
    void close();

    /// Opens `path`; when the file is damaged and `confirmRebuild(error)` agrees, repairs it
    /// (StoreRepair: moved aside, saying where in `movedTo`, and what can still be read of the
    /// queue, the history and the notifications saved into a new database that sync refills).
    /// Returns the error that remains, if any. Any other kind of error is returned as it is.
    StoreError openOrRecover(const QString &path,
        const std::function<bool(const StoreError &)> &confirmRebuild, QString *movedTo = nullptr);

    /// A failed statement's error by its cause (disk full, read-only, locked, damaged…).
    static StoreError classify(const QSqlError &sql, const QString &path);

    /// Moves a bad database (and its -wal/-shm) aside so a fresh one can be rebuilt from the
    /// remote; returns the new name of the main file, or an empty string on failure.
    static QString moveAside(const QString &path);

    // -- referrals --------------------------------------------------------------------------

    using Progress = std::function<void(qsizetype done)>;
    /// Stores a page of remote copies in one transaction, and, in the same transaction, moves the
    /// sync cursor when one is given. Returns the ids whose stored copy really changed (new, or
    /// different from the stored remote copy); an identical copy changes nothing.
    QStringList upsert(const QList<Referral> &remote, const std::optional<QDateTime> &cursor = {},
        StoreError *error = nullptr, const Progress &progress = {});

    std::optional<Referral> referral(const QString &id) const;
    /// Several at once (a sync's changed ids), in a few queries rather than one per referral.
    QHash<QString, Referral> referrals(const QStringList &ids) const;
    /// Open referrals (New, Evaluating, Negotiating) as the person sees them, pending actions
    /// applied; by stage when given.
    QList<Referral> openReferrals(std::optional<Stage> stage = {}) const;
    /// The remote copies of referrals with these ids (as last received, without pending actions).
    std::optional<Referral> remoteCopy(const QString &id) const;
    /// Marks referrals the remote no longer lists; nothing is deleted.
    bool setVisibleOnRemote(const QStringList &ids, bool visible);
    QStringList allIds() const;
    /// The ids of referrals the remote still lists (not marked by setVisibleOnRemote).
    QStringList listedIds() const;
    /// Whether anything is stored at all (a first start shows the welcome instead of the board).
    bool hasReferrals() const;
    /// Whether any referral this partner sent is stored (open or archived).
    bool hasOutgoing() const;
    /// Referrals the remote no longer lists (kept, marked).
    QStringList hiddenIds() const;

    // -- archive ----------------------------------------------------------------------------

    QList<ArchiveRow> archive(const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order,
        int offset, int limit) const;
    int archiveCount(const ArchiveFilter &filter) const;
    /// archiveCount() with no filter but the direction, read from indexes alone: the outgoing
    /// column sits after the stored documents, so testing it row by row reads every archived
    /// referral's JSON from disk (about 0.5 s per 300 000, warm).
    int archiveTotal(bool outgoing) const;
    /// Every referral received in [from, to) as the insights need it, open or archived.
    QList<struct InsightRow> insightRows(
        const QDateTime &from, const QDateTime &to, const class DeadlinePolicy &policy) const;
    /// The distinct countries and company sizes in the archive, for the filter lists.
    QStringList archiveValues(const char *column) const;
    /// Turns typed text into an FTS5 query of quoted prefix terms; empty when there is no word.
    static QString ftsQuery(const QString &text);

    // -- actions and the outbox -------------------------------------------------------------

    struct ActionResult
    {
        QList<FieldError> errors; ///< the lifecycle's refusals; nothing was written
        std::optional<Referral> referral;
        std::optional<OutboxEntry> entry;
        StoreError error; ///< the database failed; nothing was written
        bool ok() const { return errors.isEmpty() && !error; }
    };
    /// Checks the action against the lifecycle, then writes the new local view and the outbox
    /// row in one transaction.
    /// `holdUntil` keeps the entry from being sent before then (the undo window); it is a time,
    /// not a flag, so an entry whose window passed while the app was closed goes out with the
    /// next sync of the app or the command-line tool.
    ActionResult applyAction(const QString &id, Action action, const ActionInput &input,
        const QDateTime &now, const QDateTime &holdUntil = QDateTime());

    QList<OutboxEntry> outbox() const;
    /// What happened to the person's earlier actions on a referral, oldest first.
    QList<HistoryEntry> history(const QString &referralId) const;
    QList<OutboxEntry> outboxFor(const QString &referralId) const;
    /// The oldest queued entry of each referral whose earlier entries are all done and whose
    /// undo window has ended at `now`: what may be sent now, in FIFO order per referral.
    /// Without `now`, the windows are not looked at (tests of the queue's order only; the sync
    /// engine always passes its clock).
    QList<OutboxEntry> sendable(const QDateTime &now = QDateTime()) const;
    /// Ends an entry's undo window (sent with the next push); false when it is gone or was not
    /// held.
    bool release(qint64 seq);
    /// Ends every entry's undo window; returns how many were held.
    int releaseAll();
    /// Queued → sending; false when the entry is gone (undone) or not queued.
    bool markSending(qint64 seq);
    bool markQueued(qint64 seq, const QString &error); ///< a retryable failure; attempts + 1
    bool markFailed(qint64 seq, const QString &error);
    bool markConflict(qint64 seq, const QString &error);
    /// The remote applied the entry: removes it and stores the remote's copy, in one transaction.
    bool complete(qint64 seq, const std::optional<Referral> &remote);
    /// The person undoes or gives up on an entry: removes it and recomputes the view from the
    /// remote copy. Refused (false) while the entry is being sent.
    bool discard(qint64 seq);
    /// After a crash: entries left in "sending" for more than ten minutes go back to "queued"
    /// (their request id is kept). A younger one may be another process's send in progress.
    int requeueInterrupted();

    // -- notifications --------------------------------------------------------------------------

    /// Whether a notification (by its policy key) was already given.
    bool wasNotified(const QString &key) const;
    bool markNotified(const QString &key, const QDateTime &at);

    // -- sync state ---------------------------------------------------------------------------

    SyncState syncState() const;
    /// A run ended well; `fullResync` and `reconciled` say which comparisons it made.
    bool setSyncSuccess(const QDateTime &at, bool fullResync, bool reconciled = false);
    /// One sync_state value (for example "updated_filter_refused").
    bool setSyncValue(const QString &key, const QString &value);
    /// The eTags of the remote copies of these referrals, where the remote still lists them.
    QHash<QString, QString> remoteETags(const QStringList &ids) const;
    bool setSyncError(const QString &message);

    /// The connection of this Store (tests inject faults through it).
    QSqlDatabase database() const;
    /// Why the most recent failure happened (a call that returned false, an empty result or an
    /// error): read it right after such a call. The sync engine and the tools report the cause
    /// instead of guessing.
    StoreError lastError() const { return m_lastError; }
    /// Forgets the last failure, so that an empty result after it can be told from a new one.
    void clearLastError() const { m_lastError = StoreError(); }

private:
    StoreError openImpl(const QString &path, int targetVersion);
    StoreError checkAndPrepare(int targetVersion);
    StoreError migrate(int from, int to);
    QString backfillSearchColumns();
    StoreError fail(const QString &what) const;
    /// Records `sql` as lastError() (classified) and logs it; returns false.
    bool failed(const QSqlError &sql, const char *what) const;
    QList<OutboxEntry> queryOutbox(const QString &where, const QVariantList &binds) const;
    bool setOutboxState(qint64 seq, const char *state, const QString &error, bool countAttempt);
    bool recomputeView(const QString &id);
    bool record(const OutboxEntry &entry, const QString &result);
    bool writeReferral(const Referral &view, const QJsonObject &remoteRaw);
    Referral rowToReferral(const class QSqlQuery &q) const;

    std::unique_ptr<class QSqlQuery> m_writeReferral;
    QString m_connectionName;
    QString m_path;
    mutable StoreError m_lastError;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::OutboxEntry)
