#include "signin.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSignIn, "rd.auth.signin")

namespace rd {

namespace {

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QUrl AuthSettings::endpoint(const char *name) const
{
    QUrl url = authority;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/oauth2/v2.0/") + QLatin1String(name));
    return url;
}

QString AuthSettings::account() const
{
    return clientId + QLatin1Char('@') + authority.host()
        + (authority.port() > 0 ? QLatin1Char(':') + QString::number(authority.port()) : QString())
        + authority.path();
}

SignIn::SignIn(QNetworkAccessManager *nam, CredentialStore *credentials, AuthSettings settings,
    Clock *clock, QObject *parent)
    : TokenSource(parent)
    , m_nam(nam)
    , m_credentials(credentials)
    , m_settings(std::move(settings))
    , m_clock(clock)
{
}

SignIn::~SignIn() = default;

QString SignIn::accessToken() const
{
    // Sent until its lifetime is over, however short that is (some tenants issue tokens that
    // live less than a minute): the service says when it no longer takes it, and a 401 then
    // refreshes once. Withholding a short-lived token would only fail again after the refresh.
    if (m_accessToken.isEmpty() || !m_accessExpires.isValid() || m_clock->now() >= m_accessExpires)
        return {};
    return m_accessToken;
}

QString SignIn::requestedScopes() const
{
    // offline_access is what brings a refresh token; the API scope alone would not.
    QStringList scopes = m_settings.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.contains(QLatin1String("offline_access")))
        scopes.append(QStringLiteral("offline_access"));
    return scopes.join(QLatin1Char(' '));
}

QString SignIn::settingsProblem() const
{
    if (m_settings.clientId.trimmed().isEmpty())
        return tr("No application (client) id is set: connect to Partner Center first (File › "
                  "Sign In, or referral-desk-cli --tenant … --client-id … sign-in).");
    if (!m_settings.authority.isValid() || m_settings.authority.host().isEmpty())
        return tr("The sign-in authority “%1” is not a web address.")
            .arg(m_settings.authority.toString());
    if (const ApiError insecure = ApiClient::checkUrl(m_settings.authority))
        return insecure.message;
    return QString();
}

void SignIn::restore()
{
    m_credentials->read(
        m_settings.account(), [this, generation = m_generation](const CredentialStore::Result &r) {
            if (generation != m_generation)
                return; // the settings changed meanwhile; their own restore answers
            if (!m_refreshToken.isEmpty()) {
                // A sign-in finished while the keychain was being read: that session stands,
                // never the older token the keychain may still hold.
                emit restored(true, QString());
                return;
            }
            if (r.status == CredentialStore::Status::Ok && !r.secret.isEmpty()) {
                m_refreshToken = r.secret;
                emit restored(true, QString());
                return;
            }
            emit restored(
                false, r.status == CredentialStore::Status::NotFound ? QString() : r.message);
        });
}

QNetworkReply *SignIn::postForm(const QUrl &url, const QList<QPair<QString, QString>> &form)
{
    QUrlQuery body;
    body.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    for (const auto &item : form)
        body.addQueryItem(item.first, item.second);
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30000);
    if (!m_settings.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_settings.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    // Form encoding: a '+' in a token must be escaped, which FullyEncoded leaves to us.
    QByteArray encoded = body.toString(QUrl::FullyEncoded).toUtf8();
    encoded.replace('+', "%2B");
    return m_nam->post(request, encoded);
}

void SignIn::postToken(const QList<QPair<QString, QString>> &form,
    const std::function<void(const QJsonObject &, const QString &)> &done)
{
    const QUrl url = m_settings.endpoint("token");
    if (const ApiError insecure = ApiClient::checkUrl(url)) {
        QMetaObject::invokeMethod(
            this, [done, insecure] { done({}, insecure.message); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = postForm(url, form);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, generation = m_generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // asked under other settings: its tokens belong to another account
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() == QNetworkReply::NoError
            && json.contains(QLatin1String("access_token"))) {
            done(json, QString());
            return;
        }
        QString error = json.value(QLatin1String("error")).toString();
        if (error.isEmpty())
            error = reply->errorString();
        const QString description = json.value(QLatin1String("error_description")).toString();
        done(json, description.isEmpty() ? error : error + QStringLiteral(": ") + description);
    });
}

void SignIn::acceptTokens(
    const QJsonObject &tokens, const std::function<void(bool, const QString &)> &done)
{
    m_accessToken = tokens.value(QLatin1String("access_token")).toString();
    m_accessExpires = m_clock->now().addSecs(tokens.value(QLatin1String("expires_in")).toInt(3600));
    const QString refresh = tokens.value(QLatin1String("refresh_token")).toString();
    if (refresh.isEmpty()) {
        done(true, QString());
        return;
    }
    // Rotation: the new refresh token replaces the old one, which no longer works.
    m_refreshToken = refresh;
    m_credentials->write(m_settings.account(), refresh, [done](const CredentialStore::Result &r) {
        done(r.status == CredentialStore::Status::Ok, r.message);
    });
}

void SignIn::refresh()
{
    if (m_refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                ApiError e;
                e.kind = ApiError::Kind::Unauthorized;
                e.message = tr("Not signed in.");
                emit refreshFinished(false, e);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_refreshing)
        return; // the answer to the refresh under way serves every caller
    m_refreshing = true;
    const QString sent = m_refreshToken;
    postToken({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                  { QStringLiteral("refresh_token"), sent },
                  { QStringLiteral("scope"), requestedScopes() } },
        [this, sent](const QJsonObject &tokens, const QString &error) {
            if (!error.isEmpty()) {
                m_refreshing = false;
                ApiError e;
                e.kind = ApiError::Kind::Unauthorized;
                e.message = tr("Signing in again is needed (%1).").arg(error);
                if (tokens.value(QLatin1String("error")).toString()
                        == QLatin1String("invalid_grant")
                    && m_refreshToken == sent) {
                    // The refresh token is dead for good: forget it everywhere (unless a new
                    // sign-in replaced it meanwhile; that one stands).
                    m_refreshToken.clear();
                    m_accessToken.clear();
                    m_credentials->remove(
                        m_settings.account(), [](const CredentialStore::Result &) {});
                    emit signedOut(e.message);
                }
                emit refreshFinished(false, e);
                return;
            }
            acceptTokens(tokens, [this](bool stored, const QString &problem) {
                m_refreshing = false;
                if (!stored)
                    qCWarning(lcSignIn).noquote()
                        << "the new refresh token could not be kept:" << problem;
                emit refreshFinished(true, ApiError());
            });
        });
}

// -- browser flow (PKCE + loopback) --------------------------------------------------------------

void SignIn::armSignInTimeout()
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, flow = m_flow] {
        if (flow != m_flow)
            return; // that sign-in was cancelled or replaced already
        cancel();
        const int minutes = int((m_signInTimeoutMs + 59999) / 60000);
        emit failed(tr("Sign-in was not completed within %n minute(s), so Referral Desk stopped "
                       "waiting. Start it again when you are ready.",
            "", minutes));
    });
    m_signInTimer = timer;
    timer->start(m_signInTimeoutMs);
}

