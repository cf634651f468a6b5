// Benchmark: first sync of N referrals from referral-sim (a separate process) through the sync
// engine, beside the floor for the same work: parsing the same pages and upserting the same rows
// straight into a fresh store, measured in the same run. Prints both and their ratio; checks only
// correctness (every referral stored), never timings.
// Usage: bench_firstsync <path to referral-sim> [N]

#include "domain/referraljson.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;

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
    sim.terminate();
    sim.waitForFinished();

    out << "first sync through the engine: " << summary.fetched << " referrals in " << syncMs
        << " ms = " << qRound64(summary.fetched * 1000.0 / syncMs) << " referrals/s" << Qt::endl;
    out << "same pages parsed + upserted directly: " << stored << " referrals in " << directMs
        << " ms (parse " << parseMs << " ms) = " << qRound64(stored * 1000.0 / directMs)
        << " referrals/s" << Qt::endl;
    out << "engine / direct time ratio: " << QString::number(double(syncMs) / directMs, 'f', 2)
        << Qt::endl;
    if (summary.error)
        out << "sync error: " << summary.error.describe() << Qt::endl;
    return summary.fetched == expected && stored == expected && !summary.error ? 0 : 1;
}
