#include "desktop.h"

#include "actioncontroller.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "notify/notificationcenter.h"
#include "notify/trayicon.h"
#include "notify/weeklyfigures.h"
#include "settings/startatlogin.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "uilanguage.h"
#include "widgets/connectdialog.h"
#include "widgets/guidewindow.h"
#include "widgets/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace rd {

namespace {
const QString kTrayExplained = QStringLiteral("ui/trayExplained");
/// Set by a sign-out, cleared by a sign-in: "Signed out" rather than "Not connected".
const QString kSignedOut = QStringLiteral("auth/signedOut");
} // namespace

DesktopEnvironment DesktopEnvironment::detect()
{
    DesktopEnvironment e;
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    e.notificationService = DbusNotifier::isAvailable();
#endif
    e.systemTray = TrayIcon::isSystemTrayAvailable();
    return e;
}

Desktop::Desktop(
    MainWindow *window, Store *store, Clock *clock, DesktopEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_clock(clock)
    , m_backend(chooseNotifierBackend(environment.notificationService, environment.systemTray))
{
    m_settings = AppSettings::load(QSettings());
    m_window->actions()->setDefaultCurrency(m_settings.defaultCurrency);
    m_window->actions()->setUndoSeconds(m_settings.undoSeconds);

    if (environment.systemTray) {
        m_tray = new TrayIcon(window->model(), clock, DeadlinePolicy(), this);
        m_tray->setPausedUntil(m_settings.notificationsPausedUntil);
        connect(m_tray, &TrayIcon::openRequested, this, &Desktop::raiseWindow);
        connect(m_tray, &TrayIcon::pauseRequested, this, &Desktop::pauseNotifications);
        connect(m_tray, &TrayIcon::quitRequested, m_window, &MainWindow::quit);
        m_tray->syncAction()->setEnabled(false);
        m_tray->show();
        // The window hides into the tray; only Quit ends the application.
        m_window->setKeepRunningInTray(true);
        QApplication::setQuitOnLastWindowClosed(false);
        connect(m_window, &MainWindow::keptRunningInTray, this, [this] {
            QSettings settings;
            if (settings.value(kTrayExplained, false).toBool())
                return;
            settings.setValue(kTrayExplained, true);
            const QString text = tr("Referral Desk keeps running in the tray and warns you before "
                                    "a referral is missed. To end it, choose Quit from the tray "
                                    "icon's menu.");
            // Through the notifier when it is the tray's, so a click on this explanation does not
            // open the referral of an earlier message.
            if (auto *trayNotifier = qobject_cast<TrayNotifier *>(m_notifier))
                trayNotifier->showMessage(QApplication::applicationDisplayName(), text);
            else
                m_tray->systemTrayIcon()->showMessage(QApplication::applicationDisplayName(), text,
                    QSystemTrayIcon::Information, 15000);
            emit trayExplained(text);
        });
    }

    switch (m_backend) {
    case NotifierBackend::Freedesktop:
        m_notifier = new DbusNotifier(this);
        break;
    case NotifierBackend::Tray:
        m_notifier = new TrayNotifier(m_tray->systemTrayIcon(), this);
        break;
    case NotifierBackend::None:
        // Nothing to show them with: the badges on the board remain. Said once.
        m_notifier = new RecordingNotifier(this);
        m_window->statusBar()->showMessage(tr("Desktop notifications are not available here "
                                              "(no notification service and no system tray); "
                                              "watch the badges on the board."));
        break;
    }
    m_center = new NotificationCenter(store, clock, window->model(), m_notifier, this);
    m_center->setSettings(m_settings.notificationSettings());
    connect(m_center, &NotificationCenter::openRequested, this, &Desktop::openReferral);
    connect(m_center, &NotificationCenter::interestedRequested, this, [this](const QString &id) {
        // The normal path: validated, queued in the outbox, sent by the next sync.
        m_window->actions()->perform(id, Action::Interested);
    });
    // The week's response figures, read off the GUI thread: again when the board changes (an
    // action, a sync) and at the turn of each week.
    m_weekly = new WeeklyFigures(store, clock, this);
    connect(m_weekly, &WeeklyFigures::updated, m_center, &NotificationCenter::setWeeklyFigures);
    if (m_tray) {
        connect(m_weekly, &WeeklyFigures::updated, m_tray, [tray = m_tray](const ResponseTimes &t) {
            const InsightFigures week = t.thisWeek();
            tray->setThisWeek(week.received, week.answeredWithin24h);
        });
    }
    // What changes the figures is an answer: the person's (an action or its undo, here) or a
    // sync's (attachSync). The board's countdowns do not.
    connect(m_window->actions(), &ActionController::applied, m_weekly, &WeeklyFigures::refreshSoon);
    connect(m_window->actions(), &ActionController::undone, m_weekly, &WeeklyFigures::refreshSoon);
    connect(m_window, &MainWindow::settingsRequested, this, &Desktop::openSettings);
    connect(m_window, &MainWindow::connectRequested, this, &Desktop::openConnectDialog);
    m_openBrowser = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

void Desktop::setSampleMode(bool sample)
{
    m_sample = sample;
    m_window->setSampleMode(sample);
    if (m_signInAction)
        m_signInAction->setVisible(!sample && !m_signedIn);
}

Desktop::~Desktop() = default;

void Desktop::raiseWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void Desktop::openReferral(const QString &id)
{
    raiseWindow();
    if (!id.isEmpty()) // the weekly summary names no referral: the selection stays
        m_window->select(id);
}

void Desktop::attachSync(
    SyncEngine *engine, SyncScheduler *scheduler, SignIn *signIn, const AuthSettings &auth)
{
    m_engine = engine;
    m_scheduler = scheduler;
    m_signIn = signIn;
    m_auth = auth;
    scheduler->setInterval(m_settings.syncIntervalMinutes * 60 * 1000);
    m_window->attachSync(engine, scheduler);
    m_window->setSyncEnabled(false); // until someone is signed in (or a token was given)
    connect(
        engine, &SyncEngine::referralsChanged, m_center, &NotificationCenter::onReferralsChanged);
    connect(engine, &SyncEngine::finished, m_center, &NotificationCenter::onSyncFinished);
    connect(engine, &SyncEngine::finished, m_weekly, &WeeklyFigures::refresh);
    if (m_tray) {
        m_tray->syncAction()->setEnabled(true);
        connect(m_tray, &TrayIcon::syncRequested, scheduler, [scheduler] { scheduler->syncNow(); });
    }
    checkSettingsFile();
    m_window->setSignInAvailable(signIn != nullptr && !m_sample);
    connect(engine, &SyncEngine::ready, this, [this](bool ok, const QString &message) {
        if (!ok) {
            m_window->onConnectionState(ConnectionState::Error, message);
            return;
        }
        if (!m_signIn) {
            m_givenToken = true;
            setAccount(true, QString());
            startSyncing();
            return;
        }
        QMetaObject::invokeMethod(m_signIn, &SignIn::restore, Qt::QueuedConnection);
    });
    if (!signIn)
        return;

    auto *signInAction = m_signInAction = new QAction(tr("Sign &In…"), m_window);
    signInAction->setObjectName(QStringLiteral("actionSignIn"));
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    file->insertAction(file->actions().first(), signInAction);
    connect(signInAction, &QAction::triggered, this, &Desktop::openConnectDialog);
    connect(this, &Desktop::accountChanged, signInAction,
        [this, signInAction](bool signedIn) { signInAction->setVisible(!signedIn && !m_sample); });
    connect(signIn, &SignIn::restored, this, [this](bool signedIn, const QString &problem) {
        if (signedIn) {
            setAccount(true, QString());
            m_window->setWelcomeVisible(false);
            startSyncing();
            return;
        }
        showNotSignedIn(problem);
    });
    connect(signIn, &SignIn::signedIn, this, &Desktop::onSignedIn);
    connect(signIn, &SignIn::signedOut, this, [this](const QString &problem) {
        QSettings().setValue(kSignedOut, true);
        m_scheduler->stop();
        setAccount(false, problem);
        m_window->onConnectionState(ConnectionState::SignedOut,
            problem.isEmpty() ? tr("Signed out. Queued actions wait until you sign in again.")
                              : problem);
    });
    connect(signIn, &SignIn::failed, this, &Desktop::onSignInFailed);
}

void Desktop::showNotSignedIn(const QString &problem)
{
    m_scheduler->stop(); // nothing to sync as nobody
    setAccount(false, problem);
    const bool signedOut = QSettings().value(kSignedOut, false).toBool();
    if (signedOut) {
        m_window->onConnectionState(ConnectionState::SignedOut,
            problem.isEmpty() ? tr("Signed out: choose Sign In… to sync again.") : problem);
    } else {
        m_window->onConnectionState(ConnectionState::NotConnected,
            problem.isEmpty() ? tr("Not connected to Partner Center yet: choose Connect… to set "
                                   "it up.")
                              : problem);
    }
    // A first start: say what this is and how to begin, instead of four empty columns.
    if (!m_store->hasReferrals())
        m_window->setWelcomeVisible(true);
}

void Desktop::checkSettingsFile()
{
    const QStringList problems = AppSettings::fileProblems(QSettings());
    const QString text = problems.join(QLatin1Char(' '));
    m_window->showSettingsProblem(text);
    if (m_engine && !m_sample) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, text] { engine->setSettingsProblem(text); });
    }
}

