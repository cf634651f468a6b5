#pragma once

#include "domain/types.h"

#include <QAbstractListModel>

namespace rd {

class ArchiveReader;
struct ArchivePage;
class Store;

/// The compact Archived column: the most recently closed referrals, newest first, with the same
/// roles as ReferralListModel where they apply (the outcome is the badge text). It shows at most
/// `limit` rows; totalCount() is how many there are, for the column's count.
///
/// Nothing that grows with the archive is read on the GUI thread (issue 15): the newest rows
/// come straight from an index (a constant cost), while counts and a search's rows are read on
/// an ArchiveReader's thread and arrive later (totalCountChanged, refreshed); a search's rows in
/// the search index's order (newest stored first).
class RecentArchiveModel : public QAbstractListModel
{
    Q_OBJECT
public:
    /// A search's count stops after this many ("10000+").
    static constexpr int countCap = 10000;

    /// Reads `store`'s file through a connection of its own.
    explicit RecentArchiveModel(Store *store, int limit = 50, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Brings the list and totalCount() up to date, inserting and removing rows one by one.
    void refresh();
    /// The referrals this partner sent instead of the ones it received.
    void setOutgoing(bool outgoing);
    bool isOutgoing() const { return m_outgoing; }
    /// Shows only the archived referrals matching these words, as the archive window's search
    /// matches them (word prefixes in customer, name, notes, place, products, contacts); the
    /// rows change one by one. Empty shows them all.
    void setQuickFilter(const QString &text);
    /// The UI language changed: places and outcomes are said again in it.
    void retranslate();
    QString quickFilter() const { return m_filter; }
    /// How many archived referrals match the filter, shown or not: -1 until first counted.
    int totalCount() const { return m_total; }
    /// Counting stopped after countCap: there are more than that (the exact number follows).
    bool isTotalCapped() const { return m_totalCapped; }
    /// Whether the rows or the count asked for last are still being read.
    bool isReading() const { return m_pageTicket || m_countTicket; }
    /// The row showing this referral; -1 when it is not among the rows shown.
    int rowOf(const QString &id) const;

signals:
    void totalCountChanged(int count);
    /// The rows of the latest refresh(), filter or direction are shown.
    void refreshed();

private:
    /// The values as read; labels are made when shown, in the UI language of the moment.
    struct Row
    {
        QString id;
        QString customer;
        QString name;
        QString country;
        QString size;
        Outcome outcome = Outcome::Unknown;
        QString status; ///< the service's status, said when the outcome is not known
        bool operator==(const Row &o) const
        {
            return id == o.id && customer == o.customer && name == o.name && country == o.country
                && size == o.size && outcome == o.outcome && status == o.status;
        }
        bool operator!=(const Row &o) const { return !(*this == o); }
    };
    QString outcomeText(const Row &row) const;
    void pageRead(quint64 ticket, const ArchivePage &page);
    void show(const ArchivePage &page);
    void apply(const QList<Row> &fresh);
    void updateTotal(int total);

    Store *m_store;
    ArchiveReader *m_reader;
    quint64 m_pageTicket = 0;
    quint64 m_countTicket = 0;
    bool m_totalCapped = false;
    bool m_replace = false; ///< another list altogether (setOutgoing): reset, not updated
    int m_limit;
    bool m_outgoing = false;
    QString m_filter;
    QList<Row> m_rows;
    int m_total = -1;
};

} // namespace rd
