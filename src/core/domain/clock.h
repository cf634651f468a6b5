#pragma once

#include <QDateTime>
#include <QObject>

namespace rd {

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
    explicit TestClock(const QDateTime &start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC),
        QObject *parent = nullptr);

    QDateTime now() const override;
    void setNow(const QDateTime &instant);
    void advance(qint64 msecs);
    void advanceSecs(qint64 secs) { advance(secs * 1000); }

private:
    QDateTime m_now;
};

} // namespace rd
