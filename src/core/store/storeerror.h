#pragma once

#include <QString>

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

} // namespace rd
