#include "boardwidget.h"

#include "domain/money.h"
#include "models/referrallistmodel.h"
#include "widgets/carddelegate.h"

#include <QAbstractItemModel>
#include <QDrag>
#include <QDragEnterEvent>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QVBoxLayout>

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
    if (!isShowingPlaceholder() || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(8, 24, -8, -8),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

void ColumnView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
        && event->modifiers() == Qt::NoModifier) {
        emit leaveSideways(event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
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
    }
    refresh();
}

void StageColumn::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    if (dimmed) {
        auto *effect = new QGraphicsOpacityEffect(this);
        effect->setOpacity(0.4);
        setGraphicsEffect(effect);
    } else {
        setGraphicsEffect(nullptr);
    }
}

void StageColumn::refresh()
{
    const int count = m_model ? m_model->rowCount() : 0;
    //: Column header: a stage and how many referrals it holds, e.g. "New · 3"
    const QString text = tr("%1 · %2").arg(stageName(m_stage)).arg(count);
    QStringList sums;
    if (m_model && (m_stage == Stage::Evaluating || m_stage == Stage::Negotiating)) {
        QMap<QString, Cents> totals;
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
                next->setFocus(Qt::OtherFocusReason);
                next->setCurrentIndex(next->model()->index(std::clamp(from, 0, rows - 1), 0));
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
