// Benchmark: first sync of N referrals from referral-sim (a separate process) through the sync
// engine, beside two floors for the same work, measured in the same run: parsing the same pages
// and upserting the same rows straight into a fresh store, and parsing them and inserting the
// same column values into a plain table (the store's columns, no index, no search index: what
// SQLite costs at least). Prints the rates and their ratios; checks only correctness (every
// referral stored), never timings. A first sync leaves its pages' search index entries and fit
// counts to the fills the app runs at idle afterwards: their time is printed apart.
// Usage: bench_firstsync <path to referral-sim> [N]

#include "domain/referraljson.h"
#include "store/referralrepository.h"
#include "store/searchfill.h"
#include "store/sqlvalues.h"
#include "store/store.h"
#include "support/storefills.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;

namespace {

/// A referral's row as ReferralRepository::write binds it (with no pending action the view is
/// the remote copy, whose document is then stored once), by column name.
QHash<QString, QVariant> rowOf(const Referral &r)
{
    const SearchColumns t = SearchColumns::of(r);
    const auto nullInt = QVariant(QMetaType::fromType<qint64>());
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("name"), sql::text(r.name) },
        { QStringLiteral("customer_name"), sql::text(r.customerProfile.name) },
        { QStringLiteral("country"), sql::text(r.customerProfile.address.country.toUpper()) },
        { QStringLiteral("size"), sql::text(r.customerProfile.size) },
        { QStringLiteral("stage"), int(r.stage()) },
        { QStringLiteral("outcome"), int(r.outcome()) },
        { QStringLiteral("status"), r.status },
        { QStringLiteral("substatus"), r.substatus },
        { QStringLiteral("status_reason"), r.statusReason },
        { QStringLiteral("deal_value"),
            r.details.dealValue ? QVariant(*r.details.dealValue) : nullInt },
        { QStringLiteral("currency"), r.details.currency },
        { QStringLiteral("closing_at"), sql::ms(r.details.closingDateTime) },
        { QStringLiteral("created_at"), sql::ms(r.createdDateTime) },
        { QStringLiteral("updated_at"), sql::ms(r.updatedDateTime) },
        { QStringLiteral("expiration_at"), sql::ms(r.expirationDateTime) },
        { QStringLiteral("accepted_at"), sql::ms(r.acceptedDateTime) },
        { QStringLiteral("closed_at"), sql::ms(r.closedDateTime) },
        { QStringLiteral("interested_at"), sql::ms(r.interestedDateTime) },
        { QStringLiteral("etag"), r.eTag },
        { QStringLiteral("last_open_substatus"), r.lastOpenSubstatus },
        { QStringLiteral("raw"), sql::compact(r.raw) },
        { QStringLiteral("remote_raw"), QVariant(QMetaType::fromType<QString>()) },
        { QStringLiteral("visible"), 1 },
        { QStringLiteral("notes"), sql::text(r.details.notes) },
        { QStringLiteral("city"), sql::text(r.customerProfile.address.city) },
        { QStringLiteral("products"), sql::text(t.products) },
        { QStringLiteral("contacts"), sql::text(t.contacts) },
        { QStringLiteral("outgoing"), r.isOutgoing() ? 1 : 0 },
        { QStringLiteral("needs_refresh"), 0 },
    };
}

