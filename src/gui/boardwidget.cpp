#include "boardwidget.h"

#include "domain/money.h"
#include "models/recentarchivemodel.h"
#include "models/referrallistmodel.h"
#include "widgets/carddelegate.h"

#include <QAbstractItemModel>
#include <QDrag>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>

namespace rd {

namespace {

QString emptyText(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return StageColumn::tr("No new referrals");
    case Stage::Evaluating:
        return StageColumn::tr("Nothing being evaluated");
    case Stage::Negotiating:
        return StageColumn::tr("No deals in negotiation");
    case Stage::Archived:
        return StageColumn::tr("Nothing archived yet");
    }
    return {};
}

QString objectNameFor(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return QStringLiteral("new");
    case Stage::Evaluating:
        return QStringLiteral("evaluating");
    case Stage::Negotiating:
        return QStringLiteral("negotiating");
    case Stage::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

} // namespace

// -- ColumnView ----------------------------------------------------------------------------------

void ColumnView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    // Not for a countdown's new text (every minute, over every card): its pill keeps its line.
    static const QList<int> marks { ReferralListModel::FitRole, ReferralListModel::RelatedRole,
        ReferralListModel::PendingRole, ReferralListModel::ConflictRole };
    const bool marksChanged = roles.isEmpty()
        || std::any_of(roles.cbegin(), roles.cend(), [](int r) { return marks.contains(r); });
    if (marksChanged)
        scheduleDelayedItemsLayout();
}

ColumnView::ColumnView(Stage stage, QWidget *parent)
    : QListView(parent)
    , m_stage(stage)
    , m_delegate(new CardDelegate(this))
{
    setObjectName(QStringLiteral("cards-") + objectNameFor(stage));
    setAccessibleName(tr("%1 referrals").arg(stageName(stage)));
    setItemDelegate(m_delegate);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(3);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(stage != Stage::Archived);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    viewport()->setBackgroundRole(QPalette::AlternateBase);
}

void ColumnView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void ColumnView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (isShowingPlaceholder() && !m_placeholder.isEmpty() && !m_refusing) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 24, -8, -8),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
    }
    if (m_refusing) {
        // Over the cards too, not only the header: this whole column cannot take the drop.
        QColor veil = palette().color(QPalette::Window);
        veil.setAlpha(200);
        painter.fillRect(viewport()->rect(), veil);
        painter.fillRect(viewport()->rect(), QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(viewport()->rect().adjusted(8, 24, -8, -8),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tr("Cannot be moved here"));
    }
    if (hasFocus()) {
        // The column that has the keyboard is framed, whatever the style draws for a list.
        QPen pen(palette().color(QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(viewport()->rect().adjusted(1, 1, -1, -1));
    }
}

void ColumnView::setRefusingDrop(bool refusing)
{
    if (refusing == m_refusing)
        return;
    m_refusing = refusing;
    viewport()->update();
}

void ColumnView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
        && event->modifiers() == Qt::NoModifier) {
        emit leaveSideways(event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid()) {
        emit opened(currentIndex());
        event->accept();
        return;
    }
    const QPersistentModelIndex before = currentIndex();
    QListView::keyPressEvent(event);
    if (currentIndex().isValid() && currentIndex() != before)
        emit chosen(currentIndex());
}

void ColumnView::mousePressEvent(QMouseEvent *event)
{
    QListView::mousePressEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid())
        emit chosen(index);
}

void ColumnView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QListView::mouseDoubleClickEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid())
        emit opened(index);
}

void ColumnView::focusInEvent(QFocusEvent *event)
{
    // Arriving by Tab is the person picking a card: the current one, or the first.
    // (QAbstractItemView picks the first itself only until a current index was ever set.)
    QListView::focusInEvent(event);
    viewport()->update();
    const bool byKeyboard = event->reason() == Qt::TabFocusReason
        || event->reason() == Qt::BacktabFocusReason || event->reason() == Qt::ShortcutFocusReason;
    if (!byKeyboard) {
        emit focusedWithoutChoice();
        return;
    }
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
    if (currentIndex().isValid())
        emit chosen(currentIndex());
}

void ColumnView::focusOutEvent(QFocusEvent *event)
{
    QListView::focusOutEvent(event);
    viewport()->update();
}

void ColumnView::startDrag(Qt::DropActions supportedActions)
{
    QStringList ids;
    for (const QModelIndex &i : selectedIndexes())
        ids.append(i.data(ReferralListModel::IdRole).toString());
    emit dragStarted(ids);
    QListView::startDrag(supportedActions);
    emit dragFinished();
}

void ColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(ReferralListModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(ReferralListModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ColumnView::dropEvent(QDropEvent *event)
{
    const QStringList ids = ReferralListModel::idsFromMime(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    // Never let the view move rows itself: the lifecycle decides, through the store.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    emit dropped(ids, m_stage);
}

// -- StageColumn ---------------------------------------------------------------------------------

StageColumn::StageColumn(Stage stage, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_header(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_view(new ColumnView(stage, this))
{
    setObjectName(QStringLiteral("column-") + objectNameFor(stage));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    m_header->setTextFormat(Qt::PlainText);
    QFont small = m_totals->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_totals->setFont(small);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    m_totals->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);
    if (stage == Stage::Archived) {
        m_footer = new QLabel(this);
        m_footer->setTextFormat(Qt::RichText);
        m_footer->setObjectName(QStringLiteral("archiveLink"));
        m_footer->setTextInteractionFlags(
            Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        layout->addWidget(m_footer);
    }

    retranslate();
}

void StageColumn::retranslate()
{
    m_view->setPlaceholderText(emptyText(m_stage));
    m_view->setAccessibleName(ColumnView::tr("%1 referrals").arg(stageName(m_stage)));
    if (m_footer) {
        // Our own fixed text: the only rich text on the board.
        m_footer->setText(QStringLiteral("<a href=\"archive\">%1</a>")
                              .arg(tr("Open the full archive…").toHtmlEscaped()));
        m_footer->setAccessibleName(tr("Open the full archive"));
    }
    refresh();
}

void StageColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void StageColumn::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &StageColumn::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &StageColumn::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &StageColumn::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &StageColumn::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &StageColumn::refresh);
        if (auto *recent = qobject_cast<RecentArchiveModel *>(model))
            connect(recent, &RecentArchiveModel::totalCountChanged, this, &StageColumn::refresh);
    }
    refresh();
}

void StageColumn::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    // The header fades; the list is veiled and says why (ColumnView::paintEvent), since an
    // opacity effect alone leaves the cards looking as droppable as before.
    m_header->setEnabled(!dimmed);
    m_totals->setEnabled(!dimmed);
    m_view->setRefusingDrop(dimmed);
}

void StageColumn::refresh()
{
    const int count = m_model ? m_model->rowCount() : 0;
    // The Archived column lists the newest few; its header counts them all.
    const auto *recent = qobject_cast<const RecentArchiveModel *>(m_model);
    const int total = recent && recent->totalCount() >= 0 ? recent->totalCount() : count;
    const QString shownCount = recent && recent->isTotalCapped()
        //: The Archived column's count when a search found more than it counts, e.g. "10000+"
        ? tr("%1+").arg(RecentArchiveModel::countCap)
        : QString::number(total);
    //: Column header: a stage and how many referrals it holds, e.g. "New · 3"
    const QString text = tr("%1 · %2").arg(stageName(m_stage), shownCount);
    QStringList sums;
    if (m_model && (m_stage == Stage::Evaluating || m_stage == Stage::Negotiating)) {
        QMap<QString, MinorUnits> totals;
        for (int row = 0; row < count; ++row) {
            const QModelIndex i = m_model->index(row, 0);
            const QVariant value = i.data(ReferralListModel::DealValueRole);
            if (value.isValid())
                totals[i.data(ReferralListModel::CurrencyRole).toString()] += value.toLongLong();
        }
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            sums.append(Money::format(it.value(), it.key()));
    }
    m_header->setText(text);
    m_totals->setText(sums.join(QStringLiteral(" · ")));
    m_totals->setVisible(!sums.isEmpty());
    m_header->setAccessibleName(
        sums.isEmpty() ? text : text + QStringLiteral(", ") + m_totals->text());
    m_view->viewport()->update();
}

// -- BoardWidget ---------------------------------------------------------------------------------

BoardWidget::BoardWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (Stage stage : allStages()) {
        auto *column = new StageColumn(stage, this);
        column->setMinimumWidth(200);
        m_columns.insert(stage, column);
        // The archive column is a compact summary; the open stages share the rest evenly.
        layout->addWidget(column, stage == Stage::Archived ? 2 : 3);
        connect(column->view(), &ColumnView::dropped, this, &BoardWidget::moveRequested);
        if (column->footer())
            connect(column->footer(), &QLabel::linkActivated, this, &BoardWidget::archiveRequested);
        connect(column->view(), &ColumnView::leaveSideways, this, [this, stage](int direction) {
            // The next column in that direction that has cards, at about the same row.
            const int from = m_columns.value(stage)->view()->currentIndex().row();
            const QList<Stage> order = allStages();
            for (int i = int(order.indexOf(stage)) + direction; i >= 0 && i < order.size();
                 i += direction) {
                ColumnView *next = m_columns.value(order.at(i))->view();
                const int rows = next->model() ? next->model()->rowCount() : 0;
                if (!rows)
                    continue;
                const QModelIndex index = next->model()->index(std::clamp(from, 0, rows - 1), 0);
                next->setFocus(Qt::OtherFocusReason);
                next->setCurrentIndex(index);
                emit next->chosen(index); // the person moved to it
                return;
            }
        });
        connect(column->view(), &ColumnView::dragStarted, this, [this](const QStringList &ids) {
            for (StageColumn *c : std::as_const(m_columns))
                c->setDimmed(m_judge && !m_judge(ids, c->stage()));
        });
        connect(column->view(), &ColumnView::dragFinished, this, [this] {
            for (StageColumn *c : std::as_const(m_columns))
                c->setDimmed(false);
        });
    }
}

} // namespace rd
