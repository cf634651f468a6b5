#include "startupprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

namespace rd {

namespace {

/// Watches the whole application's events (installed on qApp): the board's own area can be
/// covered entirely by its columns, and Qt then paints only those children, never the board; and
/// the window may be created and shown before anyone could hand the board over.
class FirstPaint : public QObject
{
public:
    FirstPaint(const char *className, const QElapsedTimer &sinceMain)
        : QObject(QCoreApplication::instance())
        , m_className(className)
        , m_sinceMain(sinceMain)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()) {
            for (auto *w = static_cast<QWidget *>(watched); w && !m_seen; w = w->parentWidget())
                m_seen = w->inherits(m_className);
            if (m_seen) {
                // Queued: the rest of this paint (the other columns, the flush to the screen)
                // finishes first, so the figure is the board shown, not the board begun.
                QMetaObject::invokeMethod(this, &FirstPaint::report, Qt::QueuedConnection);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        QCoreApplication::instance()->removeEventFilter(this);
        QTextStream(stdout) << "startup-time main-ms=" << m_sinceMain.elapsed()
                            << " process-ms=" << msSinceProcessStart() << " rss-kb=" << residentKb()
                            << Qt::endl;
        QCoreApplication::exit(0);
    }

    const char *m_className;
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace

void quitAfterFirstPaint(const char *className, const QElapsedTimer &sinceMain)
{
    QCoreApplication::instance()->installEventFilter(new FirstPaint(className, sinceMain));
}

qint64 msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Field 22, starttime, in clock ticks since boot; the fields are counted after the command
    // name, which is in parentheses and may itself hold spaces.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    timespec now {};
    if (fields.size() < 20 || ticks <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 startMs = fields.at(19).toLongLong() * 1000 / ticks;
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - startMs;
#else
    return -1;
#endif
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace rd
