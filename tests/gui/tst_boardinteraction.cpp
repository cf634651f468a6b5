// What the person meant, on the board: one selected referral across the columns; the card
// followed after an action or a drop (and a second press never acts on its neighbour); Edit deal
// that sends only what was edited; the undo window with its bar (Undo, Send now, the countdown);
// the keyboard alone through a whole triage; the window's place remembered; and the dimming of
// the columns a dragged card cannot go to.

#include "boardselection.h"
#include "support/boardfixture.h"
#include "widgets/actiondialogs.h"
#include "widgets/archivewindow.h"
#include "widgets/banner.h"
#include "widgets/detailspane.h"
#include "widgets/undobar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace rd;
using namespace rd::test;

class BoardInteractionTest : public BoardFixture
{
    Q_OBJECT

    /// The views that have a selected or current card.
    QList<Stage> columnsWithSelection() const
    {
        QList<Stage> out;
        for (Stage s : allStages()) {
            const ColumnView *v = m_window->board()->column(s)->view();
            if (v->selectionModel()->hasSelection() || v->currentIndex().isValid())
                out.append(s);
        }
        return out;
    }

    void click(const QString &id)
    {
        const Stage stage = m_store->referral(id)->stage();
        ColumnView *view = m_window->board()->column(stage)->view();
        const QModelIndex i = card(stage, id);
        QVERIFY(i.isValid());
        // Away from the card's own buttons, on its customer line.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, view->visualRect(i).topLeft() + QPoint(12, 10));
    }

    QToolButton *detailsButton(Action action) const
    {
        for (QToolButton *b : m_window->details()->findChildren<QToolButton *>()) {
            if (b->defaultAction() == m_window->actions()->action(action))
                return b;
        }
        return nullptr;
    }

    /// A key on the main window, as a shortcut reaches it: once the window is active again (a
    /// dialog that just closed hands activation back asynchronously).
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    QString substatus(const QString &id) const
    {
        return m_service->referral(id)->value(QStringLiteral("substatus")).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { start(10); }
    void cleanup()
    {
        stop();
        QSettings().remove(QStringLiteral("window")); // no test starts with another's geometry
    }

    void oneSelectionAcrossTheColumns()
    {
        click(QStringLiteral("n0"));
        click(QStringLiteral("e0"));
        click(QStringLiteral("n0")); // back to the card that was current in its column already
        QCOMPARE(m_window->selectedId(), QStringLiteral("n0"));
        QCOMPARE(columnsWithSelection(), QList<Stage> { Stage::New });
        QCOMPARE(m_window->details()->currentId(), QStringLiteral("n0"));
        QCOMPARE(m_window->actions()->current(), QStringLiteral("n0"));
        // Decline belongs to Evaluating: it must not reach e0, which is no longer selected.
        QVERIFY(!m_window->actions()->action(Action::Decline)->isEnabled());
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_store->outbox().isEmpty());
        press(Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(m_store->outbox().first().referralId, QStringLiteral("n0"));
    }

    void theCardIsFollowedAndASecondPressDoesNothing()
    {
        click(QStringLiteral("n0"));
        QToolButton *interested = detailsButton(Action::Interested);
        QVERIFY(interested && interested->isEnabled());
        QTest::mouseClick(interested, Qt::LeftButton);
        // n0 is in Evaluating now, selected and in view there; n1 slid into its old place.
        QVERIFY(card(Stage::Evaluating, QStringLiteral("n0")).isValid());
        QCOMPARE(m_window->selectedId(), QStringLiteral("n0"));
        QCOMPARE(columnsWithSelection(), QList<Stage> { Stage::Evaluating });
        ColumnView *evaluating = m_window->board()->column(Stage::Evaluating)->view();
        QCOMPARE(evaluating->currentIndex().data(ReferralListModel::IdRole).toString(),
            QStringLiteral("n0"));
        QVERIFY(evaluating->selectionModel()->isSelected(evaluating->currentIndex()));
        QVERIFY(evaluating->viewport()->rect().intersects(
            evaluating->visualRect(evaluating->currentIndex())));
        QCOMPARE(m_window->details()->currentId(), QStringLiteral("n0"));
        // The same button again: n0 is past "I'm interested", and n1 is not the selection.
        QVERIFY(!interested->isEnabled() || !interested->isVisible());
        QTest::mouseClick(interested, Qt::LeftButton);
        QCOMPARE(m_store->outbox().size(), 1);
        QVERIFY(m_store->outboxFor(QStringLiteral("n1")).isEmpty());

        // A drop: the dropped card is the selected one, in its new column.
        click(QStringLiteral("n1"));
        drop(QStringLiteral("n1"), Stage::Evaluating);
        QCOMPARE(m_window->selectedId(), QStringLiteral("n1"));
        QCOMPARE(columnsWithSelection(), QList<Stage> { Stage::Evaluating });
        QCOMPARE(evaluating->currentIndex().data(ReferralListModel::IdRole).toString(),
            QStringLiteral("n1"));
        // And into the Archived column: still the one selected.
        whenDialogOpens([](QWidget *w) {
            auto *dialog = qobject_cast<ReasonDialog *>(w);
            QVERIFY(dialog);
            dialog->fill(Lifecycle::declineReasons().first());
            dialog->accept();
        });
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_store->referral(QStringLiteral("n1"))->stage(), Stage::Archived);
        QCOMPARE(m_window->selectedId(), QStringLiteral("n1"));
        QCOMPARE(columnsWithSelection(), QList<Stage> { Stage::Archived });
    }

