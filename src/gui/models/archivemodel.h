#pragma once

#include "store/store.h"

#include <QAbstractTableModel>

namespace rd {

/// The archive as a table, read lazily: a page at a time as the view scrolls (canFetchMore /
/// fetchMore), never the whole archive in memory. Sorting and filtering are done by the store.
class ArchiveModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Customer,
        Name,
        OutcomeColumn,
        Country,
        Size,
        DealValue,
        ClosingDate,
        Created,
        Closed,
        Reason,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ArchiveModel(Store *store, int pageSize = 200, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ArchiveFilter &filter);
    const ArchiveFilter &filter() const { return m_filter; }
    /// How many archived referrals match, whether loaded yet or not.
    int matchCount() const { return m_total; }
    /// Rows read from the store so far.
    int loadedCount() const { return int(m_rows.size()); }
    QString idAt(int row) const;
    ArchiveColumn sortColumn() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }

    static ArchiveColumn storeColumn(int column);
    /// A cell as the CSV export writes it: the service's own values for country and size.
    static QString cellText(const ArchiveRow &row, int column);
    /// A cell as the table shows it: cellText, with countries, sizes and outcome reasons as
    /// labels a person reads (Labels).
    static QString displayText(const ArchiveRow &row, int column);

signals:
    void matchCountChanged(int count);
    /// The first page of rows for the latest filter or order is in the model.
    void firstPageShown();

private:
    void restart();
    /// Sorted by country or size: their values in the order of their labels; otherwise empty.
    QStringList labelOrder() const;

    Store *m_store;
    int m_pageSize;
    ArchiveFilter m_filter;
    ArchiveColumn m_sort = ArchiveColumn::Relevance;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<ArchiveRow> m_rows;
    int m_total = 0;
    QStringList m_labelOrder; ///< see labelOrder()
};

} // namespace rd
