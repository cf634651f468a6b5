// Referrals this partner sent to others, on the board: never among the ones to answer, shown
// apart in the "Sent by You" view (open and archived), with no deadline badge and no action.

#include "actioncontroller.h"
#include "boardwidget.h"
#include "mainwindow.h"
#include "models/referrallistmodel.h"
#include "models/stageproxy.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "widgets/banner.h"
#include "widgets/carddelegate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

class OutgoingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    QStringList idsIn(Stage stage) const
    {
        QStringList ids;
        QAbstractItemModel *m = m_window->board()->column(stage)->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            ids.append(m->index(r, 0).data(ReferralListModel::IdRole).toString());
        return ids;
    }

    void put(const ReferralBuilder &b)
    {
        m_store->upsert({ b.build() });
        m_window->onReferralsChanged({ b.build().id });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        static int run = 0;
        m_store = std::make_unique<Store>();
        QVERIFY(!m_store->open(m_dir.filePath(QStringLiteral("o-%1.sqlite").arg(++run))));
        m_window = std::make_unique<MainWindow>(m_store.get(), &m_clock);
        m_window->resize(1280, 720);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
    }

    void sentReferralsAreShownApartWithoutDeadlineOrActions()
    {
        const QDateTime created = m_clock.now().addSecs(-30 * 3600);
        put(ReferralBuilder().set("id", QStringLiteral("mine")).created(created).updated(created));
        QAction *sent = m_window->sentByYouAction();
        QVERIFY(!sent->isVisible()); // nothing sent yet: nothing to switch to
        put(ReferralBuilder()
                .set("id", QStringLiteral("sent-new"))
                .set("direction", QStringLiteral("Outgoing"))
                .created(created)
                .updated(created));
        put(ReferralBuilder()
                .set("id", QStringLiteral("sent-won"))
                .set("direction", QStringLiteral("Outgoing"))
                .archived()
                .created(created)
                .updated(created));
        put(ReferralBuilder()
                .set("id", QStringLiteral("mine-won"))
                .archived()
                .created(created)
                .updated(created));
        for (Stage s : { Stage::New, Stage::Archived })
            QAbstractItemModelTester tester(
                m_window->board()->column(s)->view()->model(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The referrals to answer: only the received ones
        QCOMPARE(idsIn(Stage::New), QStringList { QStringLiteral("mine") });
        QCOMPARE(idsIn(Stage::Archived), QStringList { QStringLiteral("mine-won") });
        QVERIFY(sent->isVisible());
        QCOMPARE(sent->text(), QStringLiteral("Sent by You (1)"));

        // "Sent by You": the sent ones, open and archived, said so by a banner
        sent->trigger();
        QCOMPARE(idsIn(Stage::New), QStringList { QStringLiteral("sent-new") });
        QCOMPARE(idsIn(Stage::Archived), QStringList { QStringLiteral("sent-won") });
        QVERIFY(m_window->findChild<Banner *>(QStringLiteral("outgoingBanner"))->isVisible());
        const QModelIndex card = m_window->board()->column(Stage::New)->view()->model()->index(0, 0);
        QCOMPARE(card.data(ReferralListModel::BadgeRole).toInt(), int(Badge::None));
        QCOMPARE(card.data(ReferralListModel::BadgeTextRole).toString(), QStringLiteral("Sent by you"));
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 240, 160);
        option.font = m_window->font();
        QVERIFY(CardDelegate::buttons(option, card).isEmpty()); // no I'm interested, no No thanks
        QVERIFY(!m_window->actions()->canMove({ QStringLiteral("sent-new") }, Stage::Evaluating));

        // And back
        m_window->findChild<Banner *>(QStringLiteral("outgoingBanner"))->button()->click();
        QVERIFY(!sent->isChecked());
        QCOMPARE(idsIn(Stage::New), QStringList { QStringLiteral("mine") });
    }
};

QTEST_MAIN(OutgoingTest)
#include "tst_outgoing.moc"
