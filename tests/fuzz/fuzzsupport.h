// What every fuzz target shares: Qt kept quiet (the parsers warn about each odd field, and
// printing millions of warnings would be most of the work) and a check that stops the run with
// the input saved when an invariant is broken.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace rd::fuzz {

/// Drops debug, info and warning messages; qFatal and failed Q_ASSERTs still abort (Qt aborts
/// after the handler returns), which libFuzzer reports as a crash with the input.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg || type == QtCriticalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(text));
    });
}

/// An invariant broken: say which, and abort so libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.constData());
    std::abort();
}

inline void check(bool ok, const char *what, const QByteArray &detail = {})
{
    if (!ok)
        fail(what, detail);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: QByteArray::fromRawData would not be NUL-terminated, and code that trusts
    // constData() to be would read past libFuzzer's buffer (which ASan must not blame on us).
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace rd::fuzz
