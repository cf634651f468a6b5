#pragma once

#include "store/archivereader.h"
#include "store/store.h"

#include <QAbstractTableModel>

namespace rd {

/// The archive as a table, read lazily: a page at a time as the view scrolls (canFetchMore /
/// fetchMore), never the whole archive in memory. Sorting and filtering are done by the store,
/// on an ArchiveReader's thread (issue 15): setFilter() and sort() return at once, the rows
/// shown stay until the new first page arrives (firstPageShown), and the count follows
/// (matchCountChanged), counted up to countCap. A read made obsolete by the next keystroke is
/// cancelled.
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

    /// Counting stops after this many matches ("more than 10,000").
    static constexpr int countCap = 10000;

    /// Reads `store`'s file through a connection of its own.
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
    /// The UI language changed: the headers and the labelled cells are said again in it (the
    /// rows stay as read).
    void retranslate();
    const ArchiveFilter &filter() const { return m_filter; }
    /// How many archived referrals match, whether loaded yet or not; -1 until the count of the
    /// current filter has arrived.
    int matchCount() const { return m_total; }
    /// Counting stopped after countCap: there are more than that (the exact number follows).
    bool isMatchCountCapped() const { return m_totalCapped; }
    /// Whether the first page of the current filter and order is still being read.
    bool isReading() const { return m_pageTicket != 0; }
    /// Whether a further page (fetchMore) is being read.
    bool isFetching() const { return m_fetchTicket != 0; }
    /// Whether the count of the current filter (or its exact number) is being read.
    bool isCounting() const { return m_countTicket != 0; }
    /// The reader this model reads through, for the window's other archive reads.
    ArchiveReader *reader() const { return m_reader; }
    /// Rows read from the store so far.
    int loadedCount() const { return int(m_rows.size()); }
    QString idAt(int row) const;
    /// The row as read; nullptr outside the rows loaded.
    const ArchiveRow *rowAt(int row) const;
    ArchiveColumn sortColumn() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }

    static ArchiveColumn storeColumn(int column);
    /// A cell's text from the row's own values: the service's codes for country and size.
    static QString cellText(const ArchiveRow &row, int column);
    /// A cell as the table shows it: cellText, with countries, sizes and outcome reasons as
    /// labels a person reads (Labels).
    static QString displayText(const ArchiveRow &row, int column);

signals:
    /// The count of the current filter arrived (see isMatchCountCapped).
    void matchCountChanged(int count);
    /// The rows of the current filter and order replaced the earlier ones.
    void firstPageShown();
    /// The archive could not be read; the message says why.
    void readFailed(const QString &message);

private:
    void restart();
    void pageRead(quint64 ticket, const ArchivePage &page);
    void cancelReads();

    ArchiveReader *m_reader;
    int m_pageSize;
    ArchiveFilter m_filter;
    ArchiveColumn m_sort = ArchiveColumn::Relevance;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<ArchiveRow> m_rows;
    std::optional<ArchiveKey> m_next; ///< where the next page starts; empty: all loaded
    QStringList m_valueOrder; ///< the order of values the first page was read in
    int m_total = -1;
    quint64 m_pageTicket = 0; ///< the first page of the current filter, being read
    quint64 m_fetchTicket = 0; ///< a further page, being read
    quint64 m_countTicket = 0;
    bool m_totalCapped = false;
};

} // namespace rd
