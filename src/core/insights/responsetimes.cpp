#include "responsetimes.h"

#include <QMap>
#include <algorithm>

namespace rd {

InsightFigures ResponseTimes::thisWeek() const
{
    return weeks.isEmpty() ? InsightFigures() : weeks.last().figures;
}

InsightFigures ResponseTimes::lastWeek() const
{
    return weeks.size() < 2 ? InsightFigures() : weeks.at(weeks.size() - 2).figures;
}

namespace ResponseTimesCalc {

QDate mondayOf(const QDateTime &instant, const QTimeZone &zone)
{
    const QDate day = instant.toTimeZone(zone).date();
    return day.addDays(1 - day.dayOfWeek()); // dayOfWeek: Monday 1 … Sunday 7
}

QDateTime rangeStart(const QDateTime &now, const QTimeZone &zone, int weeks)
{
    // Midnight in the zone, then UTC: the store compares instants.
    return QDateTime(mondayOf(now, zone).addDays(-7 * (weeks - 1)), QTime(0, 0), zone).toUTC();
}

ResponseTimes compute(
    const QList<InsightRow> &rows, const QDateTime &now, const QTimeZone &zone, int weeks)
{
    ResponseTimes out;
    const QDate thisMonday = mondayOf(now, zone);
    const QDate firstMonday = thisMonday.addDays(-7 * (weeks - 1));
    QList<QList<InsightRow>> byWeek(weeks);
    // Per arrival day: whether any arrival missed, and whether all met the target.
    struct Day
    {
        bool missed = false;
        bool pending = false;
        bool any = false;
    };
    QMap<QDate, Day> days;
    for (const InsightRow &r : rows) {
        if (!r.created.isValid())
            continue;
        const QDate day = r.created.toTimeZone(zone).date();
        const qint64 week = firstMonday.daysTo(mondayOf(r.created, zone)) / 7;
        if (day < firstMonday || week >= weeks || r.created > now)
            continue;
        byWeek[week].append(r);
        const ResponseTarget target = Insights::responseTarget(r, now);
        Day &d = days[day];
        d.any = true;
        d.missed |= target == ResponseTarget::Missed;
        d.pending |= target == ResponseTarget::Pending;
        if (target == ResponseTarget::Missed && week == weeks - 1) {
            out.missesThisWeek.append(
                ResponseMiss { r.id, r.name, r.customer, r.created, Insights::firstAnswer(r) });
        }
    }
    for (int w = 0; w < weeks; ++w)
        out.weeks.append(
            WeekResponse { firstMonday.addDays(7 * w), Insights::compute(byWeek.at(w), now) });
    std::sort(out.missesThisWeek.begin(), out.missesThisWeek.end(),
        [](const ResponseMiss &a, const ResponseMiss &b) { return a.created < b.created; });

    // Back from today over the days that had arrivals (QMap: in date order).
    out.streakUnbroken = true;
    for (auto it = days.constEnd(); it != days.constBegin();) {
        --it;
        if (it->missed) {
            out.streakUnbroken = false;
            break;
        }
        if (!it->pending)
            ++out.streakDays;
    }
    return out;
}

} // namespace ResponseTimesCalc

} // namespace rd
