#pragma once

#include "insights.h"

#include <QTimeZone>

namespace rd {

/// One week's response figures: the referrals that arrived in it (grouped by arrival, so the
/// week's figures settle once its last arrivals' 24 h are over).
struct WeekResponse
{
    QDate monday; ///< the week's first day, in the zone the weeks were computed in
    InsightFigures figures; ///< received, answered, median, answered within 24 h (Insights)
};

/// A referral that missed the 24 h response target (answered late, or not at all in time).
struct ResponseMiss
{
    QString id;
    QString name;
    QString customer;
    QDateTime created;
    QDateTime answered; ///< the first answer; invalid: still none
};

/// The response-time picture of docs/lifecycle.md, "How fast the team answers".
struct ResponseTimes
{
    QList<WeekResponse> weeks; ///< oldest first; the last is the current week
    /// Days with arrivals, back from today, on which every arrival met the 24 h target.
    int streakDays = 0;
    /// The streak reaches back to the first day the rows cover: it may be longer.
    bool streakUnbroken = false;
    /// This week's arrivals that missed the target, oldest first.
    QList<ResponseMiss> missesThisWeek;

    /// The current week's figures (empty figures when there are no weeks).
    InsightFigures thisWeek() const;
    /// The week before the current one (empty figures when there is none).
    InsightFigures lastWeek() const;
};

namespace ResponseTimesCalc {

/// Weeks start on Monday at 00:00 in `zone` (the person's local time), as a partner's working
/// week does; a day is a calendar day in that zone.
QDate mondayOf(const QDateTime &instant, const QTimeZone &zone);
/// The first instant of the `weeks` weeks that end with the current one: the range to read.
QDateTime rangeStart(const QDateTime &now, const QTimeZone &zone, int weeks);

/// The figures of the `weeks` weeks that end with `now`'s, from the rows of referrals that
/// arrived from rangeStart() on (others are ignored). Pure.
///
/// The streak walks back day by day from today: a day on which a referral missed the target
/// ends it; a day whose arrivals all met it adds one; a day without arrivals, or whose arrivals
/// still have time to be answered (and none missed), neither breaks nor extends it.
ResponseTimes compute(
    const QList<InsightRow> &rows, const QDateTime &now, const QTimeZone &zone, int weeks = 12);

} // namespace ResponseTimesCalc

} // namespace rd
