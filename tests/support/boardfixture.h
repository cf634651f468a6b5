#pragma once

// The board as the GUI tests drive it: an in-process simulator with three New referrals (n0..n2),
// one Evaluating (e0) and one Negotiating (g0, 2 500 EUR closing 2026-03-20), a sync engine on a
// test clock, and the main window at 1280x800 after a first sync; with the ways a person reaches
// a card, a column, a dialog and a menu.

#include "actioncontroller.h"
#include "boardwidget.h"
#include "mainwindow.h"
#include "models/referrallistmodel.h"
#include "simserver.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"

#include <QApplication>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace rd::test {

/// No Q_OBJECT of its own: a test class derives from it and adds its slots.
class BoardFixture : public QObject
{
protected:
    using Service = rd::sim::Service;
    using Server = rd::sim::Server;

    QTemporaryDir m_dir;
    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncScheduler> m_scheduler;
    quint16 m_port = 0;

    void sync(bool full = false)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        m_scheduler->syncNow(full);
        QVERIFY(finished.wait(30000));
    }

    QString newestArchivedId() const
    {
        return m_window->board()
            ->column(Stage::Archived)
            ->view()
            ->model()
            ->index(0, 0)
            .data(ReferralListModel::IdRole)
            .toString();
    }

    int rows(Stage stage) const
    {
        return m_window->board()->column(stage)->view()->model()->rowCount();
    }

    QModelIndex card(Stage stage, const QString &id) const
    {
        QAbstractItemModel *m = m_window->board()->column(stage)->view()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(ReferralListModel::IdRole).toString() == id)
                return m->index(r, 0);
        }
        return {};
    }

    void drop(const QString &id, Stage to)
    {
        auto *mime = new QMimeData;
        mime->setData(ReferralListModel::mimeType(), id.toUtf8());
        ColumnView *view = m_window->board()->column(to)->view();
        const QPoint at = view->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &dropEvent);
        delete mime;
    }

    /// Runs `fill` on the next modal dialog once it is shown.
    void whenDialogOpens(const std::function<void(QWidget *)> &fill)
    {
        QTimer::singleShot(0, this, [fill, this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog) {
                whenDialogOpens(fill);
                return;
            }
            fill(dialog);
        });
    }

    void whenMenuOpens(const std::function<void(QMenu *)> &pick)
    {
        QTimer::singleShot(0, this, [pick, this] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                whenMenuOpens(pick);
                return;
            }
            pick(menu);
        });
    }


    /// Builds everything and syncs once; `undoSeconds` is the actions' undo window.
    void start(int undoSeconds)
    {
        m_clock.setNow(utc(2026, 3, 2, 9, 0));
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(QStringLiteral("t"));
        m_service->setRetryAfterSecs(0);
        for (int i = 0; i < 3; ++i) {
            m_service->putReferral(ReferralBuilder()
                                       .set("id", QStringLiteral("n%1").arg(i))
                                       .set("customerProfile",
                                           QJsonObject { { QStringLiteral("name"),
                                               QStringLiteral("New customer %1").arg(i) } })
                                       .created(m_clock.now().addSecs(-3600 * (i + 1)))
                                       .updated(m_clock.now().addSecs(-3600 * (i + 1)))
                                       .json());
        }
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("e0"))
                                   .inEvaluating()
                                   .created(m_clock.now().addSecs(-7200))
                                   .updated(m_clock.now().addSecs(-3600))
                                   .json());
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("g0"))
                                   .inNegotiating(250000, QStringLiteral("EUR"), QDate(2026, 3, 20))
                                   .created(m_clock.now().addDays(-9))
                                   .updated(m_clock.now().addDays(-8))
                                   .json());
        m_server = std::make_unique<Server>(m_service.get());
        m_port = m_server->listenOn();
        QVERIFY(m_port);

        static int run = 0;
        const QString db = m_dir.filePath(QStringLiteral("board-%1.sqlite").arg(++run));
        ApiSettings api;
        api.apiBase = m_server->url();
        api.timeoutMs = 500;
        api.maxAttempts = 2;
        api.backoffBaseMs = 5;
        m_tokens = std::make_unique<StaticTokenSource>(QStringLiteral("t"));
        m_engine = std::make_unique<SyncEngine>(db, api, m_tokens.get(), &m_clock);
        QVERIFY(!m_engine->open());
        m_store = std::make_unique<Store>();
        QVERIFY(!m_store->open(db));
        m_window = std::make_unique<MainWindow>(m_store.get(), &m_clock);
        m_scheduler = std::make_unique<SyncScheduler>(m_engine.get());
        m_window->attachSync(m_engine.get(), m_scheduler.get());
        m_window->actions()->setUndoSeconds(undoSeconds);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        sync();
    }

    void stop()
    {
        m_window.reset();
        m_scheduler.reset();
        m_store.reset();
        m_engine.reset();
        m_server.reset();
        m_service.reset();
    }

};

} // namespace rd::test
