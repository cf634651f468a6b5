#include "storecompaction.h"

#include "fitstore.h"
#include "sqlvalues.h"
#include "store.h"
#include "storedb.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace rd {

namespace {

constexpr int kBatch = 500; // rows per write transaction: the app's writes wait no longer

qint64 sizeOnDisk(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

/// A stored document kept as text, compressed; anything else (a BLOB, NULL) as it is.
QVariant packed(const QVariant &stored)
{
    if (stored.isNull() || stored.typeId() == QMetaType::QByteArray)
        return stored;
    const QByteArray packedJson = DocumentCodec::pack(stored.toString().toUtf8());
    return packedJson.isEmpty() ? stored : QVariant(packedJson);
}

/// Rewrites up to kBatch rows after `after` in one transaction; the last rowid looked at, or
/// -1 when there were none. False with the error recorded in `db` when a statement failed.
bool rewriteBatch(StoreDb &db, qint64 *after, qint64 *rewritten)
{
    if (const QSqlError e = db.beginWrite(); e.isValid())
        return db.failed(e, "compacting:");
    QSqlQuery rows(db.database());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral(
        "SELECT rowid, raw, remote_raw, notes, industry IS NULL OR qualification IS NULL "
        "FROM referrals WHERE rowid > ? AND (typeof(raw) = 'text' OR typeof(remote_raw) = "
        "'text' OR (typeof(notes) = 'text' AND length(notes) >= 64)) ORDER BY rowid LIMIT ?"));
    rows.addBindValue(*after);
    rows.addBindValue(kBatch);
    if (!rows.exec()) {
        db.rollback();
        return db.failed(rows.lastError(), "compacting:");
    }
    struct Row
    {
        qint64 rowid;
        QVariant raw, remoteRaw, notes;
        bool features;
    };
    QList<Row> batch;
    while (rows.next()) {
        batch.append({ rows.value(0).toLongLong(), rows.value(1), rows.value(2), rows.value(3),
            rows.value(4).toBool() });
    }
    rows.finish();
    Statement features = db.prepared(FitStore::keepFeaturesInColumns());
    Statement write = db.prepared(
        QStringLiteral("UPDATE referrals SET raw = ?, remote_raw = ?, notes = ? WHERE rowid = ?"));
    qint64 changed = 0;
    for (const Row &r : std::as_const(batch)) {
        const QVariant raw = packed(r.raw);
        const QVariant remoteRaw = packed(r.remoteRaw);
        const QVariant notes = r.notes.typeId() == QMetaType::QByteArray
            ? r.notes
            : sql::packedText(r.notes.toString());
        // Notes that do not get shorter compressed stay text, and such a row is left alone.
        const auto same = [](const QVariant &a, const QVariant &b) {
            return a.typeId() == b.typeId() && a == b;
        };
        if (same(raw, r.raw) && same(remoteRaw, r.remoteRaw) && same(notes, r.notes))
            continue;
        // The fit's features into their columns first, while the document is still text.
        if ((r.features && !features.exec({ r.rowid }))
            || !write.exec({ raw, remoteRaw, notes, r.rowid })) {
            db.rollback();
            return db.failed(
                r.features && features.error().isValid() ? features.error() : write.error(),
                "compacting:");
        }
        ++changed;
    }
    if (const QSqlError e = db.commit(); e.isValid()) {
        db.rollback();
        return db.failed(e, "compacting:");
    }
    *rewritten += changed;
    *after = batch.isEmpty() ? -1 : batch.last().rowid;
    return true;
}

} // namespace

CompactionReport StoreCompaction::run(Store &store, const std::function<void(qint64)> &progress)
{
    CompactionReport report;
    StoreDb &db = store.db();
    if (store.openElsewhere()) {
        // VACUUM holds the write lock for minutes at a million referrals: the app's actions
        // and syncs would fail as "locked" meanwhile.
        report.error.kind = StoreError::Kind::Locked;
        report.error.path = store.path();
        report.error.message = tr("Referral Desk (or another referral-desk-cli) has the local "
                                  "database %1 open. Close it, then compact again.")
                                   .arg(QDir::toNativeSeparators(store.path()));
        return report;
    }
    // The file as it is, not with a WAL that a migration just wrote through (as large as the
    // index it made): checkpointed into the file first.
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        report.error = StoreDb::classify(q.lastError(), store.path());
        return report;
    }
    q.finish(); // its result row would keep a statement open across the commits below
    report.bytesBefore = sizeOnDisk(store.path());
    db.clearLastError();
    for (qint64 after = 0; after >= 0;) {
        if (!rewriteBatch(db, &after, &report.rowsRewritten)) {
            report.error = db.lastError();
            return report;
        }
        if (progress && after >= 0)
            progress(report.rowsRewritten);
    }
    // VACUUM copies every live page into a new file and gives the rest back; the checkpoint
    // then empties the WAL it wrote through.
    for (const char *sql : { "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)" }) {
        if (!q.exec(QLatin1String(sql))) {
            report.error = StoreDb::classify(q.lastError(), store.path());
            return report;
        }
    }
    report.bytesAfter = sizeOnDisk(store.path());
    return report;
}

} // namespace rd
