#pragma once

#include "domain/types.h"

#include <QSortFilterProxyModel>

namespace rd {

/// One board column: the referrals of one stage, urgent first, narrowed by the quick filter.
class StageProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StageProxy(Stage stage, QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    void setQuickFilter(const QString &text);
    /// The referrals this partner sent (true) or the ones it received (false, the default).
    void setOutgoing(bool outgoing);
    bool isOutgoing() const { return m_outgoing; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Stage m_stage;
    QString m_filter;
    bool m_outgoing = false;
};

} // namespace rd
