#include "mainwindow.h"

#include "actioncontroller.h"
#include "boardselection.h"
#include "boardviewoptions.h"
#include "boardwidget.h"
#include "models/deadlinescheduler.h"
#include "models/recentarchivemodel.h"
#include "models/referrallistmodel.h"
#include "models/relatedlookup.h"
#include "models/stageproxy.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "ui_mainwindow.h"
#include "widgets/archivewindow.h"
#include "widgets/banner.h"
#include "widgets/carddelegate.h"
#include "widgets/connectionstatus.h"
#include "widgets/detailspane.h"
#include "widgets/guidewindow.h"
#include "widgets/insightswindow.h"
#include "widgets/undobar.h"
#include "widgets/welcomepage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <algorithm>

namespace rd {

MainWindow::MainWindow(Store *store, Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_clock(clock)
    , m_model(new ReferralListModel(store, clock, m_policy, this))
    , m_archive(new RecentArchiveModel(store, 50, this))
    , m_relatedLookup(new RelatedLookup(store->path(), this))
    , m_deadlines(new DeadlineScheduler(m_model, clock, this))
    , m_actions(new ActionController(store, clock, this, this))
    , m_syncNow(new QAction(this))
    , m_fullSync(new QAction(this))
    , m_sentByYou(new QAction(this))
    , m_sampleBanner(new Banner(Banner::Tone::Information, this))
    , m_problemBanner(new Banner(Banner::Tone::Warning, this))
    , m_outgoingBanner(new Banner(Banner::Tone::Information, this))
    , m_syncBanner(new Banner(Banner::Tone::Warning, this))
    , m_noticeBanner(new Banner(Banner::Tone::Information, this))
    , m_noticeTimer(new QTimer(this))
    , m_archiveFilterTimer(new QTimer(this))
    , m_selection(new BoardSelection(this))
    , m_undoBar(new UndoBar(m_actions, this))
    , m_quitApplication([] { QApplication::quit(); })
    , m_archiveAction(new QAction(this))
    , m_insightsAction(new QAction(this))
    , m_settingsAction(new QAction(this))
    , m_filter(new QLineEdit(this))
    , m_user(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/referral-desk.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionGuide, &QAction::triggered, this, [this] { GuideWindow::showFor(this); });

    // Banners above the board: sample data, a problem that stops syncing, the "sent" view.
    m_sampleBanner->setObjectName(QStringLiteral("sampleBanner"));
    m_problemBanner->setObjectName(QStringLiteral("problemBanner"));
    m_outgoingBanner->setObjectName(QStringLiteral("outgoingBanner"));
    m_syncBanner->setObjectName(QStringLiteral("syncBanner"));
    m_noticeBanner->setObjectName(QStringLiteral("noticeBanner"));
    for (Banner *b :
        { m_noticeBanner, m_outgoingBanner, m_syncBanner, m_problemBanner, m_sampleBanner })
        m_ui->centralLayout->insertWidget(0, b);
    // What just happened, under the board where the eyes are after an action.
    m_ui->centralLayout->addWidget(m_undoBar);
    m_ui->centralLayout->setStretchFactor(m_ui->splitter, 1); // the banners take only their text
    connect(m_sampleBanner, &Banner::buttonClicked, this, &MainWindow::leaveSampleRequested);
    connect(m_problemBanner, &Banner::buttonClicked, this, &MainWindow::settingsRequested);
    connect(m_outgoingBanner, &Banner::buttonClicked, this, [this] { showOutgoing(false); });
    connect(welcome(), &WelcomePage::connectRequested, this, &MainWindow::connectRequested);
    connect(welcome(), &WelcomePage::sampleRequested, this, &MainWindow::sampleRequested);
    connect(welcome(), &WelcomePage::guideRequested, this, [this] { GuideWindow::showFor(this); });

    // Columns: one stage proxy each over the one model; the archive column its own short list.
    for (Stage stage : { Stage::New, Stage::Evaluating, Stage::Negotiating }) {
        auto *proxy = new StageProxy(stage, this);
        proxy->setSourceModel(m_model);
        m_proxies.insert(int(stage), proxy);
        board()->column(stage)->setModel(proxy);
    }
    board()->column(Stage::Archived)->setModel(m_archive);
    m_model->reload();
    m_view = new BoardViewOptions(store, m_model, m_proxies.values(), details(), this);
    connect(m_view, &BoardViewOptions::openArchived, this,
        [this](const QString &id) { archiveWindow()->showReferral(id); });
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_view->viewMenu());
    // "Also from this customer": the cards' marks and the details' list (issue 18).
    connect(m_relatedLookup, &RelatedLookup::marksRead, m_model, &ReferralListModel::setRelated);
    connect(m_relatedLookup, &RelatedLookup::relatedRead, details(), &DetailsPane::setRelated);
    connect(details(), &DetailsPane::openReferralRequested, this, [this](const QString &id) {
        // An open one is selected on the board; an archived one (the Archived column holds the
        // newest few only) is shown in the pane all the same.
        if (!select(id))
            showDetails(id);
    });
    m_relatedLookup->requestMarks();

