#pragma once

#include "simhttp.h"

#include <QDateTime>
#include <QHash>
#include <functional>

namespace rd::sim {

/// The simulator's Microsoft identity platform: authorization code with PKCE (S256) through a
/// loopback redirect, the device code flow, rotating refresh tokens and short-lived access
/// tokens, so the client's sign-in code runs end to end. The simulated user consents at once.
class OAuthServer
{
public:
    explicit OAuthServer(std::function<QDateTime()> now);

    /// .../oauth2/v2.0/authorize: redirects to the loopback address with a code (or an error).
    Response authorize(const Request &r);
    /// .../oauth2/v2.0/token: exchanges a code, a refresh token or an approved device code.
    Response token(const Request &r);
    /// .../oauth2/v2.0/devicecode: starts a device code sign-in.
    Response deviceCode(const Request &r);

    enum class TokenCheck { Valid, Missing, Unknown, Expired };
    TokenCheck check(const QString &accessToken) const;
    /// The person entered this code on /_sim/device: the waiting device sign-in completes.
    bool approveDevice(const QString &userCode);
    void setAccessTokenLifetimeSecs(int secs) { m_lifetimeSecs = secs; }
    int accessTokenLifetimeSecs() const { return m_lifetimeSecs; }
    /// Forgets every code and token (as after a password change).
    void reset();

private:
    struct IssuedCode
    {
        QString challenge;
        QString redirectUri;
        QString clientId;
        QDateTime expires;
    };
    struct DeviceCode
    {
        QString userCode;
        QString clientId;
        bool approved = false;
        QDateTime expires;
    };

    QJsonObject issueTokens(const QString &clientId, const QString &scope);

    std::function<QDateTime()> m_now;
    int m_lifetimeSecs = 3600;
    QHash<QString, QDateTime> m_accessTokens;
    QHash<QString, QString> m_refreshTokens; ///< refresh token -> client id (rotated on use)
    QHash<QString, IssuedCode> m_codes;
    QHash<QString, DeviceCode> m_deviceCodes;
};

} // namespace rd::sim
