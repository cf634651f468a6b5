#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace rd {

/// The three things a partner enters to connect to their own Partner Center (the Connect dialog,
/// `referral-desk-cli --tenant --client-id --scope`): checked the same way everywhere, each with a
/// message that says what is wrong and what a right value looks like.
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    QString tenant; ///< directory (tenant) id, a verified domain, or a full authority address
    QString clientId; ///< the application (client) id of the partner's app registration
    QString scope; ///< the delegated API permission; offline_access is added when signing in

    /// Where Microsoft's sign-in lives; a tenant is appended to it.
    static QString loginHost() { return QStringLiteral("https://login.microsoftonline.com"); }

    /// Empty when usable; otherwise one translated sentence.
    static QString tenantProblem(const QString &tenant);
    static QString clientIdProblem(const QString &clientId);
    static QString scopeProblem(const QString &scope);

    /// https://login.microsoftonline.com/<tenant>, or the address itself when the tenant is a
    /// full authority address (a national cloud, or a test service on this computer).
    static QUrl authorityFor(const QString &tenant);
    /// What to show in the tenant field for an authority: the tenant part of Microsoft's sign-in
    /// address, or the whole address otherwise.
    static QString tenantOf(const QUrl &authority);

    static bool isGuid(const QString &text);
};

} // namespace rd
