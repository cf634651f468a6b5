#pragma once

#include "desktop.h"

#include <QObject>
#include <QThread>
#include <QUrl>
#include <memory>

namespace rd {

class Clock;
class MainWindow;
class Store;
class SyncEngine;
class SyncScheduler;

/// How a session is set up: which database, and whether it talks to the service the settings
/// name (signing in) or to one given here (a token, the sample's simulator).
struct SessionOptions
{
    QString databasePath;
    QUrl apiBase; ///< empty: the settings' address
    QString accessToken; ///< empty: sign in (OAuth) as the settings say
    bool sample = false; ///< the bundled simulator's sample data
    QStringList startArguments; ///< for the start-at-login entry
    DesktopEnvironment environment;
};

/// One open database with everything that works on it: the main window, the sync engine on its
/// own thread, the scheduler and the desktop side (tray, notifications, sign-in, settings). The
/// application has one at a time; exploring the sample swaps it for another.
class AppSession : public QObject
{
    Q_OBJECT
public:
    AppSession(SessionOptions options, Clock *clock, QObject *parent = nullptr);
    /// Stops syncing (the thread ends) and closes the window and the database.
    ~AppSession() override;

    /// Opens the database (asking the person what to do with a damaged one) and builds the rest;
    /// false when the app cannot go on with it.
    bool open();
    /// Shows the window and starts syncing.
    void start();

    const SessionOptions &options() const { return m_options; }
    MainWindow *window() const { return m_window.get(); }
    Desktop *desktop() const { return m_desktop.get(); }
    SyncEngine *engine() const { return m_engine; }
    Store *store() const { return m_store.get(); }

private:
    SessionOptions m_options;
    Clock *m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QThread m_thread;
    SyncEngine *m_engine = nullptr;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<Desktop> m_desktop;
};

} // namespace rd
