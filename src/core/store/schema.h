#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace rd {

class StoreDb;

/// The tables of the local database and how each older format becomes the current one. A
/// database newer than this version is left untouched; migrations run one format at a time, each
/// in its own write transaction.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int version = 20;

    /// Checks that the open file is a database this version can use, sets the connection up (WAL,
    /// foreign keys) and migrates it to `targetVersion`.
    static StoreError prepare(StoreDb &db, int targetVersion);
    /// Indexes for search the rows `where` selects (all when empty), from their columns, into
    /// `table` (StoreRepair indexes the referrals it saves with it). Why it failed, invalid when it
    /// worked.
    static QSqlError fillSearchIndex(const QSqlDatabase &db,
        const QString &table = QStringLiteral("referrals_search"), const QString &where = {},
        const QVariantList &values = {});

    /// The current search index's FTS5 options, for a copy of it (StoreRepair, tests).
    static QString searchIndexOptions();
    /// The search index made again from the columns with `options` (format 17: without its
    /// own copy of the text; 18: without positions either; StoreCompaction should a VACUUM
    /// have renumbered the rows). Inside the caller's write transaction; why it failed.
    static QString rebuildSearchIndex(StoreDb &db, const QString &options = searchIndexOptions());

private:
    static StoreError migrate(StoreDb &db, int from, int to);
    static QStringList statements(int version);
    static QString backfillSearchColumns(StoreDb &db);
    static QString convertToMinorUnits(StoreDb &db);
};

} // namespace rd
