// Several Referral Desk processes on one database (the app syncing, the command-line tool used
// from scripts) never make each other lose an action: 10 processes take 100 actions at once, each
// queuing its action and sending it (writes of the queue and of the sync from all ten at once),
// and every one is taken and sent exactly once, none refused.

#include "simserver.h"
#include "store/store.h"
#include "support/clirunner.h"
#include "support/referralbuilder.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;
using rd::TestClock;

class CliConcurrencyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tenProcessesQueueAHundredActionsAndNoneIsRefused()
    {
        TestClock clock(QDateTime::currentDateTimeUtc());
        sim::Service service(&clock);
        service.setDevToken(QStringLiteral("t"));
        for (int i = 0; i < 100; ++i)
            service.putReferral(ReferralBuilder()
                                    .set("id", QStringLiteral("r%1").arg(i))
                                    .created(clock.now().addSecs(-3600))
                                    .updated(clock.now().addSecs(-3600))
                                    .json());
        sim::Server server(&service);
        const quint16 port = server.listenOn();
        QVERIFY(port);
        const QString api = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QTemporaryDir profile;
        const QString path = Store::defaultPath(profile.path());
        // The server answers from this process's event loop, so the tool runs asynchronously.
        QProcess sync;
        sync.start(QStringLiteral(CLI_EXECUTABLE),
            { QStringLiteral("--profile"), profile.path(), QStringLiteral("--api-base"), api,
                QStringLiteral("--access-token"), QStringLiteral("t"), QStringLiteral("sync") });
        QSignalSpy synced(&sync, &QProcess::finished);
        QVERIFY(synced.wait(60000));
        QCOMPARE(sync.exitCode(), 0);
        // Ten shells at once, each acting on ten referrals one after the other.
        QList<QProcess *> shells;
        for (int p = 0; p < 10; ++p) {
            QStringList ids;
            for (int i = 0; i < 10; ++i)
                ids.append(QStringLiteral("r%1").arg(p * 10 + i));
            const QString script = QStringLiteral(
                "for id in %1; do \"$0\" --profile \"$1\" --api-base \"$2\" "
                "--access-token t act \"$id\" interested >/dev/null 2>\"$1/err-$id\"; "
                "echo \"$id $?\"; done")
                                       .arg(ids.join(QLatin1Char(' ')));
            auto *shell = new QProcess(this);
            shell->start(QStringLiteral("sh"),
                { QStringLiteral("-c"), script, QStringLiteral(CLI_EXECUTABLE), profile.path(), api });
            shells.append(shell);
        }
        QHash<QString, int> exits;
        for (QProcess *shell : std::as_const(shells)) {
            QSignalSpy finished(shell, &QProcess::finished);
            QVERIFY(shell->state() == QProcess::NotRunning || finished.wait(180000));
            const QStringList lines = QString::fromUtf8(shell->readAllStandardOutput())
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines)
                exits.insert(line.section(QLatin1Char(' '), 0, 0),
                    line.section(QLatin1Char(' '), 1, 1).toInt());
            delete shell;
        }
        QCOMPARE(exits.size(), 100);
        QStringList failures;
        for (auto it = exits.cbegin(); it != exits.cend(); ++it) {
            QFile err(profile.filePath(QStringLiteral("err-") + it.key()));
            err.open(QIODevice::ReadOnly);
            // Sent (0), or queued because another process was sending it just then (3): never
            // refused, never lost.
            if (it.value() != 0 && it.value() != 3)
                failures.append(QStringLiteral("%1 (exit %2): %3")
                                    .arg(it.key())
                                    .arg(it.value())
                                    .arg(QString::fromUtf8(err.readAll())));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // One more sync sends whatever was left queued; then all are sent, each exactly once.
        QProcess last;
        last.start(QStringLiteral(CLI_EXECUTABLE),
            { QStringLiteral("--profile"), profile.path(), QStringLiteral("--api-base"), api,
                QStringLiteral("--access-token"), QStringLiteral("t"), QStringLiteral("sync") });
        QSignalSpy lastDone(&last, &QProcess::finished);
        QVERIFY(lastDone.wait(60000));
        QCOMPARE(last.exitCode(), 0);
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(store.outbox().isEmpty());
        QCOMPARE(store.history(QStringLiteral("r0")).size(), 1);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(service.referral(QStringLiteral("r%1").arg(i))
                         ->value(QStringLiteral("substatus"))
                         .toString(),
                QStringLiteral("Received"));
    }
};

QTEST_MAIN(CliConcurrencyTest)
#include "tst_cliconcurrency.moc"
