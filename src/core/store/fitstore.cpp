#include "fitstore.h"

#include "fillrange.h"
#include "sqlvalues.h"
#include "store.h"
#include "storedb.h"

#include <QSqlQuery>
#include <functional>

namespace rd {

namespace {

// The features SQL reads from a row (NEW, OLD or a table alias), as FitFeatures holds them. The
// industry and the qualification live only in the stored document; a document that is not JSON
// (a damaged copy waiting for a refresh) has neither, rather than failing the statement.
//
// From format 17 (`stored`) they are written to columns of their own beside a compressed
// document, which SQL cannot read; a row written before keeps NULL there and its document as
// text, so what it was counted under is read from the document as before.
QString featureOf(const QString &row, bool stored, const char *column, const char *path)
{
    const QString fromDocument
        = QStringLiteral("(CASE WHEN json_valid(%1.raw) THEN "
                         "ifnull(json_extract(%1.raw, '%2'), '') ELSE '' END)")
              .arg(row, QLatin1String(path));
    return stored
        ? QStringLiteral("coalesce(%1.%2, %3)").arg(row, QLatin1String(column), fromDocument)
        : fromDocument;
}

QString industryOf(const QString &row, bool stored)
{
    return featureOf(row, stored, "industry", "$.details.requirements.industries[0].name");
}

QString qualificationOf(const QString &row, bool stored)
{
    return featureOf(row, stored, "qualification", "$.qualification");
}

/// Whether `store` keeps the industry and the qualification in columns (format 17).
bool storesFeatures(const StoreDb &db)
{
    return db.format() >= 17;
}

QString countedOf(const QString &row)
{
    // Received and archived: a sent referral's outcome is the other partner's.
    return QStringLiteral("%1.stage = %2 AND %1.outgoing = 0").arg(row).arg(int(Stage::Archived));
}

// The products column ("\nname\nname\n") as a JSON array for json_each (triggers may not use
// the recursive query that would split it): the names' backslashes, quotes, tabs and carriage
// returns escaped, each newline a separator. A name with another control character makes the
// array invalid, and then the referral counts for its kind but for no product.
QString productsJsonOf(const QString &row)
{
    const QString array = QStringLiteral(
        "('[\"' || replace(replace(replace(replace(replace(substr(%1.products, 2, "
        "length(%1.products) - 2), '\\', '\\\\'), '\"', '\\\"'), char(9), '\\t'), char(13), "
        "'\\r'), char(10), '\",\"') || '\"]')")
                              .arg(row);
    return QStringLiteral("(CASE WHEN json_valid(%1) THEN %1 ELSE '[]' END)").arg(array);
}

// A store that had an archive before format 16 counts it in the background (FitStore::fill),
// from the lowest rowid up to the highest there was: the triggers count only what the fill has
// passed or what came after it, so no referral is counted twice or taken away uncounted.
QString fillHasPassed(const QString &row)
{
    return QStringLiteral("(%1.rowid <= (SELECT counted_upto FROM fit_fill) OR %1.rowid > "
                          "(SELECT fill_end FROM fit_fill))")
        .arg(row);
}

QString kindMatches(const QString &row, bool stored)
{
    return QStringLiteral("industry = %2 AND size = %1.size AND country = %1.country "
                          "AND qualification = %3")
        .arg(row, industryOf(row, stored), qualificationOf(row, stored));
}

// New and Evaluating referrals: the ones with a fit (received ones; the board shows none on a
// sent one).
const QString kOpen = QStringLiteral("stage < %1").arg(int(Stage::Negotiating));

const QString kKindKey = QStringLiteral("industry, size, country, qualification");
const QString kProductKey = QStringLiteral("product, industry, size, country, qualification");

// Counts `row` in, when it is counted at all (the update trigger adds the new row and takes
// the old one away, either of which may be open).
QString addRow(const QString &row, bool stored)
{
    const QString won = QStringLiteral("%1.outcome = %2").arg(row).arg(int(Outcome::Won));
    return QStringLiteral(
        "INSERT INTO fit_kinds SELECT %2, %1.size, %1.country, %3, %4, 1 WHERE %8 "
        "ON CONFLICT (%5) DO UPDATE SET won = won + excluded.won, total = total + 1; "
        "INSERT INTO fit_products SELECT DISTINCT j.value, %2, %1.size, %1.country, %3, %4, 1 "
        "FROM json_each(%6) j WHERE j.value <> '' AND %8 "
        "ON CONFLICT (%7) DO UPDATE SET won = won + excluded.won, total = total + 1;")
        .arg(row, industryOf(row, stored), qualificationOf(row, stored), won, kKindKey,
            productsJsonOf(row), kProductKey, countedOf(row));
}

QString removeRow(const QString &row, bool stored)
{
    return QStringLiteral(
        "UPDATE fit_kinds SET won = won - (%1.outcome = %2), total = total - 1 WHERE %5 AND %3; "
        "UPDATE fit_products SET won = won - (%1.outcome = %2), total = total - 1 WHERE %5 "
        "AND %3 AND product IN (SELECT value FROM json_each(%4));")
        .arg(row)
        .arg(int(Outcome::Won))
        .arg(kindMatches(row, stored), productsJsonOf(row), countedOf(row));
}

const QString kBump = QStringLiteral("UPDATE fit_version SET n = n + 1;");

QString changedOf(bool stored)
{
    QStringList changed;
    for (const char *column : { "stage", "outcome", "outgoing", "products", "size", "country" })
        changed.append(QStringLiteral("old.%1 IS NOT new.%1").arg(QLatin1String(column)));
    changed.append(QStringLiteral("%1 IS NOT %2")
                       .arg(industryOf(QStringLiteral("old"), stored),
                           industryOf(QStringLiteral("new"), stored)));
    changed.append(QStringLiteral("%1 IS NOT %2")
                       .arg(qualificationOf(QStringLiteral("old"), stored),
                           qualificationOf(QStringLiteral("new"), stored)));
    return changed.join(QStringLiteral(" OR "));
}

FitFeatures featuresOf(const QSqlQuery &q, int first)
{
    FitFeatures f;
    f.products = q.value(first).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f.industry = q.value(first + 1).toString();
    f.size = q.value(first + 2).toString();
    f.country = q.value(first + 3).toString();
    f.qualification = q.value(first + 4).toString();
    return f;
}

QString featureColumns(bool stored)
{
    return QStringLiteral("r.products, %1, r.size, r.country, %2")
        .arg(industryOf(QStringLiteral("r"), stored), qualificationOf(QStringLiteral("r"), stored));
}

/// The triggers that keep fit_kinds and fit_products in step, made again when the way the
/// features are read changes.
QStringList triggers(bool stored)
{
    const QString n = QStringLiteral("new"), o = QStringLiteral("old");
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS fit_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS fit_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS fit_update"),
        QStringLiteral("CREATE TRIGGER fit_insert AFTER INSERT ON referrals WHEN %1 AND %2 "
                       "BEGIN %3 %4 END")
            .arg(countedOf(n), fillHasPassed(n), addRow(n, stored), kBump),
        QStringLiteral("CREATE TRIGGER fit_delete AFTER DELETE ON referrals WHEN %1 AND %2 "
                       "BEGIN %3 %4 END")
            .arg(countedOf(o), fillHasPassed(o), removeRow(o, stored), kBump),
        // Every sync rewrites the stored document: only a change of what is counted counts.
        QStringLiteral("CREATE TRIGGER fit_update AFTER UPDATE OF stage, outcome, outgoing, "
                       "products, size, country, raw%1 ON referrals WHEN (%2 OR %3) AND (%4) "
                       "AND %5 BEGIN %6 %7 %8 END")
            .arg(stored ? QStringLiteral(", industry, qualification") : QString(), countedOf(o),
                countedOf(n), changedOf(stored), fillHasPassed(n), removeRow(o, stored),
                addRow(n, stored), kBump),
    };
}

} // namespace

