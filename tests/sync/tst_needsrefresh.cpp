// A referral whose stored copy cannot be read (issue 14): the database itself is sound, but the
// text of one record is damaged. It is shown from the columns beside it as "needs a refresh"
// (never as an empty "Unknown" card), marked, and read again from the service by the next sync,
// whatever the service says has changed; the person's queued actions stay queued, are never
// called conflicts, and reach the service once the copy is whole again.

#include "domain/referraljson.h"
#include "simserver.h"
#include "store/store.h"
#include "support/rawdb.h"
#include "support/referralbuilder.h"
#include "support/simhelpers.h"
#include "sync/syncengine.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {
const QString kToken = QStringLiteral("needs-refresh-token-5d2a");
}

class NeedsRefreshTest : public QObject
{
    Q_OBJECT

    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    int m_run = 0;

    Store &store() { return m_engine->store(); }
    SyncSummary runSync() { return syncOnce(*m_engine); }

    void addReferral(const QString &id, const QString &customer)
    {
        m_service->putReferral(ReferralBuilder()
                                   .set("id", id)
                                   .set("name", QStringLiteral("Request from ") + customer)
                                   .set("customerProfile",
                                       QJsonObject { { QStringLiteral("name"), customer } })
                                   .created(m_clock.now().addSecs(-3600))
                                   .updated(m_clock.now().addSecs(-3600))
                                   .json());
    }

    std::optional<Stage> remoteStage(const QString &id) const
    {
        const ParseResult parsed = ReferralJson::fromObject(*m_service->referral(id));
        return parsed.ok() ? std::optional<Stage>(parsed.referral->stage()) : std::nullopt;
    }

