#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace rd {

class Clock;
class ReferralListModel;

/// Arms one timer for the earliest instant any card's badge or countdown changes, updates just
/// those rows then, and re-arms. Re-arms too when rows change and when the clock jumps (a test
/// clock moved; after sleep or a time-zone change the app calls rearm()).
class DeadlineScheduler : public QObject
{
    Q_OBJECT
public:
    /// The shortest time between two firings; changes due in between are applied together.
    static constexpr int minIntervalMs = 200;

    DeadlineScheduler(ReferralListModel *model, Clock *clock, QObject *parent = nullptr);

    /// The instant the timer is armed for; invalid when idle.
    QDateTime armedFor() const { return m_armedFor; }
    int lastTouched() const { return m_lastTouched; }

public slots:
    void rearm();

signals:
    void fired(int rowsTouched);

private:
    void fire();
    void checkForJump();

    ReferralListModel *m_model;
    Clock *m_clock;
    QTimer *m_timer;
    QDateTime m_armedFor;
    QElapsedTimer m_lastFire;
    // Watchdog for jumps of the system clock (sleep and resume, a manual change): the timer runs
    // on a monotonic clock that may not count the time asleep.
    QTimer *m_watchdog;
    QElapsedTimer m_monotonic;
    QDateTime m_wallAtStart;
    QByteArray m_zoneId;
    int m_lastTouched = 0;
};

} // namespace rd
