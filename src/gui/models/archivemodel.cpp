#include "archivemodel.h"

#include "domain/labels.h"
#include "domain/money.h"

#include <QLocale>

namespace rd {

ArchiveModel::ArchiveModel(Store *store, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pageSize(pageSize)
{
    m_total = m_store->archiveCount(m_filter);
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
    // The export keeps cellText's wire values: it is being redone in core with labels of its own.
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
    return !parent.isValid() && m_rows.size() < m_total;
}

void ArchiveModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ArchiveRow> page = m_store->archive(
        m_filter, m_sort, m_order, int(m_rows.size()), m_pageSize, m_labelOrder);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the archive shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
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

void ArchiveModel::restart()
{
    // A new order or filter changes every row: this is what a reset is for.
    beginResetModel();
    m_rows.clear();
    m_total = m_store->archiveCount(m_filter);
    m_labelOrder = labelOrder();
    endResetModel();
    emit matchCountChanged(m_total);
    fetchMore({}); // read at once (synchronously), so the signal below means what it says
    emit firstPageShown();
}

QStringList ArchiveModel::labelOrder() const
{
    const bool byCountry = m_sort == ArchiveColumn::Country;
    if (!byCountry && m_sort != ArchiveColumn::Size)
        return {};
    // The store sorts these columns by their codes ("10000plusemployees" before "1to9employees",
    // "DE" Germany before "EG" Egypt); the table is sorted by what it shows.
    const QStringList &chosen = byCountry ? m_filter.countries : m_filter.sizes;
    QStringList values
        = chosen.isEmpty() ? m_store->archiveValues(byCountry ? "country" : "size") : chosen;
    if (byCountry)
        Labels::sortCountries(values);
    else
        Labels::sortCompanySizes(values);
    return values;
}

QString ArchiveModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace rd
