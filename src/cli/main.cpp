// referral-desk-cli: the headless face of the core library, for scripts and tests.

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReferralDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("referral-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFERRALDESK_VERSION));

    rd::Cli cli;
    QObject::connect(&cli, &rd::Cli::finished, &app, &QCoreApplication::exit);
    cli.start(app.arguments());
    return app.exec();
}
