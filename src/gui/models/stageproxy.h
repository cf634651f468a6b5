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

    /// What the board's "Show" choice lets through besides the quick filter's text.
    enum class Narrow {
        All,
        HighFit,
        MediumFit,
        LowFit,
        UnknownFit, ///< not enough history yet
        NeedsUpdate, ///< Negotiating with the closing date passed: report Won, Lost or a new date
    };
    void setNarrow(Narrow narrow);
    Narrow narrow() const { return m_narrow; }
    /// Best fit first (then urgency) instead of the default, most urgent first.
    void setSortByFit(bool byFit);
    bool sortsByFit() const { return m_byFit; }
    /// The referrals this partner sent (true) or the ones it received (false, the default).
    void setOutgoing(bool outgoing);
    bool isOutgoing() const { return m_outgoing; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsNarrow(const QModelIndex &index) const;
    Stage m_stage;
    QString m_filter;
    bool m_outgoing = false;
    Narrow m_narrow = Narrow::All;
    bool m_byFit = false;
};

} // namespace rd
