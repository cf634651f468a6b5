#pragma once

#include "referralrepository.h"

#include <QVariant>

namespace rd {

/// What ReferralRepository::write derives from a referral before it binds the row: the
/// compressed document and notes, the search columns and the customer and fit columns. A third of
/// a first sync's time went into making these on the thread that writes; of() is pure (no
/// database, no shared state), so a sync makes them for the next page on another thread while
/// one page is written (ReferralPage).
struct PackedReferral
{
    QVariant document; ///< the referral's document compressed (sql::packedJson)
    QVariant notes; ///< sql::packedText of its notes
    SearchColumns columns;
    /// The searchable columns as write() binds them, in SearchText::of's order.
    QStringList bound;
    QVariantList customer; ///< ReferralRepository::customerColumns
    QVariantList features; ///< ReferralRepository::featureColumns

    /// `sent`, when given, is the referral's document as the service sent it (compact JSON,
    /// ListElements), stored as it is instead of `referral.raw` written out again.
    static PackedReferral of(const Referral &referral, const QByteArray &sent = {});
};

} // namespace rd