void SignIn::signInWithBrowser(const std::function<void(const QUrl &)> &openBrowser)
{
    cancel();
    if (const QString problem = settingsProblem(); !problem.isEmpty()) {
        // Never open a browser on an empty client id: the sign-in page could only refuse it.
        QMetaObject::invokeMethod(
            this, [this, problem] { emit failed(problem); }, Qt::QueuedConnection);
        return;
    }
    m_loopback = new QTcpServer(this);
    if (!m_loopback->listen(QHostAddress::LocalHost, 0)) {
        emit failed(tr("Could not listen on this computer for the sign-in answer: %1")
                        .arg(m_loopback->errorString()));
        return;
    }
    connect(m_loopback, &QTcpServer::newConnection, this, &SignIn::onLoopbackConnection);
    m_verifier = randomUrlSafe(48);
    m_state = randomUrlSafe(16);
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/").arg(m_loopback->serverPort());

    QUrl url = m_settings.endpoint("authorize");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    q.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    q.addQueryItem(QStringLiteral("scope"), requestedScopes());
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("code_challenge"), s256(m_verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);
    armSignInTimeout();
    openBrowser(url);
}

void SignIn::onLoopbackConnection()
{
    while (m_loopback && m_loopback->hasPendingConnections()) {
        QTcpSocket *socket = m_loopback->nextPendingConnection();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            // "GET /?code=...&state=... HTTP/1.1": the request line is all the browser has to say.
            const QList<QByteArray> parts = socket->readLine().trimmed().split(' ');
            const QUrl target(QString::fromLatin1(parts.value(1)));
            const QUrlQuery query(target);
            const bool forUs = query.hasQueryItem(QStringLiteral("code"))
                || query.hasQueryItem(QStringLiteral("error"));
            const QByteArray page = forUs
                ? tr(
                    "<!doctype html><meta charset=utf-8><title>Referral Desk</title>"
                    "<p>Sign-in finished. You can close this page and return to Referral Desk.</p>")
                      .toUtf8()
                : QByteArray("Not found");
            socket->write("HTTP/1.1 " + QByteArray(forUs ? "200 OK" : "404 Not Found")
                + "\r\nContent-Type: text/html; charset=utf-8\r\n"
                  "Connection: close\r\nContent-Length: "
                + QByteArray::number(page.size()) + "\r\n\r\n" + page);
            socket->disconnectFromHost();
            if (!forUs)
                return;
            if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
                cancel(); // one answer per sign-in: no later "not completed" over this one
                emit failed(tr("The sign-in answer did not match this request; try again."));
                return;
            }
            if (query.hasQueryItem(QStringLiteral("error"))) {
                cancel();
                emit failed(tr("Sign-in was refused: %1")
                                .arg(query.queryItemValue(QStringLiteral("error_description"),
                                              QUrl::FullyDecoded)
                                            .isEmpty()
                                        ? query.queryItemValue(QStringLiteral("error"))
                                        : query.queryItemValue(QStringLiteral("error_description"),
                                            QUrl::FullyDecoded)));
                return;
            }
            const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            m_loopback->close();
            m_loopback->deleteLater();
            if (m_signInTimer) {
                // The answer came: only the token exchange is left.
                if (auto *timer = qobject_cast<QTimer *>(m_signInTimer.data()))
                    timer->stop();
                m_signInTimer->deleteLater();
            }
            postToken({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                          { QStringLiteral("code"), code },
                          { QStringLiteral("redirect_uri"), m_redirectUri },
                          { QStringLiteral("code_verifier"), m_verifier },
                          { QStringLiteral("scope"), requestedScopes() } },
                [this, flow = m_flow](const QJsonObject &tokens, const QString &error) {
                    if (flow != m_flow)
                        return; // cancelled while the code was exchanged: nothing more
                    if (!error.isEmpty()) {
                        emit failed(tr("Sign-in failed: %1").arg(error));
                        return;
                    }
                    acceptTokens(tokens, [this](bool stored, const QString &problem) {
                        if (!stored) {
                            emit failed(problem);
                            return;
                        }
                        emit signedIn();
                    });
                    takeSession();
                });
        });
    }
}