ConnectDialog *Desktop::openConnectDialog()
{
    if (!m_signIn || m_sample)
        return nullptr;
    if (m_connect) {
        m_connect->raise();
        m_connect->activateWindow();
        return m_connect;
    }
    ConnectionSettings initial;
    // The organizations placeholder is no one's tenant: start empty rather than suggest it.
    initial.tenant = m_settings.clientId.isEmpty()
        ? QString()
        : ConnectionSettings::tenantOf(m_settings.authority);
    initial.clientId = m_settings.clientId;
    initial.scope = m_settings.scope;
    auto *dialog = new ConnectDialog(initial, m_window);
    m_connect = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::signInRequested, this, &Desktop::connectWith);
    connect(dialog, &ConnectDialog::cancelRequested, this, &Desktop::cancelSignIn);
    connect(dialog, &ConnectDialog::guideRequested, dialog,
        [dialog] { GuideWindow::showFor(dialog); });
    dialog->open();
    return dialog;
}

void Desktop::connectWith(const ConnectionSettings &connection)
{
    AppSettings next = m_settings;
    next.authority = ConnectionSettings::authorityFor(connection.tenant);
    next.clientId = connection.clientId;
    next.scope = connection.scope;
    applySettings(next); // saved, and handed to the sign-in before it starts
    startBrowserSignIn();
}

