#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <functional>

namespace rd {

class Store;

/// What a compaction did.
struct CompactionReport
{
    qint64 bytesBefore = 0; ///< the database file and its WAL
    qint64 bytesAfter = 0;
    qint64 rowsRewritten = 0; ///< referrals whose document or notes were stored as text
    StoreError error; ///< why it stopped; what was rewritten before stays rewritten
};

/// Makes an older database as small as a new one (`referral-desk-cli compact`). A migration
/// changes how new rows are stored, not the rows already there, and SQLite never gives a file's
/// free pages back on its own: a file from before format 17 keeps its documents as JSON text,
/// one from before format 18 its notes, and the search index each migration replaced leaves
/// its pages free inside the file. Compaction compresses those documents and notes (rows read
/// alike either way, sql::parseDocument and sql::storedText), then VACUUMs the file. At a
/// million archived referrals it takes minutes, and VACUUM needs free space for a copy of the
/// file while it runs.
class StoreCompaction
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    /// `progress` is told the referrals rewritten so far, after each batch.
    static CompactionReport run(Store &store, const std::function<void(qint64)> &progress = {});
};

} // namespace rd
