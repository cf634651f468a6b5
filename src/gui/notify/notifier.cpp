#include "notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcNotify, "rd.notify")

namespace rd {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

Notifier::~Notifier() = default;

DbusNotifier::DbusNotifier(QObject *parent)
    : Notifier(parent)
{
    QDBusConnection::sessionBus().connect(kService, kPath, kInterface,
        QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
}

bool DbusNotifier::isAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(kService).value())
        return true;
    const QDBusReply<QStringList> activatable
        = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(kService);
}

void DbusNotifier::show(const Notification &n)
{
    QStringList actions { QStringLiteral("default"), tr("Open") };
    if (n.kind == NotificationKind::Arrivals && n.referralIds.size() == 1)
        actions << QStringLiteral("interested") << tr("I’m interested");
    const QVariantMap hints {
        { QStringLiteral("desktop-entry"), QStringLiteral("referral-desk") },
        { QStringLiteral("urgency"), QVariant::fromValue(uchar(n.lastCall ? 2 : 1)) },
    };
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Referral Desk") << uint(0) << QStringLiteral("referral-desk")
         << n.summary << n.body << actions << hints
         << int(n.lastCall ? 0 : -1); // a last call stays until dismissed
    // Asynchronous: the GUI never waits for the notification service.
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    const QString referral = n.referralIds.value(0);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, referral] {
        QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError()) {
            qCWarning(lcNotify).noquote() << "notification failed:" << reply.error().message();
            return;
        }
        m_referralById.insert(reply.value(), referral);
        emit shown(reply.value(), referral);
    });
}

void DbusNotifier::onActionInvoked(uint id, const QString &key)
{
    const auto it = m_referralById.constFind(id);
    if (it == m_referralById.constEnd())
        return; // another application's notification
    emit activated(*it, key);
}

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastReferral.isEmpty())
            emit activated(m_lastReferral, QStringLiteral("default"));
    });
}

void TrayNotifier::show(const Notification &n)
{
    m_lastReferral = n.referralIds.value(0);
    m_tray->showMessage(n.summary, n.body,
        n.lastCall ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
        n.lastCall ? 60000 : 10000);
}

void TrayNotifier::showMessage(const QString &title, const QString &body)
{
    m_lastReferral.clear();
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 15000);
}

NotifierBackend chooseNotifierBackend(bool notificationService, bool systemTray)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    Q_UNUSED(notificationService);
    return systemTray ? NotifierBackend::Tray : NotifierBackend::None;
#else
    if (notificationService)
        return NotifierBackend::Freedesktop;
    return systemTray ? NotifierBackend::Tray : NotifierBackend::None;
#endif
}

} // namespace rd
