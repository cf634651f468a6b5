#pragma once

#include <QDateTime>
#include <QString>

namespace rd {

class StoreDb;

struct SyncState
{
    QDateTime cursor; ///< last remote updatedDateTime fully committed
    QDateTime lastFullResync; ///< every id the remote lists compared (and unlisted ones marked)
    QDateTime lastReconcile; ///< the open referrals' ids and eTags compared, or a full resync
    QDateTime lastSuccess;
    QString lastError;
    /// The API base that answered 400 to `$filter=updatedDateTime ge …`; incremental pulls
    /// there walk the list newest first instead.
    QString updatedFilterRefusedFor;
    /// The API base the cursor and the comparisons belong to; another one starts from scratch.
    QString apiBase;
};

/// The `sync_state` table: where the sync got to and how its last run ended, as key and value.
/// Calls do not open transactions of their own; a failed call records why in
/// StoreDb::lastError().
class SyncStateTable
{
public:
    explicit SyncStateTable(StoreDb &db);

    SyncState read() const;
    bool set(const QString &key, const QString &value);
    /// The values a successful run writes; `fullResync` and `reconciled` say which comparisons
    /// it made.
    bool setSuccess(const QDateTime &at, bool fullResync, bool reconciled);

private:
    StoreDb *m_db;
};

/// The `notified` table: the notifications already given (by their policy key), so a restart or
/// a re-sync never repeats one.
class NotificationRecord
{
public:
    explicit NotificationRecord(StoreDb &db);
    bool contains(const QString &key) const;
    bool add(const QString &key, const QDateTime &at);

private:
    StoreDb *m_db;
};

} // namespace rd
