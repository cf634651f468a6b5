#pragma once

#include "domain/referral.h"

#include <QMap>
#include <optional>

namespace rd {

/// The facts about one referral that the insights need (a row of the store, no JSON).
struct InsightRow
{
    QString id;
    QString name; ///< the referral's name and customer, to list a missed response target
    QString customer;
    Stage stage = Stage::New;
    Outcome outcome = Outcome::None;
    QDateTime created;
    QDateTime interested;
    QDateTime accepted;
    QDateTime closed;
    std::optional<MinorUnits> dealValue;
    QString currency;
    QDateTime closingEnd; ///< end of the closing date (Negotiating), for "report Won or Lost"
    QString country;
    QString size;
    QStringList products;
};

/// Figures for a set of referrals (docs/lifecycle.md, "be choosy", "report back").
struct InsightFigures
{
    int received = 0;
    int answered = 0; ///< got a first answer (interest, "No thanks", or accept)
    std::optional<qint64> medianResponseSecs;
    int answeredWithin24h = 0;
    int missed = 0;
    int expired = 0;
    int accepted = 0; ///< reached Negotiating (still there, won or lost)
    int won = 0;
    int lost = 0;
    int overdue = 0; ///< Negotiating with the closing date passed, no outcome yet
    QMap<QString, MinorUnits> wonValue; ///< per currency, in its minor units
    QMap<QString, MinorUnits> pipelineValue; ///< Negotiating, per currency, in its minor units

    /// Share of received referrals answered within 24 h (0..1); nullopt when none arrived.
    std::optional<double> shareWithin24h() const;
    /// Accepted / received.
    std::optional<double> acceptRate() const;
    /// Won / accepted.
    std::optional<double> winRate() const;
};

enum class InsightDimension { Country, Size, Product };

/// How a referral fared against the 24-hour response target (DeadlineLimits::responseTargetSecs)
/// at an instant. The one definition behind "answered within 24 h" in the insights, the weekly
/// figures, the tray and the weekly summary.
enum class ResponseTarget {
    Met, ///< first answer at most 24 h after arrival
    Missed, ///< first answer later than that, or none and the 24 h are over
    Pending, ///< no answer yet and the 24 h are not over (or no arrival time): not a miss
};

namespace Insights {

/// The first answer the partner gave: "I'm interested", "No thanks" (closing it while New), or
/// accepting; invalid when there was none (a missed referral got none).
QDateTime firstAnswer(const InsightRow &row);
/// `row` against the 24 h response target as of `now`.
ResponseTarget responseTarget(const InsightRow &row, const QDateTime &now);

/// Computes the figures over `rows` as of `now`. Pure.
InsightFigures compute(const QList<InsightRow> &rows, const QDateTime &now);
/// The same figures per country, company size or product (a referral with several products
/// counts for each). Keys are the values; an empty value is reported as "".
QMap<QString, InsightFigures> breakdown(
    const QList<InsightRow> &rows, InsightDimension by, const QDateTime &now);

} // namespace Insights

} // namespace rd