    // Toolbar: sync, connection state, quick filter, the user.
    QToolBar *toolbar = m_toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_syncNow->setEnabled(false);
    toolbar->addAction(m_syncNow);
    m_fullSync->setObjectName(QStringLiteral("actionFullSync"));
    m_fullSync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_fullSync->setEnabled(false);
    m_status = new ConnectionStatus(store, toolbar);
    connect(m_status, &ConnectionStatus::connectRequested, this, &MainWindow::connectRequested);
    connect(m_status, &ConnectionStatus::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_status, &ConnectionStatus::retryRequested, this, [this] {
        if (m_scheduler)
            m_scheduler->syncNow();
    });
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_sentByYou->setObjectName(QStringLiteral("actionSentByYou"));
    m_sentByYou->setCheckable(true);
    m_sentByYou->setVisible(false);
    connect(m_sentByYou, &QAction::toggled, this, &MainWindow::showOutgoing);
    toolbar->addAction(m_sentByYou);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    toolbar->addWidget(m_view->showBox());
    toolbar->addWidget(m_filter);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, qOverload<>(&QWidget::setFocus));
    addAction(focusFilter);
    // Escape empties the filter; on an empty one it goes back to the board.
    auto *clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter);
    clearFilter->setContext(Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, this, [this] {
        if (!m_filter->text().isEmpty())
            m_filter->clear();
        else if (!m_selection->focusCurrent())
            board()->column(Stage::New)->view()->setFocus(Qt::ShortcutFocusReason);
    });
    m_user->setContentsMargins(8, 0, 4, 0);
    m_user->setTextFormat(Qt::PlainText);
    toolbar->addWidget(m_user);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (StageProxy *p : std::as_const(m_proxies))
            p->setQuickFilter(text.trimmed());
        // The archive is searched once typing pauses, not for every letter of a word.
        m_archiveFilterTimer->start();
    });
    m_archiveFilterTimer->setSingleShot(true);
    m_archiveFilterTimer->setInterval(250);
    connect(m_archiveFilterTimer, &QTimer::timeout, this,
        [this] { m_archive->setQuickFilter(m_filter->text().trimmed()); });

    m_archiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_archiveAction, &QAction::triggered, this, &MainWindow::showArchive);
    connect(board(), &BoardWidget::archiveRequested, this, &MainWindow::showArchive);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_archiveAction);
    connect(m_insightsAction, &QAction::triggered, this, [this] {
        if (!m_insights) {
            m_insights = new InsightsWindow(m_store, m_clock, this);
            // A missed referral opens as a notification's does: this window, that card.
            connect(m_insights, &InsightsWindow::openRequested, this, [this](const QString &id) {
                showNormal();
                raise();
                activateWindow();
                select(id);
            });
        }
        m_insights->recompute();
        m_insights->show();
        m_insights->raise();
    });
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_insightsAction);

    // Menus and the details pane share the same QActions (and so their shortcuts).
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_syncNow);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_fullSync);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    // The platform's Preferences key, and Ctrl+, everywhere (some platforms define none).
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferences.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferences.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setShortcuts(preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_settingsAction);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_ui->menuReferral->addAction(m_actions->undoAction());
    m_ui->menuReferral->addSeparator();
    m_ui->menuReferral->addActions(m_actions->actions());
    details()->setActions(m_actions->actions());
    // However the app ends, nothing stays held back: what was in its undo window is sent by the
    // next sync (this one's, if it still runs, or the next start's).
    connect(qApp, &QCoreApplication::aboutToQuit, m_actions, [this] { m_actions->sendNow(); });
    // The system ends the app (logout, the Dock, a signal): closing must then not be refused,
    // whether to the tray or to finish sending.
    qApp->installEventFilter(this);

    // Selection: one referral across the columns; the details, menus, shortcuts and the undo
    // act on it.
    for (Stage stage : { Stage::New, Stage::Evaluating, Stage::Negotiating }) {
        StageProxy *proxy = m_proxies.value(int(stage));
        m_selection->addView(board()->column(stage)->view(), [this, proxy](const QString &id) {
            const int row = m_model->rowOf(id);
            return row < 0 ? QModelIndex() : proxy->mapFromSource(m_model->index(row));
        });
    }
    m_selection->addView(board()->column(Stage::Archived)->view(), [this](const QString &id) {
        const int row = m_archive->rowOf(id);
        return row < 0 ? QModelIndex() : m_archive->index(row);
    });
    connect(m_selection, &BoardSelection::currentChanged, this, &MainWindow::showDetails);
    for (Stage stage : allStages()) {
        ColumnView *view = board()->column(stage)->view();
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            const QModelIndex i = view->indexAt(pos);
            if (!i.isValid())
                return;
            m_selection->select(i.data(ReferralListModel::IdRole).toString());
            QMenu menu(this);
            for (QAction *a : m_actions->actions()) {
                if (a->isEnabled())
                    menu.addAction(a);
            }
            if (!menu.isEmpty())
                menu.exec(view->viewport()->mapToGlobal(pos));
        });
        connect(view->cardDelegate(), &CardDelegate::actionClicked, m_actions,
            &ActionController::perform);
        connect(view, &ColumnView::opened, this, [this](const QModelIndex &i) {
            m_selection->select(i.data(ReferralListModel::IdRole).toString());
            details()->setFocus(Qt::OtherFocusReason);
        });
    }
    // Escape in the details goes back to the card they belong to.
    auto *backToCard = new QShortcut(QKeySequence(Qt::Key_Escape), details());
    backToCard->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backToCard, &QShortcut::activated, m_selection, &BoardSelection::focusCurrent);

    // Drag and drop and actions go through the controller; the board only reports drops.
    board()->setDropJudge(
        [this](const QStringList &ids, Stage to) { return m_actions->canMove(ids, to); });
    connect(board(), &BoardWidget::moveRequested, m_actions, &ActionController::move);
    connect(m_actions, &ActionController::applied, this,
        [this](const QString &id) { onReferralsChanged({ id }); });
    connect(m_actions, &ActionController::sendRequested, this, [this] {
        m_status->refresh();
        if (m_scheduler)
            m_scheduler->syncNow();
    });
    connect(m_actions, &ActionController::undone, this,
        [this](const QString &id) { onReferralsChanged({ id }); });
    connect(m_actions, &ActionController::message, this, &MainWindow::showNotice);
    connect(m_undoBar, &UndoBar::focusReleased, m_selection, &BoardSelection::focusCurrent);
    connect(m_noticeBanner, &Banner::buttonClicked, m_noticeBanner, &QWidget::hide);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(15000);
    connect(m_noticeTimer, &QTimer::timeout, m_noticeBanner, &QWidget::hide);
    connect(m_syncBanner, &Banner::buttonClicked, this, [this] {
        if (m_scheduler)
            m_scheduler->syncNow();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    if (!m_ui->splitter->restoreState(
            settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_ui->splitter->setSizes({ width() * 3 / 4, width() / 4 });
    retranslate();
}

void MainWindow::fitToScreen()
{
    // The first start: as large as is comfortable, never larger than the screen it opens on
    // (a 1280×720 laptop included), so the board's edges and the bars below are on screen.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(1400, available.width() * 19 / 20),
        std::min(860, available.height() * 9 / 10));
    resize(size.expandedTo(minimumSizeHint()).boundedTo(available.size()));
    move(available.center() - rect().center());
}

void MainWindow::retranslate()
{
    m_toolbar->setWindowTitle(tr("Main"));
    m_syncNow->setText(tr("&Sync Now"));
    m_syncNow->setToolTip(tr("Send queued actions and fetch changes now (%1)")
                              .arg(m_syncNow->shortcut().toString(QKeySequence::NativeText)));
    m_fullSync->setText(tr("&Full Sync"));
    m_fullSync->setToolTip(tr("Also compare every referral Partner Center lists, to find any "
                              "that arrived with an older date (%1)")
                               .arg(m_fullSync->shortcut().toString(QKeySequence::NativeText)));
    m_outgoingBanner->showMessage(tr("Referrals you sent to other partners. They answer them; "
                                     "nothing here needs an answer from you."),
        tr("Back to Your Referrals"));
    m_outgoingBanner->setVisible(m_sentByYou->isChecked());
    if (m_sample)
        setSampleMode(true);
    updateSentByYou();
    m_archiveAction->setText(tr("&Archive…"));
    m_insightsAction->setText(tr("&Insights…"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_filter->setPlaceholderText(tr("Filter cards (Ctrl+F)"));
    // Wide enough for the placeholder in every language (plus the clear button and the frame):
    // the line edit's own size hint is a fixed number of characters.
    m_filter->setMinimumWidth(std::min(m_filter->maximumWidth(),
        m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 48));
    m_filter->setAccessibleName(tr("Filter cards"));
    m_status->retranslate();
    m_actions->retranslate();
    m_model->retranslate();
    m_view->retranslate();
    m_archive->retranslate();
    showDetails(details()->currentId()); // also the "nothing selected" text
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The system ends the application (macOS Dock, logout): the window must not refuse to close.
    if (watched == qApp && event->type() == QEvent::Quit)
        m_quitting = true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // The archive and insights windows are made again in the new language when next opened.
        if (m_archiveWindow && !m_archiveWindow->isVisible())
            std::exchange(m_archiveWindow, nullptr)->deleteLater();
        if (m_insights && !m_insights->isVisible())
            std::exchange(m_insights, nullptr)->deleteLater();
    }
    QMainWindow::changeEvent(event);
}

BoardWidget *MainWindow::board() const
{
    return m_ui->board;
}

DetailsPane *MainWindow::details() const
{
    return m_ui->details;
}

StageProxy *MainWindow::proxy(Stage stage) const
{
    return m_proxies.value(int(stage));
}

QLabel *MainWindow::connectionLabel() const
{
    return m_status->label();
}

QPushButton *MainWindow::connectionButton() const
{
    return m_status->button();
}

WelcomePage *MainWindow::welcome() const
{
    return m_ui->welcome;
}

void MainWindow::setWelcomeVisible(bool visible)
{
    m_ui->boardStack->setCurrentWidget(visible ? static_cast<QWidget *>(m_ui->welcome)
                                               : static_cast<QWidget *>(m_ui->board));
    // Nothing to show details of on the welcome; the pane comes back with the board.
    details()->setVisible(!visible);
    if (visible)
        welcome()->connectButton()->setFocus();
}

bool MainWindow::isWelcomeVisible() const
{
    return m_ui->boardStack->currentWidget() == m_ui->welcome;
}

void MainWindow::setSampleMode(bool sample)
{
    m_sample = sample;
    m_status->setSample(sample);
    if (sample)
        m_sampleBanner->showMessage(
            tr("You are exploring sample data from a simulator on this computer. Nothing you do "
               "here goes to Partner Center."),
            tr("Connect to Partner Center…"));
    else
        m_sampleBanner->setVisible(false);
    setWindowTitle(sample ? tr("Referral Desk (sample data)") : tr("Referral Desk"));
}

void MainWindow::setSyncEnabled(bool enabled)
{
    m_syncNow->setEnabled(enabled && m_scheduler);
    m_fullSync->setEnabled(enabled && m_scheduler);
}

void MainWindow::setSignInAvailable(bool available)
{
    m_status->setSignInAvailable(available);
}

void MainWindow::showSettingsProblem(const QString &text)
{
    m_settingsProblem = text;
    if (text.isEmpty())
        m_problemBanner->setVisible(false);
    else
        m_problemBanner->showMessage(text, tr("Open Settings…"));
    m_status->setSettingsProblem(text);
}

void MainWindow::showOutgoing(bool outgoing)
{
    if (m_sentByYou->isChecked() != outgoing)
        m_sentByYou->setChecked(outgoing); // comes back here through toggled
    for (StageProxy *p : std::as_const(m_proxies))
        p->setOutgoing(outgoing);
    m_archive->setOutgoing(outgoing);
    m_outgoingBanner->setVisible(outgoing);
    updateSentByYou();
}

void MainWindow::updateSentByYou()
{
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        open += m_model->index(row).data(ReferralListModel::OutgoingRole).toBool() ? 1 : 0;
    // Shown once there is something sent to show (or while it is being looked at).
    m_sentByYou->setVisible(open > 0 || m_sentByYou->isChecked() || m_store->hasOutgoing());
    m_sentByYou->setText(open ? tr("Sent by You (%1)").arg(open) : tr("Sent by You"));
    m_sentByYou->setToolTip(tr("Show the referrals you sent to other partners"));
}

void MainWindow::attachSync(SyncEngine *engine, SyncScheduler *scheduler)
{
    m_scheduler = scheduler;
    m_engine = engine;
    m_status->setCanSync(true);
    m_syncNow->setEnabled(true);
    m_fullSync->setEnabled(true);
    connect(m_syncNow, &QAction::triggered, scheduler, [scheduler] { scheduler->syncNow(); });
    connect(
        m_fullSync, &QAction::triggered, scheduler, [scheduler] { scheduler->syncNow(true); });
    connect(
        engine, SIGNAL(referralsChanged(QStringList)), this, SLOT(onReferralsChanged(QStringList)));
    connect(engine, SIGNAL(stateChanged(rd::ConnectionState, QString)), this,
        SLOT(onConnectionState(rd::ConnectionState, QString)));
    connect(engine, SIGNAL(finished(rd::SyncSummary)), this, SLOT(onSyncFinished(rd::SyncSummary)));
    // Older referrals got their customer keys: marks may have appeared.
    connect(engine, &SyncEngine::customersKeyed, m_relatedLookup, &RelatedLookup::requestMarks);
    // The archive stored before the fit was added is counted: fits can be scored now.
    connect(engine, &SyncEngine::fitsCounted, m_view, &BoardViewOptions::referralsChanged);
    // A first sync's referrals being made searchable: the archive's search says how many are
    // not found yet, and searches again once all are.
    connect(engine, &SyncEngine::searchPending, this, [this](qint64 left) {
        if (m_archiveWindow)
            m_archiveWindow->searchPreparing(left);
    });
}

void MainWindow::setUser(const QString &user)
{
    m_user->setText(user);
}

bool MainWindow::select(const QString &id)
{
    return m_selection->select(id, true);
}

QString MainWindow::selectedId() const
{
    return m_selection->current();
}

void MainWindow::showNotice(const QString &text)
{
    if (text.isEmpty())
        return;
    m_noticeBanner->showMessage(text, tr("Dismiss"));
    m_noticeTimer->start();
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showDetails(const QString &id)
{
    const std::optional<Referral> r = m_store->referral(id);
    details()->show(r, r ? m_store->outboxFor(id) : QList<OutboxEntry>(),
        r ? m_store->history(id) : QList<HistoryEntry>());
    m_actions->setCurrent(r && r->isOpen() ? id : QString());
    m_view->detailsShown(r ? id : QString());
    m_relatedLookup->requestFor(r ? id : QString());
}

void MainWindow::onReferralsChanged(const QStringList &ids)
{
    m_model->refresh(ids);
    m_view->referralsChanged();
    m_relatedLookup->requestMarks(); // a new referral may repeat a customer, or be repeated
    m_actions->refreshUndo();
    m_archive->refresh();
    updateSentByYou();
    if (!details()->currentId().isEmpty() && ids.contains(details()->currentId()))
        showDetails(details()->currentId());
    m_status->refresh();
}

void MainWindow::onConnectionState(ConnectionState state, const QString &message)
{
    m_status->setState(state, message);
    // Why syncing stopped, in the window itself: the status bar is easy to miss (or off screen).
    if ((state == ConnectionState::Offline || state == ConnectionState::Error
            || state == ConnectionState::LocalProblem)
        && !message.isEmpty() && m_settingsProblem.isEmpty())
        m_syncBanner->showMessage(message, tr("Retry"));
    else if (state != ConnectionState::Syncing)
        m_syncBanner->hide();
    if (state == ConnectionState::Offline || state == ConnectionState::Error
        || state == ConnectionState::LocalProblem || state == ConnectionState::SignedOut || state == ConnectionState::NotConnected)
        showError(message);
}

ArchiveWindow *MainWindow::archiveWindow()
{
    if (!m_archiveWindow)
        m_archiveWindow = new ArchiveWindow(m_store, this);
    return m_archiveWindow;
}

void MainWindow::showArchive()
{
    ArchiveWindow *w = archiveWindow();
    w->show();
    w->raise();
    w->activateWindow();
}

void MainWindow::onSyncFinished(const SyncSummary &summary)
{
    if (m_archiveWindow && m_archiveWindow->isVisible() && summary.changed)
        m_archiveWindow->reload();
    m_actions->refreshUndo();
    if (summary.conflicts || summary.failed)
        showNotice(tr("Some actions could not be sent; see the cards marked Conflict."));
    m_status->refresh();
}

void MainWindow::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    statusBar()->showMessage(message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Referral Desk"),
        tr("<h3>Referral Desk %1</h3>"
           "<p>Answer Microsoft Partner Center referrals before they are missed.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace rd
