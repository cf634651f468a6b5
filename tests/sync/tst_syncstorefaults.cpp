// The sync engine when the local database fails for real (issue 14, "No failure is ignored"):
// triggers installed by the test make one specific store call fail (RAISE(ABORT) inside the
// store's own statement), and a second connection holding the write lock makes every write wait
// out the busy timeout. Each run must stop with the store's own message and the state
// LocalProblem (not Offline, not "Partner Center sent an answer…"); an action is never left
// "sending", can be undone, and reaches the service exactly once when the fault is gone; a page
// that cannot be stored leaves the cursor where it was.

#include "simserver.h"
#include "store/storedb.h"
#include "support/referralbuilder.h"
#include "support/simhelpers.h"
#include "sync/referralpuller.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

// QVERIFY in a helper leaves only the helper; once a test has failed Qt Test no longer runs event
// loops, so the next sync would abort the whole binary instead of failing this one test.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

const QString kToken = QStringLiteral("store-faults-token-41c7");
// What the triggers say; the store puts SQLite's words in its message.
const QString kFault = QStringLiteral("disk full simulated");

} // namespace

class SyncStoreFaultsTest : public QObject
{
    Q_OBJECT

    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    QTemporaryDir m_dir;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    int m_run = 0;

    ApiSettings settings() const
    {
        ApiSettings s;
        s.apiBase = m_server->url();
        s.timeoutMs = 2000;
        s.maxAttempts = 2;
        s.backoffBaseMs = 5;
        s.backoffMaxMs = 20;
        return s;
    }

    SyncSummary runSync() { return syncOnce(*m_engine); }
    int patches() const { return simRequests(*m_service, QStringLiteral("patch")); }
    Store &store() { return m_engine->store(); }

    /// Runs SQL on the engine's own connection. A trigger lives in the file, so it binds every
    /// connection; the engine runs on this thread.
    void sql(const QString &statement)
    {
        QSqlQuery q(store().db().database());
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }

    /// Makes every `event` ("DELETE ON outbox", …) fail where `when` holds, inside the store's
    /// own statement, as a full disk would.
    void failOn(const QString &name, const QString &event, const QString &when = QString())
    {
        sql(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                .arg(name, event, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when,
                    kFault));
    }
    void heal(const QString &name) { sql(QStringLiteral("DROP TRIGGER %1").arg(name)); }

    /// complete() fails: storing the service's newer copy of the referral (a new eTag) is
    /// refused, while rewriting the local view on the same copy (an undo) still works.
    void failNewRemoteCopies()
    {
        failOn(QStringLiteral("fail_remote_copy"), QStringLiteral("UPDATE ON referrals"),
            QStringLiteral("NEW.etag IS NOT OLD.etag"));
    }

    /// One open referral, synced, with an "I'm interested" queued on it.
    Store::ActionResult referralWithQueuedAction(const QString &id)
    {
        m_service->putReferral(ReferralBuilder()
                                   .set("id", id)
                                   .created(m_clock.now().addSecs(-3600))
                                   .updated(m_clock.now().addSecs(-3600))
                                   .json());
        const SyncSummary first = runSync();
        if (first.error)
            qWarning() << "the first sync failed:" << first.error.describe();
        return store().applyAction(id, Action::Interested, {}, m_clock.now());
    }

