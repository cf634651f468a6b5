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
        // Into view when it arrived somewhere else; a sync that changes nothing about its place
        // leaves the person's scrolling alone.
        if (c.view != m_shownIn || index.row() != m_shownRow)
            c.view->scrollTo(index);
        m_shownRow = index.row();
    }
    m_shownIn = target;
    // The keyboard follows the card it was on into its new column.
    if (focused && target && focused != target && !focused->currentIndex().isValid())
        target->setFocus(Qt::OtherFocusReason);
    m_reconciling = false;
}

} // namespace rd
