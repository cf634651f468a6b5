// referral-desk-cli: the headless face of the core library. Today it reads referral documents
// and tells what the lifecycle rules make of them; sync, list, act and export join it with the
// store and the sync engine.

#include "domain/deadlinepolicy.h"
#include "domain/lifecycle.h"
#include "domain/referraljson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

using namespace rd;

namespace {

int inspect(const QStringList &files, const QDateTime &at)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const DeadlinePolicy policy;
    int failures = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("cli", "%1: cannot read: %2")
                       .arg(path, file.errorString())
                << '\n';
            ++failures;
            continue;
        }
        const ParseResult parsed = ReferralJson::parse(file.readAll());
        for (const QString &warning : parsed.warnings)
            err << path << ": " << warning << '\n';
        if (!parsed.ok()) {
            err << path << ": " << parsed.error.message << '\n';
            ++failures;
            continue;
        }
        const Referral &r = *parsed.referral;
        const DeadlineStatus deadline = policy.evaluate(r, at);
        QStringList actions;
        for (Action a : Lifecycle::actionsFrom(r.stage())) {
            if (Lifecycle::isAllowed(r, a))
                actions.append(Lifecycle::actionKey(a));
        }
        out << r.id << '\t' << r.customerProfile.name << '\t' << r.stageText() << '\t'
            << (deadline.text.isEmpty() ? QStringLiteral("-") : deadline.text) << '\t'
            << (actions.isEmpty() ? QStringLiteral("-") : actions.join(QLatin1Char(','))) << '\n';
    }
    return failures ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("referral-desk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFERRALDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Referral Desk from the command line.\n\n"
        "Commands:\n"
        "  inspect FILE...   read referral JSON documents and print, one per line:\n"
        "                    id, customer, stage, deadline, allowed actions"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate(
            "cli", "Evaluate deadlines at this ISO-8601 instant instead of now."),
        QStringLiteral("instant"));
    parser.addOption(atOption);
    parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("cli", "inspect"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        at = ReferralJson::parseInstant(parser.value(atOption));
        if (!at.isValid()) {
            err << QCoreApplication::translate(
                "cli", "--at: “%1” is not an ISO-8601 instant such as 2026-11-24T09:00:00Z")
                       .arg(parser.value(atOption))
                << '\n';
            return 2;
        }
    }
    if (args.first() == QLatin1String("inspect") && args.size() > 1)
        return inspect(args.mid(1), at);
    err << QCoreApplication::translate("cli", "Unknown command or missing file: %1")
               .arg(args.join(QLatin1Char(' ')))
        << '\n'
        << parser.helpText();
    return 2;
}