    /// Damages the stored text of `columns` of one referral, as a bad sector or a bug would;
    /// the database file stays sound.
    void damage(const QString &id, const QStringList &columns)
    {
        RawDb raw(m_path);
        for (const QString &column : columns)
            QVERIFY(raw.exec(QStringLiteral("UPDATE referrals SET %1 = '{\"id\": \"%2\", \"sta' "
                                            "WHERE id = '%2'")
                                 .arg(column, id)));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.setNow(utc(2026, 3, 2, 9, 0));
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(kToken);
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn());
        m_tokens = std::make_unique<StaticTokenSource>(kToken);
        ApiSettings s;
        s.apiBase = m_server->url();
        s.timeoutMs = 2000;
        m_path = m_dir.filePath(QStringLiteral("refresh-%1.sqlite").arg(++m_run));
        m_engine = std::make_unique<SyncEngine>(m_path, s, m_tokens.get(), &m_clock);
        QVERIFY(!m_engine->open());
    }

    void cleanup()
    {
        m_engine.reset();
        m_server.reset();
        m_service.reset();
    }

    void aDamagedCopyIsShownMarkedAndReadAgainWithItsQueuedActionKept_data()
    {
        QTest::addColumn<QStringList>("damaged");
        // With an action queued, the view and the remote copy are stored apart.
        QTest::newRow("the person's view") << QStringList { QStringLiteral("raw") };
        QTest::newRow("the view and the remote copy")
            << QStringList { QStringLiteral("raw"), QStringLiteral("remote_raw") };
    }

    void aDamagedCopyIsShownMarkedAndReadAgainWithItsQueuedActionKept()
    {
        QFETCH(QStringList, damaged);
        addReferral(QStringLiteral("a"), QStringLiteral("Fabrikam Logistics"));
        addReferral(QStringLiteral("b"), QStringLiteral("Contoso Bikes"));
        QVERIFY(!runSync().error);
        // Held for an hour (the undo window): the refresh happens while it is still queued.
        const Store::ActionResult interested = store().applyAction(QStringLiteral("a"),
            Action::Interested, {}, m_clock.now(), m_clock.now().addSecs(3000));
        QVERIFY(interested.ok());
        damage(QStringLiteral("a"), damaged);

        // Shown from its columns: which referral, whose, in which column; and marked.
        const std::optional<Referral> shown = store().referral(QStringLiteral("a"));
        QVERIFY(shown);
        QVERIFY(shown->needsRefresh);
        QCOMPARE(shown->id, QStringLiteral("a"));
        QCOMPARE(shown->customerProfile.name, QStringLiteral("Fabrikam Logistics"));
        QCOMPARE(shown->name, QStringLiteral("Request from Fabrikam Logistics"));
        QCOMPARE(shown->stage(), Stage::Evaluating);
        QVERIFY(!store().referral(QStringLiteral("b"))->needsRefresh);
        QCOMPARE(store().needingRefresh(), QStringList { QStringLiteral("a") });
        const QList<Referral> board = store().openReferrals();
        QCOMPARE(board.size(), 2);

        // No action is built on a copy that cannot be read: refused with a reason, nothing
        // written; the queued one is untouched and not a conflict.
        ActionInput deal;
        deal.dealValue = 5000000;
        deal.currency = QStringLiteral("EUR");
        deal.closingDate = m_clock.now().date().addDays(30);
        const Store::ActionResult refused
            = store().applyAction(QStringLiteral("a"), Action::Accept, deal, m_clock.now());
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error);
        QCOMPARE(refused.errors.size(), 1);
        QVERIFY2(refused.errors.first().message.contains(QStringLiteral("cannot be read")),
            qPrintable(refused.errors.first().message));
        QCOMPARE(store().outbox().size(), 1);
        QCOMPARE(store().outbox().first().state, OutboxEntry::State::Queued);

        // Nothing changed at the service, yet the next sync reads it again.
        const int gets = simRequests(*m_service, QStringLiteral("get"));
        const SyncSummary refreshed = runSync();
        QVERIFY2(!refreshed.error, qPrintable(refreshed.error.describe()));
        QCOMPARE(simRequests(*m_service, QStringLiteral("get")), gets + 1);
        QVERIFY(store().needingRefresh().isEmpty());
        const std::optional<Referral> whole = store().referral(QStringLiteral("a"));
        QVERIFY(!whole->needsRefresh);
        QCOMPARE(whole->customerProfile.name, QStringLiteral("Fabrikam Logistics"));
        // The queued action is still queued, and still shown on top of the fresh copy.
        QCOMPARE(whole->stage(), Stage::Evaluating);
        QCOMPARE(store().outbox().size(), 1);
        QCOMPARE(store().outbox().first().seq, interested.entry->seq);
        QCOMPARE(store().outbox().first().state, OutboxEntry::State::Queued);
        QCOMPARE(remoteStage(QStringLiteral("a")), std::optional<Stage>(Stage::New));

        // Once its window ends it reaches the service, once.
        QVERIFY(store().release(interested.entry->seq));
        const SyncSummary sent = runSync();
        QVERIFY2(!sent.error, qPrintable(sent.error.describe()));
        QCOMPARE(sent.pushed, 1);
        QVERIFY(store().outbox().isEmpty());
        QCOMPARE(remoteStage(QStringLiteral("a")), std::optional<Stage>(Stage::Evaluating));
    }

    void anActionOnADamagedCopyCanStillBeUndone()
    {
        addReferral(QStringLiteral("a"), QStringLiteral("Fabrikam Logistics"));
        QVERIFY(!runSync().error);
        const Store::ActionResult interested = store().applyAction(QStringLiteral("a"),
            Action::Interested, {}, m_clock.now(), m_clock.now().addSecs(3000));
        QVERIFY(interested.ok());
        damage(QStringLiteral("a"), { QStringLiteral("raw"), QStringLiteral("remote_raw") });

        // The view cannot be rebuilt without a readable copy, but the undo is not refused: the
        // action leaves the queue and the referral waits for its refresh.
        QVERIFY(store().discard(interested.entry->seq));
        QVERIFY(store().outbox().isEmpty());
        QCOMPARE(store().history(QStringLiteral("a")).size(), 1);
        QCOMPARE(store().needingRefresh(), QStringList { QStringLiteral("a") });
        QVERIFY(!runSync().error);
        const std::optional<Referral> whole = store().referral(QStringLiteral("a"));
        QVERIFY(!whole->needsRefresh);
        QCOMPARE(whole->stage(), Stage::New);
        QCOMPARE(simRequests(*m_service, QStringLiteral("patch")), 0);
    }
};

QTEST_GUILESS_MAIN(NeedsRefreshTest)
#include "tst_needsrefresh.moc"
