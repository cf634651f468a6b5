#pragma once

#include <QAbstractListModel>

namespace rd {

class Store;

/// The compact Archived column: the most recently closed referrals, newest first, with the same
/// roles as ReferralListModel where they apply (the outcome is the badge text).
class RecentArchiveModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit RecentArchiveModel(Store *store, int limit = 50, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Brings the list up to date, inserting and removing rows one by one.
    void refresh();
    /// The referrals this partner sent instead of the ones it received.
    void setOutgoing(bool outgoing);
    bool isOutgoing() const { return m_outgoing; }

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

    Store *m_store;
    int m_limit;
    bool m_outgoing = false;
    QList<Row> m_rows;
};

} // namespace rd
