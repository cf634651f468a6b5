#pragma once

#include "domain/deadlinepolicy.h"

#include <QDateTime>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace rd {

class Clock;
class ReferralListModel;

/// The icon in the system tray: how many referrals need an answer today (on the icon and in its
/// tooltip), and a menu to open the window, sync now, pause notifications for an hour and quit.
/// The count follows the board's model and the clock (it changes at midnight too).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(
        ReferralListModel *model, Clock *clock, DeadlinePolicy policy, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether the desktop shows tray icons at all.
    static bool isSystemTrayAvailable();

    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *syncAction() const { return m_sync; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }

    int dueToday() const { return m_dueToday; }
    QString toolTip() const;

    /// Notifications paused until then (the pause action then offers to resume).
    void setPausedUntil(const QDateTime &until);
    /// This week's arrivals and how many were answered within 24 h (WeeklyFigures), for the
    /// tooltip.
    void setThisWeek(int received, int answeredWithin24h);
    void show();
    /// The menu and tooltip again in the current language.
    void retranslate();

public slots:
    void recount();

signals:
    void openRequested();
    void syncRequested();
    /// Pause for an hour (true) or resume (false).
    void pauseRequested(bool pause);
    void quitRequested();
    void countChanged(int dueToday);

private:
    void armMidnight();
    void updateIcon();

    ReferralListModel *m_model;
    Clock *m_clock;
    DeadlinePolicy m_policy;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_sync;
    QAction *m_pause;
    QAction *m_quit;
    QTimer *m_coalesce;
    QTimer *m_midnight;
    QDateTime m_pausedUntil;
    int m_dueToday = -1;
    int m_newCount = 0;
    int m_weekReceived = -1; ///< -1: not read yet
    int m_weekWithin24h = 0;
};

} // namespace rd
