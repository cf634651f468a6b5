#include "deadlinepolicy.h"

#include <algorithm>

namespace rd {

namespace {

constexpr qint64 kMinute = 60 * 1000;
// Past this many minutes left, the countdown is told in whole days.
constexpr qint64 kDaysAfterMinutes = 48 * 60;

qint64 minutesLeftRoundedUp(qint64 msecs)
{
    return (msecs + kMinute - 1) / kMinute;
}

void takeEarliest(QDateTime &earliest, const QDateTime &candidate, const QDateTime &now)
{
    if (candidate.isValid() && candidate > now && (!earliest.isValid() || candidate < earliest))
        earliest = candidate;
}

} // namespace

DeadlinePolicy::DeadlinePolicy(DeadlineLimits limits, QTimeZone zone)
    : m_limits(limits)
    , m_zone(std::move(zone))
{
}

QDateTime DeadlinePolicy::responseTarget(const Referral &referral) const
{
    // Outgoing referrals are answered by the partner they were sent to: no deadline is ours.
    if (!referral.createdDateTime.isValid() || referral.isOutgoing())
        return {};
    return referral.createdDateTime.addSecs(m_limits.responseTargetSecs);
}

QDateTime DeadlinePolicy::hardLimit(const Referral &referral) const
{
    const Stage stage = referral.stage();
    if ((stage != Stage::New && stage != Stage::Evaluating) || referral.isOutgoing())
        return {};
    if (referral.expirationDateTime.isValid())
        return referral.expirationDateTime; // the remote's own limit wins
    if (stage == Stage::New) {
        return referral.createdDateTime.isValid()
            ? referral.createdDateTime.addSecs(m_limits.missLimitSecs)
            : QDateTime();
    }
    // The decision clock starts at "I'm interested"; older copies may only have these to go by.
    QDateTime start = referral.interestedDateTime;
    if (!start.isValid())
        start = referral.updatedDateTime;
    if (!start.isValid())
        start = referral.createdDateTime;
    return start.isValid() ? start.addSecs(m_limits.decideLimitSecs) : QDateTime();
}

QDateTime DeadlinePolicy::closingEnd(const Referral &referral) const
{
    if (referral.stage() != Stage::Negotiating || !referral.details.closingDateTime.isValid()
        || referral.isOutgoing())
        return {};
    // The closing date is a calendar date (stored as midnight UTC); it ends when the next day
    // starts where the partner is.
    const QDate date = referral.details.closingDateTime.toUTC().date();
    return QDateTime(date.addDays(1), QTime(0, 0), m_zone).toUTC();
}

DeadlineStatus DeadlinePolicy::evaluate(const Referral &referral, const QDateTime &now) const
{
    DeadlineStatus s;
    QList<QDateTime> thresholds;

    switch (referral.stage()) {
    case Stage::New: {
        const QDateTime target = responseTarget(referral);
        const QDateTime limit = hardLimit(referral);
        s.hardLimit = limit;
        if (!limit.isValid() && !target.isValid())
            return s;
        const QDateTime soon
            = target.isValid() ? target.addSecs(-m_limits.respondSoonSecs) : QDateTime();
        const QDateTime missing
            = limit.isValid() ? limit.addSecs(-m_limits.missingSecs) : QDateTime();
        // Only the thresholds still ahead of the current state can change the card.
        if (limit.isValid() && now >= limit) {
            s.badge = Badge::Lapsed;
            s.lapsedAs = Outcome::Missed;
            s.deadline = limit;
            s.text = tr("Missed · waiting for the service");
        } else if (missing.isValid() && now >= missing) {
            s.badge = Badge::Missing;
            s.deadline = limit;
            thresholds = { limit };
        } else if (target.isValid() && now >= target) {
            s.badge = Badge::Late;
            s.deadline = limit;
            thresholds = { missing, limit };
        } else {
            s.badge = soon.isValid() && now >= soon ? Badge::RespondSoon : Badge::OnTime;
            // Count to whichever comes first: an early hard limit must not hide behind the target.
            s.deadline = limit.isValid() && (!target.isValid() || limit < target) ? limit : target;
            thresholds = { soon, target, missing, limit };
        }
        break;
    }
    case Stage::Evaluating: {
        const QDateTime limit = hardLimit(referral);
        s.hardLimit = limit;
        if (!limit.isValid())
            return s;
        const QDateTime soon = limit.addSecs(-m_limits.decideSoonSecs);
        const QDateTime expiring = limit.addSecs(-m_limits.expiringSecs);
        s.deadline = limit;
        if (now >= limit) {
            s.badge = Badge::Lapsed;
            s.lapsedAs = Outcome::Expired;
            s.text = tr("Expired · waiting for the service");
        } else if (now >= expiring) {
            s.badge = Badge::Expiring;
            thresholds = { limit };
        } else if (now >= soon) {
            s.badge = Badge::DecideSoon;
            thresholds = { expiring, limit };
        } else {
            s.badge = Badge::OnTime;
            thresholds = { soon, expiring, limit };
        }
        break;
    }
    case Stage::Negotiating: {
        const QDateTime end = closingEnd(referral);
        if (!end.isValid())
            return s;
        const QDateTime soon = end.addSecs(-m_limits.closingSoonSecs);
        thresholds = { soon, end };
        s.deadline = end;
        if (now >= end) {
            s.badge = Badge::Overdue;
            s.text = tr("Closing date passed");
        } else {
            s.badge = now >= soon ? Badge::Closing : Badge::OnTime;
        }
        break;
    }
    case Stage::Archived:
        return s;
    }

    s.msecsLeft = s.deadline.isValid() ? now.msecsTo(s.deadline) : 0;
    if (s.text.isEmpty()) {
        const QString left = formatDuration(s.msecsLeft);
        switch (s.badge) {
        case Badge::OnTime:
        case Badge::RespondSoon:
        case Badge::Closing:
            if (referral.stage() == Stage::New)
                s.text = s.deadline == s.hardLimit ? tr("Missed in %1").arg(left)
                                                   : tr("Respond in %1").arg(left);
            else if (referral.stage() == Stage::Evaluating)
                s.text = tr("Expires in %1").arg(left);
            else
                s.text = tr("Closes in %1").arg(left);
            break;
        case Badge::Late:
            s.text = tr("Late · missed in %1").arg(left);
            break;
        case Badge::Missing:
            s.text = tr("Missed in %1").arg(left);
            break;
        case Badge::DecideSoon:
        case Badge::Expiring:
            s.text = tr("Expires in %1").arg(left);
            break;
        case Badge::None:
        case Badge::Overdue:
        case Badge::Lapsed:
            break;
        }
    }

    for (const QDateTime &t : thresholds)
        takeEarliest(s.nextChange, t, now);
    if (s.msecsLeft > 0)
        takeEarliest(s.nextChange, nextTextChange(s.deadline, now), now);
    return s;
}

bool DeadlinePolicy::needsAnswerToday(const Referral &referral, const QDateTime &now) const
{
    QDateTime due;
    if (referral.stage() == Stage::New) {
        due = responseTarget(referral);
        const QDateTime limit = hardLimit(referral);
        if (!due.isValid() || (limit.isValid() && limit < due))
            due = limit;
    } else if (referral.stage() == Stage::Evaluating) {
        due = hardLimit(referral);
    }
    if (!due.isValid())
        return false;
    const QDate today = now.toTimeZone(m_zone).date();
    const QDateTime endOfToday = QDateTime(today.addDays(1), QTime(0, 0), m_zone);
    return due < endOfToday;
}

QString DeadlinePolicy::formatDuration(qint64 msecs, DurationUse use)
{
    const qint64 minutes = std::max<qint64>(0, minutesLeftRoundedUp(msecs));
    // Days are only counted past 48 hours, so the number is always 2 or more.
    if (minutes > kDaysAfterMinutes) {
        const int days = int(minutes / (24 * 60));
        return use == DurationUse::Length
            ? tr("%n days", "a length of time on its own, as in: median answer 3 days", days)
            : tr("%n days", "time left, after in or within: expires in 3 days", days);
    }
    if (minutes >= 60) {
        const qint64 m = minutes % 60;
        //: hours and minutes left, e.g. "5 h 12 min"
        return m ? tr("%1 h %2 min").arg(minutes / 60).arg(m) : tr("%1 h").arg(minutes / 60);
    }
    //: minutes left, e.g. "40 min"
    return tr("%1 min").arg(minutes);
}

QDateTime DeadlinePolicy::nextTextChange(const QDateTime &deadline, const QDateTime &now)
{
    const qint64 left = now.msecsTo(deadline);
    if (!deadline.isValid() || left <= 0)
        return {};
    const qint64 minutes = minutesLeftRoundedUp(left);
    // The text stays the same for every minute count in [lowest, minutes]; it changes the moment
    // the count drops below `lowest`, which is when exactly (lowest - 1) minutes remain.
    qint64 lowest = minutes;
    if (minutes > kDaysAfterMinutes)
        lowest = std::max<qint64>(minutes / (24 * 60) * (24 * 60), kDaysAfterMinutes + 1);
    return deadline.addMSecs(-(lowest - 1) * kMinute);
}

QString DeadlinePolicy::badgeName(Badge badge)
{
    switch (badge) {
    case Badge::None:
        return {};
    case Badge::OnTime:
        return tr("On time");
    case Badge::RespondSoon:
        return tr("Respond soon");
    case Badge::Late:
        return tr("Late");
    case Badge::Missing:
        return tr("About to be missed");
    case Badge::DecideSoon:
        return tr("Decide soon");
    case Badge::Expiring:
        return tr("Expiring");
    case Badge::Closing:
        return tr("Closing");
    case Badge::Overdue:
        return tr("Overdue");
    case Badge::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

int DeadlinePolicy::urgency(Badge badge)
{
    switch (badge) {
    case Badge::Lapsed:
        return 0;
    case Badge::Missing:
    case Badge::Expiring:
        return 1;
    case Badge::Late:
    case Badge::Overdue:
        return 2;
    case Badge::RespondSoon:
    case Badge::DecideSoon:
    case Badge::Closing:
        return 3;
    case Badge::OnTime:
        return 4;
    case Badge::None:
        return 5;
    }
    return 5;
}

} // namespace rd
