// What the live Partner Center does that the simulator's defaults do not, against the simulator
// with those behaviours switched on: a refused updatedDateTime filter, referrals that arrive with
// an old updatedDateTime, outgoing referrals, the service's own expiry, no idempotency key.
// Given/When/Then in each test; the engine is the real one, over loopback HTTP.

#include "domain/deadlinepolicy.h"
#include "simserver.h"
#include "support/referralbuilder.h"
#include "support/simhelpers.h"
#include "sync/syncengine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {
const QString kToken = QStringLiteral("live-service-test-token");
} // namespace

class LiveServiceTest : public QObject
{
    Q_OBJECT

    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    QTemporaryDir m_dir;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    int m_run = 0;

    SyncSummary runSync(bool full = false) { return syncOnce(*m_engine, full); }
    int requests(const QString &kind) { return simRequests(*m_service, kind); }

    /// A colleague's change in Partner Center, as /_sim/referrals/<id>/change makes it.
    void colleague(const QString &id, const QJsonArray &patch)
    {
        Request r;
        r.method = "POST";
        r.path = QStringLiteral("/_sim/referrals/%1/change").arg(id);
        r.body = QJsonDocument(QJsonObject { { QStringLiteral("patch"), patch } })
                     .toJson(QJsonDocument::Compact);
        QCOMPARE(m_service->handle(r).status, 200);
    }

    ApiSettings apiSettings(const QUrl &base) const
    {
        ApiSettings s;
        s.apiBase = base;
        s.timeoutMs = 2000;
        s.maxAttempts = 3;
        s.backoffBaseMs = 5;
        s.backoffMaxMs = 40;
        return s;
    }

    /// The service shares a referral whose updatedDateTime is long past (it still has a week to
    /// answer): older than any cursor.
    QString shareLate(const QString &id)
    {
        return m_service->putReferral(ReferralBuilder()
                .set("id", id)
                .created(m_clock.now().addDays(-400))
                .updated(m_clock.now().addDays(-400))
                .expires(m_clock.now().addDays(7))
                .json());
    }

    Referral local(const QString &id)
    {
        const std::optional<Referral> r = m_engine->store().referral(id);
        if (!r)
            qFatal("referral %s is not in the local database", qPrintable(id));
        return *r;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.setNow(utc(2026, 3, 2, 9, 0));
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(kToken);
        m_service->setRetryAfterSecs(0);
        m_service->setQuirks(Quirks::live());
        m_server = std::make_unique<Server>(m_service.get());
        const quint16 port = m_server->listenOn();
        QVERIFY(port);
        m_tokens = std::make_unique<StaticTokenSource>(kToken);
        m_engine = std::make_unique<SyncEngine>(
            m_dir.filePath(QStringLiteral("live-%1.sqlite").arg(++m_run)),
            apiSettings(m_server->url()), m_tokens.get(), &m_clock);
        QVERIFY(!m_engine->open());
    }

    void cleanup()
    {
        m_engine.reset();
        m_server.reset();
        m_service.reset();
    }

    void aRefusedUpdatedFilterStillDeliversTheChangesAndIsRemembered()
    {
        // Given a first sync of 250 referrals (three pages)
        m_service->addReferrals(250, 21);
        const SyncSummary first = runSync();
        QVERIFY2(!first.error, qPrintable(first.error.describe()));
        QCOMPARE(first.fetched, 250);
        QCOMPARE(requests(QStringLiteral("refused:filter")), 0); // a first sync needs no filter

        // When a colleague answers one of them in Partner Center an hour later
        QString target;
        for (const QString &id : m_service->ids()) {
            const Referral r = *ReferralJson::fromObject(*m_service->referral(id)).referral;
            if (r.stage() == Stage::New && !r.isOutgoing()) {
                target = id;
                break;
            }
        }
        QVERIFY(!target.isEmpty());
        m_clock.advanceSecs(3600);
        colleague(target,
            QJsonArray { JsonPatch::replace(QStringLiteral("/substatus"),
                QStringLiteral("Received")) });
        const int listsBefore = requests(QStringLiteral("list"));

        // Then the incremental sync, refused its filter, walks newest first and has the change
        const SyncSummary second = runSync();
        QVERIFY2(!second.error, qPrintable(second.error.describe()));
        QVERIFY(second.filterRefused);
        QCOMPARE(requests(QStringLiteral("refused:filter")), 1);
        QCOMPARE(local(target).stage(), Stage::Evaluating);
        QCOMPARE(local(target).raw, *m_service->referral(target));
        // ... reading only the newest page, not all three
        QCOMPARE(requests(QStringLiteral("list")) - listsBefore, 2); // the refused one + one page
        QCOMPARE(m_engine->store().syncState().updatedFilterRefusedFor,
            m_server->url().toString());

        // And the next sync does not ask with the filter again
        m_clock.advanceSecs(60);
        colleague(target,
            QJsonArray {
                JsonPatch::replace(QStringLiteral("/status"), QStringLiteral("Closed")),
                JsonPatch::replace(QStringLiteral("/substatus"), QStringLiteral("Declined")),
                JsonPatch::replace(QStringLiteral("/statusReason"), QStringLiteral("No fit")) });
        const SyncSummary third = runSync();
        QVERIFY(!third.error);
        QVERIFY(!third.filterRefused);
        QCOMPARE(requests(QStringLiteral("refused:filter")), 1);
        QCOMPARE(local(target).outcome(), Outcome::Declined);
    }