/// The floor: each page parsed as above, then its rows inserted by one prepared INSERT in one
/// transaction into a table with the columns of `storePath`'s referrals table (read from it, so
/// a new column is not missed) and nothing else: no key, no index, no search index. The same
/// journal and synchronous settings as the store. Returns the rows inserted, -1 on failure.
int plainTableFloor(const QString &storePath, const QString &path, const QList<QByteArray> &pages,
    qint64 *ms, QTextStream &out)
{
    QStringList columns, declared;
    {
        QSqlDatabase store
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        store.setDatabaseName(storePath);
        QSqlQuery q(store);
        if (store.open()
            && q.exec(QStringLiteral("SELECT name, type FROM pragma_table_info('referrals')"))) {
            while (q.next()) {
                columns.append(q.value(0).toString());
                declared.append(columns.last() + QLatin1Char(' ') + q.value(1).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    int inserted = 0;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        const auto run = [&q](const QString &sql) { return q.exec(sql); };
        if (columns.isEmpty() || !db.open() || !run(QStringLiteral("PRAGMA journal_mode=WAL"))
            || !run(QStringLiteral("PRAGMA synchronous=NORMAL"))
            || !run(QStringLiteral("CREATE TABLE referrals (%1)")
                        .arg(declared.join(QStringLiteral(", "))))) {
            out << "plain table: " << q.lastError().text() << Qt::endl;
            return -1;
        }
        const QHash<QString, QVariant> known = rowOf(Referral());
        for (const QString &c : std::as_const(columns)) {
            if (!known.contains(c))
                out << "plain table: column " << c << " is left NULL (not in rowOf)" << Qt::endl;
        }
        QElapsedTimer timer;
        timer.start();
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO referrals (%1) VALUES (%2)")
                .arg(columns.join(QStringLiteral(", ")),
                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QByteArray &body : pages) {
            if (!db.transaction())
                return -1;
            for (const QJsonValue &v :
                QJsonDocument::fromJson(body).object().value(QStringLiteral("value")).toArray()) {
                const QHash<QString, QVariant> row
                    = rowOf(*ReferralJson::fromObject(v.toObject()).referral);
                for (int i = 0; i < columns.size(); ++i)
                    insert.bindValue(i, row.value(columns.at(i)));
                if (!insert.exec()) {
                    out << "plain table: " << insert.lastError().text() << Qt::endl;
                    return -1;
                }
                ++inserted;
            }
            if (!db.commit())
                return -1;
        }
        *ms = std::max<qint64>(1, timer.elapsed());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return inserted;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_firstsync <referral-sim> [count]" << Qt::endl;
        return 2;
    }
    const int expected = args.value(2, QStringLiteral("100000")).toInt();
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(args.at(1),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--referrals"),
            QString::number(expected), QStringLiteral("--seed"), QStringLiteral("4"),
            QStringLiteral("--dev-token"), QStringLiteral("bench") });
    if (!sim.waitForStarted() || !sim.waitForReadyRead(300000))
        return 1;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(https?://\\S+)"))
                                          .match(QString::fromUtf8(sim.readLine()));
    if (!m.hasMatch())
        return 1;
    QTemporaryDir dir;
    SystemClock clock;
    StaticTokenSource tokens(QStringLiteral("bench"));
    ApiSettings settings;
    settings.apiBase = QUrl(m.captured(1));

    // 1. The sync engine, end to end.
    SyncEngine engine(dir.filePath(QStringLiteral("sync.sqlite")), settings, &tokens, &clock);
    if (engine.open())
        return 1;
    QEventLoop loop; // a benchmark driver, not app code
    SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    engine.sync();
    loop.exec();
    const qint64 syncMs = std::max<qint64>(1, timer.elapsed());
    // What the first sync left to the app's idle fills (the search index, the fit's counts),
    // timed apart: the app runs it in batches after the run, the person can work meanwhile.
    timer.restart();
    const bool filled = runFills(engine.store(), SearchFill::batchSize);
    const qint64 fillMs = timer.elapsed();

    // 2. The same pages, fetched again (not timed), then parsed and stored directly (timed).
    QNetworkAccessManager nam;
    QList<QByteArray> pages;
    QUrl next = engine.api().referralsUrl(
        QUrlQuery(QStringLiteral("$orderby=updatedDateTime%20asc&$top=100")));
    while (next.isValid()) {
        QNetworkRequest request(next);
        request.setRawHeader("Authorization", "Bearer bench");
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        pages.append(reply->readAll());
        reply->deleteLater();
        next = QUrl(QJsonDocument::fromJson(pages.last())
                        .object()
                        .value(QStringLiteral("@odata.nextLink"))
                        .toString());
    }
    Store direct;
    if (direct.open(dir.filePath(QStringLiteral("direct.sqlite"))))
        return 1;
    timer.restart();
    qint64 parseMs = 0;
    int stored = 0;
    for (const QByteArray &body : std::as_const(pages)) {
        QElapsedTimer parse;
        parse.start();
        QList<Referral> page;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(body).object().value(QStringLiteral("value")).toArray())
            page.append(*ReferralJson::fromObject(v.toObject()).referral);
        parseMs += parse.elapsed();
        stored += int(direct.upsert(page, page.last().updatedDateTime).size());
    }
    const qint64 directMs = std::max<qint64>(1, timer.elapsed());
    direct.close();
    qint64 floorMs = 0;
    const int floor = plainTableFloor(dir.filePath(QStringLiteral("direct.sqlite")),
        dir.filePath(QStringLiteral("plain.sqlite")), pages, &floorMs, out);
    sim.terminate();
    sim.waitForFinished();

    out << "first sync through the engine: " << summary.fetched << " referrals in " << syncMs
        << " ms = " << qRound64(summary.fetched * 1000.0 / syncMs) << " referrals/s" << Qt::endl;
    out << "then, at idle, indexed for search and counted for the fit: " << fillMs << " ms"
        << (filled ? "" : " (a batch failed)") << Qt::endl;
    out << "same pages parsed + upserted directly: " << stored << " referrals in " << directMs
        << " ms (parse " << parseMs << " ms) = " << qRound64(stored * 1000.0 / directMs)
        << " referrals/s" << Qt::endl;
    out << "engine / direct time ratio: " << QString::number(double(syncMs) / directMs, 'f', 2)
        << Qt::endl;
    out << "same pages parsed + inserted into a plain table (the store's columns, no index): "
        << floor << " referrals in " << floorMs
        << " ms = " << qRound64(floor * 1000.0 / std::max<qint64>(1, floorMs)) << " referrals/s"
        << Qt::endl;
    out << "engine rate / plain-table floor rate: "
        << QString::number((summary.fetched * 1000.0 / syncMs)
                   / std::max(1.0, floor * 1000.0 / std::max<qint64>(1, floorMs)),
               'f', 2)
        << Qt::endl;
    if (summary.error)
        out << "sync error: " << summary.error.describe() << Qt::endl;
    return summary.fetched == expected && stored == expected && floor == expected && !summary.error
            && filled
        ? 0
        : 1;
}
