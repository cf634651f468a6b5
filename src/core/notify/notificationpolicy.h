#pragma once

#include "domain/deadlinepolicy.h"
#include "domain/referral.h"

#include <QSet>
#include <QTime>
#include <QTimeZone>
#include <functional>

namespace rd {

/// The notifications of docs/lifecycle.md, "Notifications that follow from the rules".
enum class NotificationKind {
    Arrivals, ///< new referrals after a sync (coalesced)
    RespondSoon, ///< New: the 24 h response target ends in 2 h
    MissedIn12h, ///< New: missed in 12 h
    MissedIn1h, ///< New: missed in 1 h (a last call)
    ExpiresIn24h, ///< Evaluating: expires in 24 h
    ExpiresIn4h, ///< Evaluating: expires in 4 h (a last call)
    ClosingPassed, ///< Negotiating: the closing date passed (at most once a day)
    ActionProblem, ///< a queued action failed or conflicts
    CatchUp, ///< several of the above at once after the computer slept: one summary
    WeeklySummary, ///< Monday morning: last week's answers and the deals that need an update
};

/// What the weekly summary says about the week before the current one.
struct WeeklySummaryFacts
{
    QDate week; ///< the Monday of the week summarised; invalid: not read yet
    int received = 0;
    int answeredWithin24h = 0; ///< Insights' definition (InsightFigures::answeredWithin24h)
    /// Negotiating referrals whose closing date has passed, at the time of the summary ("Needs
    /// an update").
    int needsUpdate = 0;
};

struct Notification
{
    NotificationKind kind = NotificationKind::Arrivals;
    QStringList referralIds; ///< clicking opens the first
    QString summary;
    QString body;
    bool lastCall = false; ///< delivered even in quiet hours, with critical urgency
};

struct NotificationSettings
{
    QSet<NotificationKind> disabled;
    QTime quietFrom; ///< quiet hours in local time; invalid: none
    QTime quietTo;
    QDateTime pausedUntil; ///< "pause notifications for 1 h": only last calls until then
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< where quiet hours and "once a day" are read
};

/// Decides which notifications are due, each once per referral and threshold. What was sent is
/// remembered through `isSent`/`markSent` (the store keeps it, so a restart or a re-sync does not
/// repeat it). Pure apart from those two callbacks.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)

public:
    using IsSent = std::function<bool(const QString &key)>;
    using MarkSent = std::function<void(const QString &key)>;

    NotificationPolicy(DeadlinePolicy deadlines, IsSent isSent, MarkSent markSent);

    /// Deadline notifications due at `now` for these open referrals. Warnings that fell due more
    /// than 10 minutes ago (the computer slept, the app was closed, a first sync) come as one
    /// summary when there are several; last calls always come on their own.
    QList<Notification> deadlines(
        const QList<Referral> &open, const QDateTime &now, const NotificationSettings &settings);
    /// One notification for the referrals a sync brought in.
    std::optional<Notification> arrivals(
        const QList<Referral> &arrived, const NotificationSettings &settings, const QDateTime &now);
    /// One per action that could not be sent (key: the outbox entry).
    std::optional<Notification> actionProblem(const Referral &referral, qint64 outboxSeq,
        const QString &problem, const NotificationSettings &settings, const QDateTime &now);

    /// The weekly summary, once per week: from Monday 08:00 in settings.zone (or at the first
    /// check after that, when the app was not running), about the week before, once `facts` are
    /// that week's. Held back by quiet hours and the pause like the others (the center looks
    /// again within the hour). A week without arrivals or deals to update is marked, not said.
    std::optional<Notification> weeklySummary(const WeeklySummaryFacts &facts, const QDateTime &now,
        const NotificationSettings &settings);
    /// The Monday of the week the summary due at `now` is about (the week before now's).
    static QDate summarisedWeek(const QDateTime &now, const QTimeZone &zone);
    /// When the summary about summarisedWeek() falls due: Monday 08:00 of now's week.
    static QDateTime weeklySummaryDue(const QDateTime &now, const QTimeZone &zone);

    static bool inQuietHours(const NotificationSettings &settings, const QDateTime &now);
    /// When the next deadline notification of these referrals falls due (to arm a timer).
    QDateTime nextDue(const QList<Referral> &open, const QDateTime &now) const;

private:
    struct Threshold
    {
        NotificationKind kind;
        QDateTime at;
        QDateTime limit; ///< the deadline it warns about
        bool lastCall;
    };
    QList<Threshold> thresholds(const Referral &r) const;
    bool held(const NotificationSettings &settings, const QDateTime &now, bool lastCall) const;

    DeadlinePolicy m_deadlines;
    IsSent m_isSent;
    MarkSent m_markSent;
};

} // namespace rd
