// The repair of a damaged database (issue 14) against real SQLite files: a page of an index is
// overwritten so that the integrity check fails while the person's own rows stay readable; the
// repair must keep the damaged file, start a new one and carry those rows over.

#include "store/store.h"
#include "store/storerepair.h"
#include "support/rawdb.h"
#include "support/referralbuilder.h"
#include "support/referralfactory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kNow = utc(2026, 1, 5, 12, 0);

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Fixture
{
    QStringList ids; ///< the referrals with a queued action, oldest action first
    QList<QUuid> requestIds;
};

/// 40 referrals; three with a queued action (one of them caught while being sent), a fourth
/// whose action was undone (its history), two notifications given, and a sync state.
Fixture buildStore(const QString &file)
{
    Fixture f;
    Store s;
    if (s.open(file))
        return f;
    s.upsert(makeReferrals(0, 40, QStringLiteral("New"), QStringLiteral("Pending")));
    for (int i = 0; i < 4; ++i) {
        const QString id = makeReferral(i).id;
        const Store::ActionResult r
            = s.applyAction(id, Action::Interested, {}, kNow.addSecs(i), kNow.addSecs(10));
        if (!r.ok())
            return {};
        if (i < 3) {
            f.ids.append(id);
            f.requestIds.append(r.entry->requestId);
        } else if (!s.discard(r.entry->seq)) {
            return {};
        }
    }
    if (!s.markSending(s.outbox().at(1).seq) || !s.markNotified(QStringLiteral("new:a"), kNow)
        || !s.markNotified(QStringLiteral("new:b"), kNow) || !s.setSyncSuccess(kNow, true))
        return {};
    return f;
}


} // namespace

class StoreRepairTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void givenADamagedIndex_whenRepaired_thenQueuedActionsHistoryAndNotificationsAreSaved_data()
    {
        QTest::addColumn<QString>("index");
        QTest::newRow("by stage") << QStringLiteral("referrals_by_stage");
        // The id index the repair looks referrals up with: it must find them by a table walk.
        QTest::newRow("by id") << QStringLiteral("sqlite_autoindex_referrals_1");
        QTest::newRow("outbox") << QStringLiteral("outbox_by_referral");
    }

    void givenADamagedIndex_whenRepaired_thenQueuedActionsHistoryAndNotificationsAreSaved()
    {
        QFETCH(QString, index);
        const QString file = m_dir.filePath(index + QStringLiteral(".sqlite"));
        const Fixture built = buildStore(file);
        QCOMPARE(built.ids.size(), 3);
        QVERIFY(damageIndexPage(file, index));
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::Corrupt);
        const QByteArray damagedBytes = fileHash(file);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved the damaged")));
        const SalvageReport report = StoreRepair::repair(file);
        QVERIFY2(!report.error, qPrintable(report.error.message));
        QVERIFY(report.readable);
        QCOMPARE(report.actionsSaved, 3);
        QCOMPARE(report.actionsLost, 0);
        QCOMPARE(report.historySaved, 1);
        QCOMPARE(report.historyLost, 0);
        QCOMPARE(report.notifiedSaved, 2);
        QCOMPARE(report.notifiedLost, 0);
        QCOMPARE(report.referralsSaved, 3);
        QVERIFY(!report.incomplete);

        // The damaged file is kept as it was, beside the new one.
        QVERIFY(report.movedTo.startsWith(file + QStringLiteral(".damaged-")));
        QCOMPARE(fileHash(report.movedTo), damagedBytes);
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::None);

        Store store;
        QVERIFY(!store.open(file));
        const QList<OutboxEntry> outbox = store.outbox();
        QCOMPARE(outbox.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(outbox.at(i).referralId, built.ids.at(i));
            QCOMPARE(outbox.at(i).requestId, built.requestIds.at(i)); // a resend stays idempotent
            QCOMPARE(outbox.at(i).state, OutboxEntry::State::Queued); // "sending" too
            QCOMPARE(outbox.at(i).action, Action::Interested);
            QCOMPARE(outbox.at(i).holdUntil, kNow.addSecs(10));
        }
        QCOMPARE(store.history(makeReferral(3).id).size(), 1);
        QCOMPARE(store.history(makeReferral(3).id).first().result, QStringLiteral("undone"));
        QVERIFY(store.wasNotified(QStringLiteral("new:a")));
        QVERIFY(store.wasNotified(QStringLiteral("new:b")));
        // Only the referrals the actions need; the rest, and the cursor, come with the next sync.
        QCOMPARE(store.allIds().size(), 3);
        QCOMPARE(store.referral(built.ids.first())->stage(), Stage::Evaluating);
        QVERIFY(!store.syncState().cursor.isValid());
        QVERIFY(!store.syncState().lastSuccess.isValid());

        // That sync stores each remote copy again and replays the saved action on top of it.
        const Referral remote = makeReferral(0, QStringLiteral("New"), QStringLiteral("Pending"));
        QCOMPARE(store.upsert({ remote }), QStringList { remote.id });
        QCOMPARE(store.referral(remote.id)->stage(), Stage::Evaluating);
        QCOMPARE(store.outbox().first().state, OutboxEntry::State::Queued);

        const QString summary = StoreRepair::summary(report);
        QVERIFY2(summary.contains(report.movedTo), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("3 queued actions, 1 history entries; 0 could "
                                                 "not be read")),
            qPrintable(summary));
    }

    void givenAnOlderFileAndAnActionWithoutItsReferral_whenRepaired_thenThatActionIsLost()
    {
        const QString file = path("older.sqlite");
        const Fixture built = buildStore(file);
        QCOMPARE(built.ids.size(), 3);
        {
            // Format 6 had no undo window; and the third action's referral is gone, as if its
            // row could not be read.
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE outbox DROP COLUMN hold_until")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 6")));
            QVERIFY(raw.exec(
                QStringLiteral("DELETE FROM referrals WHERE id = '%1'").arg(built.ids.at(2))));
        }
        QVERIFY(damageIndexPage(file, QStringLiteral("referrals_by_stage")));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved the damaged")));
        const SalvageReport report = StoreRepair::repair(file);
        QVERIFY2(!report.error, qPrintable(report.error.message));
        QCOMPARE(report.actionsSaved, 2);
        QCOMPARE(report.actionsLost, 1);
        QCOMPARE(report.referralsSaved, 2);
        QCOMPARE(report.historySaved, 1);
        QCOMPARE(report.notifiedSaved, 2);
        QCOMPARE(report.lost(), 1);

        Store store;
        QVERIFY(!store.open(file));
        const QList<OutboxEntry> outbox = store.outbox();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.at(0).requestId, built.requestIds.at(0));
        QCOMPARE(outbox.at(1).requestId, built.requestIds.at(1));
        QVERIFY(!outbox.at(0).holdUntil.isValid()); // the missing column reads as NULL
        QVERIFY(StoreRepair::summary(report).contains(QStringLiteral("1 could not be read")));
    }

    void givenAFileThatIsNotADatabase_whenRepaired_thenNothingIsSavedAndTheFileIsKept()
    {
        const QString file = path("garbage.sqlite");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::Corrupt);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved the damaged")));
        const SalvageReport report = StoreRepair::repair(file);
        QVERIFY2(!report.error, qPrintable(report.error.message));
        QVERIFY(!report.readable);
        QCOMPARE(report.actionsSaved + report.historySaved + report.notifiedSaved, 0);
        QCOMPARE(report.lost(), 0);
        QFile kept(report.movedTo);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x'));

        Store store;
        QVERIFY(!store.open(file));
        QVERIFY(store.allIds().isEmpty());
        QVERIFY(store.outbox().isEmpty());
        const QString summary = StoreRepair::summary(report);
        QVERIFY2(summary.contains(report.movedTo) && summary.contains(QStringLiteral("Nothing")),
            qPrintable(summary));
    }

    void checkChangesNothing()
    {
        QCOMPARE(StoreRepair::check(path("absent.sqlite")).kind, StoreError::Kind::None);
        QVERIFY(!QFile::exists(path("absent.sqlite")));

        // An older healthy file is reported fine and not migrated (Store::open would).
        const QString file = path("old.sqlite");
        {
            Store s;
            QVERIFY(!s.openAtVersion(file, 5));
        }
        const QByteArray before = fileHash(file);
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::None);
        QCOMPARE(fileHash(file), before);
        QCOMPARE(RawDb(file).value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(StoreRepairTest)
#include "tst_storerepair.moc"
