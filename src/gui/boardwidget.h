#pragma once

#include "domain/types.h"

#include <QFrame>
#include <QListView>
#include <QMap>
#include <functional>

class QAbstractItemModel;
class QLabel;

namespace rd {

/// A column's card list: drags carry referral ids; drops ask the board what they mean.
class ColumnView : public QListView
{
    Q_OBJECT
public:
    explicit ColumnView(Stage stage, QWidget *parent = nullptr);
    Stage stage() const { return m_stage; }
    /// Painted in the empty list, so an empty column says so and still takes drops.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    bool isShowingPlaceholder() const { return !model() || model()->rowCount() == 0; }

    class CardDelegate *cardDelegate() const { return m_delegate; }

signals:
    void dragStarted(const QStringList &ids);
    void dragFinished();
    void dropped(const QStringList &ids, rd::Stage to);
    /// Left or right arrow at a card: focus should move to the neighbouring column.
    void leaveSideways(int direction);
    /// The person picked this card: a click, a key that moved to it, or focus arriving on it.
    /// Never sent for a change the model made.
    void chosen(const QModelIndex &index);
    /// The keyboard arrived without picking a card (the window activated, a popup closed).
    void focusedWithoutChoice();
    /// Enter or a double click on a card: open its details.
    void opened(const QModelIndex &index);

public:
    /// While a drag is on: this column cannot take the dragged cards (painted over, with why).
    void setRefusingDrop(bool refusing);
    bool isRefusingDrop() const { return m_refusing; }

protected:
    /// A card whose marks changed (a fit, "Asked before", Pending, a conflict) may need another
    /// line for its pills: the column lays its cards out again, once per burst of changes.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = QList<int>()) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Stage m_stage;
    QString m_placeholder;
    class CardDelegate *m_delegate;
    bool m_refusing = false;
};

/// One column of the board: a header with the stage, its count and deal totals, and the cards.
/// While it holds no card it says so instead of showing a blank area.
class StageColumn : public QFrame
{
    Q_OBJECT
public:
    explicit StageColumn(Stage stage, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    ColumnView *view() const { return m_view; }
    QLabel *header() const { return m_header; }
    /// Archived only: the link to the full archive view.
    QLabel *footer() const { return m_footer; }
    /// Evaluating and Negotiating: the estimated deal value per currency.
    QLabel *totals() const { return m_totals; }

    /// Shows the cards of `model` (a stage proxy); nullptr shows the empty column.
    void setModel(QAbstractItemModel *model);
    /// Dimmed while a dragged card could not be dropped here.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    Stage m_stage;
    QLabel *m_header;
    QLabel *m_totals;
    ColumnView *m_view;
    QLabel *m_footer = nullptr;
    QAbstractItemModel *m_model = nullptr;
    bool m_dimmed = false;
};

/// The kanban board: one column per stage, New to Archived.
class BoardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BoardWidget(QWidget *parent = nullptr);

    StageColumn *column(Stage stage) const { return m_columns.value(stage); }
    /// Decides, for the dimming, whether these cards may be dropped on a stage.
    void setDropJudge(std::function<bool(const QStringList &ids, Stage to)> judge)
    {
        m_judge = std::move(judge);
    }

signals:
    void moveRequested(const QStringList &ids, rd::Stage to);
    /// The Archived column's link to the full archive view.
    void archiveRequested();

private:
    QMap<Stage, StageColumn *> m_columns;
    std::function<bool(const QStringList &, Stage)> m_judge;
};

} // namespace rd
