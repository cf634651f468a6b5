#include "boardwidget.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStackedLayout>
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

StageColumn::StageColumn(Stage stage, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_header(new QLabel(this))
    , m_empty(new QLabel(emptyText(stage), this))
    , m_view(new QListView(this))
    , m_stack(new QStackedLayout)
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

    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(8, 24, 8, 8);

    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(4);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_header);
    layout->addLayout(m_stack, 1);

    refresh();
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
    }
    refresh();
}

void StageColumn::refresh()
{
    const int count = m_model ? m_model->rowCount() : 0;
    //: Column header: a stage and how many referrals it holds, e.g. "New · 3"
    m_header->setText(tr("%1 · %2").arg(stageName(m_stage)).arg(count));
    m_stack->setCurrentWidget(count ? static_cast<QWidget *>(m_view) : m_empty);
}

BoardWidget::BoardWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (Stage stage : allStages()) {
        auto *column = new StageColumn(stage, this);
        column->setMinimumWidth(220);
        m_columns.insert(stage, column);
        // The archive column is a compact summary; the open stages share the rest evenly.
        layout->addWidget(column, stage == Stage::Archived ? 2 : 3);
    }
}

} // namespace rd
