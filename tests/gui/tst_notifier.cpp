// The freedesktop notifier against a fake org.freedesktop.Notifications on the private session
// bus of scripts/test: the exact Notify call, and a click coming back as the referral's id.

#include "notify/notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace rd;

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app, icon, summary, body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };
    QList<Call> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

public slots:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces);
        QMutexLocker lock(&m_mutex);
        m_calls.append({ app, icon, summary, body, actions, hints, timeout });
        return uint(m_calls.size()) + 100;
    }
    QStringList GetCapabilities() { return { QStringLiteral("actions"), QStringLiteral("body") }; }
    void CloseNotification(uint) { }

private:
    mutable QMutex m_mutex;
    QList<Call> m_calls;
};

class NotifierTest : public QObject
{
    Q_OBJECT
    QThread m_thread;
    FakeNotifications *m_fake = nullptr;
    QDBusConnection m_bus { QStringLiteral("none") };

private slots:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("no session bus in CI");
            QSKIP("needs the private session bus of ./scripts/test");
        }
        m_bus = QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("fake-notifyd"));
        QVERIFY(m_bus.isConnected());
        m_fake = new FakeNotifications;
        // Registered before it moves: its calls are then answered on its own thread, so the
        // caller on this thread never deadlocks.
        QVERIFY(m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_fake,
            QDBusConnection::ExportAllSlots));
        QVERIFY(m_bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        m_fake->moveToThread(&m_thread);
        m_thread.start();
        QTRY_VERIFY(DbusNotifier::isAvailable());
    }

    void cleanupTestCase()
    {
        if (!m_fake)
            return;
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        m_thread.quit();
        m_thread.wait();
        delete m_fake;
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifyd"));
    }

    void notifyCarriesEverythingAndAClickComesBack()
    {
        DbusNotifier notifier;
        QSignalSpy shown(&notifier, &DbusNotifier::shown);
        Notification arrival;
        arrival.kind = NotificationKind::Arrivals;
        arrival.referralIds = { QStringLiteral("ref-1") };
        arrival.summary = QStringLiteral("New referral from Contoso");
        arrival.body = QStringLiteral("“Teams rollout”. Respond within 24 h.");
        notifier.show(arrival);
        QTRY_COMPARE(m_fake->calls().size(), 1);
        const FakeNotifications::Call call = m_fake->calls().first();
        QCOMPARE(call.app, QStringLiteral("Referral Desk"));
        QCOMPARE(call.icon, QStringLiteral("referral-desk"));
        QCOMPARE(call.summary, arrival.summary);
        QCOMPARE(call.body, arrival.body);
        QCOMPARE(call.actions,
            (QStringList { QStringLiteral("default"), QStringLiteral("Open"),
                QStringLiteral("interested"), QStringLiteral("I’m interested") }));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
            QStringLiteral("referral-desk"));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(call.timeout, -1);

        Notification lastCall;
        lastCall.kind = NotificationKind::MissedIn1h;
        lastCall.referralIds = { QStringLiteral("ref-2") };
        lastCall.summary = QStringLiteral("Fabrikam: missed in 1 h");
        lastCall.lastCall = true;
        notifier.show(lastCall);
        QTRY_COMPARE(m_fake->calls().size(), 2);
        QCOMPARE(
            m_fake->calls().last().hints.value(QStringLiteral("urgency")).toInt(), 2); // critical
        QCOMPARE(m_fake->calls().last().actions,
            (QStringList { QStringLiteral("default"), QStringLiteral("Open") }));
        QCOMPARE(m_fake->calls().last().timeout, 0);

        // The person clicks "I'm interested" on the first: the notifier names the referral.
        QSignalSpy activated(&notifier, &Notifier::activated);
        QTRY_COMPARE(shown.count(), 2); // the service's replies with the ids have arrived
        QCOMPARE(shown.first().at(0).toUInt(), 101u);
        QDBusMessage click
            = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        click << uint(101) << QStringLiteral("interested");
        QVERIFY(m_bus.send(click));
        QVERIFY(activated.wait(5000));
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("ref-1"));
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("interested"));
    }
};

QTEST_MAIN(NotifierTest)
#include "tst_notifier.moc"
