#pragma once

#include "storeerror.h"

#include <QCoreApplication>

namespace rd {

/// What a repair saved from a damaged database and what it could not read, per table.
struct SalvageReport
{
    int actionsSaved = 0; ///< outbox entries (queued, conflict or failed) in the new database
    int actionsLost = 0; ///< unreadable, or their referral was unreadable
    int historySaved = 0;
    int historyLost = 0;
    int notifiedSaved = 0;
    int notifiedLost = 0;
    int referralsSaved = 0; ///< the referrals the saved actions belong to
    /// False when not even the file's list of tables could be read (not a database at all).
    bool readable = false;
    /// Whole stretches of a table could not be reached, so the "lost" counts are a minimum.
    bool incomplete = false;
    QString movedTo; ///< where the damaged file (and its -wal/-shm) is kept; empty: not moved
    StoreError error; ///< the repair failed; nothing was saved (the file may still be moved)

    int lost() const { return actionsLost + historyLost + notifiedLost; }
};

/// Repairs a damaged local database (issue 14): the file is kept aside, a new database is made
/// in its place, and what can still be read of the person's own work (queued actions with their
/// referrals, the history of actions, the notifications already given) is copied into it. Every
/// other referral comes back from Partner Center with the next sync, which lists everything
/// again as the sync state is not copied.
class StoreRepair
{
    Q_DECLARE_TR_FUNCTIONS(StoreRepair)

public:
    /// Whether the file at `path` is damaged (Kind::Corrupt), cannot be read (CannotOpen) or is
    /// fine (None; also when there is no file). Read-only: it never migrates or writes the file,
    /// so asking is safe on any file (like any reader of a WAL file, SQLite may leave an empty
    /// -wal and -shm beside it).
    static StoreError check(const QString &path);

    /// Moves the file at `path` aside (Store::moveAside), makes a new database there
    /// (Store::open) and copies into it, in one transaction, every row of the damaged file's
    /// outbox, history and notified tables that can still be read, with the referrals the saved
    /// actions belong to. The caller decides that the file is damaged; the new database is
    /// closed again when this returns.
    static SalvageReport repair(const QString &path);

    /// For the person, translated: where the damaged file is kept and what was saved from it.
    static QString summary(const SalvageReport &report);
};

} // namespace rd
