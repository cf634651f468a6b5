#include "mainwindow.h"
#include "startup.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
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
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a picture of the window to <file> once it is shown, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshotOption);
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main",
            "Keep the local database and settings in <folder> instead of the user's data folder."),
        QStringLiteral("folder"));
    parser.addOption(profileOption);
    parser.process(app);

    rd::Store store;
    if (!rd::openStoreInteractively(store, rd::Store::defaultPath(parser.value(profileOption))))
        return 1;

    rd::MainWindow window;
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            if (!saved)
                qCritical("Could not write the screenshot to %s", qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
