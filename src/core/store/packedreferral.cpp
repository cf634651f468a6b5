#include "packedreferral.h"

#include "sqlvalues.h"

namespace rd {

PackedReferral PackedReferral::of(const Referral &referral, const QByteArray &sent)
{
    PackedReferral p;
    p.document = sent.isEmpty() ? sql::packedDocument(referral.raw) : sql::packedJson(sent);
    p.notes = sql::packedText(referral.details.notes);
    p.columns = SearchColumns::of(referral);
    p.bound = ReferralRepository::boundSearchColumns(referral, p.columns);
    p.customer = ReferralRepository::customerColumns(referral);
    p.features = ReferralRepository::featureColumns(referral);
    return p;
}

} // namespace rd
