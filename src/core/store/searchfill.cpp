#include "searchfill.h"

#include "fillrange.h"
#include "schema.h"
#include "storedb.h"

namespace rd {

QStringList SearchFill::schema()
{
    return {
        QStringLiteral("CREATE TABLE search_fill (indexed_upto INTEGER NOT NULL, "
                       "fill_end INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO search_fill SELECT ifnull(max(rowid), 0), "
                       "ifnull(max(rowid), 0) FROM referrals"),
    };
}

QString SearchFill::caughtUp()
{
    return QStringLiteral("UPDATE search_fill SET indexed_upto = (SELECT ifnull(max(rowid), 0) "
                          "FROM referrals), fill_end = (SELECT ifnull(max(rowid), 0) FROM "
                          "referrals)");
}

std::optional<SearchFill::Range> SearchFill::range(StoreDb &db)
{
    if (db.format() < 19)
        return Range();
    Statement q = db.prepared(QStringLiteral("SELECT indexed_upto, fill_end FROM search_fill"));
    if (!q.exec() || !q.next()) {
        db.failed(q.error(), "reading the search index's state:");
        return std::nullopt;
    }
    return Range { q.value(0).toLongLong(), q.value(1).toLongLong() };
}

bool SearchFill::reserve(StoreDb &db, qint64 rows)
{
    if (db.format() < 19)
        return true;
    return FillRange::extend(
        db, QStringLiteral("search_fill"), QStringLiteral("indexed_upto"), rows);
}

int SearchFill::step(StoreDb &db, int batch)
{
    // Read first: a file whose index is complete may be read-only or locked by the app now.
    const std::optional<Range> before = range(db);
    if (!before)
        return -1;
    if (before->left() == 0)
        return 0;
    if (const QSqlError e = db.beginWrite(); e.isValid()) {
        db.failed(e, "preparing the archive for search:");
        return -1;
    }
    const auto fail = [&db](const QSqlError &e) {
        db.failed(e, "preparing the archive for search:");
        db.rollback();
        return -1;
    };
    const std::optional<Range> now = range(db); // another connection may have indexed it
    if (!now) {
        db.rollback();
        return -1;
    }
    if (now->left() == 0) {
        db.rollback();
        return 0;
    }
    // A range of rowids, not a number of rows: each row is read once over the whole fill.
    const qint64 next = std::min(now->end, now->upto + batch);
    if (const QSqlError e
        = Schema::fillSearchIndex(db.database(), QStringLiteral("referrals_search"),
            QStringLiteral("WHERE rowid > ? AND rowid <= ?"), { now->upto, next });
        e.isValid())
        return fail(e);
    Statement passed = db.prepared(QStringLiteral("UPDATE search_fill SET indexed_upto = ?"));
    if (!passed.exec({ next }))
        return fail(passed.error());
    if (const QSqlError e = db.commit(); e.isValid())
        return fail(e);
    return int(std::max<qint64>(1, next - now->upto));
}

} // namespace rd
