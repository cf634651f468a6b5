#pragma once

// The table classes of one Store and its write transactions: internal to store.cpp and
// storeupsert.cpp.

#include "archivequery.h"
#include "outbox.h"
#include "referralrepository.h"
#include "store.h"
#include "storedb.h"
#include "syncstate.h"

#include <QSqlError>

namespace rd {

/// The table classes, all on this Store's connection.
struct Store::Tables
{
    explicit Tables(StoreDb &db)
        : referrals(db)
        , outbox(db)
        , history(db)
        , archive(db)
        , syncState(db)
        , notified(db)
    {
    }
    ReferralRepository referrals;
    Outbox outbox;
    ActionHistory history;
    ArchiveQuery archive;
    SyncStateTable syncState;
    NotificationRecord notified;
};

/// Runs `body` as one write transaction: committed when it returns true, rolled back otherwise
/// (the failing call has recorded why).
template<typename Body> bool inWriteTransaction(StoreDb &db, const char *what, Body body)
{
    if (const QSqlError e = db.beginWrite(); e.isValid())
        return db.failed(e, what);
    if (!body()) {
        db.rollback();
        return false;
    }
    if (const QSqlError e = db.commit(); e.isValid()) {
        db.rollback();
        return db.failed(e, what);
    }
    return true;
}

} // namespace rd
