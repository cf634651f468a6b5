#include "clock.h"

namespace rd {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

TestClock::TestClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{
}

QDateTime TestClock::now() const
{
    return m_now;
}

void TestClock::setNow(const QDateTime &instant)
{
    m_now = instant.toUTC();
    emit jumped();
}

void TestClock::advance(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
    emit jumped();
}

} // namespace rd
