#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace rd::sim {

/// One `field op value` clause of an OData $filter.
struct Clause
{
    QString field;
    QString op;
    QString value;
};

/// Reads an OData $filter of clauses joined by "and" over the fields the simulator knows. With
/// `refuseTimes` (the live service), clauses on updatedDateTime or createdDateTime are refused as
/// the live service refuses them. nullopt, with `error`, for anything it cannot read.
std::optional<QList<Clause>> parseFilter(const QString &filter, bool refuseTimes, QString *error);
/// Whether a referral document passes every clause.
bool matches(const QJsonObject &doc, const QList<Clause> &clauses);

} // namespace rd::sim
