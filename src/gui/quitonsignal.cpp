#include "quitonsignal.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace rd {

#ifdef Q_OS_UNIX

namespace {

int g_fds[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe work here: one byte to the event loop, which quits in its own time.
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_fds[0], &c, 1);
}

} // namespace

void quitOnTerminationSignals(QCoreApplication *app)
{
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_fds[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : { SIGTERM, SIGINT, SIGHUP })
        ::sigaction(sig, &action, nullptr);
}

#else

void quitOnTerminationSignals(QCoreApplication *) { }

#endif

} // namespace rd
