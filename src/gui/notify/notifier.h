#pragma once

#include "notify/notificationpolicy.h"

#include <QHash>
#include <QObject>

class QDBusInterface;
class QSystemTrayIcon;

namespace rd {

/// Shows notifications on the desktop; reports clicks. One interface, several backends.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Notifier() override;
    virtual void show(const Notification &notification) = 0;
    virtual QString backendName() const = 0;

signals:
    /// The person clicked the notification ("default") or one of its actions ("interested").
    void activated(const QString &referralId, const QString &action);
};

/// The freedesktop notification service over D-Bus (Linux desktops): an asynchronous Notify
/// with the app name, icon and desktop-entry hint, an "Open" default action, "I'm interested"
/// for a single new referral, and critical urgency for last calls.
class DbusNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit DbusNotifier(QObject *parent = nullptr);

    /// Whether a notification service is on the session bus (or can be started).
    static bool isAvailable();
    void show(const Notification &notification) override;
    QString backendName() const override { return QStringLiteral("freedesktop"); }

signals:
    /// The service took the notification and gave it this id.
    void shown(uint id, const QString &referralId);

private slots:
    void onActionInvoked(uint id, const QString &key);

private:
    QHash<uint, QString> m_referralById;
};

/// Balloon messages of the tray icon (Windows, macOS, and Linux desktops without a notification
/// service). A click on the message opens the referral of the last one; there is no room for
/// an "I'm interested" button.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);
    void show(const Notification &notification) override;
    QString backendName() const override { return QStringLiteral("tray"); }
    /// A message about the app itself: a click on it opens no referral.
    void showMessage(const QString &title, const QString &body);

private:
    QSystemTrayIcon *m_tray;
    QString m_lastReferral;
};

/// Which backend shows notifications: the freedesktop service where one is on the bus (Linux),
/// else the tray's messages where there is a tray (always the tray on Windows and macOS), else
/// none (the app says so once and the board's badges remain).
enum class NotifierBackend { Freedesktop, Tray, None };
NotifierBackend chooseNotifierBackend(bool notificationService, bool systemTray);

/// Records what would be shown (tests, and a log where nothing else is available).
class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    void show(const Notification &notification) override { m_shown.append(notification); }
    QString backendName() const override { return QStringLiteral("recording"); }
    const QList<Notification> &shown() const { return m_shown; }

private:
    QList<Notification> m_shown;
};

} // namespace rd
