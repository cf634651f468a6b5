#include "syncstate.h"

#include "domain/referraljson.h"
#include "sqlvalues.h"
#include "storedb.h"

namespace rd {

SyncStateTable::SyncStateTable(StoreDb &db)
    : m_db(&db)
{
}

SyncState SyncStateTable::read() const
{
    SyncState s;
    Statement q = m_db->prepared(QStringLiteral("SELECT key, value FROM sync_state"));
    if (!q.exec()) {
        m_db->failed(q.error(), "reading the sync state:");
        return s;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("cursor"))
            s.cursor = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("last_full_resync"))
            s.lastFullResync = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("last_success"))
            s.lastSuccess = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("last_error"))
            s.lastError = value;
        else if (key == QLatin1String("last_reconcile"))
            s.lastReconcile = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("updated_filter_refused"))
            s.updatedFilterRefusedFor = value;
        else if (key == QLatin1String("api_base"))
            s.apiBase = value;
    }
    return s;
}

bool SyncStateTable::set(const QString &key, const QString &value)
{
    Statement q = m_db->prepared(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!q.exec({ key, value }))
        return m_db->failed(q.error(), "writing the sync state:");
    return true;
}

bool SyncStateTable::setSuccess(const QDateTime &at, bool fullResync, bool reconciled)
{
    const QString when = ReferralJson::formatInstant(at);
    if (!set(QStringLiteral("last_success"), when) || !set(QStringLiteral("last_error"), QString()))
        return false;
    if (fullResync && !set(QStringLiteral("last_full_resync"), when))
        return false;
    return !(fullResync || reconciled) || set(QStringLiteral("last_reconcile"), when);
}

NotificationRecord::NotificationRecord(StoreDb &db)
    : m_db(&db)
{
}

bool NotificationRecord::contains(const QString &key) const
{
    Statement q = m_db->prepared(QStringLiteral("SELECT 1 FROM notified WHERE key = ?"));
    if (!q.exec({ key }))
        return m_db->failed(q.error(), "reading the notifications given:");
    return q.next();
}

bool NotificationRecord::add(const QString &key, const QDateTime &at)
{
    Statement q = m_db->prepared(
        QStringLiteral("INSERT OR IGNORE INTO notified (key, at) VALUES (?, ?)"));
    if (!q.exec({ key, sql::ms(at) }))
        return m_db->failed(q.error(), "recording a notification:");
    return true;
}

} // namespace rd