    void aNewestFirstWalkOfSeveralPagesMissesNothing()
    {
        m_service->addReferrals(400, 31);
        QVERIFY(!runSync().error);
        // 150 changes since the last sync: more than a page of them
        m_clock.advanceSecs(3600);
        QStringList touched;
        for (const QString &id : m_service->ids()) {
            if (touched.size() == 150)
                break;
            QJsonObject doc = *m_service->referral(id);
            QJsonObject details = doc.value(QStringLiteral("details")).toObject();
            details.insert(QStringLiteral("notes"), QStringLiteral("changed at %1").arg(touched.size()));
            doc.insert(QStringLiteral("details"), details);
            doc.insert(QStringLiteral("updatedDateTime"),
                ReferralJson::formatInstant(m_clock.now().addSecs(touched.size())));
            m_service->putReferral(doc);
            touched.append(id);
        }
        const int listsBefore = requests(QStringLiteral("list"));
        const SyncSummary s = runSync();
        QVERIFY2(!s.error, qPrintable(s.error.describe()));
        QVERIFY(s.filterRefused);
        for (const QString &id : std::as_const(touched))
            QCOMPARE(local(id).raw, *m_service->referral(id));
        // the refused request, then the two pages of changes and the one that passes the cursor
        QCOMPARE(requests(QStringLiteral("list")) - listsBefore, 3);
        QCOMPARE(m_engine->store().syncState().cursor, m_clock.now().addSecs(149));
    }

    void anotherServiceIsListedFromScratch()
    {
        // Given a store synced with one service, whose cursor is recent
        m_service->addReferrals(30, 8);
        QVERIFY(!runSync().error);
        QVERIFY(m_engine->store().syncState().cursor.isValid());
        // When the same store syncs with another service, whose referrals are all older
        Service other(&m_clock);
        other.setDevToken(kToken);
        other.setQuirks(Quirks::live());
        const QString old = other.putReferral(ReferralBuilder()
                .set("id", QStringLiteral("from-the-other-service"))
                .created(m_clock.now().addDays(-30))
                .updated(m_clock.now().addDays(-30))
                .expires(m_clock.now().addDays(3))
                .json());
        Server otherServer(&other);
        QVERIFY(otherServer.listenOn() > 0);
        m_engine.reset();
        m_engine = std::make_unique<SyncEngine>(
            m_dir.filePath(QStringLiteral("live-%1.sqlite").arg(m_run)),
            apiSettings(otherServer.url()), m_tokens.get(), &m_clock);
        QVERIFY(!m_engine->open());
        // Then it is listed from scratch, not from the first service's cursor
        const SyncSummary summary = runSync();
        QVERIFY2(!summary.error, qPrintable(summary.error.describe()));
        QVERIFY(summary.full);
        QVERIFY(m_engine->store().referral(old));
        QCOMPARE(m_engine->store().listedIds(), QStringList { old });
    }

