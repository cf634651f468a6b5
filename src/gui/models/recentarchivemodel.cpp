#include "recentarchivemodel.h"

#include "domain/labels.h"
#include "referrallistmodel.h"
#include "store/archivereader.h"
#include "store/store.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

RecentArchiveModel::RecentArchiveModel(Store *store, int limit, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_reader(new ArchiveReader(store->path(), this))
    , m_limit(limit)
{
    connect(m_reader, &ArchiveReader::pageRead, this, &RecentArchiveModel::pageRead);
    connect(m_reader, &ArchiveReader::counted, this, [this](quint64 ticket, int count, bool exact) {
        if (ticket != m_countTicket)
            return;
        // "10000+" at once, the exact number when counted.
        if (exact)
            m_countTicket = 0;
        if (std::exchange(m_totalCapped, !exact) != !exact)
            m_total = -1; // "10000+" becoming exactly 10,001 is still news
        updateTotal(count);
    });
    connect(m_reader, &ArchiveReader::failed, this,
        [this](quint64 ticket, const StoreError &error) {
            if (ticket != m_pageTicket && ticket != m_countTicket)
                return;
            // The column keeps what it showed; the board's banner reports store failures.
            qCWarning(lcStore).noquote() << "the Archived column:" << error.message;
            m_pageTicket = m_countTicket = 0;
        });
    refresh();
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
        return Labels::place(row.country, row.size);
    case ReferralListModel::BadgeTextRole:
        return outcomeText(row);
    case ReferralListModel::BadgeRole:
        return int(Badge::None);
    case ReferralListModel::StageRole:
        return int(Stage::Archived);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: An archived card read out: customer, referral, outcome
        return tr("%1, %2: %3").arg(row.customer, row.name, outcomeText(row));
    default:
        return {};
    }
}

QString RecentArchiveModel::outcomeText(const Row &row) const
{
    return row.outcome == Outcome::Unknown && !row.status.isEmpty()
        ? tr("Unknown (%1)").arg(row.status)
        : outcomeName(row.outcome);
}

void RecentArchiveModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void RecentArchiveModel::pageRead(quint64 ticket, const ArchivePage &page)
{
    if (ticket != m_pageTicket)
        return; // an earlier filter's
    m_pageTicket = 0;
    show(page);
}

void RecentArchiveModel::show(const ArchivePage &page)
{
    QList<Row> fresh;
    for (const ArchiveRow &a : page.rows) {
        fresh.append({ a.id, a.customerName, a.name, a.country, a.size, a.outcome, a.status });
    }
    if (std::exchange(m_replace, false)) {
        beginResetModel(); // another list altogether, not an update of this one
        m_rows = fresh;
        endResetModel();
    } else {
        apply(fresh);
    }
    if (fresh.size() < m_limit) {
        m_totalCapped = false;
        updateTotal(int(fresh.size())); // fewer than the limit: every match is shown
    } else {
        ArchiveFilter filter;
        filter.outgoing = m_outgoing;
        filter.text = m_filter;
        m_countTicket = m_reader->requestCount(filter, countCap);
    }
    emit refreshed();
}

void RecentArchiveModel::updateTotal(int total)
{
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
    m_replace = true;
    refresh();
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
    for (quint64 *ticket : { &m_pageTicket, &m_countTicket }) {
        if (*ticket)
            m_reader->cancel(*ticket);
        *ticket = 0;
    }
    ArchivePageRequest request;
    request.filter.outgoing = m_outgoing;
    request.filter.text = m_filter;
    // Most recently archived first; a search in the search index's own order, so that its
    // first rows never wait for every match to be sorted.
    request.sort = ArchiveColumn::Relevance;
    request.limit = m_limit;
    if (!Store::hasSearchText(m_filter)) {
        // The newest few straight from the index, however big the archive: read here, so the
        // column (and the selection of a card that just moved into it) follows at once.
        show(m_store->archivePage(request.filter, request.sort, request.order, {}, m_limit));
        return;
    }
    m_pageTicket = m_reader->requestPage(request);
}

void RecentArchiveModel::apply(const QList<Row> &fresh)
{
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
            if (m_rows[at] != want) {
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
}

} // namespace rd
