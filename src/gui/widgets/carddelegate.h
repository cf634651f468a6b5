#pragma once

#include "domain/types.h"
#include "insights/fit.h"

#include <QStyledItemDelegate>

class QTimer;

namespace rd {

/// Paints a referral card: customer, referral name, place, deal, the deadline badge in its colour,
/// and "Pending" / "Conflict" marks. All text is drawn as plain text. The deal is never elided:
/// it takes as many lines as the card's width needs, so a card's height depends on its width.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// When `parent` is the list view the delegate paints, the cards are laid out again after its
    /// width changes (QListView itself only does so for word-wrapped items).
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// Background and text colour of a badge state.
    static QPair<QColor, QColor> badgeColors(int badge);
    /// The conflict mark's (or, with false, the pending mark's) background and text.
    static QPair<QColor, QColor> markColors(bool conflict);
    /// Background and text of a card's fit mark: contrast of at least 4.5:1 (WCAG AA).
    static QPair<QColor, QColor> fitColors(Fit::Level level);
    /// The card's own buttons: the stage's two main actions, where they sit in the card.
    static QList<QPair<Action, QRect>> buttons(
        const QStyleOptionViewItem &option, const QModelIndex &index);
    /// The deal's lines as paint() draws them, none wider than `width`: the value with its
    /// currency and "Closes <date>" on one line when both fit, else each on its own line, a part
    /// wider than the card wrapped at its spaces (between characters only as a last resort).
    /// Empty when the card has no deal.
    static QStringList dealLines(const QModelIndex &index, const QFont &font, int width);
    /// The country and company size: one line when they fit, else one line each.
    static QStringList placeLines(const QModelIndex &index, const QFont &font, int width);
    /// The width of a card's text lines in a card this wide.
    static int textWidth(int cardWidth);

signals:
    void actionClicked(const QString &id, rd::Action action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_relayout = nullptr; ///< coalesces a burst of resizes into one layout
};

} // namespace rd
