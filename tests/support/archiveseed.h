#pragma once

// Archived referrals for the tests that show windows over a small archive: ids a0, a1, ...,
// customers "<customer> <i>", and outcome, country and size taken in turn from the lists given,
// received in March 2026.

#include "domain/referral.h"
#include "support/referralbuilder.h"

namespace rd::test {

inline QList<Referral> archivedReferrals(int count, const QString &customer,
    const QStringList &outcomes, const QStringList &countries = { QStringLiteral("DE") },
    const QStringList &sizes = { QStringLiteral("10to50employees") })
{
    QList<Referral> referrals;
    for (int i = 0; i < count; ++i) {
        referrals.append(
            ReferralBuilder()
                .set("id", QStringLiteral("a%1").arg(i))
                .set("customerProfile",
                    QJsonObject {
                        { QStringLiteral("name"), QStringLiteral("%1 %2").arg(customer).arg(i) },
                        { QStringLiteral("size"), sizes.at(i % sizes.size()) },
                        { QStringLiteral("address"),
                            QJsonObject { { QStringLiteral("country"),
                                countries.at(i % countries.size()) } } } })
                .archived(outcomes.at(i % outcomes.size()))
                .created(utc(2026, 3, 1 + i % 18, 9))
                .updated(utc(2026, 3, 2 + i % 18, 9))
                .build());
    }
    return referrals;
}

} // namespace rd::test
