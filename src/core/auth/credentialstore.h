#pragma once

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace rd {

/// The one place secrets are kept: the OS keychain through QtKeychain (Secret Service on Linux,
/// Keychain on macOS, Credential Manager on Windows). Never a plaintext fallback; every job has a
/// timeout, because a locked keyring may wait for a password prompt forever.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, ///< no secret for this account: not signed in
        Unavailable, ///< no keychain service, or it is locked or does not answer
        Failed, ///< the keychain answered with an error
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QString secret;
        QString message; ///< translated; says what to install or unlock where that helps
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(
        QString service = QStringLiteral("Referral Desk"), QObject *parent = nullptr);

    void read(const QString &account, Callback done);
    void write(const QString &account, const QString &secret, Callback done);
    void remove(const QString &account, Callback done);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QString service() const { return m_service; }

    /// On Linux: why no Secret Service can answer (no session bus, nothing providing
    /// org.freedesktop.secrets), or an empty string when one can. Elsewhere always empty.
    static QString backendProblem();

private:
    enum class Kind { Read, Write, Remove };
    void run(Kind kind, const QString &account, const QString &secret, Callback done);

    QString m_service;
    int m_timeoutMs = 15000;
};

} // namespace rd
