#pragma once

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class MainWindow;
}

namespace rd {

class ActionController;
class BoardWidget;
class DeadlineScheduler;
class DetailsPane;
class RecentArchiveModel;
class ReferralListModel;
class StageProxy;
class Store;
class SyncEngine;
class SyncScheduler;
struct SyncSummary;

/// The application window: the board with its columns, the details pane, the toolbar with the
/// connection state, and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `store` is the GUI thread's own connection; `clock` drives the badges.
    MainWindow(Store *store, Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    BoardWidget *board() const;
    DetailsPane *details() const;
    ReferralListModel *model() const { return m_model; }
    StageProxy *proxy(Stage stage) const;
    ActionController *actions() const { return m_actions; }
    DeadlineScheduler *deadlines() const { return m_deadlines; }
    QLineEdit *quickFilter() const { return m_filter; }
    QLabel *connectionLabel() const { return m_connection; }
    /// The full archive view, created on first use.
    class ArchiveWindow *archiveWindow();
    void showArchive();

    /// Connects a sync engine living on another thread (queued signals) and its scheduler.
    void attachSync(SyncEngine *engine, SyncScheduler *scheduler);
    void setUser(const QString &user);
    /// Selects a referral's card (and shows its details).
    bool select(const QString &id);
    /// With a tray icon, closing the window hides it and the app keeps running (keptRunningInTray
    /// tells); without one, closing quits.
    void setKeepRunningInTray(bool keep);
    bool keepsRunningInTray() const { return m_keepInTray; }
    QAction *settingsAction() const { return m_settingsAction; }

public slots:
    void onReferralsChanged(const QStringList &ids);
    void onConnectionState(rd::ConnectionState state, const QString &message);
    void onSyncFinished(const rd::SyncSummary &summary);
    /// Quits the application, tray or not (File › Quit, the tray's Quit).
    void quit();

signals:
    void settingsRequested();
    /// The window was closed and hid itself; the application runs on in the tray.
    void keptRunningInTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAbout();
    void retranslate();
    void showDetails(const QString &id);
    void updateConnectionText();
    void showError(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store *m_store;
    Clock *m_clock;
    DeadlinePolicy m_policy;
    ReferralListModel *m_model;
    RecentArchiveModel *m_archive;
    QHash<int, StageProxy *> m_proxies;
    DeadlineScheduler *m_deadlines;
    ActionController *m_actions;
    SyncScheduler *m_scheduler = nullptr;
    QAction *m_syncNow;
    QAction *m_archiveAction;
    QAction *m_insightsAction;
    QAction *m_settingsAction;
    class QToolBar *m_toolbar = nullptr;
    bool m_keepInTray = false;
    bool m_quitting = false;
    QLineEdit *m_filter;
    QLabel *m_connection;
    QLabel *m_user;
    QPushButton *m_retry;
    class ArchiveWindow *m_archiveWindow = nullptr;
    class InsightsWindow *m_insights = nullptr;
    ConnectionState m_state = ConnectionState::Offline;
    QString m_stateMessage;
};

} // namespace rd