    void editDealSendsOnlyWhatWasEdited()
    {
        // g0 closes on 2026-03-20; a month later that date has passed.
        m_clock.setNow(utc(2026, 4, 20, 9, 0));
        QVERIFY(m_window->select(QStringLiteral("g0")));
        whenDialogOpens([](QWidget *w) {
            auto *dialog = qobject_cast<AcceptDialog *>(w);
            QVERIFY(dialog);
            dialog->accept(); // Save, nothing touched
        });
        press(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(m_store->outbox().isEmpty()); // nothing to send
        QVERIFY(m_window->noticeBanner()->text().contains(QStringLiteral("unchanged")));
        QCOMPARE(m_store->referral(QStringLiteral("g0"))->details.closingDateTime.date(),
            QDate(2026, 3, 20));

        // Only the notes edited: only the notes are sent; the passed date is not refused.
        whenDialogOpens([](QWidget *w) {
            auto *dialog = qobject_cast<AcceptDialog *>(w);
            QVERIFY(dialog);
            auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes"));
            QVERIFY(notes);
            notes->setFocus();
            notes->selectAll();
            QTest::keyClicks(notes, QStringLiteral("Call back in May"));
            dialog->accept();
            QVERIFY2(!dialog->isVisible(),
                qPrintable(dialog->errorText(Field::None) + dialog->errorText(Field::ClosingDate)
                    + dialog->errorText(Field::DealValue)));
        });
        press(Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(m_store->outbox().size(), 1);
        const QJsonArray patch = m_store->outbox().first().patch;
        QCOMPARE(patch.size(), 1);
        QVERIFY(patch.first().toObject().value(QStringLiteral("path")).toString().contains(
            QStringLiteral("notes")));
        // A colleague changes the deal value meanwhile: their value stands, ours is the notes.
        QJsonObject doc = *m_service->referral(QStringLiteral("g0"));
        QJsonObject details = doc.value(QStringLiteral("details")).toObject();
        details.insert(QStringLiteral("dealValue"), 9999);
        doc.insert(QStringLiteral("details"), details);
        doc.insert(QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(m_clock.now()));
        m_service->putReferral(doc);
        sync(); // the pull brings their change; ours still waits in its window
        QVERIFY(m_window->actions()->sendNow());
        QTRY_VERIFY(m_store->outbox().isEmpty());
        const QJsonObject sent
            = m_service->referral(QStringLiteral("g0"))->value(QStringLiteral("details")).toObject();
        QCOMPARE(sent.value(QStringLiteral("dealValue")).toDouble(), 9999.0);
        QCOMPARE(sent.value(QStringLiteral("notes")).toString(), QStringLiteral("Call back in May"));

        // A closing date changed to another day in the past is refused beside the field.
        QString error;
        whenDialogOpens([&error](QWidget *w) {
            auto *dialog = qobject_cast<AcceptDialog *>(w);
            QVERIFY(dialog);
            dialog->fill(QStringLiteral("2,500"), QStringLiteral("EUR"), QDate(2026, 4, 1));
            dialog->accept();
            error = dialog->errorText(Field::ClosingDate);
            dialog->reject();
        });
        press(Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(error.contains(QStringLiteral("past")), qPrintable(error));
    }

    void anActionWaitsOutItsUndoWindow()
    {
        QVERIFY(m_window->select(QStringLiteral("n0")));
        press(Qt::Key_I, Qt::ControlModifier);
        UndoBar *bar = m_window->undoBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("in 10 s.")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QStringLiteral("New customer 0")));
        // Syncing meanwhile sends nothing.
        sync();
        QCOMPARE(substatus(QStringLiteral("n0")), QStringLiteral("Pending"));
        QCOMPARE(m_store->outbox().size(), 1);
        // The countdown follows the clock.
        m_clock.advanceSecs(4);
        QTRY_VERIFY2(bar->text().contains(QStringLiteral("in 6 s.")), qPrintable(bar->text()));
        // Ctrl+Z takes it back: nothing was sent, the bar goes.
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_store->outbox().isEmpty());
        QVERIFY(!bar->isVisible());
        QVERIFY(card(Stage::New, QStringLiteral("n0")).isValid());

        // Acted on again and left alone: at the window's end it is sent.
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        m_clock.advanceSecs(11);
        QTRY_VERIFY(!bar->isVisible());
        QTRY_COMPARE(substatus(QStringLiteral("n0")), QStringLiteral("Received"));
        QTRY_VERIFY(m_store->outbox().isEmpty());
        QTRY_VERIFY(!finished.isEmpty()); // the engine reports after the entry is done
        // Too late to undo now: Undo is no longer offered, and Partner Center keeps it.
        QTRY_VERIFY(!m_window->actions()->undoAction()->isEnabled());
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(substatus(QStringLiteral("n0")), QStringLiteral("Received"));
    }

