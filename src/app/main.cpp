// Referral Desk: the wiring of the pieces, and nothing else.

#include "actioncontroller.h"
#include "auth/signin.h"
#include "desktop.h"
#include "mainwindow.h"
#include "startup.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("referral-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Referral Desk"));
    QApplication::setOrganizationName(QStringLiteral("ReferralDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REFERRALDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("referral-desk"));

    // The system's language for --help; the one chosen in the settings once they are read.
    rd::Desktop::installLanguage(QString());

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
    const rd::AppSettings appSettings = rd::AppSettings::load(settings);
    if (!appSettings.language.isEmpty())
        rd::Desktop::installLanguage(appSettings.language);

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
    api.apiBase = appSettings.apiBase;
    rd::AuthSettings auth;
    auth.authority = appSettings.authority;
    auth.clientId = appSettings.clientId;

    QThread syncThread;
    syncThread.setObjectName(QStringLiteral("sync"));
    auto *engineNam = new QNetworkAccessManager;
    rd::TokenSource *tokens = nullptr;
    rd::SignIn *signIn = nullptr;
    if (parser.isSet(accessToken)) {
        tokens = new rd::StaticTokenSource(parser.value(accessToken));
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
    // Notifications, the tray, sign-in and the settings: the desktop side of the window.
    rd::Desktop desktop(&window, &store, &clock, rd::DesktopEnvironment::detect());
    desktop.attachSync(engine, &scheduler, signIn, auth);
    if (!profileDir.isEmpty())
        desktop.setStartArguments({ QStringLiteral("--profile"), QDir(profileDir).absolutePath() });

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
