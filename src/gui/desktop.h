#pragma once

#include "auth/signin.h"
#include "notify/notifier.h"
#include "settings/appsettings.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace rd {

class Clock;
class ConnectDialog;
class ConnectionSettings;
class MainWindow;
class NotificationCenter;
class SettingsDialog;
class Store;
class SyncEngine;
class SyncScheduler;
class TrayIcon;
class WeeklyFigures;

/// What the desktop offers: a notification service on the session bus, a system tray.
struct DesktopEnvironment
{
    bool notificationService = false;
    bool systemTray = false;
    static DesktopEnvironment detect();
};

/// Everything between the main window and the desktop session: the notifier backend and the
/// notification center, the tray icon and its menu, closing to the tray, signing in, and the
/// settings (dialog, QSettings, applied at once to the pieces they concern). The application and
/// the tests build it the same way.
class Desktop : public QObject
{
    Q_OBJECT
public:
    Desktop(MainWindow *window, Store *store, Clock *clock, DesktopEnvironment environment,
        QObject *parent = nullptr);
    ~Desktop() override;

    NotifierBackend backend() const { return m_backend; }
    Notifier *notifier() const { return m_notifier; }
    TrayIcon *tray() const { return m_tray; }
    NotificationCenter *notifications() const { return m_center; }
    /// This week's and last week's response figures, for the tray and the weekly summary.
    WeeklyFigures *weeklyFigures() const { return m_weekly; }

    /// The sync engine (on its own thread) and its scheduler; `signIn` (on the engine's thread)
    /// when the person signs in, nullptr with a given token. Starts syncing when the engine is
    /// ready and, with sign-in, once a session is restored or made.
    void attachSync(SyncEngine *engine, SyncScheduler *scheduler, SignIn *signIn = nullptr,
        const AuthSettings &auth = {});

    const AppSettings &settings() const { return m_settings; }
    /// Saves the settings and applies them at once: sync interval, undo window, default currency,
    /// notifications, service address, sign-in authority and client id, language, start at
    /// login. Returns what could not be applied (start at login), or an empty string.
    QString applySettings(const AppSettings &settings);
    /// Pauses notifications other than last calls for an hour, or resumes them.
    void pauseNotifications(bool pause);

    /// Opens the settings dialog (one at a time, not blocking the window).
    SettingsDialog *openSettings();
    /// Opens the Connect to Partner Center dialog (one at a time), filled from the settings.
    ConnectDialog *openConnectDialog();
    bool isSignedIn() const { return m_signedIn; }
    /// How a sign-in page reaches the browser; returns whether it could be opened. Tests give
    /// their own; the default is QDesktopServices::openUrl.
    void setBrowser(std::function<bool(const QUrl &)> open) { m_openBrowser = std::move(open); }
    /// The session shows sample data from the bundled simulator: a banner says so, nothing
    /// signs in, and the settings never point the sample's engine at another service.
    void setSampleMode(bool sample);
    bool isSampleMode() const { return m_sample; }

    /// Installs the translation for `code` ("de", "zh_CN"; empty: the system's language); the
    /// open windows retranslate themselves.
    /// `setDefaultLocale` also makes it the default QLocale (numbers, dates): at startup only,
    /// before other threads run.
    static void installLanguage(const QString &code, bool setDefaultLocale = true);
    /// Arguments for the start-at-login entry (the profile folder, when one was given).
    void setStartArguments(const QStringList &arguments) { m_startArguments = arguments; }

public slots:
    /// Shows the window in front and selects the referral.
    void openReferral(const QString &id);
    void raiseWindow();

signals:
    /// The one-time explanation that the app keeps running in the tray, when it was given.
    void trayExplained(const QString &text);
    void accountChanged(bool signedIn, const QString &text);

private:
    void setAccount(bool signedIn, const QString &text);
    void startSyncing();
    void startBrowserSignIn();
    void onSignInPage(const QUrl &url, bool opened);
    void onSignedIn();
    void onSignInFailed(const QString &message);
    void cancelSignIn();
    void connectWith(const ConnectionSettings &connection);
    /// Not connected (never was here) or signed out, with why; the welcome when nothing is stored.
    void showNotSignedIn(const QString &problem);
    /// Reads the settings file's unusable values and tells the window and the engine.
    void checkSettingsFile();

    MainWindow *m_window;
    Store *m_store;
    Clock *m_clock;
    NotifierBackend m_backend;
    TrayIcon *m_tray = nullptr;
    Notifier *m_notifier = nullptr;
    NotificationCenter *m_center = nullptr;
    WeeklyFigures *m_weekly = nullptr;
    SyncEngine *m_engine = nullptr;
    SyncScheduler *m_scheduler = nullptr;
    SignIn *m_signIn = nullptr;
    AuthSettings m_auth;
    AppSettings m_settings;
    bool m_signedIn = false;
    bool m_givenToken = false;
    QStringList m_startArguments;
    QString m_accountText;
    QPointer<SettingsDialog> m_dialog;
    QPointer<ConnectDialog> m_connect;
    QAction *m_signInAction = nullptr;
    std::function<bool(const QUrl &)> m_openBrowser;
    bool m_sample = false;
};

} // namespace rd
