#include "deadlinescheduler.h"

#include "domain/clock.h"
#include "referrallistmodel.h"

#include <QTimeZone>
#include <QTimer>
#include <algorithm>

namespace rd {

DeadlineScheduler::DeadlineScheduler(ReferralListModel *model, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setInterval(30 * 1000);
    connect(m_watchdog, &QTimer::timeout, this, &DeadlineScheduler::checkForJump);
    m_watchdog->start();
    m_monotonic.start();
    m_wallAtStart = m_clock->now();
    m_timer->setSingleShot(true);
    // Countdowns change on the minute: a badge a little late is wrong, so no coarse timer.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DeadlineScheduler::fire);
    connect(m_model, &ReferralListModel::scheduleChanged, this, &DeadlineScheduler::rearm);
    connect(m_clock, &Clock::jumped, this, &DeadlineScheduler::fire);
    rearm();
}

void DeadlineScheduler::rearm()
{
    m_armedFor = m_model->nextChange();
    if (!m_armedFor.isValid()) {
        m_timer->stop();
        return;
    }
    qint64 wait = std::clamp<qint64>(m_clock->now().msecsTo(m_armedFor), 0, 24 * 3600 * 1000);
    // With thousands of cards counting down, changes can be milliseconds apart: fire at most
    // every minIntervalMs and update everything due by then in one go.
    if (m_lastFire.isValid())
        wait = std::max<qint64>(wait, minIntervalMs - m_lastFire.elapsed());
    m_timer->start(int(wait));
}

void DeadlineScheduler::checkForJump()
{
    // A new time zone moves the end of every closing date.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (zone != m_zoneId) {
        m_zoneId = zone;
        m_model->setTimeZone(QTimeZone(zone));
    }
    const qint64 drift = m_wallAtStart.msecsTo(m_clock->now()) - m_monotonic.elapsed();
    if (std::abs(drift) > 2000) {
        m_monotonic.restart();
        m_wallAtStart = m_clock->now();
        fire();
    }
}

void DeadlineScheduler::fire()
{
    m_lastFire.start();
    m_lastTouched = m_model->updateDeadlines(m_clock->now());
    emit fired(m_lastTouched);
    rearm();
}

} // namespace rd
