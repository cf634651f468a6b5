#include "packedreferral.h"

#include "sqlvalues.h"

namespace rd {

PackedReferral PackedReferral::of(const Referral &referral)
{
    PackedReferral p;
    p.document = sql::packedDocument(referral.raw);
    p.notes = sql::packedText(referral.details.notes);
    p.columns = SearchColumns::of(referral);
    p.bound = ReferralRepository::boundSearchColumns(referral, p.columns);
    p.customer = ReferralRepository::customerColumns(referral);
    p.features = ReferralRepository::featureColumns(referral);
    return p;
}

} // namespace rd
