// Desktop notifications against a fake org.freedesktop.Notifications on the private session bus
// of scripts/test. First the notifier alone (the exact Notify call, a click coming back as the
// referral's id); then the application's own wiring (Desktop, the main window, the sync engine
// and the in-process simulator on a test clock): what docs/lifecycle.md asks for, call by call.

#include "actioncontroller.h"
#include "desktop.h"
#include "mainwindow.h"
#include "notify/notificationcenter.h"
#include "notify/notifier.h"
#include "simserver.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "widgets/detailspane.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

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
        uint id = 0;
        int urgency() const { return hints.value(QStringLiteral("urgency")).toInt(); }
    };
    QList<Call> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_calls.clear();
    }

public slots:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces);
        QMutexLocker lock(&m_mutex);
        const uint id = ++m_lastId;
        m_calls.append({ app, icon, summary, body, actions, hints, timeout, id });
        return id;
    }
    QStringList GetCapabilities() { return { QStringLiteral("actions"), QStringLiteral("body") }; }
    void CloseNotification(uint) { }

private:
    mutable QMutex m_mutex;
    QList<Call> m_calls;
    uint m_lastId = 100;
};

class NotifierTest : public QObject
{
    Q_OBJECT
    QThread m_thread;
    FakeNotifications *m_fake = nullptr;
    QDBusConnection m_bus { QStringLiteral("none") };

    // The application's pieces, made afresh for each test of the wiring.
    QTemporaryDir m_dir;
    TestClock m_clock { localJanuary(20, 9) };
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Desktop> m_desktop;
    std::unique_ptr<QSignalSpy> m_shown;
    QString m_db;

    void put(const QString &id, const QString &customer, const QDateTime &created,
        const QString &name = QStringLiteral("Teams rollout"))
    {
        m_service->putReferral(
            ReferralBuilder()
                .set("id", id)
                .set("name", name)
                .set("customerProfile", QJsonObject { { QStringLiteral("name"), customer } })
                .created(created)
                .updated(std::min(created, m_clock.now()))
                .json());
    }

