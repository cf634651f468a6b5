// referral-sim: the referral service simulator on loopback, for the demo, manual testing and
// benchmarks. Prints the URL it listens on as its first line.

#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>
#include <thread>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace rd::sim;

namespace {

#ifdef Q_OS_UNIX
int g_signalFd[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1); // async-signal-safe hand-off
}

/// Quits the event loop on SIGINT/SIGTERM, so that the state is saved.
void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#endif

/// Quits once standard input ends: a parent that runs the simulator keeps the pipe open, and its
/// end (normal, crash or kill) closes it.
void quitWhenStdinEnds(QCoreApplication *app)
{
#ifdef Q_OS_UNIX
    // Read in the event loop, so nothing outlives the application object.
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            notifier->setEnabled(false);
            QCoreApplication::quit();
        }
    });
#else
    // Pipes have no notifier here: a detached thread waits on the read.
    std::thread([app] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        if (QCoreApplication::instance() == app)
            QMetaObject::invokeMethod(app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
#endif
}

bool saveState(const Service &service, const QString &path, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        err << "referral-sim: cannot write " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    file.write(QJsonDocument(service.state()).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("referral-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFERRALDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Partner Center Referrals API on loopback, with the lifecycle rules, "
                       "OAuth, a movable clock,\n"
                       "fault injection and /_sim/ controls (see docs/remote-api.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port to listen on (0: any free port)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption referrals(QStringLiteral("referrals"),
        QStringLiteral("Generate <n> referrals at start."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the referral generator."), QStringLiteral("seed"),
        QStringLiteral("1"));
    const QCommandLineOption devToken(QStringLiteral("dev-token"),
        QStringLiteral("Accept this bearer token without sign-in."), QStringLiteral("token"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("Serve https with this PEM certificate."), QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("file"));
    const QCommandLineOption state(QStringLiteral("state"),
        QStringLiteral("Load the state from <file> if it exists, and save it there on exit."),
        QStringLiteral("file"));
    const QCommandLineOption tokenLifetime(QStringLiteral("access-token-lifetime"),
        QStringLiteral("Access token lifetime in seconds (default 3600)."), QStringLiteral("secs"),
        QStringLiteral("3600"));
    const QCommandLineOption liveQuirks(QStringLiteral("live-quirks"),
        QStringLiteral("Behave like the live Partner Center: refuse $filter on updatedDateTime, no "
                       "MS-RequestId deduplication, Retry-After as an HTTP date, expiry 14 days "
                       "after arrival set by the service, some outgoing referrals."));
    const QCommandLineOption ignoreSelect(QStringLiteral("ignore-select"),
        QStringLiteral("Ignore $select: lists carry whole documents."));
    const QCommandLineOption exitWithParent(QStringLiteral("exit-with-parent"),
        QStringLiteral("Quit when standard input closes (the parent process ended)."));
    parser.addOptions({ port, referrals, seed, devToken, tlsCert, tlsKey, state, tokenLifetime,
        liveQuirks, ignoreSelect, exitWithParent });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Service service;
    if (parser.isSet(devToken))
        service.setDevToken(parser.value(devToken));
    service.setAccessTokenLifetimeSecs(parser.value(tokenLifetime).toInt());
    Quirks quirks = parser.isSet(liveQuirks) ? Quirks::live() : Quirks();
    quirks.ignoreSelect = parser.isSet(ignoreSelect);
    service.setQuirks(quirks);

    const QString statePath = parser.value(state);
    if (!statePath.isEmpty() && QFile::exists(statePath)) {
        QFile file(statePath);
        QString error;
        if (!file.open(QIODevice::ReadOnly)
            || !service.loadState(QJsonDocument::fromJson(file.readAll()).object(), &error)) {
            err << "referral-sim: cannot load " << statePath << ": "
                << (error.isEmpty() ? file.errorString() : error) << Qt::endl;
            return 1;
        }
    }
    if (const int n = parser.value(referrals).toInt(); n > 0)
        service.addReferrals(n, parser.value(seed).toUInt());

    Server server(&service);
    if (parser.isSet(tlsCert)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << "referral-sim: --tls-cert and --tls-key must name readable PEM files"
                << Qt::endl;
            return 1;
        }
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            err << "referral-sim: cannot read the certificate or the key (PEM, RSA)" << Qt::endl;
            return 1;
        }
        server.setTls(cert, key);
    }
    if (!server.listenOn(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()))) {
        err << "referral-sim: cannot listen on port " << parser.value(port) << Qt::endl;
        return 1;
    }
    out << "referral-sim listening on " << server.url().toString() << " with " << service.count()
        << " referrals" << Qt::endl;

#ifdef Q_OS_UNIX
    quitOnSignals(&app);
#endif
    if (parser.isSet(exitWithParent))
        quitWhenStdinEnds(&app);
    const int rc = app.exec();
    if (!statePath.isEmpty() && !saveState(service, statePath, err))
        return 1;
    return rc;
}
