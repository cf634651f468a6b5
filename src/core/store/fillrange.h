#pragma once

#include <QString>

namespace rd {

class StoreDb;

/// A range of rowids whose derived data (the fit's counts, the search index) a background fill
/// makes later rather than each write at once: rows in (done, fill_end] are the fill's, every
/// other row is kept up to date by its writes. FitStore's fit_fill and SearchFill's search_fill
/// are such ranges, one row each.
namespace FillRange {

/// Makes the next `rows` rowids after the last referral the fill's, so a first sync's pages are
/// written without it and counted or indexed at idle afterwards. Only while no row past the
/// range was handled by its write (it would be done twice); a range the fill has finished starts
/// again after the last row. False when the database failed.
bool extend(StoreDb &db, const QString &table, const QString &doneColumn, qint64 rows);

} // namespace FillRange

} // namespace rd