void Desktop::startBrowserSignIn()
{
    if (!m_signIn)
        return;
    // The sign-in runs on the engine's thread; the page is opened here, on the GUI thread.
    QPointer<Desktop> self(this);
    QMetaObject::invokeMethod(m_signIn, [signIn = m_signIn, self] {
        signIn->signInWithBrowser([self](const QUrl &url) {
            QMetaObject::invokeMethod(
                qApp,
                [self, url] {
                    if (self)
                        self->onSignInPage(url, self->m_openBrowser(url));
                },
                Qt::QueuedConnection);
        });
    });
}

void Desktop::onSignInPage(const QUrl &url, bool opened)
{
    if (m_connect)
        m_connect->setWaiting(url, opened);
    if (m_dialog && m_dialog->isSigningIn())
        m_dialog->setSigningIn(true,
            opened ? tr("Finish signing in in your browser; Referral Desk waits for up to 5 "
                        "minutes.")
                   : tr("No browser could be opened. Open this address on this computer to sign "
                        "in: %1")
                         .arg(url.toString(QUrl::FullyEncoded)));
}

void Desktop::cancelSignIn()
{
    // The same kind of call as the start, so the two always arrive in the order they were made.
    if (m_signIn)
        QMetaObject::invokeMethod(m_signIn, [signIn = m_signIn] { signIn->cancel(); });
}

void Desktop::onSignedIn()
{
    QSettings().remove(kSignedOut);
    setAccount(true, QString());
    m_window->setWelcomeVisible(false);
    if (m_connect)
        m_connect->done(QDialog::Accepted); // it waited for exactly this
    startSyncing();
}

void Desktop::onSignInFailed(const QString &message)
{
    if (m_connect)
        m_connect->setFailed(message);
    if (m_dialog) {
        m_dialog->setSigningIn(false);
        m_dialog->setAccount(m_signedIn, message);
    }
    if (!m_signedIn)
        showNotSignedIn(message);
}

void Desktop::startSyncing()
{
    m_scheduler->start();
    m_scheduler->syncNow();
}

