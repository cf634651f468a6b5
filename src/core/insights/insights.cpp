#include "insights.h"

#include "domain/deadlinepolicy.h"

#include <algorithm>

namespace rd {

std::optional<double> InsightFigures::shareWithin24h() const
{
    return received ? std::optional<double>(double(answeredWithin24h) / received) : std::nullopt;
}

std::optional<double> InsightFigures::acceptRate() const
{
    return received ? std::optional<double>(double(accepted) / received) : std::nullopt;
}

std::optional<double> InsightFigures::winRate() const
{
    return accepted ? std::optional<double>(double(won) / accepted) : std::nullopt;
}

namespace {

qint64 responseTargetSecs()
{
    return DeadlineLimits().responseTargetSecs;
}

} // namespace

namespace Insights {

QDateTime firstAnswer(const InsightRow &r)
{
    QList<QDateTime> candidates;
    if (r.interested.isValid())
        candidates.append(r.interested);
    if (r.accepted.isValid())
        candidates.append(r.accepted);
    if (r.outcome == Outcome::Skipped && r.closed.isValid())
        candidates.append(r.closed);
    if (candidates.isEmpty())
        return {};
    return *std::min_element(candidates.begin(), candidates.end());
}

ResponseTarget responseTarget(const InsightRow &r, const QDateTime &now)
{
    if (!r.created.isValid())
        return ResponseTarget::Pending; // nothing to measure from
    const QDateTime answer = firstAnswer(r);
    if (answer.isValid())
        return std::max<qint64>(0, r.created.secsTo(answer)) <= responseTargetSecs()
            ? ResponseTarget::Met
            : ResponseTarget::Missed;
    // Unanswered: a miss only once the whole 24 h have passed.
    return r.created.secsTo(now) > responseTargetSecs() ? ResponseTarget::Missed
                                                        : ResponseTarget::Pending;
}

InsightFigures compute(const QList<InsightRow> &rows, const QDateTime &now)
{
    InsightFigures f;
    QList<qint64> responses;
    for (const InsightRow &r : rows) {
        ++f.received;
        const QDateTime answer = firstAnswer(r);
        if (answer.isValid() && r.created.isValid()) {
            const qint64 secs = std::max<qint64>(0, r.created.secsTo(answer));
            responses.append(secs);
            ++f.answered;
            if (responseTarget(r, now) == ResponseTarget::Met)
                ++f.answeredWithin24h;
        }
        f.missed += r.outcome == Outcome::Missed;
        f.expired += r.outcome == Outcome::Expired;
        const bool accepted = r.stage == Stage::Negotiating || r.outcome == Outcome::Won
            || r.outcome == Outcome::Lost || r.accepted.isValid();
        f.accepted += accepted;
        f.won += r.outcome == Outcome::Won;
        f.lost += r.outcome == Outcome::Lost;
        if (r.outcome == Outcome::Won && r.dealValue)
            f.wonValue[r.currency] += *r.dealValue;
        if (r.stage == Stage::Negotiating) {
            if (r.dealValue)
                f.pipelineValue[r.currency] += *r.dealValue;
            if (r.closingEnd.isValid() && r.closingEnd <= now)
                ++f.overdue;
        }
    }
    if (!responses.isEmpty()) {
        std::sort(responses.begin(), responses.end());
        const qsizetype n = responses.size();
        f.medianResponseSecs
            = n % 2 ? responses.at(n / 2) : (responses.at(n / 2 - 1) + responses.at(n / 2)) / 2;
    }
    return f;
}

QMap<QString, InsightFigures> breakdown(
    const QList<InsightRow> &rows, InsightDimension by, const QDateTime &now)
{
    QMap<QString, QList<InsightRow>> groups;
    for (const InsightRow &r : rows) {
        switch (by) {
        case InsightDimension::Country:
            groups[r.country].append(r);
            break;
        case InsightDimension::Size:
            groups[r.size].append(r);
            break;
        case InsightDimension::Product:
            if (r.products.isEmpty())
                groups[QString()].append(r);
            for (const QString &p : r.products)
                groups[p].append(r);
            break;
        }
    }
    QMap<QString, InsightFigures> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out.insert(it.key(), compute(it.value(), now));
    return out;
}

} // namespace Insights

} // namespace rd
