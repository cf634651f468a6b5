#pragma once

#include <QJsonObject>
#include <QString>

namespace rd::sim {

/// Behaviours of the live Partner Center that its public documentation describes and that the
/// simulator's defaults do not have (docs/remote-api.md, "What the live service does"). Each can be
/// switched alone (tests, `/_sim/quirks`); `--live-quirks` switches on all but ignoreSelect.
struct Quirks
{
    /// `$filter` on updatedDateTime (or createdDateTime) is answered with 400.
    bool refuseUpdatedFilter = false;
    /// MS-RequestId is not an idempotency key: a repeated write meets the eTag it changed (412).
    bool ignoreRequestId = false;
    /// Retry-After comes as an HTTP date (with a Date header), not as seconds.
    bool retryAfterAsDate = false;
    /// The service sets expirationDateTime (14 days after arrival) and archives by it alone;
    /// the 72 hour / 7 day rules are not applied.
    bool serviceExpiry = false;
    /// Some generated referrals are outgoing (sent by this partner).
    bool outgoingReferrals = false;
    /// `$select` is ignored: lists carry whole documents.
    bool ignoreSelect = false;

    static Quirks live();
    QJsonObject toJson() const;
    /// Applies the members present in `o`; false (with `error`) on an unknown one.
    bool apply(const QJsonObject &o, QString *error);
};

} // namespace rd::sim
