#include "customerbackfill.h"

#include "relatedquery.h"
#include "sqlvalues.h"
#include "storedb.h"

#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

namespace {
const char kAfter[] = "customer_keys_after"; ///< the last rowid a batch looked at
const char kDone[] = "customer_keys_done";
} // namespace

CustomerBackfill::CustomerBackfill(StoreDb &db)
    : m_db(&db)
{
}

bool CustomerBackfill::done() const
{
    Statement q = m_db->prepared(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    return q.exec({ QString::fromLatin1(kDone) }) && q.next()
        && q.value(0).toString() == QLatin1String("1");
}

bool CustomerBackfill::record(const char *key, const QString &value)
{
    Statement q = m_db->prepared(
        QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    return q.exec({ QString::fromLatin1(key), value })
        || m_db->failed(q.error(), "keying customers:");
}

int CustomerBackfill::step(int batch)
{
    if (done())
        return 0;
    if (const QSqlError e = m_db->beginWrite(); e.isValid()) {
        m_db->failed(e, "keying customers:");
        return -1;
    }
    const auto fail = [this](const QSqlError &e) {
        m_db->failed(e, "keying customers:");
        m_db->rollback();
        return -1;
    };
    qint64 after = 0;
    {
        Statement q = m_db->prepared(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
        if (!q.exec({ QString::fromLatin1(kAfter) }))
            return fail(q.error());
        if (q.next())
            after = q.value(0).toLongLong();
    }
    // By rowid from where the last batch stopped: each row is looked at once over the whole
    // backfill, however many batches it takes (a "WHERE customer_key IS NULL" alone would pass
    // over the keyed rows again in every batch).
    struct Keyed
    {
        qint64 rowid;
        QString key;
        QString domain;
    };
    QList<Keyed> keyed;
    qint64 last = after;
    int seen = 0;
    {
        Statement q = m_db->prepared(
            QStringLiteral("SELECT rowid, customer_key IS NULL, customer_name, raw FROM referrals "
                           "WHERE rowid > ? ORDER BY rowid LIMIT ?"));
        if (!q.exec({ after, batch }))
            return fail(q.error());
        while (q.next()) {
            ++seen;
            last = q.value(0).toLongLong();
            if (!q.value(1).toBool())
                continue; // written since format 15
            keyed.append({ last, CustomerColumns::key(q.value(2).toString()),
                CustomerColumns::mailDomain(sql::parseDocument(q.value(3))) });
        }
    }
    {
        Statement q = m_db->prepared(QStringLiteral(
            "UPDATE referrals SET customer_key = ?, mail_domain = ? WHERE rowid = ?"));
        for (const Keyed &k : keyed) {
            if (!q.exec({ k.key, k.domain, k.rowid }))
                return fail(q.error());
        }
    }
    const bool finished = seen < batch;
    if (!record(kAfter, QString::number(last))
        || (finished && !record(kDone, QStringLiteral("1")))) {
        m_db->rollback();
        return -1;
    }
    if (const QSqlError e = m_db->commit(); e.isValid())
        return fail(e);
    if (finished)
        qCInfo(lcStore) << "every stored referral is keyed by its customer";
    // A batch of rows written since format 15 keys nothing but is not the end.
    return finished ? int(keyed.size()) : std::max(1, int(keyed.size()));
}

} // namespace rd
