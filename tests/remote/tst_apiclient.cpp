// The API client's contract: typed errors from both error shapes, retries that honour
// Retry-After, no retry where retrying cannot help, https or loopback only, nextLinks never
// downgraded, and an extra trusted CA for a test server.

#include "domain/jsonpatch.h"
#include "remote/apiclient.h"
#include "simserver.h"
#include "support/referralbuilder.h"
#include "support/selfsigned.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

class ApiClientTest : public QObject
{
    Q_OBJECT

    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    QNetworkAccessManager m_nam;
    StaticTokenSource m_tokens { QStringLiteral("tok") };

    ApiReply run(ApiJob *job)
    {
        QSignalSpy finished(job, &ApiJob::finished);
        job->start();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<ApiReply>();
    }

    ApiSettings settings(const QUrl &base) const
    {
        ApiSettings s;
        s.apiBase = base;
        s.backoffBaseMs = 5;
        s.backoffMaxMs = 20;
        s.maxAttempts = 3;
        s.timeoutMs = 2000;
        return s;
    }

private slots:
    void init()
    {
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(QStringLiteral("tok"));
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn() > 0);
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("a"))
                                   .created(m_clock.now())
                                   .updated(m_clock.now())
                                   .json());
    }

    void onlyHttpsOrLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.partner.microsoft.com/v1.0" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/" << true;
        QTest::newRow("http loopback other") << "http://127.1.2.3/" << true;
        QTest::newRow("http localhost") << "http://localhost:9/" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:80/" << true;
        QTest::newRow("http remote") << "http://api.partner.microsoft.com/" << false;
        QTest::newRow("http private network") << "http://192.168.1.10/" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    }

    void onlyHttpsOrLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const ApiError e = ApiClient::checkUrl(QUrl(url));
        QCOMPARE(!e, allowed);
        if (!allowed)
            QCOMPARE(e.kind, ApiError::Kind::Insecure);
    }

    void nextLinksAreFollowedButNeverDowngraded()
    {
        ApiClient secure(
            &m_nam, &m_tokens, settings(QUrl(QStringLiteral("https://api.partner.microsoft.com"))));
        // The public docs show http:// nextLinks without /engagements: followed as given, over
        // https.
        QCOMPARE(secure.followLink(QUrl(QStringLiteral(
                     "http://api.partner.microsoft.com/v1.0/referrals?$skipToken=abc"))),
            QUrl(
                QStringLiteral("https://api.partner.microsoft.com/v1.0/referrals?$skipToken=abc")));
        ApiClient local(&m_nam, &m_tokens, settings(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        QCOMPARE(local.followLink(QUrl(QStringLiteral("http://127.0.0.1:1/x"))).scheme(),
            QStringLiteral("http"));
        QCOMPARE(local.referralsUrl().path(), QStringLiteral("/v1.0/engagements/referrals"));
    }

    void errorsAreTyped_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << "500" << int(ApiError::Kind::ServerError) << 500;
        QTest::newRow("503") << "503" << int(ApiError::Kind::ServerError) << 503;
        QTest::newRow("429, gateway shape") << "429" << int(ApiError::Kind::Throttled) << 429;
        QTest::newRow("malformed") << "malformed" << int(ApiError::Kind::BadResponse) << 200;
        QTest::newRow("reset") << "reset" << int(ApiError::Kind::Offline) << 0;
    }

    void errorsAreTyped()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        QFETCH(int, status);
        m_service->setRetryAfterSecs(0);
        m_service->addFault(*faultFromName(fault), 10); // more than the attempts
        ApiClient client(&m_nam, &m_tokens, settings(m_server->url()));
        const ApiReply r = run(client.get(client.referralsUrl()));
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.error.httpStatus, status);
        QCOMPARE(r.attempts, 3); // retried, then given up
        QVERIFY(r.error.isRetryable());
        QVERIFY(!r.error.describe().isEmpty());
        if (fault == QLatin1String("429"))
            QVERIFY(r.error.message.contains(
                QStringLiteral("Rate limit"))); // read from {"statusCode","message"}
    }

    void anAbortedJobNeverReportsEvenAnAnswerAlreadyOnItsWay()
    {
        // A refusal is reported from the event loop (an insecure link to follow): aborted before
        // that, the job says nothing, and it is deleted.
        ApiClient client(&m_nam, &m_tokens, settings(m_server->url()));
        ApiJob *job = client.get(QUrl(QStringLiteral("http://api.partner.microsoft.com/v1.0/x")));
        QSignalSpy finished(job, &ApiJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start();
        job->abort();
        QVERIFY(destroyed.wait());
        QCOMPARE(finished.size(), 0);
    }

    void aRetrySucceedsAfterTransientFailures()
    {
        m_service->setRetryAfterSecs(0);
        m_service->addFault(Fault::Status503, 1);
        m_service->addFault(Fault::Truncate, 1);
        ApiClient client(&m_nam, &m_tokens, settings(m_server->url()));
        const ApiReply r = run(client.get(client.referralsUrl()));
        QVERIFY2(!r.error, qPrintable(r.error.describe()));
        QVERIFY(r.attempts >= 2);
        QVERIFY(r.json.object().contains(QStringLiteral("value")));
    }

    void retryAfterIsHonoured()
    {
        m_service->setRetryAfterSecs(1);
        m_service->addFault(Fault::Throttle429, 1);
        ApiClient client(&m_nam, &m_tokens, settings(m_server->url()));
        QElapsedTimer timer;
        timer.start();
        const ApiReply r = run(client.get(client.referralsUrl()));
        QVERIFY(!r.error);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(
            timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed()))); // never sooner
    }

    void retryAfterAsAnHttpDateIsHonoured()
    {
        // The live service may send an HTTP date; it is read against the answer's own Date.
        Quirks q;
        q.retryAfterAsDate = true;
        m_service->setQuirks(q);
        m_service->setRetryAfterSecs(2);
        for (Fault f : { Fault::Throttle429, Fault::Status503 }) {
            m_service->addFault(f, 1);
            ApiClient client(&m_nam, &m_tokens, settings(m_server->url()));
            QElapsedTimer timer;
            timer.start();
            const ApiReply r = run(client.get(client.referralsUrl()));
            QVERIFY2(!r.error, qPrintable(r.error.describe()));
            QCOMPARE(r.attempts, 2);
            QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
        }
    }

    void retryAfterValuesAreRead_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("secs");
        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("IMF-fixdate") << QByteArray("Fri, 06 Nov 2026 08:49:37 GMT") << 7;
        QTest::newRow("RFC 850") << QByteArray("Friday, 06-Nov-26 08:50:30 GMT") << 60;
        QTest::newRow("asctime") << QByteArray("Fri Nov  6 08:49:31 2026") << 1;
        QTest::newRow("in the past") << QByteArray("Fri, 06 Nov 2026 08:40:00 GMT") << 0;
        QTest::newRow("a fraction of a second rounds up")
            << QByteArray("Fri, 06 Nov 2026 08:49:31 GMT") << 1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
    }

    void retryAfterValuesAreRead()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, secs);
        QCOMPARE(ApiError::parseRetryAfter(value, utc(2026, 11, 6, 8, 49, 30, 400)), secs);
    }

    void aRefusedListingIsNotARefusedChange()
    {
        Quirks q;
        q.refuseUpdatedFilter = true;
        m_service->setQuirks(q);
        ApiClient client(&m_nam, &m_tokens, settings(m_server->url()));
        QUrlQuery query;
        query.addQueryItem(
            QStringLiteral("$filter"), QStringLiteral("updatedDateTime ge 2026-01-01T00:00:00Z"));
        const ApiReply r = run(client.get(client.referralsUrl(query)));
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(r.error.operation, ApiError::Operation::List);
        QVERIFY2(!r.error.describe().contains(QStringLiteral("change")),
            qPrintable(r.error.describe()));
        QVERIFY2(r.error.describe().contains(QStringLiteral("list")),
            qPrintable(r.error.describe()));
        QVERIFY(r.error.describe().contains(QStringLiteral("updatedDateTime"))); // its words
    }

    void noRetryWhereItCannotHelp()
    {
        ApiClient client(&m_nam, &m_tokens, settings(m_server->url()));
        const ApiReply notFound = run(client.getReferral(QStringLiteral("nope")));
        QCOMPARE(notFound.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(notFound.attempts, 1);
        QCOMPARE(notFound.error.code, QStringLiteral("NotFound"));

        const ApiReply stale = run(client.patchReferral(QStringLiteral("a"),
            { JsonPatch::replace(QStringLiteral("/name"), QStringLiteral("x")) },
            QStringLiteral("\"old\""), QUuid::createUuid()));
        QCOMPARE(stale.error.kind, ApiError::Kind::Conflict);
        QCOMPARE(stale.attempts, 1);

        const ApiReply illegal = run(client.patchReferral(QStringLiteral("a"),
            { JsonPatch::replace(QStringLiteral("/status"), QStringLiteral("Active")) }, QString(),
            QUuid::createUuid()));
        QCOMPARE(illegal.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(illegal.attempts, 1);
        QVERIFY(illegal.error.describe().contains(QStringLiteral("Allowed")));

        StaticTokenSource wrong(QStringLiteral("wrong"));
        ApiClient unauthorized(&m_nam, &wrong, settings(m_server->url()));
        const ApiReply denied = run(unauthorized.get(unauthorized.referralsUrl()));
        QCOMPARE(
            denied.error.kind, ApiError::Kind::Unauthorized); // after the one refresh, which fails
    }

    void timeoutsAreTypedAndRetried()
    {
        m_service->addFault(Fault::Stall, 2);
        ApiSettings s = settings(m_server->url());
        s.timeoutMs = 200;
        ApiClient client(&m_nam, &m_tokens, s);
        const ApiReply r = run(client.get(client.referralsUrl()));
        QVERIFY2(!r.error, qPrintable(r.error.describe()));
        QCOMPARE(r.attempts, 3);
        m_service->addFault(Fault::Stall, 3);
        const ApiReply failed = run(client.get(client.referralsUrl()));
        QCOMPARE(failed.error.kind, ApiError::Kind::Timeout);
    }

    void anExtraCaIsTrustedAndNothingElse()
    {
        const SelfSigned tlsFiles = makeSelfSigned();
        QVERIFY(!tlsFiles.isNull());
        const QList<QSslCertificate> certs { tlsFiles.certificate };
        Server tls(m_service.get());
        tls.setTls(tlsFiles.certificate, tlsFiles.key);
        QVERIFY(tls.listenOn() > 0);

        QNetworkAccessManager plain;
        ApiClient untrusting(&plain, &m_tokens, settings(tls.url()));
        QCOMPARE(
            run(untrusting.get(untrusting.referralsUrl())).error.kind, ApiError::Kind::Insecure);

        QNetworkAccessManager other;
        ApiSettings s = settings(tls.url());
        s.extraCaCertificates = certs;
        ApiClient trusting(&other, &m_tokens, s);
        const ApiReply ok = run(trusting.get(trusting.referralsUrl()));
        QVERIFY2(!ok.error, qPrintable(ok.error.describe()));
    }
};

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_apiclient.moc"
