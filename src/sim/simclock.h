#pragma once

#include "domain/clock.h"

namespace rd::sim {

/// Real time plus whatever the tests or the demo advanced it by.
class OffsetClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offset); }
    void advance(qint64 msecs)
    {
        m_offset += msecs;
        emit jumped();
    }
    void setNow(const QDateTime &t)
    {
        m_offset = QDateTime::currentDateTimeUtc().msecsTo(t);
        emit jumped();
    }

private:
    qint64 m_offset = 0;
};

} // namespace rd::sim
