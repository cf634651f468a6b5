#include "recentarchivemodel.h"

#include "domain/labels.h"
#include "referrallistmodel.h"
#include "store/store.h"

namespace rd {

RecentArchiveModel::RecentArchiveModel(Store *store, int limit, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_limit(limit)
{
    m_rows = read();
    m_total = countAll(m_rows.size());
}

int RecentArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecentArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ReferralListModel::CustomerRole:
        return row.customer;
    case ReferralListModel::IdRole:
        return row.id;
    case ReferralListModel::NameRole:
        return row.name;
    case ReferralListModel::PlaceRole:
        return row.place;
    case ReferralListModel::BadgeTextRole:
        return row.outcome;
    case ReferralListModel::BadgeRole:
        return int(Badge::None);
    case ReferralListModel::StageRole:
        return int(Stage::Archived);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(row.customer, row.name, row.outcome);
    default:
        return {};
    }
}

QList<RecentArchiveModel::Row> RecentArchiveModel::read() const
{
    QList<Row> rows;
    ArchiveFilter filter;
    filter.outgoing = m_outgoing;
    filter.text = m_filter;
    for (const ArchiveRow &a :
        m_store->archive(filter, ArchiveColumn::Closed, Qt::DescendingOrder, 0, m_limit)) {
        rows.append({ a.id, a.customerName, a.name, Labels::place(a.country, a.size),
            a.outcome == Outcome::Unknown && !a.status.isEmpty() ? tr("Unknown (%1)").arg(a.status)
                                                                 : outcomeName(a.outcome) });
    }
    return rows;
}

int RecentArchiveModel::countAll(qsizetype shown) const
{
    if (shown < m_limit)
        return int(shown); // fewer than the limit: every match is shown
    if (!Store::hasSearchText(m_filter)) // no words in the filter: the whole archive
        return m_store->archiveTotal(m_outgoing);
    ArchiveFilter filter;
    filter.outgoing = m_outgoing;
    filter.text = m_filter;
    return m_store->archiveCount(filter);
}

void RecentArchiveModel::updateTotal(qsizetype shown)
{
    const int total = countAll(shown);
    if (total == m_total)
        return;
    m_total = total;
    emit totalCountChanged(total);
}

int RecentArchiveModel::rowOf(const QString &id) const
{
    const auto it
        = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void RecentArchiveModel::setOutgoing(bool outgoing)
{
    if (outgoing == m_outgoing)
        return;
    m_outgoing = outgoing;
    beginResetModel(); // another list altogether, not an update of this one
    m_rows = read();
    endResetModel();
    updateTotal(m_rows.size());
}

void RecentArchiveModel::setQuickFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    // The same list narrowed or widened: rows that stay keep their place (and the selection).
    refresh();
}

void RecentArchiveModel::refresh()
{
    const QList<Row> fresh = read();
    // Walk both lists: drop rows that left, insert rows that arrived, keep the rest in place.
    int i = 0;
    for (const Row &want : fresh) {
        const int at = i;
        auto same = [&](const Row &r) { return r.id == want.id; };
        const auto found = std::find_if(m_rows.begin() + at, m_rows.end(), same);
        if (found == m_rows.end()) {
            beginInsertRows({}, at, at);
            m_rows.insert(at, want);
            endInsertRows();
        } else {
            const int from = int(found - m_rows.begin());
            if (from > at) {
                beginRemoveRows({}, at, from - 1);
                m_rows.erase(m_rows.begin() + at, m_rows.begin() + from);
                endRemoveRows();
            }
            if (m_rows[at].outcome != want.outcome || m_rows[at].customer != want.customer
                || m_rows[at].name != want.name || m_rows[at].place != want.place) {
                m_rows[at] = want;
                emit dataChanged(index(at), index(at));
            }
        }
        ++i;
    }
    if (m_rows.size() > fresh.size()) {
        beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + fresh.size(), m_rows.end());
        endRemoveRows();
    }
    updateTotal(m_rows.size());
}

} // namespace rd
