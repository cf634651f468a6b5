// The board's models: granular updates from changed ids, stage proxies, and the one deadline
// timer that touches only the rows whose badge changes — all under QAbstractItemModelTester.

#include "models/deadlinescheduler.h"
#include "models/recentarchivemodel.h"
#include "models/referrallistmodel.h"
#include "models/stageproxy.h"
#include "store/store.h"
#include "support/rawdb.h"
#include "widgets/detailspane.h"
#include "support/referralbuilder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

class ReferralListModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    int m_run = 0;

    Referral fresh(const QString &id, qint64 ageSecs)
    {
        return ReferralBuilder()
            .set("id", id)
            .created(m_clock.now().addSecs(-ageSecs))
            .updated(m_clock.now().addSecs(-ageSecs));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { m_clock.setNow(utc(2026, 3, 2, 9, 0)); }

    void rowsFollowTheStoreOneByOne()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_run))));
        store.upsert({ fresh(QStringLiteral("a"), 3600), fresh(QStringLiteral("b"), 7200),
            ReferralBuilder().set("id", QStringLiteral("w")).archived() });
        const DeadlinePolicy policy({}, QTimeZone::utc());
        ReferralListModel model(&store, &m_clock, policy);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StageProxy newColumn(Stage::New), evaluating(Stage::Evaluating);
        newColumn.setSourceModel(&model);
        evaluating.setSourceModel(&model);
        QAbstractItemModelTester t1(
            &newColumn, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(
            &evaluating, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 2); // open only
        QCOMPARE(newColumn.rowCount(), 2);
        // Older first: it is closer to being missed.
        QCOMPARE(
            newColumn.index(0, 0).data(ReferralListModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("a")))
                     .data(ReferralListModel::BadgeTextRole)
                     .toString(),
            QStringLiteral("Respond in 23 h"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // An action on "a": one row changes, and its card moves column.
        QVERIFY(store.applyAction(QStringLiteral("a"), Action::Interested, {}, m_clock.now()).ok());
        model.refresh({ QStringLiteral("a") });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(QStringLiteral("a")));
        QCOMPARE(newColumn.rowCount(), 1);
        QCOMPARE(evaluating.rowCount(), 1);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("a")))
                     .data(ReferralListModel::PendingRole)
                     .toBool(),
            true);

        // A new referral arrives: one insert. One is archived: one removal. No reset, ever.
        store.upsert({ fresh(QStringLiteral("c"), 60) });
        model.refresh({ QStringLiteral("c") });
        QCOMPARE(inserted.count(), 1);
        QVERIFY(store.applyAction(QStringLiteral("b"), Action::NoThanks, {}, m_clock.now()).ok());
        model.refresh({ QStringLiteral("b") });
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
        QCOMPARE(reset.count(), 0);
        // Unknown and unchanged ids touch nothing.
        changed.clear();
        model.refresh({ QStringLiteral("nope") });
        QCOMPARE(changed.count() + inserted.count() + removed.count(), 2);
    }

    void aCardKeepsWhatTheBoardAndTheNotificationsReadAndNoMore()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_run))));
        const Referral stored
            = ReferralBuilder()
                  .set("id", QStringLiteral("n"))
                  .created(m_clock.now().addDays(-3))
                  .updated(m_clock.now().addDays(-1))
                  .expires(m_clock.now().addDays(4))
                  .inNegotiating(250000)
                  .detail("notes", QStringLiteral("A long note the card never shows"));
        store.upsert({ stored });
        ReferralListModel model(&store, &m_clock, DeadlinePolicy({}, QTimeZone::utc()));
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        const std::optional<Referral> card = model.referralAt(0);
        QVERIFY(card);
        QVERIFY(!model.referralAt(1));
        // What the deadline, the tray and the notifications read is all there...
        QCOMPARE(card->id, stored.id);
        QCOMPARE(card->name, stored.name);
        QCOMPARE(card->customerProfile.name, stored.customerProfile.name);
        QCOMPARE(card->stage(), Stage::Negotiating);
        QCOMPARE(card->outcome(), stored.outcome());
        QCOMPARE(card->createdDateTime, stored.createdDateTime);
        QCOMPARE(card->expirationDateTime, stored.expirationDateTime);
        QCOMPARE(card->details.closingDateTime, stored.details.closingDateTime);
        QCOMPARE(card->details.dealValue, stored.details.dealValue);
        QCOMPARE(card->details.currency, stored.details.currency);
        const DeadlinePolicy policy({}, QTimeZone::utc());
        QCOMPARE(policy.evaluate(*card, m_clock.now()).text,
            policy.evaluate(stored, m_clock.now()).text);
        // ...and the document, notes and contacts are not: the details pane reads them.
        QVERIFY(card->raw.isEmpty());
        QVERIFY(card->details.notes.isEmpty());
        QVERIFY(card->customerProfile.team.isEmpty());
    }

    void aCardWhoseStoredCopyCannotBeReadSaysItNeedsARefresh()
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_run));
        Store store;
        QVERIFY(!store.open(path));
        Referral damaged = fresh(QStringLiteral("d"), 3600);
        damaged.customerProfile.name = QStringLiteral("Northwind Traders");
        store.upsert({ damaged, fresh(QStringLiteral("ok"), 3600) });
        QVERIFY(RawDb(path).exec(
            QStringLiteral("UPDATE referrals SET raw = '{\"trunc' WHERE id = 'd'")));
        ReferralListModel model(&store, &m_clock, DeadlinePolicy({}, QTimeZone::utc()));
        model.reload();
        QCOMPARE(model.rowCount(), 2); // still on the board, in its column
        const QModelIndex card = model.index(model.rowOf(QStringLiteral("d")));
        QCOMPARE(card.data(ReferralListModel::CustomerRole).toString(),
            QStringLiteral("Northwind Traders"));
        QCOMPARE(card.data(ReferralListModel::StageRole).toInt(), int(Stage::New));
        QCOMPARE(card.data(ReferralListModel::BadgeTextRole).toString(),
            QStringLiteral("Needs a refresh"));
        QCOMPARE(card.data(ReferralListModel::BadgeRole).toInt(), int(Badge::None));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("ok")))
                     .data(ReferralListModel::BadgeTextRole)
                     .toString(),
            QStringLiteral("Respond in 23 h"));
        const QString details = DetailsPane::describe(*store.referral(QStringLiteral("d")),
            store.outboxFor(QStringLiteral("d")), {});
        QVERIFY2(details.startsWith(QStringLiteral("Needs a refresh: ")), qPrintable(details));
    }

    void theDeadlineTimerTouchesOnlyTheRowThatChanges()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_run))));
        // "soon" crosses the 6 h "respond soon" line in 30 s; the others change much later.
        store.upsert({ fresh(QStringLiteral("soon"), 18 * 3600 - 30),
            fresh(QStringLiteral("later"), 3600 + 17), fresh(QStringLiteral("new"), 120 + 5) });
        const DeadlinePolicy policy({}, QTimeZone::utc());
        ReferralListModel model(&store, &m_clock, policy);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        DeadlineScheduler scheduler(&model, &m_clock);
        const int soonRow = model.rowOf(QStringLiteral("soon"));
        QCOMPARE(
            model.index(soonRow).data(ReferralListModel::BadgeRole).toInt(), int(Badge::OnTime));
        QCOMPARE(model.index(soonRow).data(ReferralListModel::BadgeTextRole).toString(),
            QStringLiteral("Respond in 6 h 1 min"));
        // One timer, armed for the earliest change of any card: "soon" in 30 s.
        QCOMPARE(scheduler.armedFor(), m_clock.now().addSecs(30));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy fired(&scheduler, &DeadlineScheduler::fired);
        m_clock.advanceSecs(30); // the clock jumps: the scheduler catches up at once
        QCOMPARE(fired.count(), 1);
        QCOMPARE(fired.first().first().toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), soonRow);
        QCOMPARE(model.index(soonRow).data(ReferralListModel::BadgeRole).toInt(),
            int(Badge::RespondSoon));
        QCOMPARE(model.index(soonRow).data(ReferralListModel::BadgeTextRole).toString(),
            QStringLiteral("Respond in 6 h"));
        QVERIFY(scheduler.armedFor() > m_clock.now());
    }

    void aTimeZoneChangeMovesTheEndOfClosingDates()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("z%1.sqlite").arg(++m_run))));
        // Closing date 2026-03-02, now 23:30 UTC: still today in New York, passed in Berlin.
        m_clock.setNow(utc(2026, 3, 2, 23, 30));
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("g"))
                           .inNegotiating(100, QStringLiteral("EUR"), QDate(2026, 3, 2))
                           .build() });
        ReferralListModel model(
            &store, &m_clock, DeadlinePolicy({}, QTimeZone(QByteArrayLiteral("America/New_York"))));
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.index(0).data(ReferralListModel::BadgeRole).toInt(), int(Badge::Closing));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data(ReferralListModel::BadgeRole).toInt(), int(Badge::Overdue));
    }

    void theRecentArchiveUpdatesInPlace()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_run))));
        auto closed = [](const char *id, int day) {
            return ReferralBuilder()
                .set("id", QLatin1String(id))
                .archived()
                .set("closedDateTime", ReferralJson::formatInstant(utc(2026, 2, day)))
                .build();
        };
        store.upsert({ closed("x", 1), closed("y", 2) });
        RecentArchiveModel model(&store, 2);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, 0).data(ReferralListModel::IdRole).toString(), QStringLiteral("y"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store.upsert({ closed("z", 3) });
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ReferralListModel::IdRole).toString(), QStringLiteral("z"));
        QCOMPARE(model.index(0, 0).data(ReferralListModel::BadgeTextRole).toString(),
            QStringLiteral("Won"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(ReferralListModelTest)
#include "tst_referrallistmodel.moc"
