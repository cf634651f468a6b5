#pragma once

#include "archivequery.h"
#include "domain/lifecycle.h"
#include "domain/referral.h"
#include "outbox.h"
#include "relatedquery.h"
#include "storeerror.h"
#include "syncstate.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class QSqlError;

namespace rd {

class SessionLock;
struct PackedReferral;
class StoreDb;

/// The local SQLite store (docs/architecture.md, core/store). One Store object, with its own
/// connection, per thread; several may share one file. Every write is one transaction.
///
/// Store is where the tables meet: it opens the file (Schema), and runs as one transaction what
/// changes several tables at once (an action writes the referral and the outbox; a sent action
/// leaves the outbox, enters the history and rebases the referral). Each table has its class:
/// ReferralRepository, Outbox and ActionHistory, ArchiveQuery, SyncStateTable,
/// NotificationRecord; ReferralMerge is the one place a remote copy meets queued actions.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int schemaVersion = 20;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// `<profileDir>/referrals.sqlite`, or the same file in AppDataLocation without a profile.
    static QString defaultPath(const QString &profileDir = QString());

    /// The format (PRAGMA user_version) of the database at `path`, read without changing it: 0
    /// for no file or an empty one, -1 when it cannot be read. Cheap: the file's header only.
    static int formatOf(const QString &path);
    /// Opens (creating with owner-only permissions where missing) and migrates to schemaVersion.
    StoreError open(const QString &path);
    /// Test and tooling aid: opens and migrates only up to `version` (0 = empty file).
    StoreError openAtVersion(const QString &path, int version);
    bool isOpen() const;
    QString path() const;
    void close();
    /// Whether a session on this database ended without closing (a crash, a power cut) and no
    /// integrity check has passed since (SessionLock). Opening never reads the whole file; a
    /// caller that can afford it runs StoreRepair::check (the app on a worker thread, the
    /// command-line tool before its command), which clears this when the file is sound.
    bool checkNeeded() const;
    /// Whether another Store (this process's or another's) has the same file open now.
    bool openElsewhere() const;

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
    /// The same, with `packed[i]` made beforehand by PackedReferral::of(remote[i]) (a sync makes
    /// the next page's on another thread while this one is written).
    QStringList upsert(const QList<Referral> &remote, const QList<PackedReferral> &packed,
        const std::optional<QDateTime> &cursor, StoreError *error = nullptr);

    std::optional<Referral> referral(const QString &id) const;
    /// Several at once (a sync's changed ids), in a few queries rather than one per referral.
    QHash<QString, Referral> referrals(const QStringList &ids) const;
    /// Open referrals (New, Evaluating, Negotiating) as the person sees them, pending actions
    /// applied; by stage when given.
    QList<Referral> openReferrals(std::optional<Stage> stage = {}) const;
    /// openReferrals() one at a time, for a caller that keeps only part of each (the board).
    void forEachOpenReferral(
        const std::function<void(Referral &&)> &each, std::optional<Stage> stage = {}) const;
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
    /// Referrals whose stored copy could not be read (shown as needing a refresh), for the sync
    /// to read again from the service; their queued actions are kept.
    QStringList needingRefresh() const;

    // -- the same customer again (issue 18) -----------------------------------------------

    /// RelatedQuery::of: other referrals from `id`'s customer, newest first.
    QList<RelatedReferral> related(const QString &id, int limit = 20) const;
    /// RelatedQuery::openWithRelated: the New and Evaluating ids that have related referrals.
    QSet<QString> openWithRelated() const;
    /// CustomerBackfill::step: keys up to `batch` rows stored before format 15; 0 when none
    /// is left, -1 on failure.
    int keyCustomers(int batch);
    /// FitStore::fill: counts up to `batch` rowids stored before format 16 for the fit; 0 when
    /// none is left, -1 on failure.
    int countFits(int batch);
    /// SearchFill::step: indexes up to `batch` rowids a first sync left to the search fill; 0
    /// when none is left, -1 on failure.
    int indexForSearch(int batch);
    /// How many referrals (rowids) a search does not find yet because the search fill has not
    /// reached them; -1 when that could not be read (see lastError()).
    qint64 searchPending() const;

    // -- archive ----------------------------------------------------------------------------

    /// ArchiveQuery::rows: `valueOrder` sorts Country or Size by their labels.
    QList<ArchiveRow> archive(const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order,
        int offset, int limit, const QStringList &valueOrder = {}) const;
    /// ArchiveQuery::page: keyset paging in the order of an index.
    ArchivePage archivePage(const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order,
        const std::optional<ArchiveKey> &after, int limit,
        const QStringList &valueOrder = {}) const;
    int archiveCount(const ArchiveFilter &filter) const;
    /// Counts no further than `cap` + 1 (ArchiveQuery::count).
    int archiveCount(const ArchiveFilter &filter, int cap) const;
    /// archiveCount() with no filter but the direction, read in constant time (format 17 keeps
    /// the totals; before it, from indexes alone): the outgoing
    /// column sits after the stored documents, so testing it row by row reads every archived
    /// referral's JSON from disk (about 0.5 s per 300 000, warm).
    int archiveTotal(bool outgoing) const;
    /// The distinct countries and company sizes in the archive, for the filter lists.
    QStringList archiveValues(const char *column) const;
    /// Whether typed text has anything to search for (punctuation alone has not).
    static bool hasSearchText(const QString &text);

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

    /// The connection and its tables (for the queries that live beside their users, such as
    /// InsightQuery, and for tests that inject faults).
    StoreDb &db() const { return *m_db; }
    /// Why the most recent failure happened (a call that returned false, an empty result or an
    /// error): read it right after such a call. The sync engine and the tools report the cause
    /// instead of guessing.
    StoreError lastError() const;
    /// Forgets the last failure, so that an empty result after it can be told from a new one.
    void clearLastError() const;

private:
    struct Tables;

    StoreError openImpl(const QString &path, int targetVersion);
    /// Stores `remote` as the referral's new remote copy with its pending actions replayed on
    /// top (ReferralMerge::rebase) and marks the actions it contradicts; inside a transaction.
    /// `packed` is PackedReferral::of(remote) when made beforehand; `mayExist` false when no row
    /// has the id.
    bool rebaseAndWrite(const Referral &remote, const struct StoredFacts *stored,
        const PackedReferral *packed = nullptr, bool mayExist = true);
    QStringList upsertPage(const QList<Referral> &remote, const QList<PackedReferral> *packed,
        const std::optional<QDateTime> &cursor, StoreError *error, const Progress &progress);
    /// Recomputes the person's view from the stored remote copy after the queue changed.
    bool recomputeView(const QString &id);

    std::unique_ptr<StoreDb> m_db;
    std::unique_ptr<Tables> m_tables;
    std::unique_ptr<SessionLock> m_session;
};

} // namespace rd
