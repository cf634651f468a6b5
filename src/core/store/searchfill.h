#pragma once

#include <QStringList>
#include <optional>

namespace rd {

class StoreDb;

/// The referrals a first sync stored without indexing them for search (format 19), indexed
/// afterwards in batches while nothing else runs (SyncEngine::catchUp, the CLI's catch-up).
/// Indexing took about a third of writing a page; a first sync of a large history now stores
/// the referrals first and makes them searchable in the background, and the archive window says
/// how many are not found yet meanwhile.
///
/// The range is a FillRange: rows with a rowid in (indexed_upto, fill_end] are not in the index
/// and their writes leave it alone; every other row's write keeps its index entry up to date.
class SearchFill
{
public:
    /// Format 19's table, with nothing left to index.
    static QStringList schema();

    struct Range
    {
        qint64 upto = 0; ///< indexed up to this rowid
        qint64 end = 0; ///< the fill's last rowid
        bool covers(qint64 rowid) const { return rowid > upto && rowid <= end; }
        /// Rowids left to index (the referrals left, but for rowids never used).
        qint64 left() const { return end > upto ? end - upto : 0; }
    };
    /// Nothing when reading failed (recorded in `db`); an empty range before format 19.
    static std::optional<Range> range(StoreDb &db);
    /// Before a page with `rows` referrals not stored yet is written: leaves them to the fill
    /// when it may (FillRange::extend). False when the database failed.
    static bool reserve(StoreDb &db, qint64 rows);
    /// Indexes up to `batch` rowids of the range in a write transaction of its own. Returns how
    /// many rowids it passed (at least 1), 0 when none is left, -1 on failure (recorded).
    static int step(StoreDb &db, int batch = batchSize);
    /// After the whole index was made again from every row: nothing is left to the fill.
    static QString caughtUp();

    /// About 60 ms of the sync thread at a time on this machine: a sync asked for meanwhile
    /// starts between two batches.
    static constexpr int batchSize = 500;
};

} // namespace rd
