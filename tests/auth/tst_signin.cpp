// Sign-in against the simulator with a real Secret Service (gnome-keyring on the private bus that
// scripts/test starts): both OAuth flows, refresh rotation, restore, sign-out; and, run again
// without any bus (see tests/CMakeLists.txt), the clear "no keyring" answer.

#include "auth/signin.h"
#include "simserver.h"
#include "support/referralbuilder.h"
#include "support/simhelpers.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {

bool expectNoKeyring()
{
    return qEnvironmentVariableIntValue("RD_EXPECT_NO_KEYRING") == 1;
}

/// Spins the event loop until the keychain job answers (its own timeout bounds the wait).
CredentialStore::Result waitFor(const std::function<void(CredentialStore::Callback)> &start)
{
    CredentialStore::Result result;
    bool done = false;
    start([&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 30000)
        QTest::qWait(5);
    return result;
}

} // namespace

// Keychain tests need the Secret Service that scripts/test starts; in CI its absence is a failure.
#define REQUIRE_KEYRING()                                                                          \
    do {                                                                                           \
        const QString problem = CredentialStore::backendProblem();                                 \
        if (!problem.isEmpty()) {                                                                  \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(qPrintable(QStringLiteral("no Secret Service in CI: ") + problem));          \
            QSKIP("no Secret Service here: run the tests through ./scripts/test");                 \
        }                                                                                          \
    } while (false)

class SignInTest : public QObject
{
    Q_OBJECT

    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials { QStringLiteral("Referral Desk tests") };

    AuthSettings authSettings() const
    {
        AuthSettings s;
        QUrl authority = m_server->url();
        authority.setPath(QStringLiteral("/organizations"));
        s.authority = authority;
        s.clientId = QStringLiteral("referral-desk-test");
        return s;
    }

    void browse(const QUrl &url) { followSignInPage(m_nam, url); }

