#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace rd {

/// Tells a database whose last user crashed from one that was closed in order, without reading
/// the database (issue 15): a whole-file integrity check on every start grows with the archive
/// (39 s for a 2.9 GB file after the page cache was dropped), so it runs only when needed.
///
/// Every open Store holds a lock file beside its database (`referrals.sqlite.session-<uuid>.lock`,
/// QLockFile: the owner's process id, host and name) and removes it when it closes. A lock whose
/// process is gone (crash, power cut, kill) is taken over and removed by the next open, which
/// leaves a `referrals.sqlite.check` file behind: the database should be checked. That file stays
/// until a check says the database is sound (markChecked) or the database is repaired, so a
/// process that does not check (the sync thread) leaves the question to one that does.
class SessionLock
{
public:
    SessionLock();
    ~SessionLock();
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;

    /// Takes this session's lock beside `databasePath` and looks at the others: the locks of
    /// processes that ended without closing are removed and noted in the check file. Cost: one
    /// listing of the database's folder.
    void acquire(const QString &databasePath);
    /// A clean close: removes this session's lock.
    void release();

    /// Whether the database should be checked before it is trusted: a session on it ended
    /// without closing, now or at an earlier start whose check did not happen or did not pass.
    bool checkNeeded() const;
    /// The check passed (or the database was rebuilt): forgets that one is needed.
    void markChecked();

    /// Whether another process (or another Store of this one) has the database open now: a
    /// live session lock beside it other than this one's.
    bool othersInUse() const;

    static bool checkNeeded(const QString &databasePath);
    static void markChecked(const QString &databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rd
