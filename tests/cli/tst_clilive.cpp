// referral-desk-cli against a simulator that behaves like the live Partner Center (--live-quirks):
// outgoing referrals kept apart and refused for actions, act's exit codes decided by what became
// of the action alone, sync --full finding a referral shared late, a refused filter that is not
// a refused change, and settings that cannot be used named without stopping offline commands.

#include "domain/jsonpatch.h"
#include "simserver.h"
#include "support/clirunner.h"
#include "support/referralbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {

const QString kToken = QStringLiteral("cli-live-token-5c1e");

using Run = CliRun;

} // namespace

class CliLiveTest : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<QTemporaryDir> m_profile;
    quint16 m_port = 0;

    /// The tool with a profile and, unless `plain`, the simulator's address and token.
    Run cli(QStringList args, bool plain = false)
    {
        QStringList all { QStringLiteral("--profile"), m_profile->path() };
        if (!plain)
            all << QStringLiteral("--api-base")
                << QStringLiteral("http://127.0.0.1:%1").arg(m_port) // also while it is down
                << QStringLiteral("--access-token") << kToken;
        all += args;
        return runCli(all);
    }

    QJsonArray listJson(QStringList args)
    {
        const Run r = cli(args << QStringLiteral("list") << QStringLiteral("--json"));
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QString put(const ReferralBuilder &b) { return m_service->putReferral(b.json()); }

    QString settingsFile() const
    {
        return m_profile->filePath(QStringLiteral("ReferralDesk/referral-desk.ini"));
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(kToken);
        m_service->setRetryAfterSecs(0);
        m_service->setQuirks(Quirks::live());
        m_server = std::make_unique<Server>(m_service.get());
        m_port = m_server->listenOn();
        QVERIFY(m_port);
    }

    void cleanup()
    {
        m_server.reset();
        m_service.reset();
        m_profile.reset();
    }

    void outgoingReferralsAreListedApartAndRefusedForActions()
    {
        const QDateTime now = m_clock.now();
        const QString sent = put(ReferralBuilder()
                .set("id", QStringLiteral("sent-1"))
                .set("direction", QStringLiteral("Outgoing"))
                .created(now.addSecs(-3600))
                .updated(now.addSecs(-3600)));
        const QString mine = put(ReferralBuilder()
                .set("id", QStringLiteral("mine-1"))
                .set("direction", QStringLiteral("Incoming"))
                .created(now.addSecs(-3600))
                .updated(now.addSecs(-3600)));
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0);

        const QJsonArray news = listJson({ QStringLiteral("--stage"), QStringLiteral("new") });
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first().toObject().value(QStringLiteral("id")).toString(), mine);
        QCOMPARE(news.first().toObject().value(QStringLiteral("direction")).toString(),
            QStringLiteral("incoming"));
        const QJsonArray outgoing
            = listJson({ QStringLiteral("--direction"), QStringLiteral("outgoing") });
        QCOMPARE(outgoing.size(), 1);
        QCOMPARE(outgoing.first().toObject().value(QStringLiteral("id")).toString(), sent);
        QCOMPARE(outgoing.first().toObject().value(QStringLiteral("direction")).toString(),
            QStringLiteral("outgoing"));
        QCOMPARE(outgoing.first().toObject().value(QStringLiteral("badge")), QJsonValue());
        QCOMPARE(listJson({ QStringLiteral("--direction"), QStringLiteral("all") }).size(), 2);

        const Run act = cli({ QStringLiteral("act"), sent, QStringLiteral("interested") });
        QCOMPARE(act.exitCode, 1);
        QVERIFY2(act.err.contains(QStringLiteral("sent this referral")), qPrintable(act.err));
        QCOMPARE(m_service->referral(sent)->value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Pending")); // nothing went out
    }

    void actExitsByWhatBecameOfTheAction()
    {
        const QDateTime now = m_clock.now();
        for (const char *id : { "a-sent", "a-closed", "a-offline", "a-listing" })
            put(ReferralBuilder()
                    .set("id", QLatin1String(id))
                    .created(now.addSecs(-7200))
                    .updated(now.addSecs(-7200)));
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0);

        // 0: queued and sent
        const Run sent = cli({ QStringLiteral("act"), QStringLiteral("a-sent"),
            QStringLiteral("interested") });
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));

        // 4: the service closed it before the action arrived; it shows as archived
        QJsonObject closed = *m_service->referral(QStringLiteral("a-closed"));
        closed.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        closed.insert(QStringLiteral("substatus"), QStringLiteral("Expired"));
        closed.insert(QStringLiteral("statusReason"), QStringLiteral("Missed"));
        m_service->putReferral(closed);
        const Run refused = cli({ QStringLiteral("act"), QStringLiteral("a-closed"),
            QStringLiteral("interested") });
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("Missed")), qPrintable(refused.err));
        const QJsonObject shown = QJsonDocument::fromJson(
            cli({ QStringLiteral("show"), QStringLiteral("a-closed"), QStringLiteral("--json") })
                .out.toUtf8())
                                      .object();
        QCOMPARE(shown.value(QStringLiteral("stage")).toString(), QStringLiteral("archived"));
        QCOMPARE(shown.value(QStringLiteral("outcome")).toString(), QStringLiteral("missed"));

        // 0: sent, even though listing the changes afterwards failed (and it says so)
        m_service->addFault(Fault::Status500, 50, 0, "GET");
        const Run listing = cli({ QStringLiteral("act"), QStringLiteral("a-listing"),
            QStringLiteral("interested") });
        m_service->clearFaults();
        QVERIFY2(listing.exitCode == 0, qPrintable(listing.err));
        QVERIFY(listing.out.contains(QStringLiteral("Sent to Partner Center")));
        QVERIFY2(listing.err.contains(QStringLiteral("updating the list afterwards failed")),
            qPrintable(listing.err));
        QVERIFY(!listing.err.contains(QStringLiteral("refused the change")));
        QCOMPARE(m_service->referral(QStringLiteral("a-listing"))
                     ->value(QStringLiteral("substatus"))
                     .toString(),
            QStringLiteral("Received"));

        // 3: queued while Partner Center cannot be reached
        m_server.reset();
        QCOMPARE(cli({ QStringLiteral("act"), QStringLiteral("a-offline"),
                     QStringLiteral("no-thanks") })
                     .exitCode,
            3);
    }

    void actionsQueuedOfflineOnAReferralClosedMeanwhileAreConflicts()
    {
        const QDateTime now = m_clock.now();
        put(ReferralBuilder()
                .set("id", QStringLiteral("blocked"))
                .created(now.addSecs(-7200))
                .updated(now.addSecs(-7200)));
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0);
        // Offline, "I'm interested" is queued...
        m_server.reset();
        QCOMPARE(cli({ QStringLiteral("act"), QStringLiteral("blocked"),
                     QStringLiteral("interested") })
                     .exitCode,
            3);
        // ... while a colleague declines the referral in Partner Center.
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn(QHostAddress::LocalHost, m_port));
        QJsonObject declined = *m_service->referral(QStringLiteral("blocked"));
        declined.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        declined.insert(QStringLiteral("substatus"), QStringLiteral("Declined"));
        declined.insert(QStringLiteral("statusReason"), QStringLiteral("Not a fit"));
        m_service->putReferral(declined);
        // Back online, Accept follows the interest the person sees. Partner Center shows the
        // referral closed, so neither applies any more, and that is what the tool says: not
        // "offline", not "sent by the next sync".
        const Run accept = cli({ QStringLiteral("act"), QStringLiteral("blocked"),
            QStringLiteral("accept"), QStringLiteral("--value"), QStringLiteral("1000"),
            QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--closing"),
            now.date().addDays(30).toString(Qt::ISODate) });
        QCOMPARE(accept.exitCode, 4);
        QVERIFY2(accept.err.contains(QStringLiteral("no longer applies")), qPrintable(accept.err));
        QVERIFY(!accept.err.contains(QStringLiteral("cannot be reached")));
        QVERIFY(!accept.err.contains(QStringLiteral("next sync")));
        const QJsonObject shown = QJsonDocument::fromJson(
            cli({ QStringLiteral("show"), QStringLiteral("blocked"), QStringLiteral("--json") })
                .out.toUtf8())
                                      .object();
        QCOMPARE(shown.value(QStringLiteral("stage")).toString(), QStringLiteral("archived"));
        QCOMPARE(shown.value(QStringLiteral("outbox")).toArray().size(), 2); // both kept, shown
    }

    void aFullSyncFindsAReferralSharedLate()
    {
        // More than a page, so the newest-first walk of an incremental sync stops early.
        m_service->addReferrals(250, 9);
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0);
        const QDateTime old = m_clock.now().addDays(-400);
        const QString late = put(ReferralBuilder()
                .set("id", QStringLiteral("late-1"))
                .created(old)
                .updated(old)
                .expires(m_clock.now().addDays(7)));
        const Run incremental = cli({ QStringLiteral("sync") });
        QCOMPARE(incremental.exitCode, 0);
        QVERIFY2(!incremental.err.contains(QStringLiteral("refused")), qPrintable(incremental.err));
        QCOMPARE(cli({ QStringLiteral("show"), late }).exitCode, 1); // not seen yet
        const Run full = cli({ QStringLiteral("sync"), QStringLiteral("--full") });
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        QVERIFY2(full.out.contains(QStringLiteral("Compared every referral")), qPrintable(full.out));
        QCOMPARE(cli({ QStringLiteral("show"), late }).exitCode, 0);
    }

    void anUnreadableCertificateStopsOnlyTheNetwork()
    {
        m_service->addReferrals(5, 2);
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0);
        const QString missing = m_profile->filePath(QStringLiteral("no-such-ca.pem"));
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("api/caCertificate"), missing);
        }
        const Run list = cli({ QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.contains(QStringLiteral("api/caCertificate")), qPrintable(list.err));
        const Run sync = cli({ QStringLiteral("sync") });
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains(missing), qPrintable(sync.err));
    }

    void unusableSettingsAreNamedAndOfflineCommandsStillWork()
    {
        // A first sync, then the address in the settings file is changed by hand.
        m_service->addReferrals(5, 3);
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0);
        for (const QString &bad :
            { QStringLiteral("http://partner.example.com"), QStringLiteral("not an address") }) {
            {
                QSettings settings(settingsFile(), QSettings::IniFormat);
                settings.setValue(QStringLiteral("api/base"), bad);
            }
            const QStringList token { QStringLiteral("--access-token"), kToken };
            const Run list = cli({ QStringLiteral("list") }, true);
            QCOMPARE(list.exitCode, 0);
            QVERIFY2(list.err.contains(QStringLiteral("api/base")), qPrintable(list.err));
            QVERIFY2(list.err.contains(settingsFile()), qPrintable(list.err));
            const Run status = cli({ QStringLiteral("status") }, true);
            QVERIFY2(status.out.contains(QStringLiteral("api/base")), qPrintable(status.out));
            const Run sync = cli(token + QStringList { QStringLiteral("sync") }, true);
            QCOMPARE(sync.exitCode, 1);
            QVERIFY2(sync.err.contains(QStringLiteral("api/base"))
                    && sync.err.contains(settingsFile()) && sync.err.contains(bad),
                qPrintable(sync.err));
            QVERIFY(!sync.err.contains(QStringLiteral("cannot be reached")));
            QCOMPARE(cli({ QStringLiteral("show"), QStringLiteral("--json"),
                             m_service->ids().value(0, QStringLiteral("none")) },
                         true)
                         .exitCode,
                m_service->ids().isEmpty() ? 1 : 0);
            QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--stage"),
                             QStringLiteral("archived"), QStringLiteral("--csv"),
                             m_profile->filePath(QStringLiteral("a.csv")) },
                         true)
                         .exitCode,
                0);
        }
    }
};

QTEST_GUILESS_MAIN(CliLiveTest)
#include "tst_clilive.moc"