    void sendNowAndAnotherActionEndTheWindow()
    {
        QVERIFY(m_window->select(QStringLiteral("n1")));
        press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY(m_store->outbox().first().holdUntil.isValid());
        QTest::mouseClick(m_window->undoBar()->sendNowButton(), Qt::LeftButton);
        QVERIFY(!m_window->undoBar()->isVisible());
        QTRY_COMPARE(substatus(QStringLiteral("n1")), QStringLiteral("Received"));

        // A second action ends the first one's window: one undo at a time.
        QVERIFY(m_window->select(QStringLiteral("n2")));
        press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY(m_window->select(QStringLiteral("e0")));
        whenDialogOpens([](QWidget *w) {
            auto *dialog = qobject_cast<AcceptDialog *>(w);
            QVERIFY(dialog);
            dialog->fill(QStringLiteral("1,000"), QStringLiteral("USD"), QDate(2026, 5, 1));
            dialog->accept();
        });
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(substatus(QStringLiteral("n2")), QStringLiteral("Received"));
        QCOMPARE(m_service->referral(QStringLiteral("e0"))->value(QStringLiteral("status")),
            QStringLiteral("New")); // still in its window
        QVERIFY(m_window->undoBar()->text().contains(Lifecycle::actionName(Action::Accept)));
    }

    void quittingSendsWhatWaitsThenEnds()
    {
        int quits = 0;
        m_window->setApplicationQuit([&quits] { ++quits; });
        QVERIFY(m_window->select(QStringLiteral("n0")));
        press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY(m_window->actions()->hasPending());
        m_window->quit();
        // The window is gone at once; the app ends only after the sync that sends it.
        QVERIFY(!m_window->isVisible());
        QCOMPARE(quits, 0);
        QTRY_COMPARE(quits, 1);
        QCOMPARE(substatus(QStringLiteral("n0")), QStringLiteral("Received"));
        QVERIFY(m_store->outbox().isEmpty());
    }

    void aWholeTriageByKeyboardAlone()
    {
        // From the quick filter, Tab reaches the first column and its first card.
        m_window->activateWindow();
        m_window->quickFilter()->setFocus();
        QTRY_VERIFY(m_window->quickFilter()->hasFocus());
        ColumnView *newView = m_window->board()->column(Stage::New)->view();
        for (int i = 0; i < 20 && QApplication::focusWidget() != newView; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), newView);
        const QString first = m_window->selectedId();
        QVERIFY(!first.isEmpty());
        QCOMPARE(newView->currentIndex().data(ReferralListModel::IdRole).toString(), first);

        // Act, and the keyboard goes along with the card; undo brings it back.
        QTest::keyClick(newView, Qt::Key_I, Qt::ControlModifier);
        ColumnView *evaluating = m_window->board()->column(Stage::Evaluating)->view();
        QCOMPARE(QApplication::focusWidget(), evaluating);
        QCOMPARE(m_window->selectedId(), first);
        QTest::keyClick(evaluating, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_store->outbox().isEmpty());
        QVERIFY(card(Stage::New, first).isValid());

