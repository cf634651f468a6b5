#pragma once

#include "store/archivequery.h"

#include <QCoreApplication>
#include <functional>

namespace rd {

class Store;

/// The archive as a spreadsheet reads it (issue 16): one implementation for the app's "Export
/// to CSV…", its "Copy" and `referral-desk-cli export`. Columns: the referral id, customer,
/// referral, outcome, reason, country, company size (labels in the UI language), the deal value
/// as a plain number in the currency's own units with the currency in a column of its own, and
/// ISO 8601 dates (the closing date as a date, received and closed as UTC instants).
class ArchiveExport
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveExport)

public:
    struct Result
    {
        int rows = 0; ///< rows written
        bool cancelled = false; ///< stopped by the caller; nothing was written
        QString error; ///< translated; empty when the file was written
        bool ok() const { return !cancelled && error.isEmpty(); }
    };

    static QStringList header();
    static QStringList cells(const ArchiveRow &row);

    /// Writes every archived referral `filter` matches, in that order, to `path` (CsvWriter:
    /// UTF-8 with a BOM, RFC 4180, formula-safe, owner-only, replaced atomically). Read in one
    /// read transaction, a consistent snapshot: a sync that writes meanwhile neither duplicates
    /// nor drops a row. `progress(done)` is told after each page and may return false to cancel.
    static Result write(Store &store, const ArchiveFilter &filter, ArchiveColumn sort,
        Qt::SortOrder order, const QString &path,
        const std::function<bool(int done)> &progress = {});

    /// Rows as tab-separated text with a header line, for pasting into a spreadsheet: a tab or
    /// line break inside a cell becomes a space.
    static QString tabSeparated(const QList<ArchiveRow> &rows);
};

} // namespace rd
