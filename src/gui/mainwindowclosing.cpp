// How the main window ends: hidden into the tray, or quitting only once an action still in its
// undo window has been sent (or found unsendable), with its place on screen remembered.

#include "actioncontroller.h"
#include "mainwindow.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "ui_mainwindow.h"
#include "widgets/connectionstatus.h"

#include <QApplication>
#include <QCloseEvent>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace rd {

void MainWindow::setKeepRunningInTray(bool keep)
{
    m_keepInTray = keep;
}

void MainWindow::quit()
{
    m_quitting = true;
    saveLayout();
    finishSendingThenQuit();
}

void MainWindow::finishSendingThenQuit()
{
    // An action still in its undo window goes out now, not with the next start: the window is
    // gone at once, the app waits for the sync that sends it (at most 10 s) and then ends.
    const ActionController::Pending waiting = m_actions->pending();
    hide(); // not close(): the last window closing would end the app before the sync
    if (!m_actions->sendNow() || !m_engine || !m_syncNow->isEnabled()) {
        m_quitApplication();
        return;
    }
    auto once = std::make_shared<bool>(false);
    auto quitOnce = [this, once] {
        if (!std::exchange(*once, true))
            m_quitApplication();
    };
    // A sync that was already running when it was released may end without it; the one that
    // follows (the engine runs again when asked meanwhile) sends it, or finds it cannot.
    connect(m_engine, &SyncEngine::finished, this, [this, waiting, quitOnce] {
        for (const OutboxEntry &e : m_store->outboxFor(waiting.id)) {
            if (e.seq == waiting.seq && e.state == OutboxEntry::State::Queued
                && m_status->state() != ConnectionState::Offline
                && m_status->state() != ConnectionState::Error
                && m_status->state() != ConnectionState::LocalProblem)
                return;
        }
        quitOnce();
    });
    QTimer::singleShot(10000, this, quitOnce);
}

MainWindow::~MainWindow() = default;

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_keepInTray && !m_quitting) {
        // The tray keeps watching the deadlines; the window only hides.
        event->ignore();
        hide();
        emit keptRunningInTray();
        return;
    }
    if (!m_quitting && m_actions->hasPending() && !qApp->isSavingSession()) {
        event->ignore();
        m_quitting = true;
        finishSendingThenQuit();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace rd
