#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

namespace rd {

// UTC instants without Qt::TimeSpec: Qt 6.8 warns that QDateTime's Qt::TimeSpec overloads are
// deprecated, while Qt 6.4 lacks their replacement (QTimeZone::UTC, Qt 6.5; Qt 6.4's
// QTimeZone::utc() is the IANA zone "UTC", whose timeSpec() is Qt::TimeZone, not Qt::UTC). The
// version check lives only here.

/// `date` at `time` in UTC (timeSpec() Qt::UTC).
inline QDateTime utcDateTime(QDate date, QTime time = QTime(0, 0))
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

/// The instant `msecs` after the epoch, in UTC (timeSpec() Qt::UTC).
inline QDateTime utcFromMSecsSinceEpoch(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

/// The source of "now" for everything that depends on time. The app uses SystemClock; tests and
/// the simulator use TestClock so that hours pass without anybody waiting for them.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;

    /// The current instant, always in UTC.
    virtual QDateTime now() const = 0;

signals:
    /// Emitted when time moved other than by its steady flow (a test clock set or advanced); those
    /// who armed timers from now() must re-arm them.
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    QDateTime now() const override;
};

/// A clock that stands still until it is told to move.
class TestClock final : public Clock
{
    Q_OBJECT
public:
    explicit TestClock(const QDateTime &start = utcDateTime(QDate(2026, 1, 5), QTime(9, 0)),
        QObject *parent = nullptr);

    QDateTime now() const override;
    void setNow(const QDateTime &instant);
    void advance(qint64 msecs);
    void advanceSecs(qint64 secs) { advance(secs * 1000); }

private:
    QDateTime m_now;
};

} // namespace rd
