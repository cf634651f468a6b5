// referral-desk-cli: the headless face of the core library, for scripts and tests.

#include "cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReferralDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("referral-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFERRALDESK_VERSION));

    // What the person needs is printed by the commands; the engine's progress notes are for
    // debugging (QT_LOGGING_RULES="rd.*.info=true" shows them). Warnings still come through.
    QLoggingCategory::setFilterRules(QStringLiteral("rd.*.info=false"));

    rd::Cli cli;
    QObject::connect(&cli, &rd::Cli::finished, &app, &QCoreApplication::exit);
    cli.start(app.arguments());
    return app.exec();
}
