// Referral Desk: the wiring of the pieces, and nothing else.

#include "appcontroller.h"
#include "desktop.h"
#include "mainwindow.h"
#include "quitonsignal.h"
#include "settings/appsettings.h"
#include "settings/settingsfileguard.h"
#include "startupprobe.h"
#include "style/appearance.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>

#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
    // Before anything else: --startup-time counts from here (and from the process's creation).
    QElapsedTimer sinceMain;
    sinceMain.start();
#if defined(__GLIBC__)
    // glibc raises its mmap threshold whenever a large block is freed (up to 32 MB), so after the
    // first one the large temporary blocks of a start-up (the board's row list as it grows, a
    // notification check's list of the open referrals) come from the heap, whose pages stay
    // resident once freed. A fixed threshold hands them back: bench_scale measured 3.0 KB of
    // memory per open referral with the moving one, 1.9 KB with this.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
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
    const QCommandLineOption sample(QStringLiteral("sample"),
        QApplication::translate("main",
            "Start on sample data from the bundled simulator (nothing goes to Partner Center)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a picture of the window to <file> after the first sync (or at once without one), "
            "then quit."),
        QStringLiteral("file"));
    const QCommandLineOption startupTime(QStringLiteral("startup-time"),
        QApplication::translate("main",
            "Print the milliseconds from start until the board is first shown and the memory in "
            "use, then quit (for benchmarks)."));
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
        QApplication::translate("main",
            "Show the windows light or dark instead of following the system (light, dark)."),
        QStringLiteral("scheme"));
    parser.addOptions({ profile, apiBase, accessToken, authority, clientId, sample, screenshot,
        startupTime, colorScheme });
    parser.process(app);

    auto *appearance = new rd::Appearance(&app);
    if (const QString scheme = parser.value(colorScheme); scheme == QLatin1String("dark")) {
        appearance->apply(rd::Appearance::Scheme::Dark);
    } else if (scheme == QLatin1String("light")) {
        appearance->apply(rd::Appearance::Scheme::Light);
    } else if (!scheme.isEmpty()) {
        std::fputs(qPrintable(QApplication::translate("main",
                                  "Unknown color scheme \"%1\": use light or dark.\n")
                                  .arg(scheme)),
            stderr);
        return 2;
    } else {
        appearance->follow();
    }

    const QString profileDir = parser.value(profile);
    if (!profileDir.isEmpty()) {
        // The same files as referral-desk-cli --profile: the database and settings side by side.
        QDir().mkpath(profileDir);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, profileDir);
    }
    // Before any value is read: a damaged settings file must not end the app at start.
    rd::SettingsFileGuard::repairDefault();
    {
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
    }
    // A logout or a service manager ends the app in order, the sample's simulator with it.
    rd::quitOnTerminationSignals(&app);

    rd::SystemClock clock;
    rd::AppController::Options options;
    options.profileDir = profileDir;
    options.accessToken = parser.value(accessToken);
    options.sample = parser.isSet(sample);
    options.environment = rd::DesktopEnvironment::detect();
    rd::AppController controller(options, &clock);

    if (parser.isSet(screenshot)) {
        // After the first sync when there is one to wait for, so the picture shows real cards.
        const QString path = parser.value(screenshot);
        QObject::connect(&controller, &rd::AppController::sessionChanged, &controller,
            [path](rd::AppSession *session) {
                rd::MainWindow *window = session->window();
                auto shoot = [window, path] {
                    const bool saved = window->grab().save(path);
                    if (!saved)
                        qCritical("Could not write the screenshot to %s", qPrintable(path));
                    QApplication::exit(saved ? 0 : 1);
                };
                if (!session->options().accessToken.isEmpty())
                    QObject::connect(session->engine(), &rd::SyncEngine::finished, window,
                        [shoot] { QTimer::singleShot(200, shoot); });
                else
                    QTimer::singleShot(500, window, shoot);
            });
        QObject::connect(&controller, &rd::AppController::sampleFailed, &app, [](const QString &m) {
            qCritical("%s", qPrintable(m));
            QApplication::exit(1);
        });
    }
    if (parser.isSet(startupTime)) {
        // The app starts as it always does (the sync thread opens the database and starts too);
        // what is measured is the board's first paint. Benchmarks add a dummy --access-token and
        // an --api-base nothing listens on, so no sign-in is looked up and no sync can change the
        // profile being measured.
        rd::quitAfterFirstPaint("rd::BoardWidget", sinceMain);
    }
    if (!controller.start())
        return 1;
    return app.exec();
}
