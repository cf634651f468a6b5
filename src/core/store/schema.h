#pragma once

#include "storeerror.h"

#include <QCoreApplication>

namespace rd {

class StoreDb;

/// The tables of the local database and how each older format becomes the current one. A
/// database newer than this version is left untouched; migrations run one format at a time, each
/// in its own write transaction.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int version = 17;

    /// Checks that the open file is a database this version can use, sets the connection up (WAL,
    /// foreign keys) and migrates it to `targetVersion`.
    static StoreError prepare(StoreDb &db, int targetVersion);

private:
    static StoreError migrate(StoreDb &db, int from, int to);
    static QStringList statements(int version);
    static QString backfillSearchColumns(StoreDb &db);
    static QString fillSearchIndex(StoreDb &db);
    static QString convertToMinorUnits(StoreDb &db);
};

} // namespace rd
