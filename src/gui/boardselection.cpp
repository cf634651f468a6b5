#include "boardselection.h"

#include "boardwidget.h"
#include "models/referrallistmodel.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>

namespace rd {

BoardSelection::BoardSelection(QObject *parent)
    : QObject(parent)
{
}

void BoardSelection::addView(ColumnView *view, Finder find)
{
    m_columns.append({ view, std::move(find) });
    connect(view, &ColumnView::chosen, this,
        [this, view](const QModelIndex &index) { choose(view, index); });
    // Focus that arrives without a choice (the window activated, a popup closed) may have made
    // some card current: only the selected one may be.
    connect(view, &ColumnView::focusedWithoutChoice, this, &BoardSelection::reconcile);
    // After the model has changed (never while it changes): where is the selected card now?
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardSelection::reconcile);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardSelection::reconcile);
    connect(model, &QAbstractItemModel::rowsMoved, this, &BoardSelection::reconcile);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BoardSelection::reconcile);
    connect(model, &QAbstractItemModel::modelReset, this, &BoardSelection::reconcile);
}

void BoardSelection::choose(ColumnView *, const QModelIndex &index)
{
    if (m_reconciling || !index.isValid())
        return;
    select(index.data(ReferralListModel::IdRole).toString());
}

bool BoardSelection::select(const QString &id, bool focus)
{
    const bool changed = id != m_current;
    m_current = id;
    m_scrollNext = true; // asked for: shown even where it already was
    reconcile();
    ColumnView *view = viewOfCurrent();
    if (view && focus)
        view->setFocus(Qt::OtherFocusReason);
    if (changed)
        emit currentChanged(id);
    return view != nullptr;
}

ColumnView *BoardSelection::viewOfCurrent() const
{
    if (m_current.isEmpty())
        return nullptr;
    for (const Column &c : m_columns) {
        if (c.find(m_current).isValid())
            return c.view;
    }
    return nullptr;
}

bool BoardSelection::focusCurrent()
{
    ColumnView *view = viewOfCurrent();
    if (!view)
        return false;
    view->setFocus(Qt::OtherFocusReason);
    return true;
}

void BoardSelection::reconcile()
{
    if (m_reconciling)
        return;
    m_reconciling = true;
    ColumnView *focused = nullptr;
    ColumnView *target = nullptr;
    for (const Column &c : std::as_const(m_columns)) {
        QItemSelectionModel *selection = c.view->selectionModel();
        if (!selection)
            continue;
        if (c.view->hasFocus())
            focused = c.view;
        const QModelIndex index = m_current.isEmpty() ? QModelIndex() : c.find(m_current);
        if (!index.isValid()) {
            if (selection->hasSelection() || selection->currentIndex().isValid())
                selection->clear();
            continue;
        }
        target = c.view;
        if (selection->currentIndex() != index || !selection->isSelected(index))
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        // Into view when it arrived in another column or was asked for; cards arriving above
        // it leave the person's scrolling alone.
        if (c.view != m_shownIn || m_scrollNext)
            c.view->scrollTo(index);
    }
    // The keyboard follows the card it was on into its new column, and only that.
    if (focused && target && focused == m_shownIn && focused != target)
        target->setFocus(Qt::OtherFocusReason);
    if (target)
        m_shownIn = target;
    m_scrollNext = false;
    m_reconciling = false;
}

} // namespace rd
