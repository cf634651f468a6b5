#include "simoauth.h"

#include <QCryptographicHash>
#include <QUuid>

namespace rd::sim {

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery formBody(const QByteArray &body)
{
    // application/x-www-form-urlencoded writes spaces as '+', which QUrlQuery keeps literally.
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

Response oauthError(const char *error, const QString &description, int status = 400)
{
    return Response::json(status,
        QJsonObject { { QStringLiteral("error"), QLatin1String(error) },
            { QStringLiteral("error_description"), description } });
}

} // namespace

OAuthServer::OAuthServer(std::function<QDateTime()> now)
    : m_now(std::move(now))
{
}

OAuthServer::TokenCheck OAuthServer::check(const QString &accessToken) const
{
    const auto it = m_accessTokens.constFind(accessToken);
    if (accessToken.isEmpty())
        return TokenCheck::Missing;
    if (it == m_accessTokens.constEnd())
        return TokenCheck::Unknown;
    return *it > m_now() ? TokenCheck::Valid : TokenCheck::Expired;
}

bool OAuthServer::approveDevice(const QString &userCode)
{
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end(); ++it) {
        if (it->userCode == userCode) {
            it->approved = true;
            return true;
        }
    }
    return false;
}

void OAuthServer::reset()
{
    m_accessTokens.clear();
    m_refreshTokens.clear();
    m_codes.clear();
    m_deviceCodes.clear();
}

QJsonObject OAuthServer::issueTokens(const QString &clientId, const QString &scope)
{
    const QString access = QStringLiteral("at-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString refresh = QStringLiteral("rt-") + QUuid::createUuid().toString(QUuid::Id128);
    m_accessTokens.insert(access, m_now().addSecs(m_lifetimeSecs));
    m_refreshTokens.insert(refresh, clientId);
    return QJsonObject { { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("scope"), scope }, { QStringLiteral("expires_in"), m_lifetimeSecs },
        { QStringLiteral("access_token"), access }, { QStringLiteral("refresh_token"), refresh } };
}

Response OAuthServer::authorize(const Request &r)
{
    const QUrl redirect(r.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    const bool loopback = redirect.scheme() == QLatin1String("http")
        && (redirect.host() == QLatin1String("127.0.0.1")
            || redirect.host() == QLatin1String("localhost")
            || redirect.host() == QLatin1String("[::1]")
            || redirect.host() == QLatin1String("::1"));
    if (!redirect.isValid() || !loopback)
        return Response::error(400, QStringLiteral("invalid_request"),
            QStringLiteral("redirect_uri must be a loopback http URL."));
    QUrlQuery answer;
    const QString state = r.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString challenge
        = r.query.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    if (r.query.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code")) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("unsupported_response_type"));
    } else if (challenge.isEmpty()
        || r.query.queryItemValue(QStringLiteral("code_challenge_method"))
            != QLatin1String("S256")) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
        answer.addQueryItem(
            QStringLiteral("error_description"), QStringLiteral("PKCE with S256 is required."));
    } else {
        // The simulator's user consents at once.
        const QString code = QStringLiteral("code-") + QUuid::createUuid().toString(QUuid::Id128);
        m_codes.insert(code,
            { challenge, redirect.toString(), r.query.queryItemValue(QStringLiteral("client_id")),
                m_now().addSecs(600) });
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    if (!state.isEmpty())
        answer.addQueryItem(QStringLiteral("state"), state);
    QUrl target = redirect;
    target.setQuery(answer);
    Response resp;
    resp.status = 302;
    resp.setHeader("Location", target.toEncoded());
    return resp;
}

Response OAuthServer::token(const Request &r)
{
    if (r.method != "POST")
        return oauthError("invalid_request", QStringLiteral("Use POST."));
    const QUrlQuery form = formBody(r.body);
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (grant == QLatin1String("authorization_code")) {
        const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd() || it->expires <= m_now())
            return oauthError("invalid_grant",
                QStringLiteral("The authorization code is unknown, used or expired."));
        const IssuedCode issued = *it;
        m_codes.remove(code); // single use
        if (issued.clientId != clientId
            || issued.redirectUri
                != form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
            return oauthError("invalid_grant",
                QStringLiteral(
                    "client_id or redirect_uri does not match the authorization request."));
        const QByteArray verifier
            = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
        if (base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256))
            != issued.challenge)
            return oauthError("invalid_grant",
                QStringLiteral("The code_verifier does not match the code_challenge."));
        return Response::json(200, issueTokens(clientId, scope));
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh
            = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        if (!m_refreshTokens.contains(refresh))
            return oauthError("invalid_grant",
                QStringLiteral("The refresh token is unknown or was already used."));
        const QString owner
            = m_refreshTokens.take(refresh); // rotation: each refresh token works once
        return Response::json(200, issueTokens(owner, scope));
    }
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
        const QString device
            = form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
        const auto it = m_deviceCodes.constFind(device);
        if (it == m_deviceCodes.constEnd())
            return oauthError("invalid_grant", QStringLiteral("Unknown device code."));
        if (it->expires <= m_now()) {
            m_deviceCodes.remove(device);
            return oauthError(
                "expired_token", QStringLiteral("The device code expired; start again."));
        }
        if (!it->approved)
            return oauthError(
                "authorization_pending", QStringLiteral("Waiting for the user to sign in."));
        const QString owner = it->clientId;
        m_deviceCodes.remove(device);
        return Response::json(200, issueTokens(owner, scope));
    }
    return oauthError(
        "unsupported_grant_type", QStringLiteral("grant_type \"%1\" is not supported.").arg(grant));
}

Response OAuthServer::deviceCode(const Request &r)
{
    const QUrlQuery form = formBody(r.body);
    DeviceCode code;
    code.clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    code.userCode = QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
    code.expires = m_now().addSecs(900);
    const QString device = QStringLiteral("dc-") + QUuid::createUuid().toString(QUuid::Id128);
    m_deviceCodes.insert(device, code);
    const QString verification = r.base.toString() + QStringLiteral("/_sim/device");
    return Response::json(200,
        QJsonObject {
            { QStringLiteral("device_code"), device },
            { QStringLiteral("user_code"), code.userCode },
            { QStringLiteral("verification_uri"), verification },
            { QStringLiteral("expires_in"), 900 },
            { QStringLiteral("interval"), 1 },
            { QStringLiteral("message"),
                QStringLiteral("To sign in, open %1 and enter the code %2.")
                    .arg(verification, code.userCode) },
        });
}

} // namespace rd::sim