// -- device code flow ----------------------------------------------------------------------------

void SignIn::signInWithDeviceCode()
{
    cancel();
    if (const QString problem = settingsProblem(); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { emit failed(problem); }, Qt::QueuedConnection);
        return;
    }
    const QUrl url = m_settings.endpoint("devicecode");
    if (const ApiError insecure = ApiClient::checkUrl(url)) {
        emit failed(insecure.message);
        return;
    }
    QNetworkReply *reply = postForm(url, { { QStringLiteral("scope"), requestedScopes() } });
    connect(reply, &QNetworkReply::finished, this, [this, reply, flow = m_flow] {
        reply->deleteLater();
        if (flow != m_flow)
            return; // cancelled before the code came
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        m_deviceCode = json.value(QLatin1String("device_code")).toString();
        if (reply->error() != QNetworkReply::NoError || m_deviceCode.isEmpty()) {
            emit failed(tr("Could not start the sign-in: %1").arg(reply->errorString()));
            return;
        }
        m_pollIntervalMs = std::max(1, json.value(QLatin1String("interval")).toInt(5)) * 1000;
        m_deviceExpires
            = m_clock->now().addSecs(json.value(QLatin1String("expires_in")).toInt(900));
        emit deviceCode(json.value(QLatin1String("message")).toString(),
            json.value(QLatin1String("user_code")).toString(),
            QUrl(json.value(QLatin1String("verification_uri")).toString()));
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, &SignIn::pollDevice);
        m_pollTimer = timer;
        timer->start(m_pollIntervalMs);
    });
}

