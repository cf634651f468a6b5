#include "referralpage.h"

#include "domain/referraljson.h"

namespace rd {

ReferralPage ReferralPage::of(const QJsonArray &items)
{
    ReferralPage page;
    page.referrals.reserve(items.size());
    page.packed.reserve(items.size());
    for (const QJsonValue &v : items) {
        ParseResult parsed = ReferralJson::fromObject(v.toObject());
        if (!parsed.ok()) {
            page.skipped.append(parsed.error.message);
            continue;
        }
        page.packed.append(PackedReferral::of(*parsed.referral));
        page.referrals.append(std::move(*parsed.referral));
    }
    return page;
}

} // namespace rd
