// Outbox and ActionHistory against a real database (issue 14): the queue's order per referral,
// the undo window, exactly one of "undo" and "send" winning, interrupted sends, and prepared
// statements that are reused without holding the database open for other connections.

#include "store/outbox.h"
#include "store/schema.h"
#include "store/storedb.h"
#include "support/rawdb.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

OutboxEntry entry(const QString &referralId, Action action, const QDateTime &holdUntil = {})
{
    OutboxEntry e;
    e.referralId = referralId;
    e.action = action;
    e.requestId = QUuid::createUuid();
    e.createdAt = kNow;
    e.holdUntil = holdUntil;
    return e;
}

} // namespace

class OutboxTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreDb> m_db;
    int m_run = 0;
    QString m_path;

    qint64 add(Outbox &outbox, const OutboxEntry &e)
    {
        const std::optional<qint64> seq = outbox.insert(e);
        if (!seq)
            qWarning() << m_db->lastError().message;
        return seq.value_or(-1);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_run));
        m_db = std::make_unique<StoreDb>();
        QVERIFY(!m_db->open(m_path));
        QVERIFY(!Schema::prepare(*m_db, Schema::version));
        // Entries belong to referrals (a foreign key): two bare rows are enough here.
        RawDb raw(m_path);
        for (const char *id : { "a", "b" })
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO referrals (id, stage, outcome, raw) "
                                            "VALUES ('%1', 0, 0, '{}')")
                                 .arg(QLatin1String(id))));
    }

    void cleanup() { m_db.reset(); }

    void eachReferralSendsItsOldestEntryFirstAndNothingOvertakesAHeldOne()
    {
        Outbox outbox(*m_db);
        const qint64 a1 = add(outbox, entry(QStringLiteral("a"), Action::Interested));
        const qint64 a2 = add(outbox, entry(QStringLiteral("a"), Action::Accept));
        const qint64 b1
            = add(outbox, entry(QStringLiteral("b"), Action::NoThanks, kNow.addSecs(10)));
        QVERIFY(a1 > 0 && a2 > a1 && b1 > a2);

        QList<OutboxEntry> now = outbox.sendable(kNow);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().seq, a1); // a2 waits for a1; b1 is in its undo window
        QCOMPARE(outbox.sendable(kNow.addSecs(10)).size(), 2); // the window has ended
        // A window far beyond any undo window means the clock went back: it is over.
        QVERIFY(outbox.setState(b1, OutboxEntry::State::Queued, QString()));
        QCOMPARE(outbox.sendable(kNow.addSecs(-7200)).size(), 2);

        QVERIFY(outbox.release(b1));
        QVERIFY(!outbox.release(b1)); // no longer held
        QCOMPARE(outbox.sendable(kNow).size(), 2);
        QCOMPARE(outbox.forReferral(QStringLiteral("a")).size(), 2);
        QCOMPARE(outbox.all().size(), 3);
    }

    void exactlyOneOfUndoAndSendWins()
    {
        Outbox outbox(*m_db);
        const qint64 sent = add(outbox, entry(QStringLiteral("a"), Action::Interested));
        QVERIFY(outbox.markSending(sent));
        QVERIFY(!outbox.markSending(sent)); // already on its way
        QVERIFY(!outbox.remove(sent, /*unlessSending=*/true)); // too late to undo
        QVERIFY(!m_db->lastError()); // refused, not failed
        QCOMPARE(outbox.entry(sent)->state, OutboxEntry::State::Sending);
        QCOMPARE(outbox.entry(sent)->attempts, 1);

        const qint64 undone = add(outbox, entry(QStringLiteral("b"), Action::Interested));
        QVERIFY(outbox.remove(undone, /*unlessSending=*/true));
        QVERIFY(!outbox.markSending(undone)); // gone: never sent
        QVERIFY(!outbox.entry(undone));
    }

    void onlySendsCutOffLongAgoAreQueuedAgain()
    {
        Outbox outbox(*m_db);
        const qint64 recent = add(outbox, entry(QStringLiteral("a"), Action::Interested));
        const qint64 old = add(outbox, entry(QStringLiteral("b"), Action::Interested));
        QVERIFY(outbox.markSending(recent));
        QVERIFY(outbox.markSending(old));
        RawDb(m_path).exec(
            QStringLiteral("UPDATE outbox SET sending_since = 0 WHERE seq = %1").arg(old));
        // Another process may be sending the recent one right now.
        QCOMPARE(outbox.requeueInterrupted(), 1);
        QCOMPARE(outbox.entry(old)->state, OutboxEntry::State::Queued);
        QCOMPARE(outbox.entry(recent)->state, OutboxEntry::State::Sending);
    }

    void theHistoryKeepsWhatBecameOfEachAction()
    {
        Outbox outbox(*m_db);
        ActionHistory history(*m_db);
        OutboxEntry e = entry(QStringLiteral("a"), Action::Decline);
        e.lastError = QStringLiteral("refused by Partner Center");
        QVERIFY(history.record(e, QStringLiteral("dropped")));
        QVERIFY(history.record(entry(QStringLiteral("a"), Action::Interested),
            QStringLiteral("sent")));
        const QList<HistoryEntry> h = history.of(QStringLiteral("a"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).action, Action::Decline);
        QCOMPARE(h.at(0).result, QStringLiteral("dropped"));
        QCOMPARE(h.at(0).detail, QStringLiteral("refused by Partner Center"));
        QCOMPARE(h.at(1).result, QStringLiteral("sent"));
        QCOMPARE(h.at(1).takenAt, kNow);
        QVERIFY(history.of(QStringLiteral("b")).isEmpty());
    }

    void aReusedStatementHoldsNoReadTransactionOpen()
    {
        Outbox outbox(*m_db);
        for (int i = 0; i < 3; ++i)
            add(outbox, entry(QStringLiteral("a"), Action::Interested));
        // entry() reads one row of a cached SELECT; if the statement stayed open, its read
        // transaction would keep a checkpoint from resetting the WAL.
        QVERIFY(outbox.entry(1));
        RawDb other(m_path);
        QVERIFY(other.exec(QStringLiteral("INSERT INTO referrals (id, stage, outcome, raw) "
                                          "VALUES ('c', 0, 0, '{}')")));
        QCOMPARE(other.value(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(), 0);
        QCOMPARE(outbox.all().size(), 3);
    }

    void aFailureIsRecordedWithItsCause()
    {
        Outbox outbox(*m_db);
        // A referral that does not exist: the foreign key refuses the entry.
        QVERIFY(!outbox.insert(entry(QStringLiteral("nobody"), Action::Interested)));
        QCOMPARE(m_db->lastError().kind, StoreError::Kind::Failed);
        QVERIFY2(m_db->lastError().message.contains(QDir::toNativeSeparators(m_path)),
            qPrintable(m_db->lastError().message));
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "tst_outbox.moc"
