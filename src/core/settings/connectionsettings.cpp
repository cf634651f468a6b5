#include "connectionsettings.h"

#include "remote/apiclient.h"

#include <QRegularExpression>

namespace rd {

namespace {

bool looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

bool isDomain(const QString &text)
{
    // contoso.onmicrosoft.com, fabrikam.com: letters, digits and hyphens, at least one dot.
    static const QRegularExpression domain(
        QStringLiteral("^(?=.{3,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                       "[A-Za-z]{2,63}$"));
    return domain.match(text).hasMatch();
}

} // namespace

bool ConnectionSettings::isGuid(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return guid.match(text).hasMatch();
}

QString ConnectionSettings::tenantProblem(const QString &tenant)
{
    const QString t = tenant.trimmed();
    if (t.isEmpty())
        return tr("Enter your directory (tenant) id or your organization's domain, for example "
                  "contoso.onmicrosoft.com.");
    if (looksLikeAddress(t)) {
        const QUrl url(t);
        if (!url.isValid() || url.host().isEmpty() || url.path().length() < 2)
            return tr("A sign-in address needs the tenant in its path, for example "
                      "https://login.microsoftonline.com/contoso.onmicrosoft.com.");
        if (const ApiError insecure = ApiClient::checkUrl(url))
            return insecure.message;
        return QString();
    }
    if (t.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0)
        return QString(); // multi-tenant registrations sign in through these
    if (isGuid(t) || isDomain(t))
        return QString();
    return tr("“%1” is neither a directory id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47) nor "
              "a domain (such as contoso.onmicrosoft.com).")
        .arg(t);
}

QString ConnectionSettings::clientIdProblem(const QString &clientId)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty())
        return tr("Enter the application (client) id of your app registration.");
    if (!isGuid(id))
        return tr("An application (client) id looks like 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d; "
                  "copy it from the app registration's Overview page.");
    return QString();
}

QString ConnectionSettings::scopeProblem(const QString &scope)
{
    const QString s = scope.trimmed();
    if (s.isEmpty())
        return tr("Enter the API permission, normally "
                  "https://api.partner.microsoft.com/user_impersonation.");
    for (const QString &part : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("offline_access"))
            continue;
        const QUrl url(part);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return tr("“%1” is not an API permission such as "
                      "https://api.partner.microsoft.com/user_impersonation.")
                .arg(part);
    }
    return QString();
}

QUrl ConnectionSettings::authorityFor(const QString &tenant)
{
    const QString t = tenant.trimmed();
    if (!tenantProblem(t).isEmpty())
        return {};
    if (looksLikeAddress(t)) {
        QUrl url(t);
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path);
        return url;
    }
    return QUrl(loginHost() + QLatin1Char('/') + t);
}

QString ConnectionSettings::tenantOf(const QUrl &authority)
{
    const QUrl login(loginHost());
    if (authority.scheme() == login.scheme() && authority.host() == login.host()) {
        const QString path = authority.path().mid(1);
        if (!path.isEmpty() && !path.contains(QLatin1Char('/')))
            return path;
    }
    return authority.toString();
}

} // namespace rd
