#include "fillrange.h"

#include "storedb.h"

namespace rd {

bool FillRange::extend(StoreDb &db, const QString &table, const QString &doneColumn, qint64 rows)
{
    Statement read = db.prepared(
        QStringLiteral("SELECT %1, fill_end, (SELECT ifnull(max(rowid), 0) FROM referrals) FROM %2")
            .arg(doneColumn, table));
    if (!read.exec() || !read.next())
        return db.failed(read.error(), "preparing to store referrals:");
    qint64 done = read.value(0).toLongLong();
    qint64 end = read.value(1).toLongLong();
    const qint64 last = read.value(2).toLongLong();
    if (done >= end)
        done = end = last; // finished: the rows after it were handled by their writes
    if (end != last)
        return true; // rows past the range were handled by their writes: not theirs again
    // SQLite gives a new row the rowid after the largest; a row that gets another one (or a
    // rowid reserved here and never used, taken by a later write) is handled by whoever finds
    // it in or out of the range, so the guess is never wrong, only less useful.
    Statement write
        = db.prepared(QStringLiteral("UPDATE %1 SET %2 = ?, fill_end = ?").arg(table, doneColumn));
    if (!write.exec({ done, last + rows }))
        return db.failed(write.error(), "preparing to store referrals:");
    return true;
}

} // namespace rd
