#include "referralpage.h"

#include "domain/referraljson.h"
#include "remote/listelements.h"

namespace rd {

ReferralPage ReferralPage::of(const QJsonArray &items, const QByteArray &body)
{
    ReferralPage page;
    page.referrals.reserve(items.size());
    page.packed.reserve(items.size());
    QByteArrayList sent = body.isEmpty() ? QByteArrayList() : ListElements::of(body);
    if (sent.size() != items.size())
        sent.clear(); // not split as parsed: each document written out from its value instead
    for (qsizetype i = 0; i < items.size(); ++i) {
        ParseResult parsed = ReferralJson::fromObject(items.at(i).toObject());
        if (!parsed.ok()) {
            page.skipped.append(parsed.error.message);
            continue;
        }
        page.packed.append(PackedReferral::of(*parsed.referral, sent.value(i)));
        page.referrals.append(std::move(*parsed.referral));
    }
    return page;
}

} // namespace rd
