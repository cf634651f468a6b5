// The store under resource faults on real file systems: a full disk and a read-only mount are
// named for what they are (never "damaged", never moved aside), the person's queued actions are
// all still there once the fault clears, and a write that waited for another writer is not lost.
// The file systems are small tmpfs mounts, so these tests need the right to mount (root in CI and
// in the fresh-machine check); elsewhere they say so and skip.

#include "store/store.h"
#include "support/referralbuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kNow = utc(2026, 1, 5, 12, 0);

bool run(const QStringList &command)
{
    QProcess p;
    p.start(command.first(), command.mid(1));
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

Referral newReferral(const QString &id)
{
    return ReferralBuilder()
        .set("id", id)
        .set("customerProfile", QJsonObject { { QStringLiteral("name"), QStringLiteral("Contoso") } })
        .created(kNow.addSecs(-3600));
}

/// Fills the file system that holds `dir` until a write fails; returns the filler's path.
QString fillDisk(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("filler"));
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly))
        return path;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    return path;
}

int damagedCopies(const QString &dir)
{
    return int(QDir(dir).entryList({ QStringLiteral("*.damaged-*") }, QDir::Files).size());
}

} // namespace

class StoreFaultsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_base;
    QString m_mount;

    /// A fresh tmpfs of `size` at m_mount; skips the test where mounting is not allowed.
    bool mountTmpfs(const QString &size)
    {
        m_mount = m_base.filePath(QStringLiteral("fs-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QDir().mkpath(m_mount);
        return run({ QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"),
            QStringLiteral("-o"), QStringLiteral("size=") + size, QStringLiteral("tmpfs"),
            m_mount });
    }

    QList<qint64> queuedSeqs(Store &store)
    {
        QList<qint64> out;
        for (const OutboxEntry &e : store.outbox())
            out.append(e.seq);
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        if (!m_mount.isEmpty())
            run({ QStringLiteral("umount"), QStringLiteral("-l"), m_mount });
        m_mount.clear();
    }

    void aFullDiskIsNamedAndLosesNothing()
    {
        if (!mountTmpfs(QStringLiteral("2m")))
            QSKIP("Mounting a small tmpfs is not allowed here (needs root).");
        const QString path = QDir(m_mount).filePath(QStringLiteral("referrals.sqlite"));
        QList<qint64> queued;
        {
            Store store;
            QVERIFY(!store.open(path));
            QList<Referral> many;
            for (int i = 0; i < 20; ++i)
                many.append(newReferral(QStringLiteral("r%1").arg(i)));
            QCOMPARE(store.upsert(many).size(), 20);
            for (int i = 0; i < 3; ++i)
                QVERIFY(store.applyAction(QStringLiteral("r%1").arg(i), Action::Interested, {}, kNow)
                            .ok());
            queued = queuedSeqs(store);
            QCOMPARE(queued.size(), 3);

            const QString filler = fillDisk(m_mount);
            // An action now cannot be written: it says the disk is full, not that the file is
            // damaged, and nothing of it is half kept.
            Store::ActionResult full;
            for (int i = 3; i < 20 && full.ok(); ++i)
                full = store.applyAction(QStringLiteral("r%1").arg(i), Action::Interested, {}, kNow);
            QVERIFY2(full.error.kind == StoreError::Kind::DiskFull, qPrintable(full.error.message));
            QVERIFY2(full.error.message.contains(QStringLiteral("full")), qPrintable(full.error.message));
            QVERIFY(full.error.message.contains(QDir::toNativeSeparators(path)));
            QCOMPARE(store.lastError().kind, StoreError::Kind::DiskFull);
            QFile::remove(filler);
        }
        // Reopened (while the disk is full again), it is not damaged and not moved aside.
        const QString filler = fillDisk(m_mount);
        {
            Store store;
            bool asked = false;
            const StoreError e = store.openOrRecover(path, [&asked](const StoreError &) {
                asked = true;
                return true;
            });
            QVERIFY2(e.kind != StoreError::Kind::Corrupt, qPrintable(e.message));
            QVERIFY(!asked);
        }
        QCOMPARE(damagedCopies(m_mount), 0);
        QFile::remove(filler);
        // Once there is room again, every queued action is there and new ones are kept.
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(queuedSeqs(store).size() >= 3);
        QCOMPARE(queuedSeqs(store).mid(0, 3), queued);
        QVERIFY(store.applyAction(QStringLiteral("r19"), Action::Interested, {}, kNow).ok());
    }

    void anUpgradeOnAFullDiskSaysTheDiskIsFull()
    {
        if (!mountTmpfs(QStringLiteral("3m")))
            QSKIP("Mounting a small tmpfs is not allowed here (needs root).");
        // A database of an older format, closed cleanly (no -wal or -shm beside it): opening it
        // migrates, and on a full disk SQLite cannot even make the -shm file. It reports that as
        // an I/O error, which on a disk with no room left is the full disk it is.
        const QString path = QDir(m_mount).filePath(QStringLiteral("referrals.sqlite"));
        {
            Store old;
            QVERIFY(!old.openAtVersion(path, Store::schemaVersion - 1));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        const QString filler = fillDisk(m_mount);
        Store store;
        bool asked = false;
        const StoreError e = store.openOrRecover(path, [&asked](const StoreError &) {
            asked = true;
            return true;
        });
        QVERIFY2(e.kind == StoreError::Kind::DiskFull, qPrintable(e.message));
        QVERIFY(e.message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!asked);
        QCOMPARE(damagedCopies(m_mount), 0);
        QFile::remove(filler);
        QVERIFY(!store.open(path)); // with room again it opens and migrates
    }

    void aReadOnlyMountIsNamedAndNothingIsMoved()
    {
        if (!mountTmpfs(QStringLiteral("4m")))
            QSKIP("Mounting a small tmpfs is not allowed here (needs root).");
        const QString path = QDir(m_mount).filePath(QStringLiteral("referrals.sqlite"));
        QList<qint64> queued;
        {
            Store store;
            QVERIFY(!store.open(path));
            store.upsert({ newReferral(QStringLiteral("a")), newReferral(QStringLiteral("b")) });
            QVERIFY(store.applyAction(QStringLiteral("a"), Action::Interested, {}, kNow).ok());
            QVERIFY(store.applyAction(QStringLiteral("b"), Action::NoThanks, {}, kNow).ok());
            queued = queuedSeqs(store);
        }
        QVERIFY(run({ QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro"),
            m_mount }));
        {
            Store store;
            bool asked = false;
            const StoreError e = store.openOrRecover(path, [&asked](const StoreError &) {
                asked = true;
                return true;
            });
            QCOMPARE(e.kind, StoreError::Kind::ReadOnly);
            QVERIFY2(e.message.contains(QStringLiteral("cannot write")), qPrintable(e.message));
            QVERIFY(!asked); // only damage is ever moved aside
        }
        QVERIFY(run({ QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,rw"),
            m_mount }));
        QCOMPARE(damagedCopies(m_mount), 0);
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(queuedSeqs(store), queued);
    }

    void aWriterWaitsForAnotherInsteadOfFailing()
    {
        const QString path = m_base.filePath(QStringLiteral("busy.sqlite"));
        Store store;
        QVERIFY(!store.open(path));
        store.upsert({ newReferral(QStringLiteral("a")) });
        // Another connection (as the command-line tool's or the sync thread's) writes and holds
        // the write lock for a moment.
        QSemaphore locked;
        std::thread other([&path, &locked] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                    QStringLiteral("other-writer"));
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                q.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state VALUES('other','1')"));
                locked.release();
                // Holding the lock is the point: the action must wait for it, not fail.
                QThread::msleep(500);
                q.exec(QStringLiteral("COMMIT"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
        });
        locked.acquire();
        // The action waits for the lock (up to the busy timeout) instead of failing at once.
        const Store::ActionResult result
            = store.applyAction(QStringLiteral("a"), Action::Interested, {}, kNow);
        other.join();
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(store.outbox().size(), 1);
    }
};

QTEST_MAIN(StoreFaultsTest)
#include "tst_storefaults.moc"
