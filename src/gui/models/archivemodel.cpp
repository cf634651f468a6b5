#include "archivemodel.h"

#include "domain/labels.h"
#include "domain/money.h"

#include <QLocale>

namespace rd {

ArchiveModel::ArchiveModel(Store *store, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(new ArchiveReader(store->path(), this))
    , m_pageSize(pageSize)
{
    connect(m_reader, &ArchiveReader::pageRead, this, &ArchiveModel::pageRead);
    connect(m_reader, &ArchiveReader::counted, this, [this](quint64 ticket, int count, bool exact) {
        if (ticket != m_countTicket)
            return; // an earlier filter's
        // "More than 10,000" at once; the exact number follows, unless the next keystroke
        // makes it obsolete first.
        if (exact)
            m_countTicket = 0;
        m_totalCapped = !exact;
        m_total = count;
        emit matchCountChanged(count);
    });
    connect(m_reader, &ArchiveReader::failed, this,
        [this](quint64 ticket, const StoreError &error) {
            if (ticket != m_pageTicket && ticket != m_fetchTicket && ticket != m_countTicket)
                return;
            cancelReads();
            emit readFailed(error.message);
        });
    restart();
}

int ArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArchiveModel::cellText(const ArchiveRow &r, int column)
{
    const QLocale locale;
    auto date = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime().date(), QLocale::ShortFormat)
                           : QString();
    };
    switch (column) {
    case Customer:
        return r.customerName;
    case Name:
        return r.name;
    case OutcomeColumn:
        return r.outcome == Outcome::Unknown && !r.status.isEmpty()
            ? Referral::tr("Unknown (%1)").arg(r.status)
            : outcomeName(r.outcome);
    case Country:
        return r.country;
    case Size:
        return r.size;
    case DealValue:
        return r.dealValue ? Money::format(*r.dealValue, r.currency, locale) : QString();
    case ClosingDate:
        return r.closingDateTime.isValid()
            ? locale.toString(r.closingDateTime.toUTC().date(), QLocale::ShortFormat)
            : QString();
    case Created:
        return date(r.createdDateTime);
    case Closed:
        return date(r.closedDateTime);
    case Reason:
        return r.statusReason;
    default:
        return {};
    }
}

QString ArchiveModel::displayText(const ArchiveRow &r, int column)
{
    switch (column) {
    case Country:
        return Labels::countryName(r.country);
    case Size:
        return Labels::companySize(r.size);
    case Reason:
        return Labels::statusReason(r.statusReason);
    default:
        return cellText(r, column);
    }
}

QVariant ArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArchiveRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        // The country's code as well, as the details pane shows it.
        return index.column() == Country ? Labels::countryWithCode(r.country)
                                         : displayText(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DealValue ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

void ArchiveModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
            { Qt::DisplayRole, Qt::ToolTipRole });
}

QVariant ArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Name:
        return tr("Referral");
    case OutcomeColumn:
        return tr("Outcome");
    case Country:
        return tr("Country");
    case Size:
        return tr("Size");
    case DealValue:
        return tr("Deal value");
    case ClosingDate:
        return tr("Closing date");
    case Created:
        return tr("Received");
    case Closed:
        return tr("Closed");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

bool ArchiveModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next && !m_pageTicket && !m_fetchTicket;
}

void ArchiveModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ArchivePageRequest request;
    request.filter = m_filter;
    request.sort = m_sort;
    request.order = m_order;
    request.after = m_next;
    request.limit = m_pageSize;
    request.valueOrder = m_valueOrder;
    m_fetchTicket = m_reader->requestPage(request);
}

void ArchiveModel::pageRead(quint64 ticket, const ArchivePage &page)
{
    if (ticket == m_pageTicket) {
        m_pageTicket = 0;
        // A new order or filter changes every row: this is what a reset is for.
        beginResetModel();
        m_rows = page.rows;
        m_next = page.next;
        m_valueOrder = page.valueOrder;
        endResetModel();
        emit firstPageShown();
    } else if (ticket == m_fetchTicket && !page.rows.isEmpty()) {
        m_fetchTicket = 0;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows.append(page.rows);
        m_next = page.next;
        endInsertRows();
    } else if (ticket == m_fetchTicket) {
        m_fetchTicket = 0;
        m_next.reset();
    }
}

ArchiveColumn ArchiveModel::storeColumn(int column)
{
    switch (column) {
    case Customer:
        return ArchiveColumn::Customer;
    case Name:
        return ArchiveColumn::Name;
    case OutcomeColumn:
        return ArchiveColumn::Outcome;
    case Country:
        return ArchiveColumn::Country;
    case Size:
        return ArchiveColumn::Size;
    case DealValue:
        return ArchiveColumn::DealValue;
    case ClosingDate:
        return ArchiveColumn::ClosingDate;
    case Created:
        return ArchiveColumn::Created;
    case Closed:
        return ArchiveColumn::Closed;
    case Reason:
        return ArchiveColumn::Reason;
    default:
        return ArchiveColumn::Relevance;
    }
}

void ArchiveModel::sort(int column, Qt::SortOrder order)
{
    m_sort = column < 0 ? ArchiveColumn::Relevance : storeColumn(column);
    m_order = order;
    restart();
}

void ArchiveModel::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
    restart();
}

void ArchiveModel::cancelReads()
{
    for (quint64 *ticket : { &m_pageTicket, &m_fetchTicket, &m_countTicket }) {
        if (*ticket)
            m_reader->cancel(*ticket);
        *ticket = 0;
    }
}

void ArchiveModel::restart()
{
    // What was asked before is obsolete: stopped, never waited for. The rows shown stay until
    // the new ones arrive, so typing does not blank the table between keystrokes.
    cancelReads();
    ArchivePageRequest request;
    request.filter = m_filter;
    request.sort = m_sort;
    request.order = m_order;
    request.limit = m_pageSize;
    request.byLabels = true;
    m_pageTicket = m_reader->requestPage(request);
    m_countTicket = m_reader->requestCount(m_filter, countCap);
}

const ArchiveRow *ArchiveModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString ArchiveModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace rd