QStringList FitStore::schema()
{
    return QStringList {
        // Format 14's table had a row per combination of products asked for together, so it
        // grew with the archive; and it was filled by the migration, which read the whole
        // archive while the window waited.
        QStringLiteral("DROP TRIGGER IF EXISTS fit_counts_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS fit_counts_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS fit_counts_update"),
        QStringLiteral("DROP TABLE IF EXISTS fit_counts"),
        QStringLiteral("CREATE TABLE fit_kinds (industry TEXT NOT NULL, size TEXT NOT NULL, "
                       "country TEXT NOT NULL, qualification TEXT NOT NULL, won INTEGER NOT NULL, "
                       "total INTEGER NOT NULL, PRIMARY KEY (%1)) WITHOUT ROWID")
            .arg(kKindKey),
        QStringLiteral("CREATE TABLE fit_products (product TEXT NOT NULL, industry TEXT NOT NULL, "
                       "size TEXT NOT NULL, country TEXT NOT NULL, qualification TEXT NOT NULL, "
                       "won INTEGER NOT NULL, total INTEGER NOT NULL, PRIMARY KEY (%1)) "
                       "WITHOUT ROWID")
            .arg(kProductKey),
        QStringLiteral("CREATE TABLE IF NOT EXISTS fit_version (n INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO fit_version SELECT 0 WHERE NOT EXISTS "
                       "(SELECT 1 FROM fit_version)"),
        QStringLiteral("UPDATE fit_version SET n = n + 1"),
        // Nothing is read here: the referrals already stored are counted by fill() later.
        QStringLiteral("CREATE TABLE fit_fill (counted_upto INTEGER NOT NULL, "
                       "fill_end INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO fit_fill SELECT 0, ifnull(max(rowid), 0) FROM referrals"),
    }
    + triggers(false);
}

