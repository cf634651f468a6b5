#pragma once

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace rd {

class ActionController;
class Banner;
class BoardSelection;
class BoardWidget;
class DeadlineScheduler;
class DetailsPane;
class RelatedLookup;
class RecentArchiveModel;
class ReferralListModel;
class StageProxy;
class Store;
class SyncEngine;
class SyncScheduler;
struct SyncSummary;
class UndoBar;
class WelcomePage;

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
    /// The board's "Show" choice, sort order and fits.
    class BoardViewOptions *viewOptions() const { return m_view; }
    StageProxy *proxy(Stage stage) const;
    ActionController *actions() const { return m_actions; }
    DeadlineScheduler *deadlines() const { return m_deadlines; }
    QLineEdit *quickFilter() const { return m_filter; }
    QLabel *connectionLabel() const;
    /// Beside the connection line: Retry, Connect… or Sign In…, whichever can help; hidden when
    /// nothing can.
    QPushButton *connectionButton() const;
    WelcomePage *welcome() const;
    /// The welcome instead of the board: no account connected and nothing stored yet.
    void setWelcomeVisible(bool visible);
    bool isWelcomeVisible() const;
    /// The banner that says the board shows sample data, with the way to the real service.
    void setSampleMode(bool sample);
    bool isSampleMode() const { return m_sample; }
    Banner *sampleBanner() const { return m_sampleBanner; }
    /// A problem that stops syncing until the person fixes it (settings that cannot be used);
    /// empty clears it.
    void showSettingsProblem(const QString &text);
    Banner *problemBanner() const { return m_problemBanner; }
    QAction *fullSyncAction() const { return m_fullSync; }
    /// Whether anything can sign in here (not with a given token or in the sample): only then
    /// does the connection line offer Connect… or Sign In….
    void setSignInAvailable(bool available);
    /// Sync Now and Full Sync, once sync is attached: only while someone is signed in.
    void setSyncEnabled(bool enabled);
    /// Shows the referrals this partner sent instead of the ones it received.
    QAction *sentByYouAction() const { return m_sentByYou; }
    void showOutgoing(bool outgoing);
    /// The full archive view, created on first use.
    class ArchiveWindow *archiveWindow();
    void showArchive();

    /// Connects a sync engine living on another thread (queued signals) and its scheduler.
    void attachSync(SyncEngine *engine, SyncScheduler *scheduler);
    void setUser(const QString &user);
    /// Selects a referral's card (and shows its details), with the keyboard focus on it.
    bool select(const QString &id);
    /// The one selected referral, empty when none.
    QString selectedId() const;
    BoardSelection *selection() const { return m_selection; }
    UndoBar *undoBar() const { return m_undoBar; }
    /// What an action or a drop just did or why it was refused, above the board.
    Banner *noticeBanner() const { return m_noticeBanner; }
    /// Why syncing stopped (offline, a service error), with Retry.
    Banner *syncBanner() const { return m_syncBanner; }
    /// With a tray icon, closing the window hides it and the app keeps running (keptRunningInTray
    /// tells); without one, closing quits.
    void setKeepRunningInTray(bool keep);
    /// Remembers the window's size, place and splitter for the next start (also on close).
    void saveLayout();
    bool keepsRunningInTray() const { return m_keepInTray; }
    /// How the window ends the application once it may (QApplication::quit by default; tests
    /// give their own, since quitting would end their event loops).
    void setApplicationQuit(std::function<void()> quit) { m_quitApplication = std::move(quit); }
    QAction *settingsAction() const { return m_settingsAction; }

public slots:
    void onReferralsChanged(const QStringList &ids);
    void onConnectionState(rd::ConnectionState state, const QString &message);
    void onSyncFinished(const rd::SyncSummary &summary);
    /// Quits the application, tray or not (File › Quit, the tray's Quit).
    void quit();

signals:
    void settingsRequested();
    /// Connect to Partner Center: the welcome, the connection line's button, File › Sign In.
    void connectRequested();
    void sampleRequested();
    /// The sample banner's "Connect to Partner Center": leave the sample, then connect.
    void leaveSampleRequested();
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
    void updateSentByYou();
    void showError(const QString &message);
    void showNotice(const QString &text);
    void fitToScreen();
    void finishSendingThenQuit();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store *m_store;
    Clock *m_clock;
    DeadlinePolicy m_policy;
    ReferralListModel *m_model;
    RecentArchiveModel *m_archive;
    RelatedLookup *m_relatedLookup; ///< "Also from this customer", off the GUI thread
    QHash<int, StageProxy *> m_proxies;
    DeadlineScheduler *m_deadlines;
    ActionController *m_actions;
    SyncScheduler *m_scheduler = nullptr;
    SyncEngine *m_engine = nullptr;
    QAction *m_syncNow;
    QAction *m_fullSync;
    QAction *m_sentByYou;
    Banner *m_sampleBanner;
    Banner *m_problemBanner;
    Banner *m_outgoingBanner;
    Banner *m_syncBanner;
    Banner *m_noticeBanner;
    QTimer *m_noticeTimer;
    QTimer *m_archiveFilterTimer;
    BoardSelection *m_selection;
    UndoBar *m_undoBar;
    class ConnectionStatus *m_status = nullptr;
    std::function<void()> m_quitApplication;
    bool m_sample = false;
    QString m_settingsProblem;
    QAction *m_archiveAction;
    QAction *m_insightsAction;
    QAction *m_settingsAction;
    class QToolBar *m_toolbar = nullptr;
    bool m_keepInTray = false;
    bool m_quitting = false;
    QLineEdit *m_filter;
    QLabel *m_user;
    class ArchiveWindow *m_archiveWindow = nullptr;
    class BoardViewOptions *m_view = nullptr;
    class InsightsWindow *m_insights = nullptr;
};

} // namespace rd
