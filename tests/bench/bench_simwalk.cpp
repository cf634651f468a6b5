// Benchmark: starts `referral-sim --referrals N`, walks the full list page by page as the sync
// engine will (following @odata.nextLink), checks that every referral came exactly once, and
// prints how many referrals per second the walk reached.
// Usage: bench_simwalk <path to referral-sim> [N]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_simwalk <referral-sim> [count]" << Qt::endl;
        return 2;
    }
    const int expected = args.value(2, QStringLiteral("100000")).toInt();

    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer startup;
    startup.start();
    sim.start(args.at(1),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--referrals"),
            QString::number(expected), QStringLiteral("--seed"), QStringLiteral("3"),
            QStringLiteral("--dev-token"), QStringLiteral("bench") });
    if (!sim.waitForStarted() || !sim.waitForReadyRead(300000)) {
        out << "referral-sim did not start" << Qt::endl;
        return 1;
    }
    const QString banner = QString::fromUtf8(sim.readLine()).trimmed();
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("(https?://\\S+)")).match(banner);
    if (!m.hasMatch()) {
        out << "unexpected banner: " << banner << Qt::endl;
        return 1;
    }
    const qint64 startupMs = startup.elapsed();

    QNetworkAccessManager nam;
    QSet<QString> seen;
    int pages = 0;
    int duplicates = 0;
    QElapsedTimer walk;
    walk.start();
    QUrl next(m.captured(1)
        + QStringLiteral("/v1.0/engagements/referrals?$orderby=updatedDateTime%20asc&$top=100"));
    QString failure;
    while (next.isValid() && failure.isEmpty()) {
        QNetworkRequest request(next);
        request.setRawHeader("Authorization", "Bearer bench");
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop; // a benchmark driver, not app code: waiting here is the point
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError) {
            failure = reply->errorString();
        } else {
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray()) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                duplicates += seen.contains(id);
                seen.insert(id);
            }
            next = QUrl(page.value(QStringLiteral("@odata.nextLink")).toString());
            ++pages;
        }
        reply->deleteLater();
    }
    const qint64 ms = std::max<qint64>(1, walk.elapsed());
    sim.terminate();
    sim.waitForFinished();

    out << "referral-sim start with " << expected << " referrals: " << startupMs << " ms"
        << Qt::endl;
    out << "full walk: " << seen.size() << " referrals in " << pages << " pages, " << ms << " ms, "
        << qRound64(seen.size() * 1000.0 / ms) << " referrals/s, " << duplicates << " duplicates"
        << Qt::endl;
    if (!failure.isEmpty()) {
        out << "failed: " << failure << Qt::endl;
        return 1;
    }
    return seen.size() == expected && duplicates == 0 ? 0 : 1;
}