QStringList FitStore::storedFeatures()
{
    return triggers(true);
}

QString FitStore::keepFeaturesInColumns()
{
    // The triggers' own expressions: what the row is counted under now. The update then
    // changes nothing the fit_update trigger counts.
    const QString r = QStringLiteral("referrals");
    return QStringLiteral("UPDATE referrals SET industry = %1, qualification = %2 WHERE rowid = ? "
                          "AND (industry IS NULL OR qualification IS NULL)")
        .arg(industryOf(r, true), qualificationOf(r, true));
}

namespace {

/// Hands each row of fit_kinds and fit_products to `take`, one at a time (a model never holds
/// them all). False when the reading failed or was interrupted part way: what `take` saw is then
/// only part of the counts.
bool forEachCount(const Store &store, const std::function<void(const FitCount &)> &take)
{
    StoreDb &db = store.db();
    Statement q = db.prepared(
        QStringLiteral("SELECT '', %1, won, total FROM fit_kinds WHERE total > 0 UNION ALL "
                       "SELECT %2, won, total FROM fit_products WHERE total > 0")
            .arg(kKindKey, kProductKey));
    if (!q.exec()) {
        db.failed(q.error(), "fit counts:");
        return false;
    }
    FitCount c;
    while (q.next()) {
        c.product = q.value(0).toString();
        c.industry = q.value(1).toString();
        c.size = q.value(2).toString();
        c.country = q.value(3).toString();
        c.qualification = q.value(4).toString();
        c.won = q.value(5).toInt();
        c.total = q.value(6).toInt();
        take(c);
    }
    if (q.error().isValid()) { // next() stopped on an error, not at the end
        db.failed(q.error(), "fit counts:");
        return false;
    }
    return true;
}

/// Every referral in `ids` (or every open one when the fill has not ended): "still counting".
QHash<QString, Fit> stillCounting(const QStringList &ids)
{
    QHash<QString, Fit> out;
    Fit fit;
    fit.counting = true;
    for (const QString &id : ids)
        out.insert(id, fit);
    return out;
}

} // namespace

