#pragma once

#include "auth/credentialstore.h"
#include "domain/clock.h"
#include "remote/apiclient.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpServer;

namespace rd {

/// Where and as whom to sign in (docs/remote-api.md, "Authentication"); settings, so that the same
/// code signs in to Partner Center and to the simulator.
struct AuthSettings
{
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com/organizations"));
    QString clientId;
    /// The delegated Partner Center API permission; offline_access is always added to it.
    QString scope = defaultScope();
    static QString defaultScope()
    {
        return QStringLiteral("https://api.partner.microsoft.com/user_impersonation");
    }
    QList<QSslCertificate> extraCaCertificates;

    QUrl endpoint(const char *name) const; ///< authority + /oauth2/v2.0/<name>
    /// The keychain account the refresh token is kept under.
    QString account() const;
};

/// A signed-in session: OAuth 2.0 authorization code with PKCE (S256) through the system browser
/// and a loopback redirect, or the device code flow; the access token lives in memory only, the
/// rotating refresh token only in the keychain.
class SignIn : public TokenSource
{
    Q_OBJECT
public:
    SignIn(QNetworkAccessManager *nam, CredentialStore *credentials, AuthSettings settings,
        Clock *clock, QObject *parent = nullptr);
    ~SignIn() override;

    QString accessToken() const override;
    void refresh() override;

    bool isSignedIn() const { return !m_refreshToken.isEmpty(); }

    /// Reads the refresh token from the keychain; ends with restored.
    void restore();
    /// Starts the browser flow: `openBrowser` is given the authorization URL (the GUI opens it
    /// with QDesktopServices, the command line prints it). Ends with signedIn or failed, at the
    /// latest after signInTimeoutMs; fails at once when the settings cannot work (no client id).
    void signInWithBrowser(const std::function<void(const QUrl &)> &openBrowser);
    /// Starts the device code flow; deviceCode tells the person where to go. Ends with signedIn
    /// or failed.
    void signInWithDeviceCode();
    /// Stops a sign-in under way; nothing more is emitted for it.
    void cancel();
    /// How long a browser sign-in may take before it is given up (default 5 minutes).
    void setSignInTimeoutMs(int msecs) { m_signInTimeoutMs = msecs; }
    /// Why these settings cannot sign in (no client id, an authority that is no address), or
    /// an empty string.
    QString settingsProblem() const;
    /// Forgets the tokens and deletes the keychain entry; ends with signedOut.
    void signOut();
    /// Another authority or client id: the session of the old one ends (its refresh token stays
    /// in the keychain under its own account) and the new one's is restored; ends with restored.
    /// The same settings again change nothing.
    void setSettings(const rd::AuthSettings &settings);
    const AuthSettings &settings() const { return m_settings; }

signals:
    void restored(bool signedIn, const QString &problem);
    void deviceCode(const QString &message, const QString &userCode, const QUrl &verificationUri);
    void signedIn();
    void signedOut(const QString &problem);
    void failed(const QString &message);

private:
    QNetworkReply *postForm(const QUrl &url, const QList<QPair<QString, QString>> &form);
    void postToken(const QList<QPair<QString, QString>> &form,
        const std::function<void(const QJsonObject &, const QString &)> &done);
    void acceptTokens(
        const QJsonObject &tokens, const std::function<void(bool, const QString &)> &done);
    void onLoopbackConnection();
    void pollDevice();
    void armSignInTimeout();
    QString requestedScopes() const;
    /// A sign-in succeeded: a refresh of the session it replaces is dropped.
    void takeSession();

    QNetworkAccessManager *m_nam;
    CredentialStore *m_credentials;
    AuthSettings m_settings;
    Clock *m_clock;
    QString m_accessToken;
    QDateTime m_accessExpires;
    QString m_refreshToken; ///< kept in memory too, to refresh without a keychain round trip
    bool m_refreshing = false;
    quint64 m_generation = 0; ///< bumped by setSettings, sign-out and a new session
    quint64 m_flow = 0; ///< bumped by cancel(): answers to a cancelled sign-in are dropped

    // Browser flow
    QPointer<QTcpServer> m_loopback;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    QPointer<QObject> m_signInTimer;
    int m_signInTimeoutMs = 5 * 60 * 1000;

    // Device flow
    QString m_deviceCode;
    int m_pollIntervalMs = 5000;
    QDateTime m_deviceExpires;
    QPointer<QObject> m_pollTimer;
};

} // namespace rd
