#pragma once

#include "simhttp.h"
#include "simquirks.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <functional>

namespace rd::sim {

/// GET on the referral collection: OData $filter, $orderby, $top (capped), $select and $count,
/// paged with opaque $skiptoken nextLinks over a snapshot of the walk's membership and order, so
/// that changes between pages neither skip nor repeat a referral (each page serves the current
/// copy). Behaves as the quirks say (a refused updatedDateTime filter, an ignored $select).
class Listing
{
public:
    using Lookup = std::function<const QJsonObject *(const QString &id)>;
    /// A referral's current document as compact JSON, written once per change of it: a first
    /// sync lists every referral, and writing each one again for every page was most of the
    /// simulator's share of the machine (it runs beside the client it serves).
    using Compact = std::function<QByteArray(const QString &id)>;
    using Visit = std::function<void(const QString &id, const QJsonObject &doc)>;
    using ForEach = std::function<void(const Visit &visit)>;

    /// `lookup` finds a referral's current document, `compact` the same as text (empty when
    /// there is none); `forEach` visits every referral.
    Listing(Lookup lookup, Compact compact, ForEach forEach);

    /// One page; `refusedFilter` is set when the filter was refused (as the live service does).
    Response page(const Request &r, const Quirks &quirks, int pageSizeCap, bool *refusedFilter);
    /// Forgets every walk under way (their nextLinks then answer 400).
    void clear();

private:
    struct Snapshot
    {
        QStringList ids;
        QDateTime lastUsed;
    };

    Lookup m_lookup;
    Compact m_compact;
    ForEach m_forEach;
    QHash<QString, Snapshot> m_snapshots;
};

} // namespace rd::sim
