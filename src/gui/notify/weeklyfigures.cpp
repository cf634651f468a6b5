#include "weeklyfigures.h"

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"
#include "insights/insightquery.h"
#include "store/archivereader.h"
#include "store/store.h"

#include <QTimer>

namespace rd {

WeeklyFigures::WeeklyFigures(Store *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_reader(new ArchiveReader(store->path(), this))
    , m_settle(new QTimer(this))
    , m_weekTurn(new QTimer(this))
{
    qRegisterMetaType<ResponseTimes>();
    m_settle->setSingleShot(true);
    m_settle->setInterval(2000);
    connect(m_settle, &QTimer::timeout, this, &WeeklyFigures::refresh);
    m_weekTurn->setSingleShot(true);
    connect(m_weekTurn, &QTimer::timeout, this, &WeeklyFigures::refresh);
    connect(m_clock, &Clock::jumped, this, &WeeklyFigures::refresh);
    connect(
        m_reader, &ArchiveReader::readDone, this, [this](quint64 ticket, const QVariant &result) {
            if (ticket != m_ticket)
                return; // an earlier read's
            m_ticket = 0;
            m_figures = result.value<ResponseTimes>();
            emit updated(*m_figures);
        });
    connect(m_reader, &ArchiveReader::failed, this, [this](quint64 ticket) {
        if (ticket == m_ticket)
            m_ticket = 0; // the store's problem is shown where it is read for the board
    });
    // Not at once: the two weeks' rows are read while the window starts otherwise, and a
    // partner with a large recent history (bench_scale's million: half a million rows) made the
    // board wait for the processor. The tray's figures and the Monday summary can wait.
    refreshSoon();
}

void WeeklyFigures::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refreshSoon();
}

void WeeklyFigures::refreshSoon()
{
    m_settle->start();
}

void WeeklyFigures::refresh()
{
    m_settle->stop();
    if (m_ticket)
        m_reader->cancel(m_ticket);
    const QDateTime now = m_clock->now();
    const QTimeZone zone = m_zone;
    // Two weeks: the tray speaks of this one, the summary of the one before. The rows and the
    // figures are both made on the reader's thread.
    m_ticket = m_reader->requestRead([now, zone](Store &store) {
        const QList<InsightRow> rows = InsightQuery::rows(
            store, ResponseTimesCalc::rangeStart(now, zone, 2), now.addSecs(1), DeadlinePolicy());
        return QVariant::fromValue(ResponseTimesCalc::compute(rows, now, zone, 2));
    });
    armWeekTurn();
}

void WeeklyFigures::armWeekTurn()
{
    // This week becomes last week at the next Monday 00:00: read the new pair then.
    const QDateTime now = m_clock->now();
    const QDateTime next
        = QDateTime(ResponseTimesCalc::mondayOf(now, m_zone).addDays(7), QTime(0, 0), m_zone);
    m_weekTurn->start(int(std::clamp<qint64>(now.msecsTo(next) + 1, 0, 7LL * 24 * 3600 * 1000)));
}

} // namespace rd