    int apiStatus(TokenSource *tokens)
    {
        ApiSettings s;
        s.apiBase = m_server->url();
        s.backoffBaseMs = 5;
        ApiClient client(&m_nam, tokens, s);
        ApiJob *job = client.get(client.referralsUrl());
        QSignalSpy finished(job, &ApiJob::finished);
        job->start();
        if (!finished.wait(20000))
            return -1;
        const ApiReply reply = finished.first().first().value<ApiReply>();
        return reply.error ? -int(reply.error.kind) : reply.status;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        if (expectNoKeyring()
            && QByteArray(QTest::currentTestFunction()) != "withoutAKeyringTheAnswerIsClear")
            QSKIP("this run checks the no-keyring case only");
        m_clock.setNow(utc(2026, 3, 2, 9, 0));
        m_service = std::make_unique<Service>(&m_clock);
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn() > 0);
    }

    void cleanup()
    {
        m_server.reset();
        m_service.reset();
    }

    void credentialStoreRoundTrip()
    {
        REQUIRE_KEYRING();
        const QString account = QStringLiteral("round-trip@test");
        QCOMPARE(waitFor([&](auto cb) {
            m_credentials.write(account, QStringLiteral("s3cret"), cb);
        }).status,
            CredentialStore::Status::Ok);
        const CredentialStore::Result read
            = waitFor([&](auto cb) { m_credentials.read(account, cb); });
        QCOMPARE(read.status, CredentialStore::Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("s3cret"));
        QCOMPARE(waitFor([&](auto cb) { m_credentials.remove(account, cb); }).status,
            CredentialStore::Status::Ok);
        QCOMPARE(waitFor([&](auto cb) { m_credentials.read(account, cb); }).status,
            CredentialStore::Status::NotFound);
        QCOMPARE(waitFor([&](auto cb) { m_credentials.remove(account, cb); }).status,
            CredentialStore::Status::Ok); // idempotent
    }

    void browserSignInWithPkceThenRefreshRotation()
    {
        REQUIRE_KEYRING();
        m_service->setAccessTokenLifetimeSecs(600);
        SignIn session(&m_nam, &m_credentials, authSettings(), &m_clock);
        QSignalSpy signedIn(&session, &SignIn::signedIn);
        QSignalSpy failed(&session, &SignIn::failed);
        session.signInWithBrowser([this](const QUrl &url) {
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("code_challenge_method")),
                QStringLiteral("S256"));
            browse(url);
        });
        QVERIFY(signedIn.wait(20000));
        QVERIFY(failed.isEmpty());
        QVERIFY(session.isSignedIn());
        QVERIFY(!session.accessToken().isEmpty());
        QCOMPARE(apiStatus(&session), 200);

        // The refresh token is in the keychain, and only there.
        const CredentialStore::Result stored
            = waitFor([&](auto cb) { m_credentials.read(authSettings().account(), cb); });
        QCOMPARE(stored.status, CredentialStore::Status::Ok);
        QVERIFY(stored.secret.startsWith(QStringLiteral("rt-")));

        // Ten minutes on, the access token is stale: a call refreshes once and goes through, and
        // the keychain now holds the rotated refresh token.
        m_clock.advanceSecs(601);
        QVERIFY(session.accessToken().isEmpty());
        QCOMPARE(apiStatus(&session), 200);
        const CredentialStore::Result rotated
            = waitFor([&](auto cb) { m_credentials.read(authSettings().account(), cb); });
        QVERIFY(rotated.secret != stored.secret);
        QVERIFY(!rotated.secret.isEmpty());

        // A new session (the next app start) restores from the keychain.
        SignIn next(&m_nam, &m_credentials, authSettings(), &m_clock);
        QSignalSpy restored(&next, &SignIn::restored);
        next.restore();
        QVERIFY(restored.wait(20000));
        QCOMPARE(restored.first().at(0).toBool(), true);
        QCOMPARE(apiStatus(&next), 200); // no access token yet: 401, refresh, retry

        // Settings name another client (the settings dialog, no restart): its session is not
        // this one, so it is signed out until that client signs in; back again, restored.
        AuthSettings other = authSettings();
        other.clientId = QStringLiteral("another-client");
        restored.clear();
        next.setSettings(other);
        QVERIFY(restored.wait(20000));
        QCOMPARE(restored.first().at(0).toBool(), false);
        QVERIFY(!next.isSignedIn());
        QVERIFY(next.accessToken().isEmpty());
        restored.clear();
        next.setSettings(other); // the same again: nothing happens
        next.setSettings(authSettings());
        QVERIFY(restored.wait(20000));
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().at(0).toBool(), true);
        QCOMPARE(apiStatus(&next), 200);

        // Sign-out forgets everything.
        QSignalSpy signedOut(&next, &SignIn::signedOut);
        next.signOut();
        QVERIFY(signedOut.wait(20000));
        QVERIFY(!next.isSignedIn());
        QCOMPARE(waitFor([&](auto cb) { m_credentials.read(authSettings().account(), cb); }).status,
            CredentialStore::Status::NotFound);
        QCOMPARE(apiStatus(&next), -int(ApiError::Kind::Unauthorized));
    }

    void aShortLivedAccessTokenIsSentAndRefreshedWithoutSigningOut()
    {
        REQUIRE_KEYRING();
        // Some tenants issue access tokens that live less than half a minute.
        m_service->setAccessTokenLifetimeSecs(20);
        SignIn session(&m_nam, &m_credentials, authSettings(), &m_clock);
        QSignalSpy signedIn(&session, &SignIn::signedIn);
        QSignalSpy signedOut(&session, &SignIn::signedOut);
        QSignalSpy failed(&session, &SignIn::failed);
        session.signInWithBrowser([this](const QUrl &url) { browse(url); });
        QVERIFY(signedIn.wait(20000));
        QVERIFY(!session.accessToken().isEmpty()); // 20 seconds left: still sent
        QCOMPARE(apiStatus(&session), 200);
        // When it has expired, the service says so, one refresh follows, and the call succeeds.
        m_clock.advanceSecs(21);
        QCOMPARE(apiStatus(&session), 200);
        m_clock.advanceSecs(21);
        QCOMPARE(apiStatus(&session), 200);
        QVERIFY(signedOut.isEmpty());
        QVERIFY(failed.isEmpty());
        QVERIFY(session.isSignedIn());
    }

    void aSignInWithoutAClientIdFailsAtOnceWithoutABrowser()
    {
        AuthSettings none = authSettings();
        none.clientId.clear();
        SignIn session(&m_nam, &m_credentials, none, &m_clock);
        QSignalSpy failed(&session, &SignIn::failed);
        bool browserOpened = false;
        session.signInWithBrowser([&](const QUrl &) { browserOpened = true; });
        QVERIFY(failed.wait(5000));
        QVERIFY(!browserOpened);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("client")),
            qPrintable(failed.first().first().toString()));
    }

    void aSignInNobodyFinishesGivesUp()
    {
        SignIn session(&m_nam, &m_credentials, authSettings(), &m_clock);
        session.setSignInTimeoutMs(300);
        QSignalSpy failed(&session, &SignIn::failed);
        QUrl opened;
        session.signInWithBrowser([&](const QUrl &url) { opened = url; }); // never signed in
        QVERIFY(opened.isValid());
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not completed")),
            qPrintable(failed.first().first().toString()));
        // The loopback listener is gone: a late answer finds nobody.
        QNetworkReply *late = m_nam.get(QNetworkRequest(
            QUrl(QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                + QStringLiteral("?code=x&state=y"))));
        QSignalSpy done(late, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(late->error() != QNetworkReply::NoError);
        late->deleteLater();
    }

    void aRefusedSignInIsSaidOnceWithItsReason()
    {
        SignIn session(&m_nam, &m_credentials, authSettings(), &m_clock);
        session.setSignInTimeoutMs(500);
        QSignalSpy failed(&session, &SignIn::failed);
        QUrl redirect;
        session.signInWithBrowser([&](const QUrl &url) {
            redirect = QUrl(QUrlQuery(url).queryItemValue(
                QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QUrlQuery answer;
            answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            answer.addQueryItem(
                QStringLiteral("error_description"), QStringLiteral("The user declined consent."));
            answer.addQueryItem(QStringLiteral("state"),
                QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
            QUrl back = redirect;
            back.setQuery(answer);
            QNetworkReply *reply = m_nam.get(QNetworkRequest(back));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("declined consent")),
            qPrintable(failed.first().first().toString()));
        // No "not completed within …" later over the real reason
        QVERIFY(!failed.wait(2000));
        QCOMPARE(failed.size(), 1);
    }

    void aCancelledSignInSaysNothingMore()
    {
        SignIn session(&m_nam, &m_credentials, authSettings(), &m_clock);
        session.setSignInTimeoutMs(200);
        QSignalSpy failed(&session, &SignIn::failed);
        QSignalSpy signedIn(&session, &SignIn::signedIn);
        session.signInWithBrowser([](const QUrl &) {});
        session.cancel();
        QVERIFY(!failed.wait(2000)); // the timeout (200 ms) went with the sign-in
        QVERIFY(signedIn.isEmpty());
    }

    void aSpentRefreshTokenSignsOut()
    {
        REQUIRE_KEYRING();
        SignIn session(&m_nam, &m_credentials, authSettings(), &m_clock);
        QSignalSpy signedIn(&session, &SignIn::signedIn);
        session.signInWithBrowser([this](const QUrl &url) { browse(url); });
        QVERIFY(signedIn.wait(20000));
        // The simulator forgets every token (as after a password change).
        Request reset;
        reset.method = "POST";
        reset.path = QStringLiteral("/_sim/reset");
        m_service->handle(reset);
        m_clock.advanceSecs(3601);
        QSignalSpy signedOut(&session, &SignIn::signedOut);
        QCOMPARE(apiStatus(&session), -int(ApiError::Kind::Unauthorized));
        QVERIFY(signedOut.count() == 1 || signedOut.wait(20000));
        QVERIFY(!session.isSignedIn());
        QCOMPARE(waitFor([&](auto cb) { m_credentials.read(authSettings().account(), cb); }).status,
            CredentialStore::Status::NotFound);
    }

    void deviceCodeSignIn()
    {
        REQUIRE_KEYRING();
        SignIn session(&m_nam, &m_credentials, authSettings(), &m_clock);
        QSignalSpy signedIn(&session, &SignIn::signedIn);
        connect(&session, &SignIn::deviceCode, this,
            [this](const QString &message, const QString &userCode, const QUrl &where) {
                QVERIFY(message.contains(userCode));
                // The person opens the page on another device and enters the code.
                QUrl approve = where;
                approve.setQuery(QStringLiteral("user_code=") + userCode);
                QNetworkReply *reply = m_nam.get(QNetworkRequest(approve));
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            });
        session.signInWithDeviceCode();
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(apiStatus(&session), 200);
    }

    void withoutAKeyringTheAnswerIsClear()
    {
        if (!expectNoKeyring())
            QSKIP("runs as credentials_nobackend, without a session bus");
        QVERIFY(!CredentialStore::backendProblem().isEmpty());
        const CredentialStore::Result r
            = waitFor([&](auto cb) { m_credentials.read(QStringLiteral("any"), cb); });
        QCOMPARE(r.status, CredentialStore::Status::Unavailable);
        QVERIFY2(r.message.contains(QStringLiteral("keyring")), qPrintable(r.message));
        CredentialStore credentials;
        SignIn session(&m_nam, &credentials, authSettings(), &m_clock);
        QSignalSpy restored(&session, &SignIn::restored);
        session.restore();
        QVERIFY(restored.wait(20000));
        QCOMPARE(restored.first().at(0).toBool(), false);
        QVERIFY(!restored.first().at(1).toString().isEmpty()); // not a silent "signed out"
        // And a sign-in cannot keep its refresh token: it fails with the reason, never in plain
        // text.
        QSignalSpy failed(&session, &SignIn::failed);
        session.signInWithBrowser([this](const QUrl &url) { browse(url); });
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("keyring")));
    }
};

QTEST_GUILESS_MAIN(SignInTest)
#include "tst_signin.moc"