    void oneWriteThatKeepsFailingDoesNotStopTheSync()
    {
        m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("stuck"))
                .created(m_clock.now().addSecs(-3600))
                .updated(m_clock.now().addSecs(-3600))
                .json());
        QVERIFY(!runSync().error);
        QVERIFY(m_engine->store()
                    .applyAction(QStringLiteral("stuck"), Action::Interested, {}, m_clock.now())
                    .ok());
        // Every PATCH fails with 500; a colleague's change waits to be pulled
        m_service->addFault(Fault::Status500, 100, 0, "PATCH");
        const QString other = m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("arrives"))
                .created(m_clock.now())
                .updated(m_clock.now())
                .json());
        const SyncSummary s = runSync();
        QVERIFY2(!s.error, qPrintable(s.error.describe())); // the pull went on
        QVERIFY(m_engine->store().referral(other));
        const OutboxEntry entry = m_engine->store().outbox().first();
        QCOMPARE(entry.state, OutboxEntry::State::Queued); // kept for the next run
        QVERIFY2(entry.lastError.contains(QStringLiteral("500")), qPrintable(entry.lastError));
        m_service->clearFaults();
        QCOMPARE(runSync().pushed, 1);
        QVERIFY(m_engine->store().outbox().isEmpty());
    }

    void aReferralSharedWithAnOldUpdatedTimeArrivesOnAFullSync()
    {
        // Given an up-to-date store of more than a page
        m_service->addReferrals(250, 4);
        QVERIFY(!runSync().error);
        // When the service shares a referral whose updatedDateTime is long past
        const QString late = shareLate(QStringLiteral("shared-late"));
        m_clock.advanceSecs(60);
        // Then an incremental sync cannot see it
        const SyncSummary incremental = runSync();
        QVERIFY(!incremental.error);
        QVERIFY(!m_engine->store().referral(late));
        // But a full sync (referral-desk-cli sync --full, File › Full Sync) reads it
        const SyncSummary full = runSync(true);
        QVERIFY2(!full.error, qPrintable(full.error.describe()));
        QVERIFY(full.full);
        QCOMPARE(full.refetched, 1);
        QCOMPARE(local(late).raw, *m_service->referral(late));
        QCOMPARE(local(late).stage(), Stage::New);
    }

    void theReconciliationRunsByItselfEveryFewHours()
    {
        m_service->addReferrals(250, 5);
        QVERIFY(!runSync().error);
        const QString late = shareLate(QStringLiteral("team-change"));
        m_clock.advanceSecs(600);
        QVERIFY(!runSync().reconciled); // too soon
        QVERIFY(!m_engine->store().referral(late));
        m_clock.advanceSecs(SyncEngine::reconcileSecs);
        const SyncSummary s = runSync();
        QVERIFY(s.reconciled);
        QVERIFY(!s.full); // the open referrals only
        QCOMPARE(s.refetched, 1);
        QVERIFY(m_engine->store().referral(late));
    }

    void aServiceThatIgnoresSelectStillReconciles()
    {
        Quirks q = Quirks::live();
        q.ignoreSelect = true;
        m_service->setQuirks(q);
        m_service->addReferrals(20, 6);
        QVERIFY(!runSync().error);
        const QString late = m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("no-select"))
                .created(m_clock.now().addDays(-3))
                .updated(m_clock.now().addDays(-3))
                .json());
        const int getsBefore = requests(QStringLiteral("get"));
        const SyncSummary s = runSync(true);
        QVERIFY(!s.error);
        QCOMPARE(local(late).raw, *m_service->referral(late));
        QCOMPARE(requests(QStringLiteral("get")), getsBefore); // the listing carried it whole
    }

    void outgoingReferralsAreKeptApartAndTakeNoAction()
    {
        m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("sent"))
                .set("direction", QStringLiteral("Outgoing"))
                .created(m_clock.now().addSecs(-30 * 3600))
                .updated(m_clock.now().addSecs(-30 * 3600))
                .json());
        m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("received"))
                .without("direction") // missing means incoming
                .created(m_clock.now().addSecs(-3600))
                .updated(m_clock.now().addSecs(-3600))
                .json());
        QVERIFY(!runSync().error);
        const Referral sent = local(QStringLiteral("sent"));
        const Referral received = local(QStringLiteral("received"));
        QVERIFY(sent.isOutgoing());
        QVERIFY(!received.isOutgoing());
        // No response deadline, no badge, no action
        const DeadlinePolicy policy;
        QCOMPARE(policy.evaluate(sent, m_clock.now()).badge, Badge::None);
        QVERIFY(!policy.hardLimit(sent).isValid());
        QVERIFY(!policy.needsAnswerToday(sent, m_clock.now()));
        QCOMPARE(policy.evaluate(received, m_clock.now()).badge, Badge::OnTime);
        for (Action a : Lifecycle::allActions())
            QVERIFY(!Lifecycle::isAllowed(sent, a));
        const Store::ActionResult refused = m_engine->store().applyAction(
            QStringLiteral("sent"), Action::Interested, {}, m_clock.now());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errors.first().message.contains(QStringLiteral("sent")),
            qPrintable(refused.errors.first().message));
        QVERIFY(m_engine->store().outbox().isEmpty());
        // Kept apart in the store: a separate archive, and known to be there
        QVERIFY(m_engine->store().hasOutgoing());
    }

    void aReferralWithTheServicesExpiryAheadIsNewAndItsActionIsSent()
    {
        // Given a referral 100 hours old whose service expiry is 10 days ahead
        const QDateTime expiry = m_clock.now().addDays(10);
        m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("hundred-hours"))
                .created(m_clock.now().addSecs(-100 * 3600))
                .updated(m_clock.now().addSecs(-100 * 3600))
                .expires(expiry)
                .json());
        QVERIFY(!runSync().error);
        // Then it is New, counting to the service's deadline rather than the 72-hour estimate
        const Referral r = local(QStringLiteral("hundred-hours"));
        QCOMPARE(r.stage(), Stage::New);
        const DeadlineStatus d = DeadlinePolicy().evaluate(r, m_clock.now());
        QCOMPARE(d.badge, Badge::Late);
        QCOMPARE(d.hardLimit, expiry);
        // And "I'm interested" goes to the service, which applies it
        QVERIFY(m_engine->store()
                    .applyAction(QStringLiteral("hundred-hours"), Action::Interested, {},
                        m_clock.now())
                    .ok());
        const SyncSummary s = runSync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 1);
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(m_service->referral(QStringLiteral("hundred-hours"))
                     ->value(QStringLiteral("substatus"))
                     .toString(),
            QStringLiteral("Received"));
        QCOMPARE(local(QStringLiteral("hundred-hours")).stage(), Stage::Evaluating);
    }

    void anActionPastTheLocalEstimateIsSentWhileTheServiceStillListsItAsNew()
    {
        // Given a referral 80 hours old, without an expiry from the service, still New there
        m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("estimate-passed"))
                .set("expirationDateTime", QJsonValue()) // explicitly none
                .created(m_clock.now().addSecs(-80 * 3600))
                .updated(m_clock.now().addSecs(-80 * 3600))
                .json());
        QVERIFY(!runSync().error);
        const Referral r = local(QStringLiteral("estimate-passed"));
        QCOMPARE(DeadlinePolicy().evaluate(r, m_clock.now()).badge, Badge::Lapsed); // the guess
        QCOMPARE(r.stage(), Stage::New); // what the service says
        // When the person says "I'm interested"
        QVERIFY(m_engine->store()
                    .applyAction(QStringLiteral("estimate-passed"), Action::Interested, {},
                        m_clock.now())
                    .ok());
        // Then it is sent and applied: the service decides, not the local estimate
        const SyncSummary s = runSync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 1);
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(local(QStringLiteral("estimate-passed")).stage(), Stage::Evaluating);
    }

    void aWriteWhoseAnswerWasLostCountsAsDoneWithoutAnIdempotencyKey()
    {
        m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("lost-answer"))
                .created(m_clock.now().addSecs(-3600))
                .updated(m_clock.now().addSecs(-3600))
                .json());
        QVERIFY(!runSync().error);
        const Store::ActionResult action = m_engine->store().applyAction(
            QStringLiteral("lost-answer"), Action::Interested, {}, m_clock.now());
        QVERIFY(action.ok());
        // The first PATCH is applied, then its answer is lost; the retry meets a new eTag (412)
        // because the service does not know MS-RequestId.
        m_service->addFault(Fault::Reset, 1, 0, "PATCH");
        const SyncSummary s = runSync();
        QVERIFY2(!s.error, qPrintable(s.error.describe()));
        QCOMPARE(s.pushed, 1);
        QCOMPARE(s.conflicts, 0);
        QVERIFY(m_engine->store().outbox().isEmpty());
        QCOMPARE(requests(QStringLiteral("patch")), 2); // it was tried twice: the service saw both
        QCOMPARE(local(QStringLiteral("lost-answer")).stage(), Stage::Evaluating);
        const QList<HistoryEntry> history
            = m_engine->store().history(QStringLiteral("lost-answer"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().result, QStringLiteral("sent"));
    }

    void aReferralTheServiceClosedBeforeTheActionArrivedEndsAsAConflict()
    {
        m_service->putReferral(ReferralBuilder()
                .set("id", QStringLiteral("closed-meanwhile"))
                .created(m_clock.now().addSecs(-3600))
                .updated(m_clock.now().addSecs(-3600))
                .expires(m_clock.now().addSecs(3600))
                .json());
        QVERIFY(!runSync().error);
        // Offline, the person acts; meanwhile the service's expiry passes
        QVERIFY(m_engine->store()
                    .applyAction(QStringLiteral("closed-meanwhile"), Action::Interested, {},
                        m_clock.now())
                    .ok());
        m_service->advance(2 * 3600 * 1000);
        const SyncSummary s = runSync();
        QVERIFY(!s.error);
        QCOMPARE(s.conflicts, 1);
        const OutboxEntry entry = m_engine->store().outbox().first();
        QCOMPARE(entry.state, OutboxEntry::State::Conflict);
        QVERIFY2(entry.lastError.contains(QStringLiteral("Missed")), qPrintable(entry.lastError));
        // The referral shows its new state: archived
        QCOMPARE(local(QStringLiteral("closed-meanwhile")).stage(), Stage::Archived);
        QCOMPARE(local(QStringLiteral("closed-meanwhile")).outcome(), Outcome::Missed);
    }
};

QTEST_GUILESS_MAIN(LiveServiceTest)
#include "tst_liveservice.moc"
