#include "stageproxy.h"

#include "referrallistmodel.h"

namespace rd {

StageProxy::StageProxy(Stage stage, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_stage(stage)
{
    setDynamicSortFilter(true); // a card follows its stage and urgency as rows change
    // The roles whose change sorts and filters again: a deadline that passes changes only
    // these (ReferralListModel::updateDeadlines), and "Needs an update" follows the badge.
    setSortRole(ReferralListModel::UrgencyRole);
    setFilterRole(ReferralListModel::BadgeRole);
    sort(0);
}

void StageProxy::setQuickFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
}

void StageProxy::setNarrow(Narrow narrow)
{
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    invalidateFilter();
}

void StageProxy::setSortByFit(bool byFit)
{
    if (byFit == m_byFit)
        return;
    m_byFit = byFit;
    invalidate(); // sorts again
}

void StageProxy::setOutgoing(bool outgoing)
{
    if (outgoing == m_outgoing)
        return;
    m_outgoing = outgoing;
    invalidateFilter();
}

bool StageProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(ReferralListModel::StageRole).toInt() != int(m_stage)
        || i.data(ReferralListModel::OutgoingRole).toBool() != m_outgoing)
        return false;
    if (!acceptsNarrow(i))
        return false;
    if (m_filter.isEmpty())
        return true;
    for (int role : { int(ReferralListModel::CustomerRole), int(ReferralListModel::NameRole),
             int(ReferralListModel::PlaceRole) }) {
        if (i.data(role).toString().contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool StageProxy::acceptsNarrow(const QModelIndex &i) const
{
    const int level = i.data(ReferralListModel::FitLevelRole).toInt();
    switch (m_narrow) {
    case Narrow::All:
        return true;
    case Narrow::HighFit:
        return level == int(Fit::Level::High);
    case Narrow::MediumFit:
        return level == int(Fit::Level::Medium);
    case Narrow::LowFit:
        return level == int(Fit::Level::Low);
    case Narrow::UnknownFit:
        return level == int(Fit::Level::Unknown);
    case Narrow::NeedsUpdate:
        return i.data(ReferralListModel::BadgeRole).toInt() == int(Badge::Overdue);
    }
    return true;
}

bool StageProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_byFit) {
        // Scored first, best first; the ones without a fit (Negotiating) keep urgency's order.
        const auto score = [](const QModelIndex &i) {
            const QVariant v = i.data(ReferralListModel::FitRole);
            return v.isValid() ? v.value<Fit>().score : -2;
        };
        const int sl = score(left);
        const int sr = score(right);
        if (sl != sr)
            return sl > sr;
    }
    const int ul = left.data(ReferralListModel::UrgencyRole).toInt();
    const int ur = right.data(ReferralListModel::UrgencyRole).toInt();
    if (ul != ur)
        return ul < ur;
    const QDateTime dl = left.data(ReferralListModel::DeadlineRole).toDateTime();
    const QDateTime dr = right.data(ReferralListModel::DeadlineRole).toDateTime();
    if (dl.isValid() != dr.isValid())
        return dl.isValid();
    if (dl != dr)
        return dl < dr;
    return left.data(ReferralListModel::CreatedRole).toDateTime()
        < right.data(ReferralListModel::CreatedRole).toDateTime();
}

} // namespace rd
