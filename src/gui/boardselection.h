#pragma once

#include <QList>
#include <QModelIndex>
#include <QObject>
#include <functional>

namespace rd {

class ColumnView;

/// The one selected referral across the board's columns. Only the person selects: a click, a key
/// or focus arriving in a column, or select() (a notification, a test). A model change never
/// does: when the selected card moves (an action, a drop, a sync), it is found again in its new
/// column and place, stays selected there and is scrolled into view; the card that slides into
/// its old place is not selected. Every other column has no selection and no current card.
class BoardSelection : public QObject
{
    Q_OBJECT
public:
    /// Maps a referral id to its index in a column's model (invalid when not there).
    using Finder = std::function<QModelIndex(const QString &id)>;

    explicit BoardSelection(QObject *parent = nullptr);

    /// Adds a column; call once its model is set. `find` must stay valid as long as the view.
    void addView(ColumnView *view, Finder find);
    /// The selected referral's id, empty when none. It stays selected while it is not shown
    /// (filtered out, archived beyond the column's list): the details keep showing it.
    QString current() const { return m_current; }
    /// Selects a referral (or clears with an empty id); with `focus`, puts the keyboard focus on
    /// its card. Returns whether its card is on the board.
    bool select(const QString &id, bool focus = false);
    /// The column that shows the selected card, or nullptr.
    ColumnView *viewOfCurrent() const;
    /// Puts the keyboard focus back on the selected card (Escape in the details).
    bool focusCurrent();

signals:
    void currentChanged(const QString &id);

private:
    struct Column
    {
        ColumnView *view;
        Finder find;
    };
    void choose(ColumnView *view, const QModelIndex &index);
    /// Makes every column agree with m_current: selected where it is, nothing elsewhere.
    void reconcile();

    QList<Column> m_columns;
    QString m_current;
    bool m_reconciling = false;
    ColumnView *m_shownIn = nullptr; ///< where the selected card was last seen
    bool m_scrollNext = false;
};

} // namespace rd
