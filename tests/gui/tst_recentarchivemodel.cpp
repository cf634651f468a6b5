// The Archived column's model beside a large archive: its count is the archive's (not the 50 rows
// it shows), the quick filter narrows rows and count with the archive window's matching, and every
// change arrives row by row, under QAbstractItemModelTester. The model reads on a thread of its
// own (issue 15): each step waits until it is read.

#include "models/recentarchivemodel.h"
#include "models/referrallistmodel.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "support/referralfactory.h"
#include "support/storefills.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

class RecentArchiveModelTest : public QObject
{
    Q_OBJECT

    static constexpr int kArchived = 134;

    QTemporaryDir m_dir;
    int m_run = 0;

    /// 134 archived referrals received (ref-0000000 closed first, ref-0000133 last), one sent,
    /// and two open ones, none of which the column counts.
    void fill(Store &store)
    {
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_run))));
        store.upsert(makeReferrals(0, kArchived));
        store.upsert(makeReferrals(1000, 2, QStringLiteral("New"), QStringLiteral("Pending")));
        QJsonObject sent = referralJson(2000);
        sent.insert(QStringLiteral("direction"), QStringLiteral("Outgoing"));
        store.upsert({ *ReferralJson::fromObject(sent).referral });
        QVERIFY(runFills(store)); // searched as the app searches once its idle fill is done
    }

    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row, 0).data(ReferralListModel::IdRole).toString());
        return out;
    }

    static QString id(int i) { return QStringLiteral("ref-%1").arg(i, 7, 10, QLatin1Char('0')); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countsTheWholeArchiveAndFiltersIt()
    {
        Store store;
        fill(store);
        RecentArchiveModel model(&store, 50);
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy total(&model, &RecentArchiveModel::totalCountChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), kArchived); // not the 50 shown, not the sent or open ones
        QCOMPARE(ids(model).first(), id(kArchived - 1)); // newest first
        QCOMPARE(model.rowOf(id(kArchived - 1)), 0);
        QCOMPARE(model.rowOf(id(kArchived - 50)), 49);
        QCOMPARE(model.rowOf(id(kArchived - 51)), -1); // archived but not among the 50
        QCOMPARE(model.rowOf(id(1000)), -1); // open

        // "Fabrikam" is every eighth customer: 17 of them, all shown, newest first.
        model.setQuickFilter(QStringLiteral("fabrikam"));
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.rowCount(), 17);
        QCOMPARE(model.totalCount(), 17);
        QCOMPARE(total.count(), 1);
        QCOMPARE(total.last().at(0).toInt(), 17);
        QCOMPARE(ids(model).first(), id(129));
        QCOMPARE(ids(model).last(), id(1));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, 0)
                        .data(ReferralListModel::CustomerRole)
                        .toString()
                        .startsWith(QStringLiteral("Fabrikam ")));
        }
        QCOMPARE(model.rowOf(id(129)), 0);
        QCOMPARE(model.rowOf(id(128)), -1); // filtered out

        // More matches than rows: 50 shown, all 67 counted (products, as the archive searches).
        model.setQuickFilter(QStringLiteral("Microsoft"));
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), 67);
        QCOMPARE(total.last().at(0).toInt(), 67);

        // Words that match nothing: an empty column that says 0.
        model.setQuickFilter(QStringLiteral("zzz-nothing"));
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);

        // Cleared: the newest 50 again and the whole archive's count.
        model.setQuickFilter(QString());
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), kArchived);
        QCOMPARE(total.last().at(0).toInt(), kArchived);
        QCOMPARE(ids(model).first(), id(kArchived - 1));
        QCOMPARE(reset.count(), 0); // always row by row

        // Punctuation only is no filter at all.
        const int emitted = int(total.count());
        model.setQuickFilter(QStringLiteral(" \"*( "));
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), kArchived);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(total.count(), emitted);
    }

    void refreshKeepsTheCountAndTheRowsInStep()
    {
        Store store;
        fill(store);
        RecentArchiveModel model(&store, 50);
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy total(&model, &RecentArchiveModel::totalCountChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // One more archived: it comes in on top, the 50th leaves, and the count follows.
        store.upsert({ makeReferral(kArchived) });
        model.refresh();
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), kArchived + 1);
        QCOMPARE(total.count(), 1);
        QCOMPARE(total.last().at(0).toInt(), kArchived + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(id(kArchived)), 0);
        QCOMPARE(model.rowCount(), 50);

        // Under a filter, the count is the filter's: a new Fabrikam (every eighth) counts, and a
        // referral it does not match changes nothing.
        model.setQuickFilter(QStringLiteral("fabrikam"));
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), 17);
        inserted.clear();
        removed.clear();
        store.upsert({ makeReferral(kArchived + 1) }); // 135 % 8 == 7: Proseware
        model.refresh();
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), 17);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        store.upsert({ makeReferral(137) }); // 137 % 8 == 1: Fabrikam
        model.refresh();
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), 18);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOf(id(137)), 0);

        // A referral that leaves the archive (reopened remotely) leaves the column and its count.
        store.upsert({ makeReferral(137, QStringLiteral("Active"), QStringLiteral("Accepted")) });
        model.refresh();
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), 17);
        QCOMPARE(model.rowOf(id(137)), -1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);

        // The sent referrals are another list with their own count.
        model.setQuickFilter(QString());
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        model.setOutgoing(true);
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(ids(model), QStringList { id(2000) });
        model.setOutgoing(false);
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), kArchived + 2);
    }

    void theTotalCountsOnlyWhatTheStoreArchives()
    {
        // A small archive (fewer than the rows shown) and the store's own count agree.
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_run))));
        store.upsert(makeReferrals(0, 3));
        RecentArchiveModel model(&store, 50);
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(store.archiveTotal(false), 3);
        QCOMPARE(store.archiveTotal(true), 0);
        store.upsert(makeReferrals(3, 60));
        model.refresh();
        QTRY_VERIFY(!model.isReading()); // read on the archive reader's thread
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), 63);
        QCOMPARE(store.archiveTotal(false), store.archiveCount(ArchiveFilter()));
    }
};

QTEST_MAIN(RecentArchiveModelTest)
#include "tst_recentarchivemodel.moc"
