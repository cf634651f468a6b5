#include "appsettings.h"

#include "domain/money.h"
#include "connectionsettings.h"
#include "remote/apiclient.h"
#include "settingsfileguard.h"

#include <QSettings>

namespace rd {

namespace {

struct KindInfo
{
    NotificationKind kind;
    const char *name;
};

constexpr KindInfo kKinds[] = {
    { NotificationKind::Arrivals, "arrivals" },
    { NotificationKind::RespondSoon, "respond-soon" },
    { NotificationKind::MissedIn12h, "missed-12h" },
    { NotificationKind::MissedIn1h, "missed-1h" },
    { NotificationKind::ExpiresIn24h, "expires-24h" },
    { NotificationKind::ExpiresIn4h, "expires-4h" },
    { NotificationKind::ClosingPassed, "closing-passed" },
    { NotificationKind::ActionProblem, "action-problem" },
    { NotificationKind::WeeklySummary, "weekly-summary" },
};

const QString kApiBase = QStringLiteral("api/base");
const QString kAuthority = QStringLiteral("auth/authority");
const QString kClientId = QStringLiteral("auth/clientId");
const QString kScope = QStringLiteral("auth/scope");
const QString kInterval = QStringLiteral("sync/intervalMinutes");
const QString kUndoSeconds = QStringLiteral("actions/undoSeconds");
// Not "general/…": QSettings' INI format takes a group called "general" (any case) for its own
// [General] section, writes it as [%General] and reads it back as "General": the value was
// written but never found again. Those old keys are still read (oldKey) so nothing set is lost.
const QString kCurrency = QStringLiteral("app/currency");
const QString kLanguage = QStringLiteral("app/language");
const QString kStartAtLogin = QStringLiteral("app/startAtLogin");

/// A value under `key`, or where an earlier version's "general/…" key ended up in the file.
QVariant valueOrOld(const QSettings &s, const QString &key, const QVariant &fallback = {})
{
    if (s.contains(key))
        return s.value(key);
    const QString name = key.section(QLatin1Char('/'), 1);
    for (const QString &old : { QStringLiteral("General/") + name,
             QStringLiteral("general/") + name, name }) {
        if (s.contains(old))
            return s.value(old);
    }
    return fallback;
}
const QString kDisabled = QStringLiteral("notify/disabled");
const QString kQuiet = QStringLiteral("notify/quietHours");
const QString kQuietFrom = QStringLiteral("notify/quietFrom");
const QString kQuietTo = QStringLiteral("notify/quietTo");
const QString kPaused = QStringLiteral("notify/pausedUntil");

QTime timeValue(const QSettings &s, const QString &key, QTime fallback)
{
    const QTime t = QTime::fromString(s.value(key).toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

QString urlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return AppSettings::tr("Enter an address.");
    if (!url.isValid() || url.host().isEmpty())
        return AppSettings::tr("This is not a web address (for example https://example.com).");
    if (const ApiError insecure = ApiClient::checkUrl(url))
        return insecure.message;
    return QString();
}

} // namespace

QList<NotificationKind> AppSettings::notificationKinds()
{
    QList<NotificationKind> out;
    for (const KindInfo &k : kKinds)
        out.append(k.kind);
    return out;
}

QString AppSettings::kindName(NotificationKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QString();
}

QString AppSettings::kindLabel(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Arrivals:
        return tr("New referrals arrived");
    case NotificationKind::RespondSoon:
        return tr("24-hour response target ends in 2 hours");
    case NotificationKind::MissedIn12h:
        return tr("Missed in 12 hours");
    case NotificationKind::MissedIn1h:
        return tr("Missed in 1 hour (last call)");
    case NotificationKind::ExpiresIn24h:
        return tr("Expires in 24 hours");
    case NotificationKind::ExpiresIn4h:
        return tr("Expires in 4 hours (last call)");
    case NotificationKind::ClosingPassed:
        return tr("Closing date passed (once a day)");
    case NotificationKind::ActionProblem:
        return tr("An action failed or conflicts");
    case NotificationKind::WeeklySummary:
        return tr("Weekly summary (Monday morning)");
    case NotificationKind::CatchUp:
        break;
    }
    return QString();
}

QStringList AppSettings::languages()
{
    return { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("zh_CN") };
}

AppSettings AppSettings::load(const QSettings &s)
{
    AppSettings a;
    a.apiBase = QUrl(s.value(kApiBase, a.apiBase.toString()).toString());
    a.authority = QUrl(s.value(kAuthority, a.authority.toString()).toString());
    a.clientId = s.value(kClientId).toString();
    a.scope = s.value(kScope, a.scope).toString();
    a.syncIntervalMinutes = std::clamp(s.value(kInterval, a.syncIntervalMinutes).toInt(),
        minSyncIntervalMinutes, maxSyncIntervalMinutes);
    const QString currency = valueOrOld(s, kCurrency).toString();
    if (Money::currencyCodes().contains(currency))
        a.defaultCurrency = currency;
    const QString language = valueOrOld(s, kLanguage).toString();
    if (languages().contains(language) || language == QLatin1String("en"))
        a.language = language;
    a.startAtLogin = valueOrOld(s, kStartAtLogin, false).toBool();
    // A damaged value keeps the default window rather than reading as 0 (no undo at all).
    bool number = false;
    const int undo = s.value(kUndoSeconds, a.undoSeconds).toInt(&number);
    if (number)
        a.undoSeconds = std::clamp(undo, minUndoSeconds, maxUndoSeconds);
    for (const QString &name : s.value(kDisabled).toStringList()) {
        for (const KindInfo &k : kKinds) {
            if (name == QLatin1String(k.name))
                a.disabledNotifications.insert(k.kind);
        }
    }
    a.quietHours = s.value(kQuiet, false).toBool();
    a.quietFrom = timeValue(s, kQuietFrom, a.quietFrom);
    a.quietTo = timeValue(s, kQuietTo, a.quietTo);
    a.notificationsPausedUntil = s.value(kPaused).toDateTime();
    return a;
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(kApiBase, apiBase.toString());
    s.setValue(kAuthority, authority.toString());
    s.setValue(kClientId, clientId);
    s.setValue(kScope, scope);
    s.setValue(kInterval, syncIntervalMinutes);
    s.setValue(kCurrency, defaultCurrency);
    s.setValue(kLanguage, language);
    s.setValue(kStartAtLogin, startAtLogin);
    s.setValue(kUndoSeconds, undoSeconds);
    QStringList disabled;
    for (const KindInfo &k : kKinds) {
        if (disabledNotifications.contains(k.kind))
            disabled.append(QLatin1String(k.name));
    }
    s.setValue(kDisabled, disabled);
    s.setValue(kQuiet, quietHours);
    s.setValue(kQuietFrom, quietFrom.toString(QStringLiteral("HH:mm")));
    s.setValue(kQuietTo, quietTo.toString(QStringLiteral("HH:mm")));
    if (notificationsPausedUntil.isValid())
        s.setValue(kPaused, notificationsPausedUntil);
    else
        s.remove(kPaused);
}

QList<AppSettings::Problem> AppSettings::validate() const
{
    QList<Problem> out;
    if (const QString p = urlProblem(apiBase); !p.isEmpty())
        out.append({ Field::ApiBase, p });
    if (const QString p = urlProblem(authority); !p.isEmpty())
        out.append({ Field::Authority, p });
    if (clientId.trimmed() != clientId || clientId.contains(QLatin1Char(' ')))
        out.append({ Field::ClientId, tr("A client id has no spaces.") });
    if (const QString p = ConnectionSettings::scopeProblem(scope); !p.isEmpty())
        out.append({ Field::Scope, p });
    if (syncIntervalMinutes < minSyncIntervalMinutes
        || syncIntervalMinutes > maxSyncIntervalMinutes)
        out.append({ Field::SyncInterval,
            tr("Sync every %1 to %2 minutes.")
                .arg(minSyncIntervalMinutes)
                .arg(maxSyncIntervalMinutes) });
    if (undoSeconds < minUndoSeconds || undoSeconds > maxUndoSeconds)
        out.append({ Field::UndoSeconds,
            tr("Hold each action for %1 to %2 seconds before it is sent.")
                .arg(minUndoSeconds)
                .arg(maxUndoSeconds) });
    if (!Money::currencyCodes().contains(defaultCurrency))
        out.append({ Field::Currency, tr("Choose a currency from the list (ISO 4217 code).") });
    if (quietHours && (!quietFrom.isValid() || !quietTo.isValid() || quietFrom == quietTo))
        out.append({ Field::QuietHours, tr("Quiet hours need a start and a different end.") });
    if (!language.isEmpty() && language != QLatin1String("en") && !languages().contains(language))
        out.append({ Field::Language, tr("There is no translation for “%1”.").arg(language) });
    return out;
}

QString AppSettings::problemText(
    const QString &key, const QString &file, const QString &value, const QString &problem)
{
    //: %1 the key, %2 the settings file, %3 its value, %4 what is wrong with it
    return tr("The setting %1 in %2 cannot be used: “%3”. %4 Correct it in Settings (or in that "
              "file); until then Referral Desk works offline.")
        .arg(key, file, value, problem);
}

QStringList AppSettings::fileProblems(const QSettings &settings)
{
    const QString file = settings.fileName();
    QStringList out = SettingsFileGuard::problems(file);
    for (const QString &key : { kApiBase, kAuthority }) {
        if (!settings.contains(key))
            continue; // the default is used, and it is fine
        const QString value = settings.value(key).toString();
        const QString problem = urlProblem(QUrl(value));
        if (problem.isEmpty())
            continue;
        out.append(problemText(key, file, value, problem));
    }
    if (settings.contains(kScope)) {
        const QString value = settings.value(kScope).toString();
        if (const QString problem = ConnectionSettings::scopeProblem(value); !problem.isEmpty())
            out.append(problemText(kScope, file, value, problem));
    }
    if (settings.contains(kClientId)) {
        const QString value = settings.value(kClientId).toString();
        if (value.trimmed() != value || value.contains(QLatin1Char(' ')))
            out.append(problemText(kClientId, file, value, tr("A client id has no spaces.")));
    }
    return out;
}

NotificationSettings AppSettings::notificationSettings() const
{
    NotificationSettings n;
    n.disabled = disabledNotifications;
    if (quietHours) {
        n.quietFrom = quietFrom;
        n.quietTo = quietTo;
    }
    n.pausedUntil = notificationsPausedUntil;
    return n;
}

bool operator==(const AppSettings &a, const AppSettings &b)
{
    return a.apiBase == b.apiBase && a.authority == b.authority && a.clientId == b.clientId
        && a.scope == b.scope
        && a.syncIntervalMinutes == b.syncIntervalMinutes && a.defaultCurrency == b.defaultCurrency
        && a.disabledNotifications == b.disabledNotifications && a.quietHours == b.quietHours
        && a.quietFrom == b.quietFrom && a.quietTo == b.quietTo
        && a.notificationsPausedUntil == b.notificationsPausedUntil && a.language == b.language
        && a.startAtLogin == b.startAtLogin && a.undoSeconds == b.undoSeconds;
}

} // namespace rd
