// The sync engine against the in-process simulator: first and incremental sync, pushing actions
// (412 re-based, real conflicts, deadlines, offline), full resync, convergence under faults with
// no action lost or applied twice, and no token written anywhere.

#include "simserver.h"
#include "support/rawdb.h"
#include "support/referralbuilder.h"
#include "support/simhelpers.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {

const QString kToken = QStringLiteral("sync-test-token-8f2e61");

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class SyncEngineTest : public QObject
{
    Q_OBJECT

    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    QTemporaryDir m_dir;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    quint16 m_port = 0;
    int m_run = 0;

    ApiSettings settings() const
    {
        ApiSettings s;
        s.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        // Short, so the stall faults end quickly; longer where everything runs slower.
        s.timeoutMs = 400 * test::timeScale();
        s.maxAttempts = 3;
        s.backoffBaseMs = 5;
        s.backoffMaxMs = 40;
        return s;
    }

    void startServer(quint16 port = 0)
    {
        m_server = std::make_unique<Server>(m_service.get());
        m_port = m_server->listenOn(QHostAddress::LocalHost, port);
        QVERIFY(m_port);
    }

    SyncSummary runSync(bool full = false) { return syncOnce(*m_engine, full); }

    /// A New referral the service received an hour ago, stored here by a sync.
    void receiveNew(const QString &id)
    {
        m_service->putReferral(ReferralBuilder()
                                   .set("id", id)
                                   .created(m_clock.now().addSecs(-3600))
                                   .updated(m_clock.now().addSecs(-3600))
                                   .json());
        runSync();
    }
    int requests(const QString &kind) { return simRequests(*m_service, kind); }

    /// The local copy equals the remote, field by field, for every referral.
    void verifyConverged()
    {
        const QStringList remoteIds = m_service->ids();
        // Referrals the remote no longer lists are kept, marked: only the listed ones must match.
        QCOMPARE(m_engine->store().listedIds(), remoteIds);
        for (const QString &id : remoteIds) {
            const std::optional<Referral> local = m_engine->store().referral(id);
            QVERIFY(local);
            QCOMPARE(local->raw, *m_service->referral(id));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void init()
    {
        m_clock.setNow(utc(2026, 3, 2, 9, 0));
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(kToken);
        m_service->setRetryAfterSecs(0);
        startServer();
        m_tokens = std::make_unique<StaticTokenSource>(kToken);
        m_engine = std::make_unique<SyncEngine>(
            m_dir.filePath(QStringLiteral("sync-%1.sqlite").arg(++m_run)), settings(),
            m_tokens.get(), &m_clock);
        QVERIFY(!m_engine->open());
    }

    void cleanup()
    {
        m_engine.reset();
        m_server.reset();
        m_service.reset();
    }

    void firstSyncOfTwentyThousandReferrals()
    {
        m_service->addReferrals(20000, 11);
        QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
        QSignalSpy changed(m_engine.get(), &SyncEngine::referralsChanged);
        const SyncSummary s = runSync();
        QVERIFY2(!s.error, qPrintable(s.error.describe()));
        QVERIFY(s.full);
        QCOMPARE(s.fetched, 20000);
        QCOMPARE(s.changed, 20000);
        QCOMPARE(m_engine->state(), ConnectionState::Online);
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Syncing);
        QCOMPARE(states.last().first().value<ConnectionState>(), ConnectionState::Online);
        int announced = 0;
        for (const QList<QVariant> &signal : changed)
            announced += int(signal.first().toStringList().size());
        QCOMPARE(announced, 20000);
        verifyConverged();
        QVERIFY(m_engine->store().syncState().cursor.isValid());
        QCOMPARE(m_engine->store().syncState().lastFullResync, m_clock.now());
    }

    void incrementalSyncTransfersOnlyWhatChanged()
    {
        m_service->addReferrals(500, 12);
        runSync();
        m_clock.advanceSecs(3600);
        // Three referrals change in Partner Center.
        QStringList touched;
        for (const QString &id : m_service->ids()) {
            const QJsonObject doc = *m_service->referral(id);
            if (doc.value(QStringLiteral("status")).toString() == QLatin1String("Active")
                && touched.size() < 3) {
                QJsonObject changedDoc = doc;
                changedDoc.insert(
                    QStringLiteral("name"), QStringLiteral("Changed %1").arg(touched.size()));
                changedDoc.insert(
                    QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(m_clock.now()));
                m_service->putReferral(changedDoc);
                touched.append(id);
            }
        }
        QSignalSpy changed(m_engine.get(), &SyncEngine::referralsChanged);
        const SyncSummary s = runSync();
        QVERIFY(!s.full);
        QCOMPARE(s.changed, 3);
        QVERIFY2(
            s.fetched < 20, qPrintable(QString::number(s.fetched))); // the three and the overlap
        QStringList announced;
        for (const QList<QVariant> &signal : changed)
            announced += signal.first().toStringList();
        announced.sort();
        touched.sort();
        QCOMPARE(announced, touched);
        verifyConverged();
    }

    void anotherServiceIsSyncedFromScratch()
    {
        m_service->addReferrals(50, 3);
        runSync();
        QVERIFY(!runSync().full);
        // The settings name another address (here a second server on the same simulator): its
        // cursor means nothing there, so the next run is a full one, and the one after is not.
        Server second(m_service.get());
        QVERIFY(second.listenOn());
        const QUrl other = second.url();
        QVERIFY(other != m_engine->api().settings().apiBase);
        m_engine->setApiBase(other);
        QCOMPARE(m_engine->api().settings().apiBase, other);
        QCOMPARE(m_engine->api().referralsUrl().port(), other.port());
        const SyncSummary s = runSync();
        QVERIFY(s.full);
        QCOMPARE(s.fetched, 50);
        QVERIFY(!runSync().full);
        m_engine->setApiBase(other); // the same address again: nothing to redo
        QVERIFY(!runSync().full);
    }

    void anActionIsSentOnceWithItsRequestId()
    {
        receiveNew(QStringLiteral("a"));
        const Store::ActionResult action = m_engine->store().applyAction(
            QStringLiteral("a"), Action::Interested, {}, m_clock.now());
        QVERIFY(action.ok());
        const SyncSummary s = runSync();
        QCOMPARE(s.pushed, 1);
        QVERIFY(m_engine->store().outbox().isEmpty());
        QCOMPARE(
            m_service->referral(QStringLiteral("a"))->value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Received"));
        QCOMPARE(
            m_service->writesApplied(action.entry->requestId.toString(QUuid::WithoutBraces)), 1);
        verifyConverged();
    }

    void anActionAnotherProcessCompletedMeanwhileStopsNothing()
    {
        // Another Referral Desk (the CLI, or the app after taking over an action that looked
        // interrupted) sent the same action and recorded it while this one's request was on its
        // way: this one then finds no entry to record. Nothing failed, so nothing is reported.
        receiveNew(QStringLiteral("a"));
        const Store::ActionResult action = m_engine->store().applyAction(
            QStringLiteral("a"), Action::Interested, {}, m_clock.now());
        QVERIFY(action.ok());
        const QString path = m_engine->store().path();
        bool removed = false;
        const QMetaObject::Connection other
            = connect(m_service.get(), &Service::referralChanged, this, [&](const QString &id) {
                  if (id != QLatin1String("a") || removed)
                      return;
                  RawDb raw(path);
                  removed = raw.exec(
                      QStringLiteral("DELETE FROM outbox WHERE seq = %1").arg(action.entry->seq));
              });
        const SyncSummary s = runSync();
        disconnect(other);
        QVERIFY(removed);
        QVERIFY2(!s.error, qPrintable(s.error.message));
        QVERIFY(m_engine->store().outbox().isEmpty());
        QCOMPARE(
            m_service->referral(QStringLiteral("a"))->value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Received"));
    }

    void anActionTakenOfflineIsSentWhenTheServiceComesBack()
    {
        receiveNew(QStringLiteral("o"));
        const quint16 port = m_port;
        m_server.reset(); // the network goes away
        const Store::ActionResult action = m_engine->store().applyAction(
            QStringLiteral("o"), Action::NoThanks, {}, m_clock.now());
        QVERIFY(action.ok());
        const SyncSummary offline = runSync();
        QCOMPARE(offline.error.kind, ApiError::Kind::Offline);
        QCOMPARE(m_engine->state(), ConnectionState::Offline);
        QCOMPARE(m_engine->store().outbox().size(), 1);
        QCOMPARE(m_engine->store().outbox().first().state, OutboxEntry::State::Queued);
        QVERIFY(!m_engine->store().outbox().first().lastError.isEmpty());
        QCOMPARE(m_engine->store().referral(QStringLiteral("o"))->outcome(),
            Outcome::Skipped); // still the person's view

        startServer(port);
        const SyncSummary back = runSync();
        QVERIFY2(!back.error, qPrintable(back.error.describe()));
        QCOMPARE(back.pushed, 1);
        QCOMPARE(m_service->referral(QStringLiteral("o"))
                     ->value(QStringLiteral("statusReason"))
                     .toString(),
            QStringLiteral("Skipped"));
        QCOMPARE(
            m_service->writesApplied(action.entry->requestId.toString(QUuid::WithoutBraces)), 1);
        verifyConverged();
    }

    void aStaleETagIsReBasedWhenTheActionStillApplies()
    {
        receiveNew(QStringLiteral("r"));
        // A colleague edits the notes; our copy's eTag is now stale.
        QJsonObject doc = *m_service->referral(QStringLiteral("r"));
        doc.insert(QStringLiteral("name"), QStringLiteral("Edited by a colleague"));
        m_service->putReferral(doc);
        m_engine->store().applyAction(QStringLiteral("r"), Action::Interested, {}, m_clock.now());
        const SyncSummary s = runSync();
        QCOMPARE(s.pushed, 1);
        QCOMPARE(s.conflicts, 0);
        const QJsonObject remote = *m_service->referral(QStringLiteral("r"));
        QCOMPARE(remote.value(QStringLiteral("substatus")).toString(), QStringLiteral("Received"));
        QCOMPARE(remote.value(QStringLiteral("name")).toString(),
            QStringLiteral("Edited by a colleague"));
        verifyConverged();
    }

    void aRealConflictIsSurfacedNotSent()
    {
        receiveNew(QStringLiteral("c"));
        // A colleague says "No thanks" in Partner Center while we say "I'm interested" offline.
        QJsonObject doc = *m_service->referral(QStringLiteral("c"));
        doc.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        doc.insert(QStringLiteral("substatus"), QStringLiteral("Declined"));
        doc.insert(QStringLiteral("statusReason"), QStringLiteral("Skipped"));
        m_service->putReferral(doc);
        const Store::ActionResult action = m_engine->store().applyAction(
            QStringLiteral("c"), Action::Interested, {}, m_clock.now());
        const SyncSummary s = runSync();
        QCOMPARE(s.pushed, 0);
        QCOMPARE(s.conflicts, 1);
        const OutboxEntry entry = m_engine->store().outbox().first();
        QCOMPARE(entry.state, OutboxEntry::State::Conflict);
        QVERIFY2(entry.lastError.contains(QStringLiteral("Skipped")),
            qPrintable(entry.lastError)); // the remote side, named
        QCOMPARE(entry.action, Action::Interested); // and the person's side
        QCOMPARE(
            m_service->writesApplied(action.entry->requestId.toString(QUuid::WithoutBraces)), 0);
        QCOMPARE(m_engine->store().referral(QStringLiteral("c"))->outcome(), Outcome::Skipped);
    }

    void anActionAfterTheLocalDeadlineIsSentAndTheServiceDecides()
    {
        receiveNew(QStringLiteral("d"));
        m_clock.advanceSecs(72 * 3600); // past the 72 h limit; the remote has not been asked since
        const Store::ActionResult action = m_engine->store().applyAction(
            QStringLiteral("d"), Action::Interested, {}, m_clock.now());
        QVERIFY(action.ok()); // never refused on a local estimate
        const int patchesBefore = requests(QStringLiteral("patch"));
        const SyncSummary s = runSync();
        // It went out; the service had archived the referral meanwhile, and says so.
        QCOMPARE(requests(QStringLiteral("patch")), patchesBefore + 1);
        QCOMPARE(s.pushed, 0);
        QCOMPARE(s.conflicts, 1);
        const OutboxEntry entry = m_engine->store().outbox().first();
        QCOMPARE(entry.state, OutboxEntry::State::Conflict);
        QVERIFY2(entry.lastError.contains(QStringLiteral("Missed")), qPrintable(entry.lastError));
        QCOMPARE(
            m_service->writesApplied(action.entry->requestId.toString(QUuid::WithoutBraces)), 0);
        QCOMPARE(m_engine->store().referral(QStringLiteral("d"))->outcome(), Outcome::Missed);
    }

    void aRefusedActionBecomesAConflictWithTheServicesWords()
    {
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("f"))
                                   .inEvaluating()
                                   .created(m_clock.now().addSecs(-7200))
                                   .updated(m_clock.now().addSecs(-3600))
                                   .json());
        runSync();
        ActionInput in;
        in.dealValue = 500000;
        in.currency = QStringLiteral("EUR");
        in.closingDate = m_clock.now().date().addDays(1);
        QVERIFY(m_engine->store()
                    .applyAction(QStringLiteral("f"), Action::Accept, in, m_clock.now())
                    .ok());
        // Sent four days later, the closing date is in the past for the remote, which refuses it.
        m_clock.advanceSecs(4 * 24 * 3600);
        const SyncSummary s = runSync();
        QCOMPARE(s.conflicts, 1);
        QCOMPARE(s.pushed, 0);
        const OutboxEntry entry = m_engine->store().outbox().first();
        QCOMPARE(entry.state, OutboxEntry::State::Conflict);
        QVERIFY2(entry.lastError.contains(QStringLiteral("refused")), qPrintable(entry.lastError));
        QVERIFY2(
            entry.lastError.contains(QStringLiteral("closing date")), qPrintable(entry.lastError));
        QVERIFY(m_engine->store().sendable().isEmpty()); // it waits for the person
        // The card shows what the service has: still Evaluating, without the refused deal.
        const Referral r = *m_engine->store().referral(QStringLiteral("f"));
        QCOMPARE(r.stage(), Stage::Evaluating);
        QVERIFY(!r.details.dealValue);
    }

    void fullResyncKeepsReferralsTheRemoteNoLongerLists()
    {
        m_service->addReferrals(50, 13);
        runSync();
        const QString gone = m_service->ids().first();
        QVERIFY(m_service->removeReferral(gone));
        QCOMPARE(runSync(false).hidden, 0);
        const SyncSummary full = runSync(true);
        QCOMPARE(full.hidden, 1);
        QStringList hidden = m_engine->store().allIds();
        for (const QString &listed : m_engine->store().listedIds())
            hidden.removeAll(listed);
        QCOMPARE(hidden, QStringList { gone });
        QVERIFY(m_engine->store().referral(gone)); // kept
        verifyConverged();
    }

    void convergesUnderFaultsWithNoActionLostOrAppliedTwice()
    {
        m_service->addReferrals(300, 14);
        QVERIFY(!runSync().error);
        // A quarter of the API calls fail, spread over every kind of fault.
        for (Fault f : { Fault::Status500, Fault::Status503, Fault::Throttle429, Fault::Reset,
                 Fault::Truncate, Fault::Malformed, Fault::Stall })
            m_service->addFault(f, 0, 0.25 / 7);

        QRandomGenerator random(99);
        QList<QUuid> requestIds;
        auto act = [&] {
            const QList<Referral> open = m_engine->store().openReferrals();
            if (open.isEmpty())
                return;
            const Referral r = open.at(random.bounded(int(open.size())));
            const QList<Action> actions = Lifecycle::actionsFrom(r.stage());
            const Action a = actions.at(random.bounded(int(actions.size())));
            ActionInput in;
            in.dealValue = 100000 + random.bounded(1000) * 100;
            in.currency = QStringLiteral("USD");
            in.closingDate = m_clock.now().date().addDays(30);
            in.reason = QStringLiteral("Price");
            in.note = QStringLiteral("note %1").arg(random.bounded(1000));
            const Store::ActionResult result
                = m_engine->store().applyAction(r.id, a, in, m_clock.now());
            if (result.ok())
                requestIds.append(result.entry->requestId);
        };
        auto colleague = [&] {
            const QStringList ids = m_service->ids();
            const QString id = ids.at(random.bounded(int(ids.size())));
            QJsonObject doc = *m_service->referral(id);
            doc.insert(QStringLiteral("name"),
                QStringLiteral("Colleague edit %1").arg(random.bounded(100000)));
            doc.insert(
                QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(m_clock.now()));
            m_service->putReferral(doc);
        };

        for (int run = 0; run < 200; ++run) {
            for (int i = random.bounded(3); i > 0; --i)
                act();
            if (random.bounded(4) == 0)
                colleague();
            m_clock.advanceSecs(60);
            runSync();
        }
        m_service->clearFaults();
        m_clock.advanceSecs(60);
        QVERIFY(!runSync().error);
        QVERIFY(!runSync().error);

        QVERIFY(requestIds.size() > 100);
        // Every kind of fault really happened.
        Request countersRequest;
        countersRequest.method = "GET";
        countersRequest.path = QStringLiteral("/_sim/counters");
        const QJsonObject requests
            = QJsonDocument::fromJson(m_service->handle(countersRequest).body)
                  .object()
                  .value(QStringLiteral("requests"))
                  .toObject();
        for (Fault f : { Fault::Status500, Fault::Status503, Fault::Throttle429, Fault::Reset,
                 Fault::Truncate, Fault::Malformed, Fault::Stall })
            QVERIFY2(requests.value(QStringLiteral("fault:") + faultName(f)).toInt() > 0,
                qPrintable(faultName(f)));
        qInfo() << "faults injected:" << requests;
        int applied = 0;
        for (const OutboxEntry &e : m_engine->store().outbox())
            QVERIFY2(
                e.state == OutboxEntry::State::Conflict || e.state == OutboxEntry::State::Failed,
                qPrintable(QStringLiteral("entry %1 still %2").arg(e.seq).arg(int(e.state))));
        QSet<QUuid> unsent;
        for (const OutboxEntry &e : m_engine->store().outbox())
            unsent.insert(e.requestId);
        for (const QUuid &id : std::as_const(requestIds)) {
            const int writes = m_service->writesApplied(id.toString(QUuid::WithoutBraces));
            QVERIFY2(writes <= 1, "an action was applied twice");
            // Every action either reached the remote once, or is shown to the person as a
            // conflict or a failure: none vanished.
            QVERIFY2(writes == 1 || unsent.contains(id), "an action was lost");
            applied += writes;
        }
        QVERIFY(applied > 50);
        // The local view equals the remote's, except where a conflict or failure is shown.
        QStringList localIds = m_engine->store().allIds();
        QCOMPARE(localIds, m_service->ids());
        for (const QString &id : m_service->ids()) {
            if (m_engine->store().outboxFor(id).isEmpty())
                QCOMPARE(m_engine->store().referral(id)->raw, *m_service->referral(id));
        }
    }

    void aFirstSyncIsFoundOnceTheEngineHasIndexedItWhileIdle()
    {
        // A first sync stores its pages without indexing them for search; the app's engine
        // indexes them in batches once the run is over, saying how many are left.
        m_service->addReferrals(900, 23);
        SyncEngine engine(m_dir.filePath(QStringLiteral("idle-%1.sqlite").arg(++m_run)), settings(),
            m_tokens.get(), &m_clock);
        QSignalSpy ready(&engine, &SyncEngine::ready);
        QSignalSpy pending(&engine, &SyncEngine::searchPending);
        engine.start();
        QCOMPARE(ready.size(), 1);
        const SyncSummary s = syncOnce(engine);
        QVERIFY2(!s.error, qPrintable(s.error.describe()));
        QCOMPARE(s.fetched, 900);
        QTRY_VERIFY_WITH_TIMEOUT(
            !pending.isEmpty() && pending.last().first().toLongLong() == 0, 20000 * timeScale());
        QVERIFY(pending.first().first().toLongLong() > 0); // more than one batch: said as it went
        QCOMPARE(engine.store().searchPending(), 0);

        const QList<ArchiveRow> archived = engine.store().archive(
            ArchiveFilter(), ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 1000);
        QVERIFY(archived.size() > 100);
        for (const ArchiveRow &row :
            { archived.first(), archived.at(archived.size() / 2), archived.last() }) {
            ArchiveFilter f;
            f.text = row.customerName;
            QStringList found;
            for (const ArchiveRow &hit :
                engine.store().archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 1000))
                found.append(hit.id);
            QVERIFY2(found.contains(row.id), qPrintable(row.customerName));
        }
    }

    void pagesWrittenAfterAFailedPageAreStillAnnounced()
    {
        // The pages asked for ahead are written by the page writer after the run has stopped
        // at a page the service failed to send: what they changed still reaches the board,
        // since the next run does not list them again (their cursor moved).
        m_service->addReferrals(3000, 29);
        QStringList announced;
        connect(m_engine.get(), &SyncEngine::referralsChanged, this,
            [&announced](const QStringList &ids) { announced += ids; });
        bool faulted = false;
        connect(m_engine.get(), &SyncEngine::progress, this, [&](int) {
            if (!std::exchange(faulted, true))
                m_service->addFault(Fault::Status500, 1000, 0, "GET");
        });
        const SyncSummary s = runSync();
        QVERIFY(s.error); // stopped at the page that failed
        QVERIFY(faulted);
        // Each stored referral announced once, including those written after the run ended.
        QTRY_COMPARE_WITH_TIMEOUT(QSet<QString>(announced.cbegin(), announced.cend()).size(),
            m_engine->store().allIds().size(), 10000 * timeScale());
        const QStringList stored = m_engine->store().allIds();
        QCOMPARE(QSet<QString>(announced.cbegin(), announced.cend()),
            QSet<QString>(stored.cbegin(), stored.cend()));
        QVERIFY(stored.size() > 100);
    }

    void runsOnItsOwnThreadAndReportsWithQueuedSignals()
    {
        m_service->addReferrals(300, 16);
        QThread worker;
        auto *tokens = new StaticTokenSource(kToken);
        auto *engine = new SyncEngine(
            m_dir.filePath(QStringLiteral("threaded.sqlite")), settings(), tokens, &m_clock);
        tokens->moveToThread(&worker);
        engine->moveToThread(&worker);
        connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
        connect(&worker, &QThread::finished, tokens, &QObject::deleteLater);
        worker.start();

        QSignalSpy ready(engine, &SyncEngine::ready);
        QSignalSpy changed(engine, &SyncEngine::referralsChanged);
        QSignalSpy finished(engine, &SyncEngine::finished);
        QStringList announcedHere;
        QThread *receivedOn = nullptr;
        connect(engine, &SyncEngine::referralsChanged, this, [&](const QStringList &ids) {
            announcedHere += ids;
            receivedOn = QThread::currentThread();
        });
        QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.first().first().toBool(), true);

        SyncScheduler scheduler(engine);
        scheduler.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(receivedOn, QThread::currentThread()); // delivered to the GUI side, queued
        QCOMPARE(announcedHere.size(), 300);

        // The GUI thread reads with its own connection to the same file.
        Store mine;
        QVERIFY(!mine.open(m_dir.filePath(QStringLiteral("threaded.sqlite"))));
        QCOMPARE(mine.allIds().size(), 300);

        worker.quit();
        QVERIFY(worker.wait(20000));
    }

    void schedulerSyncsOnItsIntervalAndWhenTheNetworkComesBack()
    {
        SyncScheduler scheduler(m_engine.get());
        QSignalSpy requested(&scheduler, &SyncScheduler::syncRequested);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QCOMPARE(scheduler.interval(), 5 * 60 * 1000);
        scheduler.setInterval(50);
        scheduler.start();
        QVERIFY(finished.wait(20000)); // the timer asked for a sync
        QVERIFY(requested.count() >= 1);
        scheduler.stop();
        QTest::qWait(0);
        requested.clear();

        scheduler.onReachabilityChanged(QNetworkInformation::Reachability::Disconnected);
        QCOMPARE(requested.count(), 0);
        scheduler.onReachabilityChanged(QNetworkInformation::Reachability::Online);
        QCOMPARE(requested.count(), 1); // back online: sync
        scheduler.onReachabilityChanged(QNetworkInformation::Reachability::Online);
        QCOMPARE(requested.count(), 1); // still online: nothing new
    }

    void theTokenIsWrittenNowhere()
    {
        m_service->addReferrals(20, 15);
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*=true"));
        // Enough failures that the run gives up and says so in the log.
        m_service->addFault(Fault::Status503, 3);
        QCOMPARE(runSync().error.kind, ApiError::Kind::ServerError);
        runSync();
        m_engine->store().applyAction(
            m_engine->store().openReferrals().first().id, Action::Won, {}, m_clock.now());
        runSync();
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_log.isEmpty()); // something was logged, and none of it is the token
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(kToken), qPrintable(line));
        const QString path = m_engine->store().path();
        for (const QString &file : { path, path + QStringLiteral("-wal") }) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(kToken.toUtf8()), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(SyncEngineTest)
#include "tst_syncengine.moc"
