// Opening the store reads none of the archive (issue 15): the whole-file integrity check runs
// only after a session on the database ended without closing. A real crash is a child process
// (store-writer) killed while it has the database open.

#include "store/sessionlock.h"
#include "store/store.h"
#include "store/storerepair.h"
#include "support/rawdb.h"
#include "support/referralfactory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using namespace rd::test;

namespace {

QStringList sessionLocks(const QString &file)
{
    const QFileInfo info(file);
    return info.absoluteDir().entryList(
        { info.fileName() + QStringLiteral(".session-*.lock") }, QDir::Files);
}


} // namespace

class SessionLockTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    /// A process that opens `file` and is killed while it has it open.
    bool crashWhileOpen(const QString &file, QProcess &holder)
    {
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QStringLiteral(STORE_WRITER), { file, QStringLiteral("hold") });
        if (!holder.waitForStarted())
            return false;
        QByteArray out;
        while (!out.contains("started") && holder.waitForReadyRead(30000))
            out += holder.readAllStandardOutput();
        return out.contains("started");
    }

    void kill(QProcess &holder)
    {
        holder.kill(); // SIGKILL on Unix: nothing of the process's own clean-up runs
        QVERIFY(holder.waitForFinished());
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aCleanCloseLeavesNothingToCheck()
    {
        const QString file = path("clean.sqlite");
        for (int start = 0; start < 2; ++start) {
            Store store;
            QVERIFY(!store.open(file));
            QVERIFY(!store.checkNeeded());
            QCOMPARE(sessionLocks(file).size(), 1); // this session's own
            store.upsert(makeReferrals(start * 10, 10));
        }
        QVERIFY(sessionLocks(file).isEmpty());
        QVERIFY(!SessionLock::checkNeeded(file));
    }

    void aProcessThatStillHasTheDatabaseOpenIsNoCrash()
    {
        const QString file = path("live.sqlite");
        {
            Store s;
            QVERIFY(!s.open(file));
            s.upsert(makeReferrals(0, 5));
        }
        QProcess holder;
        QVERIFY(crashWhileOpen(file, holder));
        {
            Store second; // the app beside a running command-line call, say
            QVERIFY(!second.open(file));
            QVERIFY(!second.checkNeeded());
            QCOMPARE(sessionLocks(file).size(), 2);
            QVERIFY(second.openElsewhere()); // what compaction refuses to run beside
        }
        kill(holder);
        QCOMPARE(sessionLocks(file).size(), 1); // the killed process's lock is still there

        Store after;
        QVERIFY(!after.open(file));
        QVERIFY(after.checkNeeded());
        QCOMPARE(sessionLocks(file).size(), 1); // the dead one removed, this one taken
        QCOMPARE(after.allIds().size(), 5); // nothing lost, nothing read twice

        // A session that does not check (the sync thread's) leaves the question open.
        {
            Store other;
            QVERIFY(!other.open(file));
            QVERIFY(other.checkNeeded());
        }
        QVERIFY(after.checkNeeded());

        // The check passes: nothing more to do at the next start.
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::None);
        QVERIFY(!after.checkNeeded());
        after.close();
        Store next;
        QVERIFY(!next.open(file));
        QVERIFY(!next.checkNeeded());
    }

    void aSessionThatDiedMeanwhileIsNotOneInUse()
    {
        const QString file = path("compact.sqlite");
        Store alone;
        QVERIFY(!alone.open(file));
        QVERIFY(!alone.openElsewhere());
        QProcess holder;
        QVERIFY(crashWhileOpen(file, holder));
        QVERIFY(alone.openElsewhere());
        kill(holder);
        // Its lock is taken over and removed, and the check it calls for noted, as an open
        // would have done.
        QVERIFY(!alone.openElsewhere());
        QCOMPARE(sessionLocks(file).size(), 1);
        QVERIFY(SessionLock::checkNeeded(file));
    }

    void openingDoesNotReadTheWholeFileButACrashLeadsToTheCheckThatFindsTheDamage()
    {
        const QString file = path("damaged.sqlite");
        {
            Store s;
            QVERIFY(!s.open(file));
            s.upsert(makeReferrals(0, 400));
        }
        QVERIFY(damageIndexPage(file, QStringLiteral("referrals_by_stage")));

        // A clean shutdown before the damage: opening is quick and finds nothing to check.
        {
            Store store;
            QVERIFY(!store.open(file));
            QVERIFY(!store.checkNeeded());
        }
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::Corrupt);

        // After a crash the check is asked for, finds the damage, and is asked for again until
        // the file is repaired.
        QProcess holder;
        QVERIFY(crashWhileOpen(file, holder));
        kill(holder);
        Store store;
        QVERIFY(!store.open(file));
        QVERIFY(store.checkNeeded());
        QCOMPARE(StoreRepair::check(store.path()).kind, StoreError::Kind::Corrupt);
        QVERIFY(store.checkNeeded());
        store.close();

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved the damaged")));
        const SalvageReport report = StoreRepair::repair(file);
        QVERIFY2(!report.error, qPrintable(report.error.message));
        Store rebuilt;
        QVERIFY(!rebuilt.open(file));
        QVERIFY(!rebuilt.checkNeeded());
    }
};

QTEST_GUILESS_MAIN(SessionLockTest)
#include "tst_sessionlock.moc"
