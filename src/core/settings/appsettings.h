#pragma once

#include "notify/notificationpolicy.h"

#include <QCoreApplication>
#include <QSet>
#include <QTime>
#include <QUrl>

class QSettings;

namespace rd {

/// Everything the settings dialog edits, read from and written to QSettings under the same keys
/// as referral-desk-cli. Validated as a whole before it is saved, so a bad value never lands.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    QUrl apiBase = QUrl(QStringLiteral("https://api.partner.microsoft.com"));
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com/organizations"));
    QString clientId;
    QString scope = QStringLiteral("https://api.partner.microsoft.com/user_impersonation");
    int syncIntervalMinutes = 5;
    QString defaultCurrency = QStringLiteral("USD");
    QSet<NotificationKind> disabledNotifications;
    bool quietHours = false;
    QTime quietFrom = QTime(22, 0);
    QTime quietTo = QTime(7, 0);
    QDateTime notificationsPausedUntil; ///< "pause for 1 h" from the tray; survives a restart
    QString language; ///< "de", "zh_CN"…; empty: the system's
    bool startAtLogin = false;
    /// How long an action can be undone before it is sent; 0 sends at once.
    int undoSeconds = 10;

    static constexpr int minSyncIntervalMinutes = 1;
    static constexpr int maxSyncIntervalMinutes = 24 * 60;
    static constexpr int minUndoSeconds = 0;
    static constexpr int maxUndoSeconds = 60;

    /// The kinds a person can turn on and off, in the order the dialog lists them.
    static QList<NotificationKind> notificationKinds();
    static QString kindName(NotificationKind kind); ///< stable key in the settings file
    static QString kindLabel(NotificationKind kind); ///< translated, for the dialog
    /// Languages with a translation, besides English ("en").
    static QStringList languages();

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    /// The values in the settings file that cannot be used to reach Partner Center (an address
    /// that is not https, or no address at all), each naming the file and the key and saying how
    /// to fix it. Offline work goes on regardless; only syncing and signing in wait for a fix.
    static QStringList fileProblems(const QSettings &settings);
    /// One such problem, worded the same wherever it is found.
    static QString problemText(
        const QString &key, const QString &file, const QString &value, const QString &problem);

    enum class Field {
        ApiBase,
        Authority,
        ClientId,
        Scope,
        SyncInterval,
        Currency,
        QuietHours,
        Language,
        StartAtLogin,
        UndoSeconds,
    };
    struct Problem
    {
        Field field;
        QString message;
    };
    /// Empty when every value can be used.
    QList<Problem> validate() const;

    NotificationSettings notificationSettings() const;

    friend bool operator==(const AppSettings &a, const AppSettings &b);
    friend bool operator!=(const AppSettings &a, const AppSettings &b) { return !(a == b); }
};

} // namespace rd
