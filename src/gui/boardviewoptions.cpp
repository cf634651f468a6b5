#include "boardviewoptions.h"

#include "models/fitscorer.h"
#include "models/referrallistmodel.h"
#include "widgets/detailspane.h"
#include "widgets/fitpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QAbstractItemView>
#include <QComboBox>
#include <QMenu>
#include <QSettings>

namespace rd {

namespace {
const QString kSortByFit = QStringLiteral("board/sortByFit");
}

BoardViewOptions::BoardViewOptions(Store *store, ReferralListModel *model,
    QList<StageProxy *> proxies, DetailsPane *details, QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_proxies(std::move(proxies))
    , m_details(details)
    , m_scorer(new FitScorer(store, model, this))
    , m_show(new QComboBox(parent))
    , m_menu(new QMenu(parent))
    , m_sortGroup(new QActionGroup(this))
    , m_byUrgency(new QAction(this))
    , m_byFit(new QAction(this))
{
    m_show->setObjectName(QStringLiteral("boardShow"));
    // Narrow in the toolbar, so the quick filter keeps its room (German "Rückmeldung fällig"
    // would take it); the list that opens shows every choice in full.
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setMinimumContentsLength(12);
    for (StageProxy::Narrow n : { StageProxy::Narrow::All, StageProxy::Narrow::HighFit,
             StageProxy::Narrow::MediumFit, StageProxy::Narrow::LowFit,
             StageProxy::Narrow::UnknownFit, StageProxy::Narrow::NeedsUpdate })
        m_show->addItem(QString(), int(n));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int i) {
        for (StageProxy *p : std::as_const(m_proxies))
            p->setNarrow(StageProxy::Narrow(m_show->itemData(i).toInt()));
    });

    m_menu->setObjectName(QStringLiteral("menuView"));
    m_byUrgency->setObjectName(QStringLiteral("actionSortByUrgency"));
    m_byFit->setObjectName(QStringLiteral("actionSortByFit"));
    for (QAction *a : { m_byUrgency, m_byFit }) {
        a->setCheckable(true);
        m_sortGroup->addAction(a);
        m_menu->addAction(a);
    }
    m_byUrgency->setChecked(true);
    connect(m_byFit, &QAction::toggled, this, [this](bool byFit) {
        for (StageProxy *p : std::as_const(m_proxies))
            p->setSortByFit(byFit);
        QSettings().setValue(kSortByFit, byFit); // a choice that stays
    });
    setSortByFit(QSettings().value(kSortByFit, false).toBool());

    FitPanel *panel = m_details->fitPanel();
    connect(m_scorer, &FitScorer::scored, this, [this] { detailsShown(m_details->currentId()); });
    connect(m_scorer, &FitScorer::similarRead, panel, &FitPanel::showSimilar);
    connect(panel, &FitPanel::openRequested, this, &BoardViewOptions::openArchived);

    // The count beside "Needs an update", once a burst of changes is over.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(200);
    connect(&m_countTimer, &QTimer::timeout, this, &BoardViewOptions::updateCounts);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, &m_countTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, &m_countTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, &m_countTimer, qOverload<>(&QTimer::start));

    retranslate();
    updateCounts();
    m_scorer->refresh();
}

void BoardViewOptions::setNarrow(StageProxy::Narrow narrow)
{
    m_show->setCurrentIndex(m_show->findData(int(narrow)));
}

StageProxy::Narrow BoardViewOptions::narrow() const
{
    return StageProxy::Narrow(m_show->currentData().toInt());
}

void BoardViewOptions::setSortByFit(bool byFit)
{
    (byFit ? m_byFit : m_byUrgency)->setChecked(true);
}

bool BoardViewOptions::sortsByFit() const
{
    return m_byFit->isChecked();
}

void BoardViewOptions::referralsChanged()
{
    m_scorer->refresh();
}

void BoardViewOptions::detailsShown(const QString &id)
{
    const std::optional<Fit> fit = id.isEmpty() ? std::nullopt : m_model->fitOf(id);
    m_details->fitPanel()->showFit(id, fit);
    if (fit)
        m_scorer->requestSimilar(id, *fit);
}

void BoardViewOptions::retranslate()
{
    m_menu->setTitle(tr("&View"));
    m_byUrgency->setText(tr("Sort by &Urgency"));
    m_byFit->setText(tr("Sort by &Fit"));
    m_byFit->setStatusTip(tr("New and Evaluating cards with the best fit first; the default puts "
                             "the most urgent first."));
    m_show->setAccessibleName(tr("Show cards"));
    m_show->setToolTip(tr("Which cards the board shows"));
    m_show->setItemText(m_show->findData(int(StageProxy::Narrow::All)), tr("All cards"));
    for (auto [n, level] : { std::pair { StageProxy::Narrow::HighFit, Fit::Level::High },
             std::pair { StageProxy::Narrow::MediumFit, Fit::Level::Medium },
             std::pair { StageProxy::Narrow::LowFit, Fit::Level::Low },
             std::pair { StageProxy::Narrow::UnknownFit, Fit::Level::Unknown } })
        m_show->setItemText(m_show->findData(int(n)), Fit::levelLabel(level));
    updateCounts();
}

void BoardViewOptions::updateCounts()
{
    // The open referrals only (a few thousand at most), never the archive.
    int needsUpdate = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row);
        if (i.data(ReferralListModel::BadgeRole).toInt() == int(Badge::Overdue)
            && !i.data(ReferralListModel::OutgoingRole).toBool())
            ++needsUpdate;
    }
    //: Negotiating referrals whose closing date passed: report Won, Lost or a new date
    m_show->setItemText(m_show->findData(int(StageProxy::Narrow::NeedsUpdate)),
        tr("Needs an update (%n)", nullptr, needsUpdate));
    m_show->view()->setMinimumWidth(m_show->view()->sizeHintForColumn(0) + 24);
}

} // namespace rd
