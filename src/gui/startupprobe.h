#pragma once

#include <QtGlobal>

class QElapsedTimer;

namespace rd {

/// For benchmarks (referral-desk --startup-time): once a widget of class `className` (the
/// board) or a widget inside one has been painted for the first time, prints one line to
/// standard output,
///   startup-time main-ms=<ms> process-ms=<ms> rss-kb=<kB>
/// (the time since `sinceMain` was started at the top of main, the time since the process was
/// created, and the resident memory; -1 where the system does not tell), then ends the event loop
/// with exit code 0. The line is for tools and is not translated. Call it before any window is
/// shown: the watch is on the whole application, so it holds whenever the board appears.
void quitAfterFirstPaint(const char *className, const QElapsedTimer &sinceMain);

/// Milliseconds since this process was created (Linux: its start time in /proc/self/stat, to
/// 10 ms), so the time the loader and the libraries took before main counts too; -1 elsewhere.
qint64 msSinceProcessStart();

/// This process's resident memory (VmRSS) in kB; -1 where the system does not tell.
qint64 residentKb();

} // namespace rd
