#include "fitstore.h"

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
QString industryOf(const QString &row)
{
    return QStringLiteral("(CASE WHEN json_valid(%1.raw) THEN ifnull(json_extract(%1.raw, "
                          "'$.details.requirements.industries[0].name'), '') ELSE '' END)")
        .arg(row);
}

QString qualificationOf(const QString &row)
{
    return QStringLiteral("(CASE WHEN json_valid(%1.raw) THEN ifnull(json_extract(%1.raw, "
                          "'$.qualification'), '') ELSE '' END)")
        .arg(row);
}

QString countedOf(const QString &row)
{
    // Received and archived: a sent referral's outcome is the other partner's.
    return QStringLiteral("%1.stage = %2 AND %1.outgoing = 0").arg(row).arg(int(Stage::Archived));
}

QString keyMatches(const QString &row)
{
    return QStringLiteral("products = %1.products AND industry = %2 AND size = %1.size "
                          "AND country = %1.country AND qualification = %3")
        .arg(row, industryOf(row), qualificationOf(row));
}

QString addRow(const QString &row)
{
    return QStringLiteral(
        "INSERT INTO fit_counts SELECT %1.products, %2, %1.size, %1.country, %3, "
        "%1.outcome = %4, 1 WHERE %5 ON CONFLICT (products, industry, size, country, "
        "qualification) DO UPDATE SET won = won + excluded.won, total = total + 1;")
        .arg(row, industryOf(row), qualificationOf(row))
        .arg(int(Outcome::Won))
        .arg(countedOf(row));
}

QString removeRow(const QString &row)
{
    return QStringLiteral("UPDATE fit_counts SET won = won - (%1.outcome = %2), total = total - 1 "
                          "WHERE %3 AND %4;")
        .arg(row)
        .arg(int(Outcome::Won))
        .arg(countedOf(row), keyMatches(row));
}

const QString kBump = QStringLiteral("UPDATE fit_version SET n = n + 1;");

QString changedOf()
{
    QStringList changed;
    for (const char *column : { "stage", "outcome", "outgoing", "products", "size", "country" })
        changed.append(QStringLiteral("old.%1 IS NOT new.%1").arg(QLatin1String(column)));
    changed.append(QStringLiteral("%1 IS NOT %2")
                       .arg(industryOf(QStringLiteral("old")), industryOf(QStringLiteral("new"))));
    changed.append(QStringLiteral("%1 IS NOT %2")
                       .arg(qualificationOf(QStringLiteral("old")),
                           qualificationOf(QStringLiteral("new"))));
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

QString featureColumns()
{
    return QStringLiteral("r.products, %1, r.size, r.country, %2")
        .arg(industryOf(QStringLiteral("r")), qualificationOf(QStringLiteral("r")));
}

} // namespace

QStringList FitStore::schema()
{
    return {
        QStringLiteral("CREATE TABLE fit_counts (products TEXT NOT NULL, industry TEXT NOT NULL, "
                       "size TEXT NOT NULL, country TEXT NOT NULL, qualification TEXT NOT NULL, "
                       "won INTEGER NOT NULL, total INTEGER NOT NULL, PRIMARY KEY (products, "
                       "industry, size, country, qualification)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE fit_version (n INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO fit_version VALUES (0)"),
        // Once, from the archive as it is; the triggers keep it in step from then on.
        QStringLiteral("INSERT INTO fit_counts SELECT r.products, %1, r.size, r.country, %2, "
                       "sum(r.outcome = %3), count(*) FROM referrals r WHERE %4 "
                       "GROUP BY 1, 2, 3, 4, 5")
            .arg(industryOf(QStringLiteral("r")), qualificationOf(QStringLiteral("r")))
            .arg(int(Outcome::Won))
            .arg(countedOf(QStringLiteral("r"))),
        QStringLiteral("CREATE TRIGGER fit_counts_insert AFTER INSERT ON referrals WHEN %1 "
                       "BEGIN %2 %3 END")
            .arg(countedOf(QStringLiteral("new")), addRow(QStringLiteral("new")), kBump),
        QStringLiteral("CREATE TRIGGER fit_counts_delete AFTER DELETE ON referrals WHEN %1 "
                       "BEGIN %2 %3 END")
            .arg(countedOf(QStringLiteral("old")), removeRow(QStringLiteral("old")), kBump),
        // Every sync rewrites the stored document: only a change of what is counted counts.
        QStringLiteral("CREATE TRIGGER fit_counts_update AFTER UPDATE OF stage, outcome, outgoing, "
                       "products, size, country, raw ON referrals WHEN (%1 OR %2) AND (%3) "
                       "BEGIN %4 %5 %6 END")
            .arg(countedOf(QStringLiteral("old")), countedOf(QStringLiteral("new")),
                changedOf(), removeRow(QStringLiteral("old")), addRow(QStringLiteral("new")),
                kBump),
    };
}

