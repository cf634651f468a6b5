// The board driven as a person would, against the in-process simulator: actions by keyboard,
// by the details pane's buttons and by drag and drop; an illegal drop explained; the Accept
// dialog's validation; a remote change moving a card; the pending mark while offline; and a
// screenshot of the whole window at 1280x800.

#include "actioncontroller.h"
#include "boardwidget.h"
#include "mainwindow.h"
#include "models/referrallistmodel.h"
#include "models/stageproxy.h"
#include "simserver.h"
#include "store/store.h"
#include "support/boardfixture.h"
#include "support/referralbuilder.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "widgets/actiondialogs.h"
#include "widgets/carddelegate.h"
#include "widgets/detailspane.h"
#include "uilanguage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

class BoardTest : public BoardFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        UiLanguage::install(QStringLiteral("en"), false); // "1 action", "2 actions"
    }

    // Sent at once, as before the undo window existed; tst_boardinteraction holds them.
    void init() { start(0); }
    void cleanup() { stop(); }

    void aSyncFillsTheColumnsAndEveryModelIsSound()
    {
        QCOMPARE(rows(Stage::New), 3);
        QCOMPARE(rows(Stage::Evaluating), 1);
        QCOMPARE(rows(Stage::Negotiating), 1);
        QAbstractItemModelTester tester(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (Stage s : { Stage::New, Stage::Evaluating, Stage::Negotiating })
            QAbstractItemModelTester(
                m_window->proxy(s), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_window->board()
                    ->column(Stage::Negotiating)
                    ->totals()
                    ->text()
                    .contains(QStringLiteral("2,500.00 EUR")));
        QVERIFY(m_window->connectionLabel()->text().startsWith(QStringLiteral("Online")));
    }

    void interestedByKeyboardShowsPendingThenSent()
    {
        QVERIFY(m_window->select(QStringLiteral("n0")));
        QCOMPARE(m_window->details()->currentId(), QStringLiteral("n0"));
        QVERIFY(m_window->details()->text().contains(QStringLiteral("New customer 0")));
        m_server.reset(); // offline: the action waits, visibly
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
        QVERIFY(card(Stage::Evaluating, QStringLiteral("n0")).isValid());
        QCOMPARE(card(Stage::Evaluating, QStringLiteral("n0"))
                     .data(ReferralListModel::PendingRole)
                     .toBool(),
            true);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QVERIFY(finished.wait(30000)); // the action asked for a sync, which failed
        QVERIFY(m_window->connectionLabel()->text().contains(QStringLiteral("1 action queued")));
        QCOMPARE(card(Stage::Evaluating, QStringLiteral("n0"))
                     .data(ReferralListModel::PendingRole)
                     .toBool(),
            true);

        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn(QHostAddress::LocalHost, m_port));
        sync();
        QCOMPARE(card(Stage::Evaluating, QStringLiteral("n0"))
                     .data(ReferralListModel::PendingRole)
                     .toBool(),
            false);
        QCOMPARE(m_service->referral(QStringLiteral("n0"))
                     ->value(QStringLiteral("substatus"))
                     .toString(),
            QStringLiteral("Received"));
    }

    void noThanksByTheDetailsPaneButton()
    {
        QVERIFY(m_window->select(QStringLiteral("n1")));
        QToolButton *button = nullptr;
        for (QToolButton *b : m_window->details()->findChildren<QToolButton *>()) {
            if (b->defaultAction() == m_window->actions()->action(Action::NoThanks))
                button = b;
        }
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!m_window->actions()->action(Action::Won)->isEnabled()); // not offered for New
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!card(Stage::New, QStringLiteral("n1")).isValid());
        sync();
        QCOMPARE(m_service->referral(QStringLiteral("n1"))
                     ->value(QStringLiteral("statusReason"))
                     .toString(),
            QStringLiteral("Skipped"));
        QCOMPARE(newestArchivedId(), QStringLiteral("n1"));
    }

    void undoUntilSentAndArrowKeysAcrossColumns()
    {
        QVERIFY(m_window->select(QStringLiteral("n2")));
        m_server.reset(); // offline, so the action waits and stays undoable
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
        QVERIFY(card(Stage::Evaluating, QStringLiteral("n2")).isValid());
        QVERIFY(finished.wait(30000));
        QVERIFY(m_window->actions()->undoAction()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(card(Stage::New, QStringLiteral("n2")).isValid()); // back, and nothing was sent
        QVERIFY(m_store->outbox().isEmpty());
        QVERIFY(!m_window->actions()->undoAction()->isEnabled());
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn(QHostAddress::LocalHost, m_port));
        sync();
        QCOMPARE(m_service->referral(QStringLiteral("n2"))
                     ->value(QStringLiteral("substatus"))
                     .toString(),
            QStringLiteral("Pending"));

        // Arrow keys: right moves to the Evaluating column, left comes back.
        QVERIFY(m_window->select(QStringLiteral("n2")));
        ColumnView *newView = m_window->board()->column(Stage::New)->view();
        QTest::keyClick(newView, Qt::Key_Right);
        ColumnView *evaluating = m_window->board()->column(Stage::Evaluating)->view();
        QCOMPARE(QApplication::focusWidget(), evaluating);
        QCOMPARE(m_window->details()->currentId(), QStringLiteral("e0"));
        QTest::keyClick(evaluating, Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), newView);
        QTest::keyClick(newView, Qt::Key_Return); // Enter opens the details
        QCOMPARE(QApplication::focusWidget()->parentWidget(), m_window->details());
    }

    void everyActionByKeyboardButtonAndDrop_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("way");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        const struct
        {
            const char *id;
            Action action;
            const char *status;
            const char *substatus;
            bool droppable;
        } cases[] = {
            { "n0", Action::Interested, "New", "Received", true },
            { "n0", Action::NoThanks, "Closed", "Declined", true },
            { "e0", Action::Accept, "Active", "Accepted", true },
            { "e0", Action::Decline, "Closed", "Declined", true },
            { "g0", Action::Won, "Closed", "Won", true },
            { "g0", Action::Lost, "Closed", "Lost", true },
            { "g0", Action::EditDeal, "Active", "Accepted", false },
        };
        for (const auto &c : cases) {
            for (const char *way : { "keyboard", "button", "card", "drop" }) {
                if (QByteArray(way) == "card" && c.action == Action::EditDeal)
                    continue; // a card carries its stage's two main actions
                if (QByteArray(way) == "drop" && !c.droppable)
                    continue;
                QTest::addRow("%s by %s", Lifecycle::actionKey(c.action).toUtf8().constData(), way)
                    << QString::fromLatin1(c.id) << c.action << QString::fromLatin1(way)
                    << QString::fromLatin1(c.status) << QString::fromLatin1(c.substatus);
            }
        }
    }

    void everyActionByKeyboardButtonAndDrop()
    {
        QFETCH(QString, id);
        QFETCH(Action, action);
        QFETCH(QString, way);
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        // Answer whatever the action asks for, as a person would.
        const bool asks = action != Action::Interested && action != Action::NoThanks;
        if (asks)
            whenDialogOpens([](QWidget *w) {
                if (auto *accept = qobject_cast<AcceptDialog *>(w)) {
                    accept->fill(QStringLiteral("9,999.99"), QStringLiteral("USD"),
                        QDate(2026, 5, 1), QStringLiteral("Edited"));
                    accept->accept();
                } else if (auto *reason = qobject_cast<ReasonDialog *>(w)) {
                    reason->fill(Lifecycle::lostReasons().first(), QStringLiteral("details"));
                    reason->accept();
                } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                    for (QAbstractButton *b : box->buttons()) {
                        if (box->buttonRole(b) == QMessageBox::AcceptRole)
                            b->click();
                    }
                }
            });
        if (way == QLatin1String("drop") && (action == Action::Won || action == Action::Lost)) {
            // Negotiating to Archived asks which: pick the action from the menu that opens.
            whenMenuOpens([action](QMenu *menu) {
                for (QAction *a : menu->actions()) {
                    if (a->text() == Lifecycle::actionName(action)) {
                        menu->setActiveAction(a);
                        QTest::keyClick(menu, Qt::Key_Return);
                        return;
                    }
                }
            });
        }
        QVERIFY(m_window->select(id));
        if (way == QLatin1String("keyboard")) {
            QTest::keySequence(m_window.get(), m_window->actions()->action(action)->shortcut());
        } else if (way == QLatin1String("button")) {
            QToolButton *button = nullptr;
            for (QToolButton *b : m_window->details()->findChildren<QToolButton *>()) {
                if (b->defaultAction() == m_window->actions()->action(action))
                    button = b;
            }
            QVERIFY(button && button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
        } else if (way == QLatin1String("card")) {
            // Click the button painted on the card itself.
            const Stage stage = m_store->referral(id)->stage();
            ColumnView *view = m_window->board()->column(stage)->view();
            const QModelIndex i = card(stage, id);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = view->visualRect(i);
            QRect target;
            for (const auto &[a, rect] : CardDelegate::buttons(option, i)) {
                if (a == action)
                    target = rect;
            }
            QVERIFY(target.isValid());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, target.center());
        } else {
            drop(id, Lifecycle::stageAfter(action));
        }
        QTRY_COMPARE(m_store->outboxFor(id).size(), 1);
        QCOMPARE(m_store->outboxFor(id).first().action, action);
        sync();
        QCOMPARE(m_service->referral(id)->value(QStringLiteral("status")).toString(), status);
        QCOMPARE(m_service->referral(id)->value(QStringLiteral("substatus")).toString(), substatus);
        QVERIFY(m_store->outboxFor(id).isEmpty());
    }

    void anIllegalDropIsRefusedWithItsReason()
    {
        drop(QStringLiteral("n2"), Stage::Negotiating);
        QVERIFY(card(Stage::New, QStringLiteral("n2")).isValid());
        QCOMPARE(m_window->statusBar()->currentMessage(),
            QStringLiteral("A referral in New can’t be moved to Negotiating. Allowed: I’m "
                           "interested and No thanks."));
        QVERIFY(!m_window->actions()->canMove({ QStringLiteral("n2") }, Stage::Negotiating));
        QVERIFY(m_window->actions()->canMove({ QStringLiteral("n2") }, Stage::Evaluating));
    }

    void columnsThatCannotTakeADraggedCardDim()
    {
        ColumnView *from = m_window->board()->column(Stage::New)->view();
        emit from->dragStarted({ QStringLiteral("n2") });
        QVERIFY(!m_window->board()->column(Stage::Evaluating)->isDimmed()); // I'm interested
        QVERIFY(!m_window->board()->column(Stage::Archived)->isDimmed()); // No thanks
        QVERIFY(m_window->board()->column(Stage::Negotiating)->isDimmed());
        QVERIFY(m_window->board()->column(Stage::New)->isDimmed());
        emit from->dragFinished();
        for (Stage s : allStages())
            QVERIFY(!m_window->board()->column(s)->isDimmed());
    }

    void aLegalDropActs()
    {
        drop(QStringLiteral("n2"), Stage::Evaluating);
        QVERIFY(card(Stage::Evaluating, QStringLiteral("n2")).isValid());
        sync();
        QCOMPARE(m_service->referral(QStringLiteral("n2"))
                     ->value(QStringLiteral("substatus"))
                     .toString(),
            QStringLiteral("Received"));
    }

    void dropToAcceptOpensTheDialogWhichValidates()
    {
        QString firstError;
        whenDialogOpens([&](QWidget *w) {
            auto *dialog = qobject_cast<AcceptDialog *>(w);
            QVERIFY(dialog);
            dialog->fill(QStringLiteral("12.345"), QStringLiteral("EUR"), QDate(2026, 4, 30));
            dialog->accept(); // refused: three decimals; the dialog stays with what was typed
            firstError = dialog->errorText(Field::DealValue);
            QVERIFY(dialog->isVisible());
            dialog->fill(QStringLiteral("12,500.50"), QStringLiteral("XYZ"), QDate(2026, 4, 30));
            dialog->accept();
            QCOMPARE(dialog->errorText(Field::Currency),
                QStringLiteral("“XYZ” is not an ISO 4217 currency code such as EUR or USD."));
            QVERIFY(dialog->errorText(Field::DealValue).isEmpty());
            dialog->fill(QStringLiteral("12,500.50"), QStringLiteral("eur"), QDate(2026, 4, 30));
            dialog->accept();
        });
        drop(QStringLiteral("e0"), Stage::Negotiating);
        QCOMPARE(firstError, QStringLiteral("EUR takes at most 2 decimals."));
        const QModelIndex accepted = card(Stage::Negotiating, QStringLiteral("e0"));
        QVERIFY(accepted.isValid());
        QVERIFY(accepted.data(ReferralListModel::DealRole)
                    .toString()
                    .startsWith(QStringLiteral("12,500.50 EUR")));
        sync();
        QCOMPARE(
            m_service->referral(QStringLiteral("e0"))->value(QStringLiteral("status")).toString(),
            QStringLiteral("Active"));
    }

    void aRemoteChangeMovesTheCard()
    {
        QJsonObject doc = *m_service->referral(QStringLiteral("g0"));
        doc.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        doc.insert(QStringLiteral("substatus"), QStringLiteral("Won"));
        doc.insert(QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(m_clock.now()));
        m_service->putReferral(doc);
        QCOMPARE(rows(Stage::Negotiating), 1);
        sync();
        QCOMPARE(rows(Stage::Negotiating), 0);
        QCOMPARE(newestArchivedId(), QStringLiteral("g0"));
    }

    void aBadgeChangesWhenTheClockPassesAThreshold()
    {
        const QModelIndex before = card(Stage::New, QStringLiteral("n2")); // 3 h old
        QCOMPARE(before.data(ReferralListModel::BadgeRole).toInt(), int(Badge::OnTime));
        QSignalSpy changed(m_window->model(), &QAbstractItemModel::dataChanged);
        m_clock.advanceSecs(15 * 3600); // now 18 h old: 6 h left of the 24 h target
        const QModelIndex after = card(Stage::New, QStringLiteral("n2"));
        QCOMPARE(after.data(ReferralListModel::BadgeRole).toInt(), int(Badge::RespondSoon));
        QVERIFY(!changed.isEmpty());
    }

    void screenshotOfTheBoard()
    {
        // Generated referrals carry old update times, so only a full sync brings them all.
        m_service->addReferrals(150, 7);
        sync(true);
        m_window->select(
            card(Stage::New, QStringLiteral("n0")).data(ReferralListModel::IdRole).toString());
        const QString dir = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(dir);
        const QImage shot = m_window->grab().toImage();
        QCOMPARE(shot.size(), QSize(1280, 800));
        QVERIFY(shot.save(dir + QStringLiteral("/board.png")));
        for (Stage s : allStages()) {
            StageColumn *c = m_window->board()->column(s);
            QVERIFY(c->isVisible());
            QVERIFY(c->geometry().right() <= m_window->board()->width()); // all four in view
            QVERIFY2(c->view()->model()->rowCount() > 0, qPrintable(stageName(s)));
        }
    }
};

QTEST_MAIN(BoardTest)
#include "tst_board.moc"
