#pragma once

#include <QAbstractListModel>

namespace rd {

class Store;

/// The compact Archived column: the most recently closed referrals, newest first, with the same
/// roles as ReferralListModel where they apply (the outcome is the badge text). It shows at most
/// `limit` rows; totalCount() is how many there are, for the column's count.
class RecentArchiveModel : public QAbstractListModel
{
    Q_OBJECT
public:
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
    QString quickFilter() const { return m_filter; }
    /// How many archived referrals match the filter, shown or not.
    int totalCount() const { return m_total; }
    /// The row showing this referral; -1 when it is not among the rows shown.
    int rowOf(const QString &id) const;

signals:
    void totalCountChanged(int count);

private:
    struct Row
    {
        QString id;
        QString customer;
        QString name;
        QString place;
        QString outcome;
    };
    QList<Row> read() const;
    int countAll(qsizetype shown) const;
    void updateTotal(qsizetype shown);

    Store *m_store;
    int m_limit;
    bool m_outgoing = false;
    QString m_filter;
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace rd
