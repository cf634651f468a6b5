// Referral Desk: the wiring of the pieces, and nothing else.

#include "actioncontroller.h"
#include "auth/signin.h"
#include "mainwindow.h"
#include "notify/notificationcenter.h"
#include "startup.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("referral-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Referral Desk"));
    QApplication::setOrganizationName(QStringLiteral("ReferralDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REFERRALDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("referral-desk"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("referraldesk"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Answer Microsoft Partner Center referrals before they are missed."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QApplication::translate("main", "Keep the local database and settings in <folder>."),
        QStringLiteral("folder"));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
        QApplication::translate("main", "Referrals API base URL (remembered)."),
        QStringLiteral("url"));
    const QCommandLineOption accessToken(QStringLiteral("access-token"),
        QApplication::translate(
            "main", "Use this bearer token instead of signing in; never written anywhere."),
        QStringLiteral("token"));
    const QCommandLineOption authority(QStringLiteral("authority"),
        QApplication::translate("main", "Sign-in authority URL (remembered)."),
        QStringLiteral("url"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
        QApplication::translate("main", "OAuth client id (remembered)."), QStringLiteral("id"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a picture of the window to <file> after the first sync (or at once without one), "
            "then quit."),
        QStringLiteral("file"));
    parser.addOptions({ profile, apiBase, accessToken, authority, clientId, screenshot });
    parser.process(app);

    const QString profileDir = parser.value(profile);
    if (!profileDir.isEmpty()) {
        // The same files as referral-desk-cli --profile: the database and settings side by side.
        QDir().mkpath(profileDir);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, profileDir);
    }
    QSettings settings;
    for (const auto &[option, key] :
        { std::pair { &apiBase, "api/base" }, std::pair { &authority, "auth/authority" },
            std::pair { &clientId, "auth/clientId" } }) {
        if (parser.isSet(*option))
            settings.setValue(QLatin1String(key), parser.value(*option));
    }

    const QString dbPath = rd::Store::defaultPath(profileDir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            : profileDir);
    rd::Store store;
    if (!rd::openStoreInteractively(store, dbPath))
        return 1;

    rd::SystemClock clock;
    rd::MainWindow window(&store, &clock);

    // Sync lives on its own thread with its own connection, network and tokens.
    rd::ApiSettings api;
    api.apiBase = QUrl(
        settings
            .value(QStringLiteral("api/base"), QStringLiteral("https://api.partner.microsoft.com"))
            .toString());
    rd::AuthSettings auth;
    auth.authority = QUrl(settings
                              .value(QStringLiteral("auth/authority"),
                                  QStringLiteral("https://login.microsoftonline.com/organizations"))
                              .toString());
    auth.clientId = settings.value(QStringLiteral("auth/clientId")).toString();

    QThread syncThread;
    syncThread.setObjectName(QStringLiteral("sync"));
    auto *engineNam = new QNetworkAccessManager;
    rd::TokenSource *tokens = nullptr;
    rd::SignIn *signIn = nullptr;
    if (parser.isSet(accessToken)) {
        tokens = new rd::StaticTokenSource(parser.value(accessToken));
        window.setUser(QApplication::translate("main", "Signed in with a given token"));
    } else {
        auto *credentials = new rd::CredentialStore(QStringLiteral("Referral Desk"), engineNam);
        signIn = new rd::SignIn(engineNam, credentials, auth, &clock);
        tokens = signIn;
    }
    auto *engine = new rd::SyncEngine(dbPath, api, tokens, &clock, engineNam);
    engineNam->setParent(engine);
    tokens->setParent(engine);
    engine->moveToThread(&syncThread);
    QObject::connect(&syncThread, &QThread::finished, engine, &QObject::deleteLater);

    rd::SyncScheduler scheduler(engine);
    window.attachSync(engine, &scheduler);
    QObject::connect(engine, &rd::SyncEngine::ready, &window, [&](bool ok, const QString &message) {
        if (!ok) {
            window.onConnectionState(rd::ConnectionState::Error, message);
            return;
        }
        if (!signIn) {
            scheduler.start();
            scheduler.syncNow();
            return;
        }
        QMetaObject::invokeMethod(signIn, &rd::SignIn::restore, Qt::QueuedConnection);
    });
    if (signIn) {
        QAction *signInAction = new QAction(QApplication::translate("main", "Sign &In…"), &window);
        window.menuBar()->actions().first()->menu()->insertAction(
            window.menuBar()->actions().first()->menu()->actions().first(), signInAction);
        QObject::connect(signInAction, &QAction::triggered, signIn, [signIn] {
            signIn->signInWithBrowser([](const QUrl &url) {
                QMetaObject::invokeMethod(
                    qApp, [url] { QDesktopServices::openUrl(url); }, Qt::QueuedConnection);
            });
        });
        QObject::connect(
            signIn, &rd::SignIn::restored, &window, [&](bool signedIn, const QString &problem) {
                if (signedIn) {
                    window.setUser(QApplication::translate("main", "Signed in"));
                    scheduler.start();
                    scheduler.syncNow();
                } else {
                    window.onConnectionState(rd::ConnectionState::SignedOut,
                        problem.isEmpty() ? QApplication::translate(
                            "main", "Not signed in: choose File › Sign In.")
                                          : problem);
                }
            });
        QObject::connect(signIn, &rd::SignIn::signedIn, &window, [&] {
            window.setUser(QApplication::translate("main", "Signed in"));
            scheduler.start();
            scheduler.syncNow();
        });
        QObject::connect(signIn, &rd::SignIn::failed, &window, [&](const QString &message) {
            window.onConnectionState(rd::ConnectionState::SignedOut, message);
        });
    }
    // Desktop notifications from the deadlines and the sync, clicks back to the board.
    rd::Notifier *notifier = nullptr;
    if (rd::DbusNotifier::isAvailable()) {
        notifier = new rd::DbusNotifier(&window);
    } else {
        notifier = new rd::RecordingNotifier(&window);
        window.statusBar()->showMessage(
            QApplication::translate("main",
                "Desktop notifications are not available here; watch the badges on the board."),
            15000);
    }
    rd::NotificationCenter notifications(&store, &clock, window.model(), notifier);
    QObject::connect(engine, &rd::SyncEngine::referralsChanged, &notifications,
        &rd::NotificationCenter::onReferralsChanged);
    QObject::connect(
        engine, &rd::SyncEngine::finished, &notifications, &rd::NotificationCenter::onSyncFinished);
    QObject::connect(&notifications, &rd::NotificationCenter::openRequested, &window,
        [&window](const QString &id) {
            window.showNormal();
            window.raise();
            window.activateWindow();
            window.select(id);
        });
    QObject::connect(&notifications, &rd::NotificationCenter::interestedRequested, &window,
        [&window](const QString &id) { window.actions()->perform(id, rd::Action::Interested); });
    notifications.check();

    syncThread.start();
    QMetaObject::invokeMethod(engine, &rd::SyncEngine::start, Qt::QueuedConnection);

    window.show();
    if (parser.isSet(screenshot)) {
        // After the first sync when there is one to wait for, so the picture shows real cards.
        const QString path = parser.value(screenshot);
        auto shoot = [&window, path] {
            const bool saved = window.grab().save(path);
            if (!saved)
                qCritical("Could not write the screenshot to %s", qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        };
        if (parser.isSet(accessToken))
            QObject::connect(engine, &rd::SyncEngine::finished, &window,
                [shoot] { QTimer::singleShot(200, shoot); });
        else
            QTimer::singleShot(0, &window, shoot);
    }
    const int rc = app.exec();
    syncThread.quit();
    syncThread.wait();
    return rc;
}