    /// The run stopped because of the database: the state says LocalProblem, in the store's own
    /// words (which name the file), never Offline or "an answer Referral Desk cannot read".
    void verifyLocalProblem(const SyncSummary &s, const QSignalSpy &states, const QString &words)
    {
        QCOMPARE(s.error.kind, ApiError::Kind::Local);
        QCOMPARE(m_engine->state(), ConnectionState::LocalProblem);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(0).value<ConnectionState>(), ConnectionState::LocalProblem);
        const QString message = states.last().at(1).toString();
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(store().path())), qPrintable(message));
        ApiError unreadable;
        unreadable.kind = ApiError::Kind::BadResponse;
        QVERIFY2(!message.contains(unreadable.describe()), qPrintable(message));
    }

    OutboxEntry onlyEntry()
    {
        const QList<OutboxEntry> entries = store().outbox();
        return entries.size() == 1 ? entries.first() : OutboxEntry();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.setNow(utc(2026, 3, 2, 9, 0));
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(kToken);
        m_service->setRetryAfterSecs(0);
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn());
        m_tokens = std::make_unique<StaticTokenSource>(kToken);
        m_engine = std::make_unique<SyncEngine>(
            m_dir.filePath(QStringLiteral("faults-%1.sqlite").arg(++m_run)), settings(),
            m_tokens.get(), &m_clock);
        QVERIFY(!m_engine->open());
    }

    void cleanup()
    {
        m_engine.reset();
        m_server.reset();
        m_service.reset();
    }

    void aSentActionThatCannotBeRecordedIsQueuedAgainAndAppliedOnce_data()
    {
        QTest::addColumn<bool>("requestIdIgnored");
        QTest::newRow("request id deduplicated") << false;
        QTest::newRow("request id ignored (live)") << true;
    }

    void aSentActionThatCannotBeRecordedIsQueuedAgainAndAppliedOnce()
    {
        QFETCH(bool, requestIdIgnored);
        Quirks quirks;
        quirks.ignoreRequestId = requestIdIgnored;
        m_service->setQuirks(quirks);
        const Store::ActionResult action = referralWithQueuedAction(QStringLiteral("a"));
        QVERIFY(action.ok());
        const QString requestId = action.entry->requestId.toString(QUuid::WithoutBraces);

        // Partner Center applies it; recording that here (complete()) fails.
        failNewRemoteCopies();
        const int before = patches();
        // Every write the service applies changes the referral there (the simulator counts
        // writes per request id only when it honours the id).
        QSignalSpy applied(m_service.get(), &Service::referralChanged);
        QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
        const SyncSummary failed = runSync();
        CHECK(verifyLocalProblem(failed, states, kFault));
        QCOMPARE(patches(), before + 1);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(failed.pushed, 0);
        // Back in the queue, not "sending", with the request id it was sent with.
        const OutboxEntry entry = onlyEntry();
        QCOMPARE(entry.seq, action.entry->seq);
        QCOMPARE(entry.state, OutboxEntry::State::Queued);
        QCOMPARE(entry.requestId, action.entry->requestId);
        QVERIFY2(entry.lastError.contains(kFault), qPrintable(entry.lastError));
        QCOMPARE(store().sendable(m_clock.now()).size(), 1);

        heal(QStringLiteral("fail_remote_copy"));
        const SyncSummary healed = runSync();
        QVERIFY2(!healed.error, qPrintable(healed.error.describe()));
        QCOMPARE(m_engine->state(), ConnectionState::Online);
        QCOMPARE(healed.pushed, 1);
        QCOMPARE(patches(), before + 2); // sent once more, and once only
        QCOMPARE(applied.count(), 1); // applied once in all
        if (!requestIdIgnored)
            QCOMPARE(m_service->writesApplied(requestId), 1);
        QVERIFY(store().outbox().isEmpty());
        QCOMPARE(
            store().referral(QStringLiteral("a"))->raw, *m_service->referral(QStringLiteral("a")));
    }

    void anActionQueuedAgainCanBeUndoneWhileTheDatabaseStillFails()
    {
        const Store::ActionResult action = referralWithQueuedAction(QStringLiteral("u"));
        QVERIFY(action.ok());
        failNewRemoteCopies(); // and it stays so while the person undoes the action
        QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
        CHECK(verifyLocalProblem(runSync(), states, kFault));
        QCOMPARE(onlyEntry().state, OutboxEntry::State::Queued);

        QVERIFY(store().discard(action.entry->seq));
        QVERIFY(store().outbox().isEmpty());
        const QList<HistoryEntry> history = store().history(QStringLiteral("u"));
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.last().result, QStringLiteral("undone"));

        // Nothing is sent again; the next pull shows what Partner Center has.
        heal(QStringLiteral("fail_remote_copy"));
        const int before = patches();
        const SyncSummary healed = runSync();
        QVERIFY2(!healed.error, qPrintable(healed.error.describe()));
        QCOMPARE(patches(), before);
        QCOMPARE(
            store().referral(QStringLiteral("u"))->raw, *m_service->referral(QStringLiteral("u")));
    }

    void anEntryThatCannotEvenBeQueuedAgainIsReportedAndRecovered()
    {
        const Store::ActionResult action = referralWithQueuedAction(QStringLiteral("s"));
        QVERIFY(action.ok());
        failNewRemoteCopies();
        failOn(QStringLiteral("fail_requeue"), QStringLiteral("UPDATE OF state ON outbox"),
            QStringLiteral("NEW.state = 'queued'"));
        QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
        const int before = patches();
        CHECK(verifyLocalProblem(runSync(), states, kFault));
        // The engine says the action is stuck, and it is: it cannot be undone yet.
        const QString message = states.last().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("could not be put back in the queue")),
            qPrintable(message));
        QCOMPARE(onlyEntry().state, OutboxEntry::State::Sending);
        QVERIFY(!store().discard(action.entry->seq));

        // The next run queues it again first, then sends it, once.
        heal(QStringLiteral("fail_requeue"));
        heal(QStringLiteral("fail_remote_copy"));
        const SyncSummary healed = runSync();
        QVERIFY2(!healed.error, qPrintable(healed.error.describe()));
        QCOMPARE(healed.pushed, 1);
        QCOMPARE(patches(), before + 2);
        QCOMPARE(
            m_service->writesApplied(action.entry->requestId.toString(QUuid::WithoutBraces)), 1);
        QVERIFY(store().outbox().isEmpty());
    }

    void aPageThatCannotBeStoredStopsThePullWithTheCursorUnmoved()
    {
        m_service->addReferrals(40, 21);
        QVERIFY(!runSync().error);
        const QDateTime cursor = store().syncState().cursor;
        QVERIFY(cursor.isValid());

        m_clock.advanceSecs(3600);
        const QString id = m_service->ids().first();
        QJsonObject doc = *m_service->referral(id);
        doc.insert(QStringLiteral("name"), QStringLiteral("Changed in Partner Center"));
        doc.insert(QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(m_clock.now()));
        m_service->putReferral(doc);
        const QString storedName = store().referral(id)->name;
        const QDateTime lastSuccess = store().syncState().lastSuccess;

        failOn(QStringLiteral("fail_insert"), QStringLiteral("INSERT ON referrals"));
        failOn(QStringLiteral("fail_update"), QStringLiteral("UPDATE ON referrals"));
        QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
        const SyncSummary failed = runSync();
        CHECK(verifyLocalProblem(failed, states, kFault));
        QCOMPARE(store().syncState().cursor, cursor);
        QCOMPARE(store().referral(id)->name, storedName);
        QCOMPARE(store().syncState().lastSuccess, lastSuccess);

        heal(QStringLiteral("fail_insert"));
        heal(QStringLiteral("fail_update"));
        const SyncSummary healed = runSync();
        QVERIFY2(!healed.error, qPrintable(healed.error.describe()));
        QCOMPARE(store().referral(id)->name, QStringLiteral("Changed in Partner Center"));
        QVERIFY(store().syncState().cursor > cursor);
    }

    void aPageAskedForAheadIsDroppedWhenTheOneBeforeCannotBeStored()
    {
        // Eleven pages: the next ones are asked for while the ones before are prepared and
        // stored, at most ReferralPuller::pagesAhead waiting. The first cannot be stored: the
        // run ends there, asking for nothing beyond the pages already on their way, and nothing
        // of those pages is stored after the run ended.
        m_service->addReferrals(1050, 22);
        failOn(QStringLiteral("fail_insert"), QStringLiteral("INSERT ON referrals"));
        QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        const SyncSummary failed = runSync();
        CHECK(verifyLocalProblem(failed, states, kFault));

        // The next run walks the list as a first sync into a new file does, and the failed run
        // never went on by itself: both runs together asked for at most the failed run's first
        // page and the pages it had asked for ahead more (the last on its way may reach this
        // in-process service only later).
        heal(QStringLiteral("fail_insert"));
        const SyncSummary healed = runSync();
        QVERIFY2(!healed.error, qPrintable(healed.error.describe()));
        QCOMPARE(healed.fetched, 1050);
        QCOMPARE(finished.size(), 2);
        const int bothRuns = simRequests(*m_service, QStringLiteral("list"));
        QSqlQuery q(store().db().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM referrals")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1050);

        SyncEngine clean(m_dir.filePath(QStringLiteral("clean-%1.sqlite").arg(++m_run)), settings(),
            m_tokens.get(), &m_clock);
        QVERIFY(!clean.open());
        QVERIFY(!syncOnce(clean).error);
        const int cleanRun = simRequests(*m_service, QStringLiteral("list")) - bothRuns;
        QVERIFY2(bothRuns <= cleanRun + 1 + ReferralPuller::pagesAhead,
            qPrintable(
                QStringLiteral("%1 lists, a clean first sync %2").arg(bothRuns).arg(cleanRun)));
    }

    void aRunWhoseSuccessCannotBeRecordedDoesNotEndOnline()
    {
        m_service->addReferrals(5, 22);
        QVERIFY(!runSync().error);
        const QDateTime lastSuccess = store().syncState().lastSuccess;
        m_clock.advanceSecs(600);
        failOn(QStringLiteral("fail_success_insert"), QStringLiteral("INSERT ON sync_state"),
            QStringLiteral("NEW.key = 'last_success'"));
        failOn(QStringLiteral("fail_success_update"), QStringLiteral("UPDATE ON sync_state"),
            QStringLiteral("NEW.key = 'last_success'"));
        QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
        // Store::setSyncSuccess records no lastError() for a failed statement yet: the engine's
        // own message then names the file.
        CHECK(verifyLocalProblem(runSync(), states, QString()));
        QCOMPARE(store().syncState().lastSuccess, lastSuccess);
    }

    void aDatabaseLockedByAnotherProgramIsALocalProblem()
    {
        const Store::ActionResult action = referralWithQueuedAction(QStringLiteral("l"));
        QVERIFY(action.ok());
        const QString path = store().path();
        int sentWhileLocked = -1;
        OutboxEntry::State stateWhileLocked = OutboxEntry::State::Failed;
        {
            // Another program holds the write lock past the store's 5 s busy timeout (Store has
            // no hook to shorten it): marking the entry "sending" fails, so nothing goes out.
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY2(
                lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
            const int before = patches();
            QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
            verifyLocalProblem(runSync(), states, QString()); // checked once the lock is gone
            sentWhileLocked = patches() - before;
            stateWhileLocked = onlyEntry().state;
            lock.exec(QStringLiteral("ROLLBACK"));
            lock.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(sentWhileLocked, 0);
        QCOMPARE(stateWhileLocked, OutboxEntry::State::Queued);

        const SyncSummary healed = runSync();
        QVERIFY2(!healed.error, qPrintable(healed.error.describe()));
        QCOMPARE(healed.pushed, 1);
        QCOMPARE(
            m_service->writesApplied(action.entry->requestId.toString(QUuid::WithoutBraces)), 1);
    }
};

QTEST_GUILESS_MAIN(SyncStoreFaultsTest)
#include "tst_syncstorefaults.moc"
