#include "stageproxy.h"

#include "referrallistmodel.h"

namespace rd {

StageProxy::StageProxy(Stage stage, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_stage(stage)
{
    setDynamicSortFilter(true); // a card follows its stage and urgency as rows change
    sort(0);
}

void StageProxy::setQuickFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
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
    if (m_filter.isEmpty())
        return true;
    for (int role : { int(ReferralListModel::CustomerRole), int(ReferralListModel::NameRole),
             int(ReferralListModel::PlaceRole) }) {
        if (i.data(role).toString().contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool StageProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
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
