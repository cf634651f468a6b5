#include "notificationpolicy.h"

#include "insights/responsetimes.h"

#include <QLocale>

namespace rd {

namespace {

QString customer(const Referral &r)
{
    return r.customerProfile.name.isEmpty() ? NotificationPolicy::tr("A customer")
                                            : r.customerProfile.name;
}

QString keyFor(NotificationKind kind, const QString &id, const QString &extra = QString())
{
    return QStringLiteral("%1:%2%3").arg(int(kind)).arg(
        id, extra.isEmpty() ? QString() : QLatin1Char(':') + extra);
}

constexpr qint64 kHour = 3600;
// More time than this between two checks, with several notifications due: the computer slept.
constexpr qint64 kCatchUpGapSecs = 10 * 60;

} // namespace

NotificationPolicy::NotificationPolicy(DeadlinePolicy deadlines, IsSent isSent, MarkSent markSent)
    : m_deadlines(std::move(deadlines))
    , m_isSent(std::move(isSent))
    , m_markSent(std::move(markSent))
{
}

bool NotificationPolicy::inQuietHours(const NotificationSettings &s, const QDateTime &now)
{
    if (!s.quietFrom.isValid() || !s.quietTo.isValid() || s.quietFrom == s.quietTo)
        return false;
    const QTime t = now.toTimeZone(s.zone).time();
    // 22:00–07:00 wraps midnight; 12:00–13:00 does not.
    return s.quietFrom < s.quietTo ? (t >= s.quietFrom && t < s.quietTo)
                                   : (t >= s.quietFrom || t < s.quietTo);
}

bool NotificationPolicy::held(
    const NotificationSettings &s, const QDateTime &now, bool lastCall) const
{
    if (lastCall)
        return false; // the 1 h / 4 h last calls always come through
    return inQuietHours(s, now) || (s.pausedUntil.isValid() && now < s.pausedUntil);
}

QList<NotificationPolicy::Threshold> NotificationPolicy::thresholds(const Referral &r) const
{
    QList<Threshold> out;
    switch (r.stage()) {
    case Stage::New: {
        const QDateTime target = m_deadlines.responseTarget(r);
        const QDateTime limit = m_deadlines.hardLimit(r);
        if (target.isValid())
            out.append(
                { NotificationKind::RespondSoon, target.addSecs(-2 * kHour), target, false });
        if (limit.isValid()) {
            out.append({ NotificationKind::MissedIn12h, limit.addSecs(-12 * kHour), limit, false });
            out.append({ NotificationKind::MissedIn1h, limit.addSecs(-kHour), limit, true });
        }
        break;
    }
    case Stage::Evaluating: {
        const QDateTime limit = m_deadlines.hardLimit(r);
        if (limit.isValid()) {
            out.append(
                { NotificationKind::ExpiresIn24h, limit.addSecs(-24 * kHour), limit, false });
            out.append({ NotificationKind::ExpiresIn4h, limit.addSecs(-4 * kHour), limit, true });
        }
        break;
    }
    case Stage::Negotiating: {
        const QDateTime end = m_deadlines.closingEnd(r);
        if (end.isValid())
            out.append({ NotificationKind::ClosingPassed, end, QDateTime(), false });
        break;
    }
    case Stage::Archived:
        break;
    }
    return out;
}

QList<Notification> NotificationPolicy::deadlines(
    const QList<Referral> &open, const QDateTime &now, const NotificationSettings &settings)
{
    struct Due
    {
        Notification n;
        QString key;
        QDateTime at;
    };
    // "Closing date passed" is said at most once a day, the others once.
    const QString today = now.toTimeZone(settings.zone).date().toString(Qt::ISODate);
    struct Passed
    {
        Threshold threshold;
        QString key;
    };
    QList<Due> due;
    for (const Referral &r : open) {
        // Of the thresholds this referral passed, only the most urgent one speaks; the others
        // are marked as said, so a referral never sends a stale warning after a later one.
        QList<Passed> passed;
        for (const Threshold &t : thresholds(r)) {
            if (t.at > now || settings.disabled.contains(t.kind))
                continue;
            if (t.limit.isValid() && t.limit <= now)
                continue; // too late to warn: the referral lapses now
            const QString key = keyFor(
                t.kind, r.id, t.kind == NotificationKind::ClosingPassed ? today : QString());
            if (!m_isSent(key))
                passed.append({ t, key });
        }
        if (passed.isEmpty())
            continue;
        const Passed &newest = *std::max_element(passed.begin(), passed.end(),
            [](const Passed &a, const Passed &b) { return a.threshold.at < b.threshold.at; });
        const Threshold &latest = newest.threshold;
        if (held(settings, now, latest.lastCall))
            continue; // quiet hours or paused: said later, when they end, if still relevant
        for (const Passed &p : passed) {
            if (&p != &newest)
                m_markSent(p.key);
        }
        Notification n;
        n.kind = latest.kind;
        n.referralIds = { r.id };
        n.lastCall = latest.lastCall;
        const QString left = latest.limit.isValid()
            ? DeadlinePolicy::formatDuration(now.msecsTo(latest.limit))
            : QString();
        switch (latest.kind) {
        case NotificationKind::RespondSoon:
            n.summary = tr("Answer %1 within %2").arg(customer(r), left);
            n.body = tr("“%1” reaches the 24-hour response target in %2.").arg(r.name, left);
            break;
        case NotificationKind::MissedIn12h:
        case NotificationKind::MissedIn1h:
            n.summary = tr("%1: missed in %2").arg(customer(r), left);
            n.body = tr("“%1” is archived as Missed in %2 unless you answer.").arg(r.name, left);
            break;
        case NotificationKind::ExpiresIn24h:
        case NotificationKind::ExpiresIn4h:
            n.summary = tr("%1: expires in %2").arg(customer(r), left);
            n.body = tr("Accept or decline “%1” within %2.").arg(r.name, left);
            break;
        case NotificationKind::ClosingPassed:
            n.summary = tr("%1: closing date passed").arg(customer(r));
            n.body = tr("Report “%1” as Won or Lost.").arg(r.name);
            break;
        default:
            break;
        }
        due.append({ n, newest.key, latest.at });
    }

    // What fell due just now is said one by one, and so are last calls. What fell due a while
    // ago (the computer slept, the app was closed, a first sync brought old referrals) is stale
    // news: several of those make one summary instead of a burst.
    QList<Notification> out;
    QStringList staleIds;
    QList<Notification> stale;
    for (const Due &d : std::as_const(due)) {
        m_markSent(d.key);
        if (d.n.lastCall || d.at.secsTo(now) <= kCatchUpGapSecs)
            out.append(d.n);
        else
            stale.append(d.n);
    }
    if (stale.size() == 1) {
        out.append(stale.first());
    } else if (stale.size() > 1) {
        Notification summary;
        summary.kind = NotificationKind::CatchUp;
        for (const Notification &n : std::as_const(stale))
            summary.referralIds.append(n.referralIds);
        summary.summary = tr("%1 referrals need your attention").arg(stale.size());
        summary.body = tr("Deadlines came closer while Referral Desk was not watching.");
        out.append(summary);
    }
    return out;
}

std::optional<Notification> NotificationPolicy::arrivals(
    const QList<Referral> &arrived, const NotificationSettings &settings, const QDateTime &now)
{
    if (settings.disabled.contains(NotificationKind::Arrivals))
        return std::nullopt;
    QList<Referral> fresh;
    for (const Referral &r : arrived) {
        const QString key = keyFor(NotificationKind::Arrivals, r.id);
        // What this partner sent to others needs no answer from it, so it is not announced.
        if (r.stage() == Stage::New && !r.isOutgoing() && !m_isSent(key)) {
            fresh.append(r);
            m_markSent(key); // a quiet-hours arrival is not announced later: the board shows it
        }
    }
    if (fresh.isEmpty() || held(settings, now, false))
        return std::nullopt;
    Notification n;
    n.kind = NotificationKind::Arrivals;
    for (const Referral &r : fresh)
        n.referralIds.append(r.id);
    if (fresh.size() == 1) {
        n.summary = tr("New referral from %1").arg(customer(fresh.first()));
        n.body = tr("“%1”. Respond within %2.")
                     .arg(fresh.first().name,
                         DeadlinePolicy::formatDuration(
                             now.msecsTo(m_deadlines.responseTarget(fresh.first()))));
    } else {
        n.summary = tr("%1 new referrals").arg(fresh.size());
        QStringList names;
        for (const Referral &r : fresh.mid(0, 3))
            names.append(customer(r));
        n.body = fresh.size() > 3
            ? tr("%1 and %2 more").arg(QLocale().createSeparatedList(names)).arg(fresh.size() - 3)
            : QLocale().createSeparatedList(names);
    }
    return n;
}

std::optional<Notification> NotificationPolicy::actionProblem(const Referral &referral,
    qint64 outboxSeq, const QString &problem, const NotificationSettings &settings,
    const QDateTime &now)
{
    const QString key
        = keyFor(NotificationKind::ActionProblem, referral.id, QString::number(outboxSeq));
    if (settings.disabled.contains(NotificationKind::ActionProblem) || m_isSent(key)
        || held(settings, now, false))
        return std::nullopt;
    m_markSent(key);
    Notification n;
    n.kind = NotificationKind::ActionProblem;
    n.referralIds = { referral.id };
    n.summary = tr("%1: your action was not applied").arg(customer(referral));
    n.body = problem;
    return n;
}

QDate NotificationPolicy::summarisedWeek(const QDateTime &now, const QTimeZone &zone)
{
    return ResponseTimesCalc::mondayOf(now, zone).addDays(-7);
}

QDateTime NotificationPolicy::weeklySummaryDue(const QDateTime &now, const QTimeZone &zone)
{
    // Monday morning, when the week's work starts, not at midnight.
    return QDateTime(ResponseTimesCalc::mondayOf(now, zone), QTime(8, 0), zone).toUTC();
}

std::optional<Notification> NotificationPolicy::weeklySummary(
    const WeeklySummaryFacts &facts, const QDateTime &now, const NotificationSettings &settings)
{
    const QDate week = summarisedWeek(now, settings.zone);
    // Only the latest full week is summarised: after a missed Monday, the first check of the
    // week catches up with that week; an older one is not news any more.
    if (settings.disabled.contains(NotificationKind::WeeklySummary)
        || now < weeklySummaryDue(now, settings.zone) || facts.week != week)
        return std::nullopt;
    const QString key = keyFor(NotificationKind::WeeklySummary, week.toString(Qt::ISODate));
    if (m_isSent(key) || held(settings, now, false))
        return std::nullopt; // quiet hours or paused: said when they end
    m_markSent(key);
    if (facts.received == 0 && facts.needsUpdate == 0)
        return std::nullopt; // nothing to report
    const QLocale locale;
    Notification n;
    n.kind = NotificationKind::WeeklySummary;
    n.summary = tr("Your week in referrals");
    if (facts.received > 0) {
        const QString share
            = locale.toString(qRound(100.0 * facts.answeredWithin24h / facts.received))
            + QStringLiteral(" %");
        //: %1 is a percentage ("86 %")
        n.body = tr(
            "Last week: %n new referral(s), %1 answered within 24 hours.", nullptr, facts.received)
                     .arg(share);
    } else {
        n.body = tr("Last week: no new referrals.");
    }
    if (facts.needsUpdate > 0)
        n.body += QLatin1Char(' ')
            + tr("%n deal(s) need(s) an update (closing date passed).", nullptr, facts.needsUpdate);
    return n;
}

QDateTime NotificationPolicy::nextDue(const QList<Referral> &open, const QDateTime &now) const
{
    QDateTime next;
    for (const Referral &r : open) {
        for (const Threshold &t : thresholds(r)) {
            if (t.at > now && (!next.isValid() || t.at < next))
                next = t.at;
        }
    }
    return next;
}

} // namespace rd