void SignIn::pollDevice()
{
    if (m_deviceCode.isEmpty())
        return;
    postToken({ { QStringLiteral("grant_type"),
                    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
                  { QStringLiteral("device_code"), m_deviceCode } },
        [this, flow = m_flow](const QJsonObject &tokens, const QString &error) {
            if (flow != m_flow)
                return; // cancelled meanwhile
            if (error.isEmpty()) {
                m_deviceCode.clear();
                acceptTokens(tokens, [this](bool stored, const QString &problem) {
                    if (!stored) {
                        emit failed(problem);
                        return;
                    }
                    emit signedIn();
                });
                takeSession();
                return;
            }
            const QString code = tokens.value(QLatin1String("error")).toString();
            auto *timer = qobject_cast<QTimer *>(m_pollTimer.data());
            if ((code == QLatin1String("authorization_pending")
                    || code == QLatin1String("slow_down"))
                && timer) {
                if (code == QLatin1String("slow_down"))
                    m_pollIntervalMs += 5000;
                timer->start(m_pollIntervalMs);
                return;
            }
            m_deviceCode.clear();
            emit failed(code == QLatin1String("expired_token")
                    ? tr("The sign-in code expired; start again.")
                    : tr("Sign-in failed: %1").arg(error));
        });
}

void SignIn::cancel()
{
    ++m_flow; // answers of the sign-in under way are dropped from now on
    if (m_loopback) {
        m_loopback->close();
        m_loopback->deleteLater();
    }
    m_deviceCode.clear();
    // Stopped as well as deleted: a timeout already due must not fire into the next sign-in.
    for (QPointer<QObject> *t : { &m_pollTimer, &m_signInTimer }) {
        if (*t) {
            if (auto *timer = qobject_cast<QTimer *>(t->data()))
                timer->stop();
            (*t)->deleteLater();
        }
    }
}

void SignIn::takeSession()
{
    // A new session replaces whatever refresh was under way for the old one: its late answer
    // must not overwrite the new tokens, and whoever waits for it may go on with them.
    if (std::exchange(m_refreshing, false)) {
        ++m_generation;
        emit refreshFinished(!m_accessToken.isEmpty(), ApiError());
    }
}

void SignIn::setSettings(const AuthSettings &settings)
{
    if (settings.authority == m_settings.authority && settings.clientId == m_settings.clientId
        && settings.scope == m_settings.scope)
        return;
    ++m_generation; // answers to requests made under the old settings are dropped
    const bool wasRefreshing = std::exchange(m_refreshing, false);
    cancel();
    m_accessToken.clear();
    m_accessExpires = QDateTime();
    m_refreshToken.clear();
    m_settings = settings;
    if (wasRefreshing) {
        // Whoever waits for that refresh gets an answer now.
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.message = tr("The sign-in settings changed; sign in again.");
        emit refreshFinished(false, e);
    }
    restore();
}

void SignIn::signOut()
{
    cancel();
    ++m_generation; // a refresh still under way must not bring the session back
    if (std::exchange(m_refreshing, false)) {
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.message = tr("Signed out.");
        emit refreshFinished(false, e);
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    m_credentials->remove(m_settings.account(), [this](const CredentialStore::Result &r) {
        emit signedOut(r.status == CredentialStore::Status::Ok ? QString() : r.message);
    });
}

} // namespace rd