        // Enter opens the details; Escape goes back to the card.
        QVERIFY(m_window->select(QStringLiteral("e0")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_window->details()->isAncestorOf(QApplication::focusWidget())
            || QApplication::focusWidget() == m_window->details());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), evaluating);

        // Accept with its dialog, typed.
        whenDialogOpens([](QWidget *w) {
            auto *value = w->findChild<QLineEdit *>(QStringLiteral("dealValue"));
            QVERIFY(value);
            value->setFocus();
            QTest::keyClicks(value, QStringLiteral("4200"));
            QTest::keyClick(value, Qt::Key_Return);
        });
        QTest::keyClick(evaluating, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_store->referral(QStringLiteral("e0"))->stage(), Stage::Negotiating);
        QCOMPARE(m_window->selectedId(), QStringLiteral("e0"));

        // The archive opens with its shortcut and closes with Escape.
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        ArchiveWindow *archive = m_window->archiveWindow();
        QTRY_VERIFY(archive->isVisible());
        QTest::keyClick(archive, Qt::Key_Escape);
        QTRY_VERIFY(!archive->isVisible());

        // Escape in the quick filter clears it; Ctrl+, asks for the settings.
        m_window->quickFilter()->setFocus();
        QTest::keyClicks(m_window->quickFilter(), QStringLiteral("zzz"));
        QTest::keyClick(m_window->quickFilter(), Qt::Key_Escape);
        QVERIFY(m_window->quickFilter()->text().isEmpty());
        QSignalSpy settings(m_window.get(), &MainWindow::settingsRequested);
        press(Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settings.size(), 1);
    }

    void theArchivedColumnCountsTheWholeArchiveAndIsFiltered()
    {
        m_service->addReferrals(400, 7); // generated: many of them closed long ago
        sync(true);
        StageColumn *archived = m_window->board()->column(Stage::Archived);
        const int total = m_store->archiveCount(ArchiveFilter());
        QVERIFY2(total > 50, qPrintable(QString::number(total)));
        QCOMPARE(archived->view()->model()->rowCount(), 50); // the newest few are listed…
        // …all are counted, on the archive reader's thread.
        QTRY_VERIFY2(archived->header()->text().endsWith(QString::number(total)),
            qPrintable(archived->header()->text()));

        // The quick filter narrows the Archived column like the others.
        const QString customer = archived->view()
                                     ->model()
                                     ->index(0, 0)
                                     .data(ReferralListModel::CustomerRole)
                                     .toString();
        QTest::keyClicks(m_window->quickFilter(), customer);
        ArchiveFilter byText;
        byText.text = customer;
        const int matching = m_store->archiveCount(byText);
        QVERIFY(matching < total);
        QTRY_VERIFY2(archived->header()->text().endsWith(QString::number(matching)),
            qPrintable(archived->header()->text()));
        QTRY_COMPARE(archived->view()->model()->rowCount(), std::min(matching, 50));
        m_window->quickFilter()->clear();
        QTRY_VERIFY(archived->header()->text().endsWith(QString::number(total)));
    }

    void columnsThatCannotTakeTheCardAreVeiled()
    {
        ColumnView *from = m_window->board()->column(Stage::New)->view();
        emit from->dragStarted({ QStringLiteral("n2") });
        QVERIFY(m_window->board()->column(Stage::Negotiating)->view()->isRefusingDrop());
        QVERIFY(!m_window->board()->column(Stage::Negotiating)->header()->isEnabled());
        QVERIFY(!m_window->board()->column(Stage::Evaluating)->view()->isRefusingDrop());
        emit from->dragFinished();
        QVERIFY(!m_window->board()->column(Stage::Negotiating)->view()->isRefusingDrop());
        QVERIFY(m_window->board()->column(Stage::Negotiating)->header()->isEnabled());
    }

    void theWindowsPlaceIsRememberedAndTheFirstFitsTheScreen()
    {
        // Fits a 1280×720 screen: nothing in the window insists on more.
        const QSize least = m_window->minimumSizeHint();
        QVERIFY2(least.width() <= 1280 && least.height() <= 680,
            qPrintable(QStringLiteral("%1×%2").arg(least.width()).arg(least.height())));

        m_window->setGeometry(QRect(40, 30, 1000, 640));
        m_window->saveLayout();
        MainWindow again(m_store.get(), &m_clock);
        // Qt 6.8's restoreGeometry() narrows a window wider than its screen to fit it; the
        // offscreen screen is 800 wide, less than the window's least width.
        const int available = again.screen()->availableGeometry().width();
        QCOMPARE(again.height(), 640);
        QVERIFY(again.width() == 1000 || (available < 1000 && again.width() < available));

        m_window->showMaximized();
        QTRY_VERIFY(m_window->isMaximized());
        m_window->saveLayout();
        MainWindow maximized(m_store.get(), &m_clock);
        maximized.show();
        QTRY_VERIFY(maximized.isMaximized());

        // Nothing saved: the window fits the screen it opens on.
        QSettings().remove(QStringLiteral("window"));
        MainWindow fresh(m_store.get(), &m_clock);
        const QRect screen = fresh.screen()->availableGeometry();
        QVERIFY(fresh.width() <= std::max(screen.width(), least.width()));
        QVERIFY(fresh.height() <= std::max(screen.height(), least.height()));
    }
};

QTEST_MAIN(BoardInteractionTest)
#include "tst_boardinteraction.moc"
