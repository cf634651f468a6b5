#pragma once

#include "domain/types.h"

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

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// Background and text colour of a badge state.
    static QPair<QColor, QColor> badgeColors(int badge);
    /// The card's own buttons: the stage's two main actions, where they sit in the card.
    static QList<QPair<Action, QRect>> buttons(
        const QStyleOptionViewItem &option, const QModelIndex &index);

signals:
    void actionClicked(const QString &id, rd::Action action);
};

} // namespace rd
