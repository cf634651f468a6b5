#pragma once

// Runs the real referral-desk-cli (CLI_EXECUTABLE, set by tests/CMakeLists.txt) and collects
// what it printed.

#include <QProcess>
#include <QSignalSpy>
#include <functional>

namespace rd::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when it did not start or did not end within a minute
    QString out;
    QString err;
};

/// `whileRunning` may talk to it (read a device code, say) before it is waited for.
inline CliRun runCli(
    const QStringList &arguments, const std::function<void(QProcess &)> &whileRunning = {})
{
    QProcess p;
    p.start(QStringLiteral(CLI_EXECUTABLE), arguments);
    CliRun r;
    if (!p.waitForStarted())
        return r;
    if (whileRunning)
        whileRunning(p);
    QSignalSpy finished(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning && !finished.wait(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace rd::test