QList<FitCount> FitStore::counts(const Store &store)
{
    QList<FitCount> out;
    forEachCount(store, [&out](const FitCount &c) { out.append(c); });
    return out;
}

FitModel FitStore::model(const Store &store, bool *complete)
{
    FitModel out;
    const bool read = forEachCount(store, [&out](const FitCount &c) { out.add(c); });
    if (complete)
        *complete = read;
    return out;
}

QHash<QString, FitFeatures> FitStore::features(const Store &store, const QStringList &ids)
{
    QHash<QString, FitFeatures> out;
    StoreDb &db = store.db();
    if (ids.isEmpty()) {
        Statement q = db.prepared(
            QStringLiteral("SELECT r.id, %1 FROM referrals r WHERE r.%2 AND r.outgoing = 0")
                .arg(featureColumns(storesFeatures(db)), kOpen));
        if (!q.exec()) {
            db.failed(q.error(), "fit features:");
            return out;
        }
        while (q.next())
            out.insert(q.value(0).toString(), featuresOf(q.query(), 1));
        return out;
    }
    for (const QStringList &chunk : sql::chunked(ids)) {
        QSqlQuery q(db.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT r.id, %1 FROM referrals r WHERE r.id IN (%2)")
                      .arg(featureColumns(storesFeatures(db)), sql::placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            db.failed(q.lastError(), "fit features:");
            return {};
        }
        while (q.next())
            out.insert(q.value(0).toString(), featuresOf(q, 1));
    }
    return out;
}

qint64 FitStore::version(const Store &store)
{
    StoreDb &db = store.db();
    Statement q = db.prepared(QStringLiteral("SELECT n FROM fit_version"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool FitStore::counting(const Store &store)
{
    StoreDb &db = store.db();
    Statement q = db.prepared(QStringLiteral("SELECT counted_upto < fill_end FROM fit_fill"));
    if (!q.exec() || !q.next()) {
        // Not known whether the history is counted: no fit is given from what may be part of it.
        db.failed(q.error(), "fit counts:");
        return true;
    }
    return q.value(0).toBool();
}

bool FitStore::reserve(StoreDb &db, qint64 rows)
{
    if (db.format() < 16)
        return true;
    return FillRange::extend(db, QStringLiteral("fit_fill"), QStringLiteral("counted_upto"), rows);
}

int FitStore::fill(Store &store, int batch)
{
    // Read first: a store counted long ago may be read-only or locked by the app right now, and
    // then there is nothing to wait for.
    if (!counting(store))
        return 0;
    StoreDb &db = store.db();
    if (const QSqlError e = db.beginWrite(); e.isValid()) {
        db.failed(e, "counting the archive for the fit:");
        return -1;
    }
    const auto fail = [&db](const QSqlError &e) {
        db.failed(e, "counting the archive for the fit:");
        db.rollback();
        return -1;
    };
    qint64 upto = 0, end = 0;
    {
        Statement q = db.prepared(QStringLiteral("SELECT counted_upto, fill_end FROM fit_fill"));
        if (!q.exec() || !q.next())
            return fail(q.error());
        upto = q.value(0).toLongLong();
        end = q.value(1).toLongLong();
    }
    if (upto >= end) {
        db.rollback(); // read only
        return 0;
    }
    // A range of rowids, not a number of rows: each row is read once over the whole fill.
    const qint64 next = std::min(end, upto + batch);
    const QString r = QStringLiteral("r");
    const bool stored = storesFeatures(db);
    const QString range = QStringLiteral("r.rowid > ? AND r.rowid <= ? AND %1").arg(countedOf(r));
    const QString won = QStringLiteral("r.outcome = %1").arg(int(Outcome::Won));
    Statement kinds = db.prepared(
        QStringLiteral("INSERT INTO fit_kinds SELECT %1, r.size, r.country, %2, sum(%3), "
                       "count(*) FROM referrals r WHERE %4 GROUP BY 1, 2, 3, 4 ON CONFLICT (%5) "
                       "DO UPDATE SET won = won + excluded.won, total = total + excluded.total")
            .arg(industryOf(r, stored), qualificationOf(r, stored), won, range, kKindKey));
    if (!kinds.exec({ upto, next }))
        return fail(kinds.error());
    // DISTINCT per referral: one asking twice for a product is counted once for it.
    Statement products = db.prepared(
        QStringLiteral("INSERT INTO fit_products SELECT product, industry, size, country, "
                       "qualification, sum(won), count(*) FROM (SELECT DISTINCT r.rowid, "
                       "j.value AS product, %1 AS industry, r.size AS size, r.country AS country, "
                       "%2 AS qualification, %3 AS won FROM referrals r, json_each(%4) j WHERE %5 "
                       "AND j.value <> '') WHERE true GROUP BY 1, 2, 3, 4, 5 ON CONFLICT (%6) "
                       "DO UPDATE SET won = won + excluded.won, total = total + excluded.total")
            .arg(industryOf(r, stored), qualificationOf(r, stored), won, productsJsonOf(r), range,
                kProductKey));
    if (!products.exec({ upto, next }))
        return fail(products.error());
    Statement passed = db.prepared(QStringLiteral("UPDATE fit_fill SET counted_upto = ?"));
    if (!passed.exec({ next }))
        return fail(passed.error());
    Statement bump = db.prepared(kBump);
    if (!bump.exec())
        return fail(bump.error());
    if (const QSqlError e = db.commit(); e.isValid())
        return fail(e);
    return int(std::max<qint64>(1, next - upto));
}

QHash<QString, Fit> FitStore::scoreOpen(const Store &store, ModelCache *cache)
{
    ModelCache local;
    ModelCache &use = cache ? *cache : local;
    QHash<QString, Fit> out;
    // Which open referrals there are, and which changed since their features were read.
    StoreDb &db = store.db();
    // Read with the stage index, and no further into each row than its eTag: the outgoing
    // column comes after the stored document, so a sent New referral is scored too (a few) and
    // the board shows no fit on it.
    Statement q = db.prepared(
        QStringLiteral("SELECT id, ifnull(etag, '') FROM referrals WHERE %1").arg(kOpen));
    if (!q.exec()) {
        db.failed(q.error(), "fit features:");
        return out;
    }
    const bool stillCountingHistory = counting(store);
    const quint64 pass = ++use.pass;
    QHash<QString, QString> stale; // id → eTag, of those to read (again)
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString etag = q.value(1).toString();
        const auto known = use.open.find(id);
        if (known != use.open.end() && known->etag == etag)
            known->seen = pass;
        else
            stale.insert(id, etag);
    }
    if (q.error().isValid()) { // cut short: not the whole list, so nothing is dropped from it
        db.failed(q.error(), "fit features:");
        return out;
    }
    if (stillCountingHistory) {
        for (auto it = use.open.cbegin(); it != use.open.cend(); ++it) {
            if (it->seen == pass)
                stale.insert(it.key(), it->etag);
        }
        return stillCounting(stale.keys());
    }
    // A change between reading the version and the counts only makes the next scoring read
    // them again.
    const qint64 now = version(store);
    if (now < 0 || now != use.version) {
        bool complete = false;
        use.model = model(store, &complete);
        // A reading cut short (interrupted, failed) is never kept, nor any fit from it: the next
        // scoring reads the counts again.
        use.version = complete ? now : -1;
        if (!complete)
            return out;
    }
    if (!stale.isEmpty()) {
        const QHash<QString, FitFeatures> fresh = features(store, stale.keys());
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            FitFeatures f = it.value();
            use.share(f);
            use.open.insert(it.key(), { stale.value(it.key()), std::move(f), {}, -1, pass });
        }
    }
    out.reserve(use.open.size());
    for (auto it = use.open.begin(); it != use.open.end();) {
        if (it->seen != pass) {
            it = use.open.erase(it); // answered, archived or gone
            continue;
        }
        // After a sync that archived nothing, only the referrals it changed are scored again.
        if (it->scoredAt != use.version || use.version < 0) {
            it->fit = use.model.fit(it->features);
            it->scoredAt = use.version;
        }
        out.insert(it.key(), it->fit);
        ++it;
    }
    return out;
}

void FitStore::ModelCache::share(FitFeatures &features)
{
    const auto pooled = [this](QString &value) {
        const auto found = values.constFind(value);
        if (found != values.cend())
            value = *found;
        else
            values.insert(value);
    };
    for (QString &product : features.products)
        pooled(product);
    for (QString *value :
        { &features.industry, &features.size, &features.country, &features.qualification })
        pooled(*value);
}

QHash<QString, Fit> FitStore::score(const Store &store, const QStringList &ids)
{
    const QHash<QString, FitFeatures> wanted = features(store, ids);
    if (counting(store))
        return stillCounting(wanted.keys());
    bool complete = false;
    const FitModel model = FitStore::model(store, &complete);
    if (!complete)
        return {};
    QHash<QString, Fit> out;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        out.insert(it.key(), model.fit(it.value()));
    return out;
}

QList<SimilarReferral> FitStore::similar(
    const Store &store, const FitFeatures &shared, int limit)
{
    QList<SimilarReferral> out;
    QStringList where { countedOf(QStringLiteral("r")) };
    QVariantList values;
    // The archive's own indexes, newest first: the first `limit` matches end the reading.
    QString index = QStringLiteral("archive_by_closed");
    if (!shared.country.isEmpty()) {
        where.append(QStringLiteral("r.country = ?"));
        values.append(shared.country);
        index = QStringLiteral("archive_by_country");
    }
    if (!shared.size.isEmpty()) {
        where.append(QStringLiteral("r.size = ?"));
        values.append(shared.size);
        if (shared.country.isEmpty())
            index = QStringLiteral("archive_by_size");
    }
    if (!shared.products.isEmpty()) {
        where.append(QStringLiteral("instr(r.products, ?) > 0"));
        values.append(QLatin1Char('\n') + shared.products.first() + QLatin1Char('\n'));
    }
    if (!shared.industry.isEmpty()) {
        where.append(
            industryOf(QStringLiteral("r"), storesFeatures(store.db())) + QStringLiteral(" = ?"));
        values.append(shared.industry);
    }
    if (!shared.qualification.isEmpty()) {
        where.append(qualificationOf(QStringLiteral("r"), storesFeatures(store.db()))
            + QStringLiteral(" = ?"));
        values.append(shared.qualification);
    }
    values.append(limit);
    StoreDb &db = store.db();
    Statement q = db.prepared(
        QStringLiteral("SELECT r.id, r.name, r.customer_name, r.outcome, "
                       "coalesce(r.closed_at, r.updated_at, r.created_at) FROM referrals r "
                       "INDEXED BY %1 WHERE %2 ORDER BY coalesce(r.closed_at, r.updated_at, "
                       "r.created_at) DESC LIMIT ?")
            .arg(index, where.join(QStringLiteral(" AND "))));
    if (!q.exec(values)) {
        db.failed(q.error(), "similar referrals:");
        return out;
    }
    while (q.next()) {
        SimilarReferral s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.customer = q.value(2).toString();
        s.outcome = q.value(3).toInt();
        s.closed = sql::fromMs(q.value(4));
        out.append(s);
    }
    return out;
}

} // namespace rd
