#pragma once

#include "domain/referral.h"

#include <QFrame>
#include <QMap>

class QAbstractItemModel;
class QLabel;
class QListView;
class QStackedLayout;

namespace rd {

/// One column of the board: a header with the stage and its count, and a list of cards. While the
/// column holds no card it says so instead of showing a blank area.
class StageColumn : public QFrame
{
    Q_OBJECT
public:
    explicit StageColumn(Stage stage, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    QListView *view() const { return m_view; }
    QLabel *header() const { return m_header; }
    QLabel *emptyLabel() const { return m_empty; }

    /// Shows the cards of `model` (a stage proxy); nullptr shows the empty column.
    void setModel(QAbstractItemModel *model);

private:
    void refresh();

    Stage m_stage;
    QLabel *m_header;
    QLabel *m_empty;
    QListView *m_view;
    QStackedLayout *m_stack;
    QAbstractItemModel *m_model = nullptr;
};

/// The kanban board: one column per stage, New to Archived.
class BoardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BoardWidget(QWidget *parent = nullptr);

    StageColumn *column(Stage stage) const { return m_columns.value(stage); }

private:
    QMap<Stage, StageColumn *> m_columns;
};

} // namespace rd
