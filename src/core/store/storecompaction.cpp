#include "storecompaction.h"

#include "fitstore.h"
#include "schema.h"
#include "sqlvalues.h"
#include "store.h"
#include "storedb.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

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
    const auto refuse = [&](StoreError::Kind kind, const QString &message) {
        report.error.kind = kind;
        report.error.path = store.path();
        report.error.message = message;
        return report;
    };
    const QString shown = QDir::toNativeSeparators(store.path());
    if (db.format() != Schema::version) {
        // A file opened at an older format (tools, tests) must not get rows it cannot read.
        return refuse(StoreError::Kind::Failed,
            tr("The local database %1 is not at this version's format; it was not compacted.")
                .arg(shown));
    }
    if (store.checkNeeded()) {
        // A session ended without closing since this one began: the file is checked (by the
        // next start) before it is rewritten.
        return refuse(StoreError::Kind::Failed,
            tr("A session on the local database %1 ended without closing. Run compact again: "
               "the database is checked first.")
                .arg(shown));
    }
    if (store.openElsewhere()) {
        // VACUUM holds the write lock for minutes at a million referrals: the app's actions
        // and syncs would fail as "locked" meanwhile.
        return refuse(StoreError::Kind::Locked,
            tr("Referral Desk (or another referral-desk-cli) has the local database %1 open. "
               "Close it, then compact again.")
                .arg(shown));
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
    // then empties the WAL it wrote through. SQLite keeps the rows' rowids (the table has
    // indexes), which the search index and the fit's fill are keyed by; its documentation only
    // promises that for an INTEGER PRIMARY KEY, so the rowids are compared, and the search
    // index made again should they have moved.
    const QString rowids
        = QStringLiteral("SELECT count(*), total(rowid), max(rowid) FROM referrals");
    const auto fingerprint = [&]() -> QVariantList {
        if (!q.exec(rowids) || !q.next())
            return {};
        QVariantList out { q.value(0), q.value(1), q.value(2) };
        q.finish();
        return out;
    };
    const QVariantList before = fingerprint();
    for (const char *sql : { "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)" }) {
        if (before.isEmpty() || !q.exec(QLatin1String(sql))) {
            report.error = StoreDb::classify(q.lastError(), store.path());
            return report;
        }
        q.finish();
    }
    if (fingerprint() != before) {
        qCWarning(lcStore).noquote() << "VACUUM renumbered the referrals of" << store.path()
                                     << "; making the search index again";
        QString why;
        if (const QSqlError e = db.beginWrite(); e.isValid())
            why = e.text();
        else if (why = Schema::rebuildSearchIndex(db); why.isEmpty())
            why = db.commit().text();
        if (!why.isEmpty()) {
            db.rollback();
            report.error = db.fail(why);
            return report;
        }
    }
    report.bytesAfter = sizeOnDisk(store.path());
    return report;
}

} // namespace rd
