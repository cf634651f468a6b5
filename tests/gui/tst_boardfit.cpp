// The fit on the board (issue 18), as a person meets it: a mark on the New and Evaluating cards
// once the history is read, the board sorted by it when asked (and still so after a restart),
// "Show" narrowed to a fit level or to the deals whose closing date passed, and the details
// pane's sentence and similar referrals, each opening in the archive.

#include "boardviewoptions.h"
#include "support/boardfixture.h"
#include "support/fithistory.h"
#include "widgets/archivewindow.h"
#include "widgets/detailspane.h"
#include "widgets/fitpanel.h"

#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>

using namespace rd;
using namespace rd::test;

class BoardFitTest : public BoardFixture
{
    Q_OBJECT

    /// The board of BoardFixture plus the fit history and two New referrals: r-0100 like the
    /// won ones (created 5 h ago, less urgent) and r-0101 like the declined ones (1 h ago).
    void startWithHistory()
    {
        start(0);
        // Changed now, so the incremental sync reads them.
        const QString now = ReferralJson::formatInstant(m_clock.now());
        for (QJsonObject doc : fitHistory()) {
            doc.insert(QStringLiteral("updatedDateTime"), now);
            m_service->putReferral(doc);
        }
        QJsonObject liked = fitDoc(100, kWonKind, "New", "Pending");
        QJsonObject unliked = fitDoc(101, kDeclinedKind, "New", "Pending");
        for (auto [doc, hours] : { std::pair { &liked, 5 }, std::pair { &unliked, 30 } }) {
            doc->insert(QStringLiteral("createdDateTime"),
                ReferralJson::formatInstant(m_clock.now().addSecs(-3600 * hours)));
            doc->insert(QStringLiteral("updatedDateTime"), now);
            m_service->putReferral(*doc);
        }
        sync();
        QTRY_VERIFY_WITH_TIMEOUT(level(QStringLiteral("r-0100")) >= 0, 10000);
    }

    int level(const QString &id) const
    {
        const int row = m_window->model()->rowOf(id);
        return row < 0 ? -2
                       : m_window->model()->index(row).data(ReferralListModel::FitLevelRole).toInt();
    }

    QStringList idsIn(Stage stage) const
    {
        QStringList out;
        QAbstractItemModel *m = m_window->board()->column(stage)->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out.append(m->index(r, 0).data(ReferralListModel::IdRole).toString());
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().remove(QStringLiteral("board/sortByFit"));
        startWithHistory();
    }
    void cleanup() { stop(); }

    void newCardsCarryTheirFit()
    {
        QCOMPARE(level(QStringLiteral("r-0100")), int(Fit::Level::High));
        QCOMPARE(level(QStringLiteral("r-0101")), int(Fit::Level::Low));
        // The fixture's own New referrals have no products: nothing is like them yet.
        QCOMPARE(level(QStringLiteral("n0")), int(Fit::Level::Unknown));
        // No fit on a deal already being negotiated.
        QCOMPARE(level(QStringLiteral("g0")), -1);
        const QModelIndex card = this->card(Stage::New, QStringLiteral("r-0100"));
        QVERIFY(card.data(Qt::AccessibleTextRole).toString().contains(
            Fit::levelLabel(Fit::Level::High)));
    }

    void sortsByFitWhenAskedAndRemembersIt()
    {
        // Urgency first by default: the one waiting longer leads.
        QVERIFY(idsIn(Stage::New).indexOf(QStringLiteral("r-0101"))
            < idsIn(Stage::New).indexOf(QStringLiteral("r-0100")));
        BoardViewOptions *view = m_window->viewOptions();
        QAction *byFit = nullptr;
        for (QAction *a : view->viewMenu()->actions()) {
            if (a->objectName() == QLatin1String("actionSortByFit"))
                byFit = a;
        }
        QVERIFY(byFit);
        byFit->trigger();
        QCOMPARE(idsIn(Stage::New).first(), QStringLiteral("r-0100"));
        QVERIFY(idsIn(Stage::New).indexOf(QStringLiteral("r-0101"))
            > idsIn(Stage::New).indexOf(QStringLiteral("r-0100")));

        // A new window (the next start) sorts the same way.
        stop();
        startWithHistory();
        QVERIFY(m_window->viewOptions()->sortsByFit());
        QTRY_COMPARE(idsIn(Stage::New).first(), QStringLiteral("r-0100"));
    }

    void showNarrowsToAFitLevelOrToDealsNeedingAnUpdate()
    {
        QComboBox *show = m_window->viewOptions()->showBox();
        show->setCurrentIndex(show->findData(int(StageProxy::Narrow::HighFit)));
        QCOMPARE(idsIn(Stage::New), QStringList { QStringLiteral("r-0100") });
        QCOMPARE(idsIn(Stage::Negotiating), QStringList());
        show->setCurrentIndex(show->findData(int(StageProxy::Narrow::LowFit)));
        QCOMPARE(idsIn(Stage::New), QStringList { QStringLiteral("r-0101") });

        // g0 closes on 20 March: five days later it needs Won, Lost or a new date.
        show->setCurrentIndex(show->findData(int(StageProxy::Narrow::NeedsUpdate)));
        QCOMPARE(idsIn(Stage::Negotiating), QStringList());
        m_clock.setNow(utc(2026, 3, 25, 9, 0));
        m_window->model()->updateDeadlines(m_clock.now());
        QTRY_COMPARE(idsIn(Stage::Negotiating), QStringList { QStringLiteral("g0") });
        QCOMPARE(idsIn(Stage::New), QStringList());
        QTRY_VERIFY(show->currentText().contains(QLatin1String("1")));

        show->setCurrentIndex(show->findData(int(StageProxy::Narrow::All)));
        QVERIFY(idsIn(Stage::New).contains(QStringLiteral("r-0100")));
        QVERIFY(idsIn(Stage::New).contains(QStringLiteral("r-0101")));
    }

    void detailsSayWhyAndOpenTheSimilarOnes()
    {
        m_window->select(QStringLiteral("r-0100"));
        FitPanel *panel = m_window->details()->fitPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(panel->reason().contains(QStringLiteral("7")), qPrintable(panel->reason()));
        QVERIFY(panel->reason().contains(QStringLiteral("Azure Virtual Desktop")));
        QListWidget *list = panel->similarList();
        QTRY_COMPARE(list->count(), 8);
        // For a person to look at: the marks on the cards and the pane's reason.
        const QString shots = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/board-fit.png")));
        emit list->itemActivated(list->item(0));
        ArchiveWindow *archive = m_window->archiveWindow();
        QTRY_VERIFY(archive->isVisible());
        QCOMPARE(archive->details()->currentId(), QStringLiteral("r-0008"));

        // A Negotiating deal has no fit section.
        m_window->select(QStringLiteral("g0"));
        QTRY_VERIFY(!panel->isVisible());
    }
};

QTEST_MAIN(BoardFitTest)
#include "tst_boardfit.moc"
