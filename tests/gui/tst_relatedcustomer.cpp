// "The same customer again" (issue 18) on the board: a New or Evaluating card whose customer
// sent referrals before carries a mark (read off the GUI thread, updated after a sync), and the
// details pane lists those referrals under "Also from this customer" with how they ended, each
// opening that referral when activated.

#include "support/boardfixture.h"
#include "widgets/detailspane.h"

#include <QListWidget>
#include <QStandardPaths>

using namespace rd;
using namespace rd::test;

class RelatedCustomerTest : public BoardFixture
{
    Q_OBJECT

    QListWidget *relatedList() const
    {
        return m_window->details()->findChild<QListWidget *>(QStringLiteral("relatedReferrals"));
    }

    bool marked(Stage stage, const QString &id) const
    {
        return card(stage, id).data(ReferralListModel::RelatedRole).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { start(10); }
    void cleanup() { stop(); }

    void cardsAreMarkedAndThePaneListsTheOthers()
    {
        // The fixture's e0 (Evaluating) and g0 (Negotiating) are both from "Contoso": e0 is
        // marked; a Negotiating card is past deciding and carries no mark; n0..n2 are new.
        QTRY_VERIFY(marked(Stage::Evaluating, QStringLiteral("e0")));
        QVERIFY(!marked(Stage::Negotiating, QStringLiteral("g0")));
        QVERIFY(!marked(Stage::New, QStringLiteral("n0")));
        QVERIFY(card(Stage::Evaluating, QStringLiteral("e0"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Also from this customer")));

        // An archived referral of the same customer, written another way, and a second request
        // of "New customer 0" under another legal form: marks follow the sync.
        m_service->putReferral(
            ReferralBuilder()
                .set("id", QStringLiteral("a0"))
                .set("name", QStringLiteral("Last year's rollout"))
                .set("customerProfile",
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("CONTOSO GmbH") } })
                .archived(QStringLiteral("Lost"))
                .created(m_clock.now().addDays(-300))
                .updated(m_clock.now()) // after the cursor: pulled
                .json());
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("n9"))
                                   .set("customerProfile",
                                       QJsonObject { { QStringLiteral("name"),
                                           QStringLiteral("new customer 0 ltd") } })
                                   .created(m_clock.now().addSecs(-60))
                                   .updated(m_clock.now().addSecs(-60))
                                   .json());
        sync();
        QTRY_VERIFY(marked(Stage::New, QStringLiteral("n0")));
        QVERIFY(marked(Stage::New, QStringLiteral("n9")));
        QVERIFY(!marked(Stage::New, QStringLiteral("n1")));

        // The pane: newest first, how each ended in words.
        QVERIFY(m_window->select(QStringLiteral("e0")));
        QListWidget *list = relatedList();
        QVERIFY(list);
        QTRY_COMPARE(list->count(), 2);
        QVERIFY(list->isVisible());
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("g0"));
        QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), QStringLiteral("a0"));
        QVERIFY2(list->item(1)->text().startsWith(
                     QStringLiteral("CONTOSO GmbH — Last year's rollout: %1, ")
                         .arg(outcomeName(Outcome::Lost))),
            qPrintable(list->item(1)->text()));
        QVERIFY2(list->item(0)->text().contains(stageName(Stage::Negotiating)),
            qPrintable(list->item(0)->text()));
        QCOMPARE(list->accessibleName(), QStringLiteral("Also from this customer"));

        // Activated with the keyboard: the archived referral opens in the pane.
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(m_window->details()->currentId(), QStringLiteral("a0"));
        // Its own related ones replace the list: g0 and e0, from a0's side.
        QTRY_COMPARE(list->count(), 2);
        QTRY_COMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("e0"));

        // An open one is selected on the board.
        list->setCurrentRow(1);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("g0"));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(m_window->selectedId(), QStringLiteral("g0"));

        // A referral without others: no section.
        QVERIFY(m_window->select(QStringLiteral("n1")));
        QTRY_COMPARE(m_window->details()->currentId(), QStringLiteral("n1"));
        QCOMPARE(list->count(), 0);
        QVERIFY(!list->isVisible());
    }
};

QTEST_MAIN(RelatedCustomerTest)
#include "tst_relatedcustomer.moc"
