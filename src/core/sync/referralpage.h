#pragma once

#include "domain/referral.h"
#include "store/packedreferral.h"

#include <QJsonArray>

namespace rd {

/// One page of the service's list of documents, parsed and packed for Store::upsert. Made by
/// of() on a worker thread while the sync thread writes the page before (ReferralPuller): the
/// parsing, compressing and folding of a page take about as long as writing one.
struct ReferralPage
{
    QList<Referral> referrals;
    QList<PackedReferral> packed; ///< packed[i] is PackedReferral::of(referrals[i])
    QStringList skipped; ///< why each document that could not be read was left out

    /// Pure: touches no database and nothing shared, so any thread may make it. `body`, when
    /// given, is the page as received: each document is then stored as its bytes there
    /// (ListElements) rather than written out again from `items`.
    static ReferralPage of(const QJsonArray &items, const QByteArray &body = {});
};

} // namespace rd
