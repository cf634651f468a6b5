// referral-desk-cli end to end: the real executable against the in-process simulator, with a
// temporary profile; exit codes, JSON output, actions, offline queueing, export, sign-in.

#include "auth/signin.h"
#include "domain/labels.h"
#include "simserver.h"
#include "store/store.h"
#include "store/storedb.h"
#include "store/storerepair.h"
#include "support/clirunner.h"
#include "support/fithistory.h"
#include "support/referralbuilder.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {

const QString kToken = QStringLiteral("cli-token-d41d8cd98f");

using Run = CliRun;

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    QTemporaryDir m_profile;
    quint16 m_port = 0;

    Run cli(QStringList args, bool token = true,
        const std::function<void(QProcess &)> &whileRunning = {})
    {
        QStringList all { QStringLiteral("--profile"), m_profile.path(),
            QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:%1").arg(m_port) };
        if (token)
            all << QStringLiteral("--access-token") << kToken;
        all += args;
        return runCli(all, whileRunning);
    }

    void listen(quint16 port = 0)
    {
        m_server = std::make_unique<Server>(m_service.get());
        m_port = m_server->listenOn(QHostAddress::LocalHost, port);
        QVERIFY(m_port);
    }

private slots:
    void initTestCase()
    {
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(kToken);
        m_service->setRetryAfterSecs(0);
        m_service->addReferrals(120, 21);
        listen();
    }

    void badUsageExitsWithOne()
    {
        const Run r = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command")));
        QCOMPARE(
            cli({ QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("someday") })
                .exitCode,
            1);
        QCOMPARE(cli({ QStringLiteral("show"), QStringLiteral("no-such-id") }).exitCode, 1);
    }

    void syncThenListAsJson()
    {
        const Run sync = cli({ QStringLiteral("sync") });
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(sync.out.contains(QStringLiteral("Fetched 120 referrals")));

        const Run list = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(all.size(), 120); // archived ones included
        for (const char *field :
            { "id", "name", "customer", "stage", "outcome", "status", "substatus", "dealValue",
                "currency", "closingDate", "createdDateTime", "deadline", "badge", "pending" })
            QVERIFY2(all.first().toObject().contains(QLatin1String(field)), field);

        const Run news = cli({ QStringLiteral("list"), QStringLiteral("--stage"),
            QStringLiteral("new"), QStringLiteral("--json") });
        const QJsonArray onlyNew = QJsonDocument::fromJson(news.out.toUtf8()).array();
        QVERIFY(!onlyNew.isEmpty());
        for (const QJsonValue &v : onlyNew)
            QCOMPARE(v.toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("new"));
        QVERIFY(onlyNew.size() < all.size());
    }

    void showReadsLabelsJsonKeepsCodes()
    {
        const QJsonArray all = QJsonDocument::fromJson(
            cli({ QStringLiteral("list"), QStringLiteral("--json") }).out.toUtf8())
                                   .array();
        QVERIFY(!all.isEmpty());
        const QString id = all.first().toObject().value(QStringLiteral("id")).toString();
        const QJsonObject remote = *m_service->referral(id);
        const QJsonObject profile = remote.value(QStringLiteral("customerProfile")).toObject();
        const QString country = profile.value(QStringLiteral("address"))
                                    .toObject()
                                    .value(QStringLiteral("country"))
                                    .toString();
        const QString size = profile.value(QStringLiteral("size")).toString();
        QVERIFY(!country.isEmpty() && size.endsWith(QStringLiteral("employees")));

        // Readable: the country's name with its code, the size as a range of employees, the
        // qualification in words.
        const Run show = cli({ QStringLiteral("show"), id });
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QStringLiteral("Country: %1 (%2), size: ")
                                       .arg(Labels::countryName(country), country)),
            qPrintable(show.out));
        QVERIFY2(Labels::countryName(country) != country, qPrintable(country));
        QVERIFY2(!show.out.contains(size), qPrintable(show.out));
        static const QRegularExpression sizeLabel(QStringLiteral(
            "size: \\d[\\d.,\\x{202F}\\x{00A0}]*(–\\d[\\d.,\\x{202F}\\x{00A0}]*|\\+) "
            "employees\\n"));
        QVERIFY2(sizeLabel.match(show.out).hasMatch(), qPrintable(show.out));
        QVERIFY2(show.out.contains(QStringLiteral(" qualified\n")), qPrintable(show.out));
        QVERIFY(!show.out.contains(QStringLiteral("Qualified")));

        // --json keeps the service's own values, for scripts.
        const QJsonObject json = QJsonDocument::fromJson(
            cli({ QStringLiteral("show"), id, QStringLiteral("--json") }).out.toUtf8())
                                     .object();
        QCOMPARE(json.value(QStringLiteral("country")).toString(), country);
        QCOMPARE(json.value(QStringLiteral("remote"))
                     .toObject()
                     .value(QStringLiteral("customerProfile"))
                     .toObject()
                     .value(QStringLiteral("size"))
                     .toString(),
            size);
    }

    void actSendsAndShowTells()
    {
        const QJsonArray news
            = QJsonDocument::fromJson(cli({ QStringLiteral("list"), QStringLiteral("--stage"),
                                              QStringLiteral("new"), QStringLiteral("--json") })
                                          .out.toUtf8())
                  .array();
        const QString id = news.first().toObject().value(QStringLiteral("id")).toString();
        const Run act = cli({ QStringLiteral("act"), id, QStringLiteral("interested") });
        QVERIFY2(act.exitCode == 0, qPrintable(act.err));
        QVERIFY(act.out.contains(QStringLiteral("Sent to Partner Center")));
        QCOMPARE(m_service->referral(id)->value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Received"));

        const Run show = cli({ QStringLiteral("show"), id, QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())
                     .object()
                     .value(QStringLiteral("stage"))
                     .toString(),
            QStringLiteral("evaluating"));

        // Accept without the deal value: refused with the reason, nothing queued.
        const Run bad = cli({ QStringLiteral("act"), id, QStringLiteral("accept"),
            QStringLiteral("--currency"), QStringLiteral("EUR") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("deal value")), qPrintable(bad.err));
        const Run accept = cli({ QStringLiteral("act"), id, QStringLiteral("accept"),
            QStringLiteral("--value"), QStringLiteral("12500.50"), QStringLiteral("--currency"),
            QStringLiteral("EUR"), QStringLiteral("--closing"),
            QDate::currentDate().addDays(30).toString(Qt::ISODate) });
        QVERIFY2(accept.exitCode == 0, qPrintable(accept.err));
        QCOMPARE(m_service->referral(id)
                     ->value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("dealValue"))
                     .toDouble(),
            12500.5);
    }

    void aKwdDealKeepsItsThreeDecimalsToTheServiceAndBack()
    {
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0); // also when run on its own
        const QJsonArray news
            = QJsonDocument::fromJson(cli({ QStringLiteral("list"), QStringLiteral("--stage"),
                                              QStringLiteral("new"), QStringLiteral("--json") })
                                          .out.toUtf8())
                  .array();
        const QString id = news.last().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(cli({ QStringLiteral("act"), id, QStringLiteral("interested") }).exitCode, 0);
        const auto accept = [&](const char *value, const char *currency) {
            return cli({ QStringLiteral("act"), id, QStringLiteral("accept"),
                QStringLiteral("--value"), QLatin1String(value), QStringLiteral("--currency"),
                QLatin1String(currency), QStringLiteral("--closing"),
                QDate::currentDate().addDays(30).toString(Qt::ISODate) });
        };
        const Run yen = accept("1301000.5", "JPY");
        QCOMPARE(yen.exitCode, 1);
        QVERIFY2(yen.err.contains(QStringLiteral("JPY has no decimals.")), qPrintable(yen.err));
        const Run dinars = accept("12345.678", "KWD");
        QVERIFY2(dinars.exitCode == 0, qPrintable(dinars.err));
        const QJsonObject details
            = m_service->referral(id)->value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("currency")).toString(), QStringLiteral("KWD"));
        QCOMPARE(details.value(QStringLiteral("dealValue")).toDouble(), 12345.678);
        // --json writes the number exactly as the service has it.
        const Run show = cli({ QStringLiteral("show"), id, QStringLiteral("--json") });
        QVERIFY2(
            show.out.contains(QStringLiteral("\"dealValue\": 12345.678")), qPrintable(show.out));
        const Run text = cli({ QStringLiteral("show"), id });
        QVERIFY2(text.out.contains(QStringLiteral("345.678 KWD")), qPrintable(text.out));
    }

    void offlineActionsAreKeptAndSentLater()
    {
        const QJsonArray news
            = QJsonDocument::fromJson(cli({ QStringLiteral("list"), QStringLiteral("--stage"),
                                              QStringLiteral("new"), QStringLiteral("--json") })
                                          .out.toUtf8())
                  .array();
        const QString id = news.last().toObject().value(QStringLiteral("id")).toString();
        const quint16 port = m_port;
        m_server.reset();
        const Run offline = cli({ QStringLiteral("act"), id, QStringLiteral("no-thanks") });
        QCOMPARE(offline.exitCode, 3);
        QVERIFY(offline.err.contains(QStringLiteral("kept")));
        const QJsonObject shown = QJsonDocument::fromJson(
            cli({ QStringLiteral("show"), id, QStringLiteral("--json") }).out.toUtf8())
                                      .object();
        QCOMPARE(shown.value(QStringLiteral("pending")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("outcome")).toString(), QStringLiteral("skipped"));

        listen(port);
        QCOMPARE(cli({ QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(m_service->referral(id)->value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Declined"));
    }

    void conflictsRemainExitFour()
    {
        const QJsonArray news
            = QJsonDocument::fromJson(cli({ QStringLiteral("list"), QStringLiteral("--stage"),
                                              QStringLiteral("new"), QStringLiteral("--json") })
                                          .out.toUtf8())
                  .array();
        const QString id = news.first().toObject().value(QStringLiteral("id")).toString();
        QJsonObject doc = *m_service->referral(id);
        doc.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        doc.insert(QStringLiteral("substatus"), QStringLiteral("Declined"));
        m_service->putReferral(doc); // a colleague declined it; we have not synced since
        const Run act = cli({ QStringLiteral("act"), id, QStringLiteral("interested") });
        QCOMPARE(act.exitCode, 4);
        QCOMPARE(cli({ QStringLiteral("status") }).exitCode, 4);
    }

    void exportWritesCsvOwnerOnly()
    {
        const QString file = m_profile.filePath(QStringLiteral("archive.csv"));
        const Run r = cli({ QStringLiteral("export"), QStringLiteral("--stage"),
            QStringLiteral("archived"), QStringLiteral("--csv"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        // The app's layout (one implementation, ArchiveExport): the id first.
        QVERIFY2(csv.startsWith("\xEF\xBB\xBF"
                                "Referral ID,Customer,Referral,Outcome,Reason,Country"),
            csv.left(120).constData());
        QVERIFY(csv.count("\r\n") > 10);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void theTokenIsNeverWritten()
    {
        QDirIterator it(m_profile.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kToken.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 2); // the database and settings.ini at least
    }

    void signInWithADeviceCodeThenSyncWithoutAToken()
    {
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the keyring of ./scripts/test");
        QNetworkAccessManager nam;
        const QString authority = QStringLiteral("http://127.0.0.1:%1/organizations").arg(m_port);
        const Run none = cli({ QStringLiteral("sync") }, false);
        QCOMPARE(none.exitCode, 2); // not signed in yet

        const Run signIn = cli(
            { QStringLiteral("--authority"), authority, QStringLiteral("--client-id"),
                QStringLiteral("3f1c2a9e-5b7d-4c8e-9a10-2b3c4d5e6f70"), QStringLiteral("sign-in") },
            false, [&](QProcess &p) {
                // Read the code the tool prints and approve it as the person would.
                QString printed;
                QTRY_VERIFY_WITH_TIMEOUT((printed += QString::fromUtf8(p.readAllStandardOutput()))
                                             .contains(QStringLiteral("enter the code")),
                    20000);
                const QRegularExpressionMatch m = QRegularExpression(
                    QStringLiteral("(http\\S+/_sim/device) and enter the code (\\w+)"))
                                                      .match(printed);
                QVERIFY(m.hasMatch());
                QNetworkReply *reply = nam.get(QNetworkRequest(
                    QUrl(m.captured(1) + QStringLiteral("?user_code=") + m.captured(2))));
                QSignalSpy approved(reply, &QNetworkReply::finished);
                QVERIFY(approved.wait(20000));
                reply->deleteLater();
            });
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.err));
        // The refresh token is in the keychain, and in no file of the profile.
        AuthSettings auth;
        auth.authority = QUrl(authority);
        auth.clientId = QStringLiteral("3f1c2a9e-5b7d-4c8e-9a10-2b3c4d5e6f70");
        CredentialStore keychain;
        CredentialStore::Result stored;
        bool read = false;
        keychain.read(auth.account(), [&](const CredentialStore::Result &r) {
            stored = r;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
        QCOMPARE(stored.status, CredentialStore::Status::Ok);
        QVERIFY(!stored.secret.isEmpty());
        QDirIterator files(m_profile.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(stored.secret.toUtf8()), qPrintable(f.fileName()));
        }
        // Signed in through the keychain now; (4 = the conflict left by conflictsRemainExitFour).
        const Run sync = cli({ QStringLiteral("sync") }, false);
        QVERIFY2(sync.exitCode == 4 && sync.out.contains(QStringLiteral("Fetched")),
            qPrintable(sync.err));
        QCOMPARE(cli({ QStringLiteral("sign-out") }, false).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("sync") }, false).exitCode, 2);
    }

    void showListsTheSameCustomersOtherReferrals()
    {
        QTemporaryDir profile; // its own database, with customers chosen for it
        {
            Store s;
            QVERIFY(!s.open(Store::defaultPath(profile.path())));
            const auto make = [](const char *id, const char *customer, int day) {
                return ReferralBuilder()
                    .set("id", QString::fromLatin1(id))
                    .set("name", QStringLiteral("Request ") + QLatin1String(id))
                    .set("customerProfile",
                        QJsonObject { { QStringLiteral("name"), QString::fromUtf8(customer) } })
                    .created(utc(2026, 3, day, 9));
            };
            s.upsert({ make("now", "Contoso GmbH", 20).inNew().build(),
                make("before", "CONTOSO gmbh", 10).archived(QStringLiteral("Lost")).build(),
                make("other", "Contoso Pharmacy", 15).archived(QStringLiteral("Won")).build() });
        }
        const QStringList base { QStringLiteral("--profile"), profile.path(),
            QStringLiteral("show"), QStringLiteral("now") };
        const Run json = runCli(base + QStringList { QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray related = QJsonDocument::fromJson(json.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("related"))
                                       .toArray();
        QCOMPARE(related.size(), 1);
        const QJsonObject before = related.first().toObject();
        QCOMPARE(before.value(QStringLiteral("id")).toString(), QStringLiteral("before"));
        QCOMPARE(before.value(QStringLiteral("customer")).toString(), QStringLiteral("CONTOSO gmbh"));
        QCOMPARE(before.value(QStringLiteral("name")).toString(), QStringLiteral("Request before"));
        QCOMPARE(before.value(QStringLiteral("stage")).toString(), QStringLiteral("archived"));
        QCOMPARE(before.value(QStringLiteral("outcome")).toString(), QStringLiteral("lost"));
        QCOMPARE(before.value(QStringLiteral("created")).toString(),
            QStringLiteral("2026-03-10T09:00:00Z"));
        QVERIFY(before.contains(QStringLiteral("closed")));

        // The other side sees the new one, still open: its outcome is null.
        const Run back = runCli({ QStringLiteral("--profile"), profile.path(),
            QStringLiteral("show"), QStringLiteral("before"), QStringLiteral("--json") });
        const QJsonObject now = QJsonDocument::fromJson(back.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("related"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(now.value(QStringLiteral("id")).toString(), QStringLiteral("now"));
        QVERIFY(now.value(QStringLiteral("outcome")).isNull());

        const Run text = runCli(base);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Also from this customer:\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("before  CONTOSO gmbh — Request before: ")
                                       + outcomeName(Outcome::Lost)),
            qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("Contoso Pharmacy")));
    }

    void compactSaysWhatItDidOrWhyNot()
    {
        QTemporaryDir profile; // its own database
        const QString file = Store::defaultPath(profile.path());
        {
            Store s;
            QVERIFY(!s.openAtVersion(file, 16)); // documents kept as text
            s.upsert({ ReferralBuilder().set("id", QStringLiteral("compact-1")).archived() });
        }
        const QStringList compact { QStringLiteral("--profile"), profile.path(),
            QStringLiteral("compact") };
        {
            Store open; // another session: refused, nothing changed
            QVERIFY(!open.open(file));
            const Run refused = runCli(compact);
            QVERIFY2(refused.exitCode == 1 && refused.err.contains(QStringLiteral("Close it")),
                qPrintable(refused.err));
        }
        const Run r = runCli(compact);
        QVERIFY2(
            r.exitCode == 0 && r.out.contains(QStringLiteral("Referrals stored compressed: 1.")),
            qPrintable(r.out + r.err));
        Store s;
        QVERIFY(!s.open(file));
        QVERIFY(s.referral(QStringLiteral("compact-1")));
    }

    void repairKeepsTheDamagedFileAndSavesQueuedActions()
    {
        QTemporaryDir profile; // its own database: the other tests' profile stays healthy
        const QString file = Store::defaultPath(profile.path());
        QUuid requestId;
        {
            Store s;
            QVERIFY(!s.open(file));
            s.upsert({ ReferralBuilder().set("id", QStringLiteral("repair-1")) });
            const Store::ActionResult r = s.applyAction(QStringLiteral("repair-1"),
                Action::Interested, {}, QDateTime::currentDateTimeUtc());
            QVERIFY(r.ok());
            requestId = r.entry->requestId;
        }
        const QStringList repair { QStringLiteral("--profile"), profile.path(),
            QStringLiteral("repair") };
        const auto bytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray healthy = bytes(file);
        Run r = runCli(repair);
        QVERIFY2(
            r.exitCode == 0 && r.out.contains(QStringLiteral("not damaged")), qPrintable(r.err));
        QCOMPARE(bytes(file), healthy);

        // Garbage over an index page: the integrity check fails, the outbox stays readable.
        qint64 pageSize = 0;
        qint64 root = 0;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                          "'referrals_by_stage'"))
                && q.next());
            root = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.seek((root - 1) * pageSize));
            QCOMPARE(f.write(QByteArray(pageSize, '\xA5')), pageSize);
        }
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::Corrupt);

        // After a crash (the record a killed session leaves, see tst_sessionlock) a command
        // checks the file first and says what to do instead of working on a damaged one.
        {
            QFile crashed(file + QStringLiteral(".check"));
            QVERIFY(crashed.open(QIODevice::WriteOnly));
        }
        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 1); // bad input: nothing was done
        QVERIFY2(r.err.contains(QStringLiteral("damaged"))
                && r.err.contains(QStringLiteral("referral-desk-cli repair")),
            qPrintable(r.err));

        r = runCli(repair);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(QStringLiteral("Queued actions: 1 saved, 0 lost")), qPrintable(r.out));
        const QStringList kept // the file itself; its -wal and -shm are kept beside it
            = QDir(profile.path())
                  .entryList({ QStringLiteral("referrals.sqlite.damaged-*") })
                  .filter(QRegularExpression(QStringLiteral("damaged-[0-9-]+$")));
        QCOMPARE(kept.size(), 1);
        QVERIFY2(r.out.contains(kept.first()), qPrintable(r.out));
        Store repaired;
        QVERIFY(!repaired.open(file));
        QCOMPARE(repaired.outbox().size(), 1);
        QCOMPARE(repaired.outbox().first().requestId, requestId);
        repaired.close();
        QVERIFY(runCli(repair).out.contains(QStringLiteral("not damaged")));
    }

    void fitInListAndShow()
    {
        // The fit's history and two New referrals, changed now so the incremental sync reads
        // them: r-0100 like the ones won, r-0101 like the ones declined or missed.
        const QString now = ReferralJson::formatInstant(QDateTime::currentDateTimeUtc());
        QList<QJsonObject> docs = test::fitHistory();
        docs.append(test::fitDoc(100, test::kWonKind, "New", "Pending"));
        docs.append(test::fitDoc(101, test::kDeclinedKind, "New", "Pending"));
        for (QJsonObject &doc : docs) {
            doc.insert(QStringLiteral("updatedDateTime"), now);
            if (doc.value(QStringLiteral("status")).toString() == QLatin1String("New"))
                doc.insert(QStringLiteral("createdDateTime"), now); // not missed by the service
            m_service->putReferral(doc);
        }
        const int synced = cli({ QStringLiteral("sync") }).exitCode;
        QVERIFY2(synced == 0 || synced == 4, qPrintable(QString::number(synced)));

        const Run list = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        QHash<QString, QJsonObject> fits;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject fit = v.toObject().value(QStringLiteral("fit")).toObject();
            const QString level = fit.value(QStringLiteral("level")).toString();
            QVERIFY2(QStringList({ QStringLiteral("high"), QStringLiteral("medium"),
                         QStringLiteral("low"), QStringLiteral("unknown") })
                         .contains(level),
                qPrintable(level));
            // A score exactly when there is enough history.
            QCOMPARE(fit.value(QStringLiteral("score")).isNull(), level == QLatin1String("unknown"));
            QVERIFY(fit.value(QStringLiteral("basis")).isDouble());
            QVERIFY(!fit.value(QStringLiteral("because")).toString().isEmpty());
            fits.insert(v.toObject().value(QStringLiteral("id")).toString(), fit);
        }
        const QJsonObject liked = fits.value(QStringLiteral("r-0100"));
        const QJsonObject unliked = fits.value(QStringLiteral("r-0101"));
        QCOMPARE(liked.value(QStringLiteral("level")).toString(), QStringLiteral("high"));
        QVERIFY(liked.value(QStringLiteral("score")).toInt()
            > unliked.value(QStringLiteral("score")).toInt());
        QVERIFY(liked.value(QStringLiteral("basis")).toInt() >= 8);

        const QJsonObject shown = QJsonDocument::fromJson(
            cli({ QStringLiteral("show"), QStringLiteral("r-0100"), QStringLiteral("--json") })
                .out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("fit"))
                                      .toObject();
        QCOMPARE(shown, liked);
        const Run plain = cli({ QStringLiteral("show"), QStringLiteral("r-0100") });
        QVERIFY(plain.out.contains(liked.value(QStringLiteral("because")).toString()));
    }

    void anOlderStoreUsedOnlyHereIsBroughtUpToDateOnce()
    {
        // Stored by a version before customer keys (15) and fit counts (16); the app would key
        // and count it in the background, a command line alone does it on first use.
        QTemporaryDir profile;
        {
            Store old;
            QVERIFY(!old.openAtVersion(Store::defaultPath(profile.path()), 13));
            QList<Referral> all;
            for (const QJsonObject &doc : test::fitHistory())
                all.append(*ReferralJson::fromObject(doc).referral);
            all.append(test::fitReferral(100, test::kWonKind, "New", "Pending"));
            QJsonObject again = test::fitDoc(101, test::kDeclinedKind, "New", "Pending");
            again.insert(QStringLiteral("customerProfile"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Customer 100") } });
            all.append(*ReferralJson::fromObject(again).referral);
            old.upsert(all);
        }
        const QStringList show { QStringLiteral("--profile"), profile.path(),
            QStringLiteral("show"), QStringLiteral("r-0100"), QStringLiteral("--json") };
        const Run first = runCli(show);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("Updating the local database")),
            qPrintable(first.err));
        const QJsonObject o = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(
            o.value(QStringLiteral("fit")).toObject().value(QStringLiteral("level")).toString(),
            QStringLiteral("high"));
        const QJsonArray related = o.value(QStringLiteral("related")).toArray();
        QCOMPARE(related.size(), 1);
        QCOMPARE(related.first().toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("r-0101"));
        // Once: the next command has nothing left to do and says nothing about it.
        const Run second = runCli(show);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(!second.err.contains(QStringLiteral("Updating the local database")),
            qPrintable(second.err));
        const QJsonObject again = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(again.value(QStringLiteral("fit")), o.value(QStringLiteral("fit")));
        QCOMPARE(again.value(QStringLiteral("related")), o.value(QStringLiteral("related")));
    }

    void aFitThatCannotBeReadIsNotCalledNotEnoughHistory()
    {
        QTemporaryDir profile;
        {
            Store s;
            QVERIFY(!s.open(Store::defaultPath(profile.path())));
            s.upsert({ test::fitReferral(100, test::kWonKind, "New", "Pending") });
            QSqlQuery q(s.db().database());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE fit_products"))); // a damaged store
        }
        const Run json = runCli({ QStringLiteral("--profile"), profile.path(),
            QStringLiteral("show"), QStringLiteral("r-0100"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0); // the referral itself is shown
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("r-0100"));
        QVERIFY(o.contains(QStringLiteral("fit")));
        QVERIFY(o.value(QStringLiteral("fit")).isNull());
        QVERIFY2(
            json.err.contains(QStringLiteral("Could not read the fit: ")), qPrintable(json.err));
        QVERIFY2(json.err.contains(QStringLiteral("fit_products")), qPrintable(json.err));

        const Run plain = runCli({ QStringLiteral("--profile"), profile.path(),
            QStringLiteral("show"), QStringLiteral("r-0100") });
        QVERIFY(!plain.out.contains(QStringLiteral("Fit:")));
        QVERIFY(!plain.out.contains(QStringLiteral("Not enough history")));
        QVERIFY2(
            plain.err.contains(QStringLiteral("Could not read the fit: ")), qPrintable(plain.err));
    }

    void listSearchFindsAFragmentInAnyScript()
    {
        // One open and one archived referral whose names only a fragment search finds.
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("search-open"))
                                   // Changed now: an incremental sync after the earlier tests
                                   // asks only for what changed since its cursor.
                                   .created(QDateTime::currentDateTimeUtc().addSecs(-60))
                                   .updated(QDateTime::currentDateTimeUtc())
                                   .set("customerProfile",
                                       QJsonObject { { QStringLiteral("name"),
                                           QStringLiteral("有限会社みどり運輸") } })
                                   .json());
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("search-archived"))
                                   .created(QDateTime::currentDateTimeUtc().addSecs(-60))
                                   .updated(QDateTime::currentDateTimeUtc())
                                   .archived(QStringLiteral("Lost"))
                                   .set("customerProfile",
                                       QJsonObject { { QStringLiteral("name"),
                                           QStringLiteral("Šťastný Strojírny s.r.o.") } })
                                   .json());
        // 4: the conflicts an earlier test left are still there; the sync itself went through.
        const int synced = cli({ QStringLiteral("sync") }).exitCode;
        QVERIFY2(synced == 0 || synced == 4, qPrintable(QString::number(synced)));
        const auto ids = [this](const QString &search) {
            const Run r = cli({ QStringLiteral("list"), QStringLiteral("--search"), search,
                QStringLiteral("--json") });
            QStringList out;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                out.append(v.toObject().value(QStringLiteral("id")).toString());
            return out;
        };
        // Names the simulator's own referrals do not have: each found by a fragment alone.
        QCOMPARE(ids(QStringLiteral("みどり")), QStringList { QStringLiteral("search-open") });
        QCOMPARE(ids(QStringLiteral("運輸")), QStringList { QStringLiteral("search-open") });
        QCOMPARE(ids(QStringLiteral("stastny")), QStringList { QStringLiteral("search-archived") });
        QCOMPARE(ids(QStringLiteral("ROJÍR")), QStringList { QStringLiteral("search-archived") });
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
