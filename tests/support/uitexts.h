#pragma once

// Every text a person can read or hear in a window: titles, labels, buttons, placeholders, list
// items, table headers and the first rows of every view (as shown and as announced), actions and
// menus, tooltips and accessible names. Used to compare a window switched to another language
// with one made in it, and to find focusable controls without a name.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QWidget>

#include <algorithm>

namespace rd::test {

inline void addText(QStringList &out, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out.append(where + QStringLiteral(": ") + text);
}

inline void addActionTexts(QStringList &out, const QList<QAction *> &actions)
{
    for (const QAction *a : actions) {
        if (a->isSeparator())
            continue;
        addText(out, QStringLiteral("action"), a->text());
        addText(out, QStringLiteral("action tip"), a->toolTip());
        if (const QMenu *m = a->menu())
            addActionTexts(out, m->actions());
    }
}

inline void addViewTexts(QStringList &out, const QAbstractItemView *view, int rows)
{
    const QAbstractItemModel *m = view->model();
    if (!m)
        return;
    if (const auto *table = qobject_cast<const QTableView *>(view);
        !table || table->horizontalHeader()->isVisible()) {
        for (int c = 0; c < m->columnCount(); ++c)
            addText(out, QStringLiteral("header"), m->headerData(c, Qt::Horizontal).toString());
    }
    for (int r = 0; r < std::min(rows, m->rowCount()); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole),
                     int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole) })
                addText(out, QStringLiteral("cell"), i.data(role).toString());
        }
    }
}

/// The texts of `window` and all its widgets, sorted (the order of creation does not matter).
inline QStringList uiTexts(QWidget *window, int rowsPerView = 20)
{
    QStringList out;
    QList<QWidget *> widgets { window };
    widgets += window->findChildren<QWidget *>();
    addText(out, QStringLiteral("title"), window->windowTitle());
    for (QWidget *w : std::as_const(widgets)) {
        // A child window (a dialog left open) is a window of its own.
        if (w != window && w->isWindow())
            continue;
        addText(out, QStringLiteral("tooltip"), w->toolTip());
        addText(out, QStringLiteral("name"), w->accessibleName());
        addText(out, QStringLiteral("description"), w->accessibleDescription());
        addActionTexts(out, w->actions());
        if (auto *l = qobject_cast<QLabel *>(w))
            addText(out, QStringLiteral("label"), l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            addText(out, QStringLiteral("button"), b->text());
        else if (auto *e = qobject_cast<QLineEdit *>(w);
                 e && !qobject_cast<QAbstractSpinBox *>(w->parent()))
            addText(out, QStringLiteral("placeholder"), e->placeholderText());
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                addText(out, QStringLiteral("item"), c->itemText(i));
        } else if (auto *g = qobject_cast<QGroupBox *>(w))
            addText(out, QStringLiteral("group"), g->title());
        else if (auto *t = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                addText(out, QStringLiteral("tab"), t->tabText(i));
        } else if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
            addText(out, QStringLiteral("special"), s->specialValueText());
        else if (auto *tb = qobject_cast<QTextBrowser *>(w))
            addText(out, QStringLiteral("text"), tb->toPlainText());
        else if (auto *pt = qobject_cast<QPlainTextEdit *>(w)) {
            addText(out, QStringLiteral("text"), pt->toPlainText());
            addText(out, QStringLiteral("placeholder"), pt->placeholderText());
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w))
            addViewTexts(out, v, rowsPerView);
    }
    out.sort();
    return out;
}

/// What is in `a` and not in `b`, and the other way round: the message when they differ.
inline QString textDifference(const QStringList &a, const QStringList &b)
{
    QStringList onlyA, onlyB;
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(onlyA));
    std::set_difference(b.cbegin(), b.cend(), a.cbegin(), a.cend(), std::back_inserter(onlyB));
    return QStringLiteral("switched only:\n  %1\nmade in it only:\n  %2")
        .arg(onlyA.join(QStringLiteral("\n  ")), onlyB.join(QStringLiteral("\n  ")));
}

} // namespace rd::test
