#pragma once

#include "referral.h"

#include <QTimeZone>

namespace rd {

/// The limits of docs/lifecycle.md, in one place so tests and a future remote change can set them.
struct DeadlineLimits
{
    qint64 responseTargetSecs = 24 * 3600;
    qint64 missLimitSecs = 72 * 3600;
    qint64 decideLimitSecs = 7 * 24 * 3600;
    qint64 respondSoonSecs = 6 * 3600; ///< before the response target
    qint64 missingSecs = 12 * 3600; ///< before the New hard limit
    qint64 decideSoonSecs = 24 * 3600; ///< before the Evaluating hard limit
    qint64 expiringSecs = 4 * 3600; ///< before the Evaluating hard limit
    qint64 closingSoonSecs = 3 * 24 * 3600; ///< before the end of the closing date
};

/// A referral's deadline as seen at one instant.
struct DeadlineStatus
{
    Badge badge = Badge::None;
    QDateTime deadline; ///< what the countdown counts to; invalid when there is none
    qint64 msecsLeft = 0; ///< to deadline; 0 or less once it passed
    QDateTime hardLimit; ///< New/Evaluating: when the remote archives it (Missed/Expired)
    Outcome lapsedAs = Outcome::None; ///< Missed or Expired once the hard limit passed
    QString text; ///< "Respond in 5 h 12 min", "Missed in 40 min", "Closing date passed"
    /// The next instant at which badge or text changes; invalid when they never will.
    QDateTime nextChange;
};

/// Computes badges, countdowns and the instants they change at. Pure: the caller supplies "now"
/// and arms its own timer for nextChange.
class DeadlinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinePolicy)

public:
    explicit DeadlinePolicy(
        DeadlineLimits limits = {}, QTimeZone zone = QTimeZone::systemTimeZone());

    const DeadlineLimits &limits() const { return m_limits; }
    /// The partner's time zone: a closing date ends at midnight there.
    QTimeZone timeZone() const { return m_zone; }

    DeadlineStatus evaluate(const Referral &referral, const QDateTime &now) const;

    /// New: created + 24 h. Invalid when the referral has no creation time.
    QDateTime responseTarget(const Referral &referral) const;
    /// New: expirationDateTime, else created + 72 h; Evaluating: expirationDateTime, else
    /// interest + 7 days. Invalid for other stages.
    QDateTime hardLimit(const Referral &referral) const;
    /// Negotiating: the end of the closing date in the partner's time zone.
    QDateTime closingEnd(const Referral &referral) const;

    /// Whether the referral needs an answer today: a New one whose 24 h target ends before the
    /// end of today (or has passed), an Evaluating one whose time to decide does. "Today" is the
    /// local day of `now` in the policy's time zone. The tray's count.
    bool needsAnswerToday(const Referral &referral, const QDateTime &now) const;

    /// How a duration stands in its sentence: time left ("Expires in 3 days", "within 3 days"),
    /// or a length of time on its own ("Median answer: 3 days"). Some languages inflect the two
    /// differently (German "in 3 Tagen", "3 Tage").
    enum class DurationUse { TimeLeft, Length };
    /// "5 h 12 min", "40 min", "3 days": minutes rounded up, days past 48 hours.
    static QString formatDuration(qint64 msecs, DurationUse use = DurationUse::TimeLeft);
    /// The next instant after `now` at which formatDuration(deadline - t) changes.
    static QDateTime nextTextChange(const QDateTime &deadline, const QDateTime &now);

    static QString badgeName(Badge badge);
    /// Lower is more urgent; used to sort cards within a column.
    static int urgency(Badge badge);

private:
    DeadlineLimits m_limits;
    QTimeZone m_zone;
};

} // namespace rd