namespace {

/// Hands each row of fit_counts to `take`, one at a time (a model never holds them all).
void forEachCount(const Store &store, const std::function<void(const FitCount &)> &take)
{
    StoreDb &db = store.db();
    Statement q = db.prepared(QStringLiteral("SELECT products, industry, size, country, "
                                             "qualification, won, total FROM fit_counts "
                                             "WHERE total > 0"));
    if (!q.exec()) {
        db.failed(q.error(), "fit counts:");
        return;
    }
    FitCount c;
    while (q.next()) {
        c.products = q.value(0).toString();
        c.industry = q.value(1).toString();
        c.size = q.value(2).toString();
        c.country = q.value(3).toString();
        c.qualification = q.value(4).toString();
        c.won = q.value(5).toInt();
        c.total = q.value(6).toInt();
        take(c);
    }
}

} // namespace

QList<FitCount> FitStore::counts(const Store &store)
{
    QList<FitCount> out;
    forEachCount(store, [&out](const FitCount &c) { out.append(c); });
    return out;
}

FitModel FitStore::model(const Store &store)
{
    FitModel out;
    forEachCount(store, [&out](const FitCount &c) { out.add(c); });
    return out;
}

QHash<QString, FitFeatures> FitStore::features(const Store &store, const QStringList &ids)
{
    QHash<QString, FitFeatures> out;
    StoreDb &db = store.db();
    if (ids.isEmpty()) {
        Statement q = db.prepared(
            QStringLiteral("SELECT r.id, %1 FROM referrals r WHERE r.stage IN (%2, %3) "
                           "AND r.outgoing = 0")
                .arg(featureColumns())
                .arg(int(Stage::New))
                .arg(int(Stage::Evaluating)));
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
                      .arg(featureColumns(), sql::placeholders(chunk.size())));
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

QHash<QString, Fit> FitStore::scoreOpen(const Store &store, ModelCache *cache)
{
    ModelCache local;
    ModelCache &use = cache ? *cache : local;
    // A change between reading the version and the counts only makes the next scoring read
    // them again.
    const qint64 now = version(store);
    if (now < 0 || now != use.version) {
        use.model = model(store);
        use.version = now;
    }
    const FitModel &model = use.model;
    QHash<QString, Fit> out;
    if (!cache) {
        const QHash<QString, FitFeatures> open = features(store);
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            out.insert(it.key(), model.fit(it.value()));
        return out;
    }
    // Which open referrals there are, and which changed since their features were read.
    StoreDb &db = store.db();
    Statement q = db.prepared(QStringLiteral("SELECT id, ifnull(etag, '') FROM referrals "
                                             "WHERE stage IN (%1, %2) AND outgoing = 0")
                                  .arg(int(Stage::New))
                                  .arg(int(Stage::Evaluating)));
    if (!q.exec()) {
        db.failed(q.error(), "fit features:");
        return out;
    }
    QHash<QString, QString> etags;
    QStringList stale;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString etag = q.value(1).toString();
        etags.insert(id, etag);
        const auto known = use.features.constFind(id);
        if (known == use.features.cend() || known->first != etag)
            stale.append(id);
    }
    if (!stale.isEmpty()) {
        const QHash<QString, FitFeatures> fresh = features(store, stale);
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
            use.features.insert(it.key(), { etags.value(it.key()), it.value() });
    }
    for (auto it = use.features.begin(); it != use.features.end();) {
        if (!etags.contains(it.key())) {
            it = use.features.erase(it); // answered, archived or gone
            continue;
        }
        out.insert(it.key(), model.fit(it->second));
        ++it;
    }
    return out;
}

QHash<QString, Fit> FitStore::score(const Store &store, const QStringList &ids)
{
    const FitModel model = FitStore::model(store);
    QHash<QString, Fit> out;
    const QHash<QString, FitFeatures> wanted = features(store, ids);
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
        where.append(industryOf(QStringLiteral("r")) + QStringLiteral(" = ?"));
        values.append(shared.industry);
    }
    if (!shared.qualification.isEmpty()) {
        where.append(qualificationOf(QStringLiteral("r")) + QStringLiteral(" = ?"));
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