void Desktop::setAccount(bool signedIn, const QString &text)
{
    m_signedIn = signedIn;
    m_accountText = text;
    const QString shown = m_sample ? tr("Sample data")
        : m_givenToken             ? tr("Signed in with a given token")
                                   : text;
    m_window->setUser(signedIn ? (shown.isEmpty() ? tr("Signed in") : shown) : tr("Not signed in"));
    // Nothing to sync as nobody: a sync then could only end in "your sign-in has expired".
    m_window->setSyncEnabled(signedIn);
    if (m_tray && m_engine)
        m_tray->syncAction()->setEnabled(signedIn);
    emit accountChanged(signedIn, shown);
}

QString Desktop::applySettings(const AppSettings &next)
{
    const AppSettings old = std::exchange(m_settings, next);
    QString problem;
    if (next.startAtLogin != StartAtLogin::isEnabled()) {
        // An AppImage runs from a mount that is gone after exit: start the image itself.
        const QString appImage = qEnvironmentVariable("APPIMAGE");
        problem = StartAtLogin::setEnabled(next.startAtLogin,
            appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage,
            m_startArguments);
        if (!problem.isEmpty())
            m_settings.startAtLogin = StartAtLogin::isEnabled();
    }
    {
        QSettings settings;
        m_settings.save(settings);
    }
    checkSettingsFile(); // what was wrong in the file may be right now

    m_window->actions()->setDefaultCurrency(m_settings.defaultCurrency);
    m_window->actions()->setUndoSeconds(m_settings.undoSeconds);
    m_center->setSettings(m_settings.notificationSettings());
    if (m_tray)
        m_tray->setPausedUntil(m_settings.notificationsPausedUntil);
    if (m_scheduler && next.syncIntervalMinutes != old.syncIntervalMinutes)
        m_scheduler->setInterval(next.syncIntervalMinutes * 60 * 1000);
    if (m_engine && next.apiBase != old.apiBase && !m_sample) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, url = next.apiBase] { engine->setApiBase(url); });
        if (m_scheduler)
            m_scheduler->syncNow();
    }
    if (m_signIn
        && (next.authority != old.authority || next.clientId != old.clientId
            || next.scope != old.scope)) {
        m_auth.authority = next.authority;
        m_auth.clientId = next.clientId;
        m_auth.scope = next.scope;
        QMetaObject::invokeMethod(
            m_signIn, [signIn = m_signIn, auth = m_auth] { signIn->setSettings(auth); });
    }
    if (next.language != old.language) {
        installLanguage(next.language, false);
        if (m_tray)
            m_tray->retranslate();
        if (m_signInAction)
            m_signInAction->setText(tr("Sign &In…"));
        setAccount(m_signedIn, m_accountText); // the account line in the new language
    }
    return problem;
}

void Desktop::pauseNotifications(bool pause)
{
    m_settings.notificationsPausedUntil = pause ? m_clock->now().addSecs(3600) : QDateTime();
    QSettings settings;
    m_settings.save(settings);
    m_center->setSettings(m_settings.notificationSettings());
    if (m_tray)
        m_tray->setPausedUntil(m_settings.notificationsPausedUntil);
}

SettingsDialog *Desktop::openSettings()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new SettingsDialog(m_settings, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(m_signedIn, m_accountText);
    dialog->setAccountControlsEnabled(m_signIn != nullptr && !m_sample);
    dialog->setStartAtLoginSupported(StartAtLogin::isSupported());
    connect(this, &Desktop::accountChanged, dialog, &SettingsDialog::setAccount);
    connect(dialog, &SettingsDialog::applied, this, [this, dialog](AppSettings s) {
        // The pause is the tray's, and may have changed while the dialog was open.
        s.notificationsPausedUntil = m_settings.notificationsPausedUntil;
        const QString problem = applySettings(s);
        if (!problem.isEmpty())
            dialog->showApplyProblem(AppSettings::Field::StartAtLogin, problem);
    });
    connect(dialog, &SettingsDialog::signInRequested, this, [this, dialog] {
        dialog->setSigningIn(true, tr("Opening the sign-in page in your browser…"));
        startBrowserSignIn();
    });
    connect(dialog, &SettingsDialog::signInCancelRequested, this, [this, dialog] {
        cancelSignIn();
        dialog->setSigningIn(false);
        dialog->setAccount(m_signedIn, tr("Sign-in cancelled."));
    });
    connect(dialog, &SettingsDialog::signOutRequested, this, [this] {
        if (m_signIn)
            QMetaObject::invokeMethod(m_signIn, &SignIn::signOut, Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

void Desktop::installLanguage(const QString &code, bool setDefaultLocale)
{
    UiLanguage::install(code, setDefaultLocale);
}

} // namespace rd