    void sync(bool full = false)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        m_scheduler->syncNow(full);
        QVERIFY(finished.wait(30000));
    }

    /// The window and its desktop side, as at a start of the app (the engine stays).
    void startApp()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(!m_store->open(m_db));
        m_window = std::make_unique<MainWindow>(m_store.get(), &m_clock);
        m_scheduler = std::make_unique<SyncScheduler>(m_engine.get());
        m_desktop = std::make_unique<Desktop>(
            m_window.get(), m_store.get(), &m_clock, DesktopEnvironment { true, false });
        m_desktop->attachSync(m_engine.get(), m_scheduler.get());
        auto *notifier = qobject_cast<DbusNotifier *>(m_desktop->notifier());
        QVERIFY(notifier);
        m_shown = std::make_unique<QSignalSpy>(notifier, &DbusNotifier::shown);
        m_window->show();
    }

    void quitApp()
    {
        m_shown.reset();
        m_desktop.reset();
        m_window.reset();
        m_scheduler.reset();
        m_store.reset();
    }

    /// Proves that nothing else was sent: a marker on the same bus connection arrives next.
    void expectNoMoreCalls(int sofar)
    {
        DbusNotifier marker;
        Notification n;
        n.summary = QStringLiteral("marker");
        marker.show(n);
        QTRY_COMPARE(m_fake->calls().size(), sofar + 1);
        QCOMPARE(m_fake->calls().last().summary, QStringLiteral("marker"));
        m_fake->clear();
    }

    /// Waits for `count` calls and for their ids to reach the notifier (so clicks can match).
    void waitForShown(int count)
    {
        QTRY_COMPARE(m_fake->calls().size(), count);
        for (const FakeNotifications::Call &call : m_fake->calls()) {
            QTRY_VERIFY(std::any_of(m_shown->cbegin(), m_shown->cend(),
                [&call](const QList<QVariant> &args) { return args.at(0).toUInt() == call.id; }));
        }
    }

    void click(uint id, const QString &action)
    {
        QDBusMessage message
            = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        message << id << action;
        QVERIFY(m_bus.send(message));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
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

    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) == "notifyCarriesEverythingAndAClickComesBack")
            return;
        QSettings().clear();
        // The weekly summary has its own tests (tst_notificationpolicy, tst_notificationcenter);
        // here it would add a call on this Tuesday whenever last week had arrivals.
        QSettings().setValue(
            QStringLiteral("notify/disabled"), QStringList { QStringLiteral("weekly-summary") });
        m_clock.setNow(localJanuary(20, 9));
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(QStringLiteral("t"));
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn());
        static int run = 0;
        m_db = m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++run));
        ApiSettings api;
        api.apiBase = m_server->url();
        api.timeoutMs = 2000;
        api.maxAttempts = 2;
        api.backoffBaseMs = 5;
        m_tokens = std::make_unique<StaticTokenSource>(QStringLiteral("t"));
        m_engine = std::make_unique<SyncEngine>(m_db, api, m_tokens.get(), &m_clock);
        QVERIFY(!m_engine->open());
        startApp();
        QCOMPARE(m_desktop->backend(), NotifierBackend::Freedesktop);
        m_fake->clear();
    }

    void cleanup()
    {
        quitApp();
        m_engine.reset();
        m_server.reset();
        m_service.reset();
        if (m_fake)
            m_fake->clear();
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

    void aWarningNamesTheCustomerAndTheTimeLeftAndIsNotRepeatedAfterARestart()
    {
        put(QStringLiteral("a"), QStringLiteral("Contoso"), m_clock.now().addSecs(-21 * 3600));
        sync();
        waitForShown(1); // the first sync's arrival
        m_fake->clear();

        m_clock.advanceSecs(3600); // 2 h before the 24 h response target
        QTRY_COMPARE(m_fake->calls().size(), 1);
        const FakeNotifications::Call call = m_fake->calls().first();
        QCOMPARE(call.app, QStringLiteral("Referral Desk"));
        QCOMPARE(call.icon, QStringLiteral("referral-desk"));
        QCOMPARE(call.summary, QStringLiteral("Answer Contoso within 2 h"));
        QCOMPARE(call.body,
            QStringLiteral("“Teams rollout” reaches the 24-hour response target in 2 h."));
        QCOMPARE(call.actions, (QStringList { QStringLiteral("default"), QStringLiteral("Open") }));
        QCOMPARE(call.urgency(), 1);
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
            QStringLiteral("referral-desk"));
        waitForShown(1);
        m_fake->clear();

        // The app restarts (same database), syncs again in full: nothing is said twice.
        quitApp();
        startApp();
        sync(true);
        m_clock.advanceSecs(60);
        expectNoMoreCalls(0);

        // The next threshold still comes: missed in 12 h (72 h after creation).
        m_clock.setNow(localJanuary(20, 9).addSecs(-21 * 3600 + 60 * 3600 + 5));
        QTRY_COMPARE(m_fake->calls().size(), 1);
        QCOMPARE(m_fake->calls().first().summary, QStringLiteral("Contoso: missed in 12 h"));
        QCOMPARE(m_fake->calls().first().body,
            QStringLiteral("“Teams rollout” is archived as Missed in 12 h unless you answer."));
    }

    void arrivalsOfOneSyncMakeOneNotification()
    {
        sync(); // nothing yet
        const QDateTime now = m_clock.now();
        put(QStringLiteral("n1"), QStringLiteral("Litware"), now.addSecs(-300));
        put(QStringLiteral("n2"), QStringLiteral("Northwind"), now.addSecs(-200));
        put(QStringLiteral("n3"), QStringLiteral("Tailspin"), now.addSecs(-100));
        sync();
        QTRY_COMPARE(m_fake->calls().size(), 1);
        const FakeNotifications::Call call = m_fake->calls().first();
        QCOMPARE(call.summary, QStringLiteral("3 new referrals"));
        QCOMPARE(call.body, QStringLiteral("Litware, Northwind, and Tailspin"));
        QCOMPARE(call.actions, (QStringList { QStringLiteral("default"), QStringLiteral("Open") }));
        expectNoMoreCalls(1);

        // One alone is named, with the time to respond, and can be answered from the popup.
        put(QStringLiteral("n4"), QStringLiteral("Woodgrove"), m_clock.now());
        sync();
        QTRY_COMPARE(m_fake->calls().size(), 1);
        QCOMPARE(m_fake->calls().first().summary, QStringLiteral("New referral from Woodgrove"));
        QCOMPARE(
            m_fake->calls().first().body, QStringLiteral("“Teams rollout”. Respond within 24 h."));
        QCOMPARE(m_fake->calls().first().actions,
            (QStringList { QStringLiteral("default"), QStringLiteral("Open"),
                QStringLiteral("interested"), QStringLiteral("I’m interested") }));
        // A sync that brings nothing new says nothing.
        sync();
        expectNoMoreCalls(1);
    }

    void quietHoursHoldBackAllButTheLastCalls()
    {
        m_clock.setNow(localJanuary(20, 21, 0));
        AppSettings settings = m_desktop->settings();
        settings.quietHours = true;
        settings.quietFrom = QTime(22, 0);
        settings.quietTo = QTime(7, 0);
        QVERIFY(m_desktop->applySettings(settings).isEmpty());
        // q1 is missed at 10:00 tomorrow (its 12 h warning falls at 22:00, in quiet hours);
        // q2 is missed at 23:40 tonight (its last call falls at 22:40).
        put(QStringLiteral("q1"), QStringLiteral("Contoso"),
            localJanuary(21, 10).addSecs(-72 * 3600));
        put(QStringLiteral("q2"), QStringLiteral("Fabrikam"),
            localJanuary(20, 23, 40).addSecs(-72 * 3600));
        sync();
        // Before quiet hours: the arrivals, and Fabrikam's 12 h warning that was already due.
        QTRY_COMPARE(m_fake->calls().size(), 2);
        QCOMPARE(m_fake->calls().at(1).summary, QStringLiteral("Fabrikam: missed in 2 h 40 min"));
        expectNoMoreCalls(2);

        m_clock.setNow(localJanuary(20, 22, 30));
        expectNoMoreCalls(0); // the 12 h warning is held back

        m_clock.setNow(localJanuary(20, 22, 45)); // the last call comes through, critical
        QTRY_COMPARE(m_fake->calls().size(), 1);
        QCOMPARE(m_fake->calls().first().summary, QStringLiteral("Fabrikam: missed in 55 min"));
        QCOMPARE(m_fake->calls().first().urgency(), 2);
        QCOMPARE(m_fake->calls().first().timeout, 0);
        expectNoMoreCalls(1);

        // Quiet hours end: the held warning comes, with the time left now.
        m_clock.setNow(localJanuary(21, 7, 0));
        QTRY_COMPARE(m_fake->calls().size(), 1);
        QCOMPARE(m_fake->calls().first().summary, QStringLiteral("Contoso: missed in 3 h"));
        QCOMPARE(m_fake->calls().first().urgency(), 1);
        expectNoMoreCalls(1);
    }

    void afterAClockJumpOneSummaryAndTheLastCall()
    {
        const QDateTime t0 = m_clock.now();
        // Three warnings fall due within the next three hours, and one last call.
        put(QStringLiteral("r1"), QStringLiteral("Contoso"), t0.addSecs(-20 * 3600 - 1800));
        put(QStringLiteral("r2"), QStringLiteral("Fabrikam"), t0.addSecs(-59 * 3600));
        put(QStringLiteral("r3"), QStringLiteral("Litware"), t0.addSecs(-58 * 3600));
        put(QStringLiteral("r4"), QStringLiteral("Tailspin"), t0.addSecs(-68 * 3600 - 1800));
        sync();
        // The arrivals, and Tailspin's 12 h warning that was already due.
        QTRY_COMPARE(m_fake->calls().size(), 2);
        QCOMPARE(m_fake->calls().at(0).summary, QStringLiteral("4 new referrals"));
        QCOMPARE(m_fake->calls().at(1).summary, QStringLiteral("Tailspin: missed in 3 h 30 min"));
        expectNoMoreCalls(2);

        // The computer sleeps for three hours; the clock jumps.
        m_clock.setNow(t0.addSecs(3 * 3600));
        QTRY_COMPARE(m_fake->calls().size(), 2);
        const FakeNotifications::Call last = m_fake->calls().at(0);
        QCOMPARE(last.summary, QStringLiteral("Tailspin: missed in 30 min"));
        QCOMPARE(last.urgency(), 2);
        const FakeNotifications::Call summary = m_fake->calls().at(1);
        QCOMPARE(summary.summary, QStringLiteral("3 referrals need your attention"));
        QCOMPARE(summary.body,
            QStringLiteral("Deadlines came closer while Referral Desk was not watching."));
        QCOMPARE(summary.urgency(), 1);
        expectNoMoreCalls(2);
    }

    void clickingOpensTheReferralAndInterestedActsThroughTheNormalPath()
    {
        sync();
        put(QStringLiteral("c1"), QStringLiteral("Contoso"), m_clock.now());
        sync();
        waitForShown(1);
        const uint first = m_fake->calls().first().id;
        m_window->hide();
        click(first, QStringLiteral("default"));
        QTRY_VERIFY(m_window->isVisible());
        QTRY_COMPARE(m_window->details()->currentId(), QStringLiteral("c1"));

        m_fake->clear();
        m_clock.advanceSecs(60);
        put(QStringLiteral("c2"), QStringLiteral("Fabrikam"), m_clock.now());
        sync();
        waitForShown(1);
        QSignalSpy applied(m_window->actions(), &ActionController::applied);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        click(m_fake->calls().first().id, QStringLiteral("interested"));
        QVERIFY(applied.wait(5000));
        QCOMPARE(applied.first().at(0).toString(), QStringLiteral("c2"));
        QCOMPARE(applied.first().at(1).value<Action>(), Action::Interested);
        // Queued like any action, undoable in the window for its undo window, then sent by
        // the sync that starts when the window ends.
        QVERIFY(m_window->actions()->hasPending());
        m_clock.advanceSecs(m_window->actions()->undoSeconds());
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(m_store->outboxFor(QStringLiteral("c2")).isEmpty());
        QCOMPARE(m_service->referral(QStringLiteral("c2"))->value(QStringLiteral("substatus")),
            QStringLiteral("Received"));
    }
};

QTEST_MAIN(NotifierTest)
#include "tst_notifier.moc"
