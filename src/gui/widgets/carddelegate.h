#pragma once

#include <QStyledItemDelegate>

namespace rd {

/// Paints a referral card: customer, referral name, place, deal, the deadline badge in its colour,
/// and "Pending" / "Conflict" marks. All text is drawn as plain text.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Background and text colour of a badge state.
    static QPair<QColor, QColor> badgeColors(int badge);
};

} // namespace rd
