// A first sync's pages leave their search index entries and fit counts to the background fills
// (issue 15, format 19): the referrals are found once the search fill has indexed them, changes
// made meanwhile are indexed as they are then, nothing is indexed or counted twice, and the
// index equals one made again from the columns. A page with a few new referrals is indexed and
// counted at once.

#include "domain/referraljson.h"
#include "store/fitstore.h"
#include "store/store.h"
#include "store/storedb.h"
#include "support/fithistory.h"
#include "support/referralbuilder.h"
#include "support/searchindexcheck.h"
#include "support/storefills.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

Referral archived(const QString &id, const QString &customer)
{
    return ReferralBuilder()
        .set("id", id)
        .archived(QStringLiteral("Won"))
        .set("name", QStringLiteral("Request from ") + customer)
        .set("customerProfile", QJsonObject { { QStringLiteral("name"), customer } })
        .build();
}

/// `count` archived referrals "<prefix>-N" of customer "<customer> N".
QList<Referral> page(const QString &prefix, const QString &customer, int count, int from = 0)
{
    QList<Referral> out;
    for (int i = from; i < from + count; ++i)
        out.append(archived(QStringLiteral("%1-%2").arg(prefix).arg(i),
            QStringLiteral("%1 %2").arg(customer).arg(i)));
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// Every row of the fit's two tables, as text, in a stable order.
QStringList fitRows(const Store &store)
{
    QStringList out;
    for (const FitCount &c : FitStore::counts(store))
        out.append(QStringLiteral("%1|%2|%3|%4|%5|%6/%7")
                       .arg(c.product, c.industry, c.size, c.country, c.qualification)
                       .arg(c.won)
                       .arg(c.total));
    return sorted(out);
}

} // namespace

class SearchFillTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("fill-%1.sqlite").arg(++m_run)); }

    static QStringList find(const Store &store, const QString &text)
    {
        ArchiveFilter f;
        f.text = text;
        QStringList ids;
        for (const ArchiveRow &row :
            store.archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 500))
            ids.append(row.id);
        return sorted(ids);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aFirstSyncsPageIsFoundOnceTheFillHasIndexedIt()
    {
        const QString path = newPath();
        Store store;
        QVERIFY(!store.open(path));
        // A few first, as a sync like any other brings them: indexed at once.
        QCOMPARE(store.upsert(page(QStringLiteral("few"), QStringLiteral("Zorvath"), 5)).size(), 5);
        QCOMPARE(store.searchPending(), 0);
        QCOMPARE(find(store, QStringLiteral("zorvath")).size(), 5);

        // A page of new ones, as a first sync's: stored, left to the fill.
        QCOMPARE(
            store.upsert(page(QStringLiteral("bulk"), QStringLiteral("Quillmore"), 120)).size(),
            120);
        QCOMPARE(store.searchPending(), 120);
        QVERIFY(find(store, QStringLiteral("quillmore")).isEmpty());
        QCOMPARE(store.archiveCount(ArchiveFilter()), 125); // stored, and listed without a search

        // Changed before the fill reached them: one waiting for the fill, one indexed at once.
        QVERIFY(!store
                     .upsert({ archived(QStringLiteral("bulk-7"), QStringLiteral("Brightwater 7")),
                         archived(QStringLiteral("few-2"), QStringLiteral("Brightwater 2")) })
                     .isEmpty());
        QCOMPARE(
            find(store, QStringLiteral("brightwater")), QStringList { QStringLiteral("few-2") });
        QCOMPARE(store.searchPending(), 120);

        // Indexed a batch at a time, each batch found as soon as it is.
        QCOMPARE(store.indexForSearch(50), 50);
        QCOMPARE(store.searchPending(), 70);
        QCOMPARE(find(store, QStringLiteral("quillmore")).size(), 49); // bulk-0..49 but bulk-7
        while (store.indexForSearch(50) > 0) { }
        QCOMPARE(store.searchPending(), 0);
        QCOMPARE(store.indexForSearch(50), 0);
        QCOMPARE(find(store, QStringLiteral("quillmore")).size(), 119);
        QCOMPARE(find(store, QStringLiteral("brightwater")),
            (QStringList { QStringLiteral("bulk-7"), QStringLiteral("few-2") }));
        QVERIFY(find(store, QStringLiteral("zorvath 2")).isEmpty()); // its old text is gone
        store.close();
        QCOMPARE(searchIndexAgainstColumns(path), QStringList());
    }

    void aRangeIsExtendedOnlyWhileNothingWasIndexedPastIt()
    {
        const QString path = newPath();
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(
            store.upsert(page(QStringLiteral("a"), QStringLiteral("Alderwick"), 60)).size(), 60);
        QCOMPARE(
            store.upsert(page(QStringLiteral("b"), QStringLiteral("Birchmont"), 60)).size(), 60);
        QCOMPARE(store.searchPending(), 120); // two pages of one first sync: one range

        // A few written past the range while it waits are indexed at once; the next page can
        // then not join the range (the few would be indexed twice), so it is indexed at once.
        QCOMPARE(
            store.upsert(page(QStringLiteral("c"), QStringLiteral("Cobbleford"), 5)).size(), 5);
        QCOMPARE(store.upsert(page(QStringLiteral("d"), QStringLiteral("Dunmere"), 60)).size(), 60);
        QCOMPARE(store.searchPending(), 120);
        QCOMPARE(find(store, QStringLiteral("cobbleford")).size(), 5);
        QCOMPARE(find(store, QStringLiteral("dunmere")).size(), 60);
        QVERIFY(find(store, QStringLiteral("alderwick")).isEmpty());

        // Once the fill is done, the next first-sync page starts a range of its own after the
        // last row.
        QVERIFY(runFills(store));
        QCOMPARE(
            store.upsert(page(QStringLiteral("e"), QStringLiteral("Eastcairn"), 60)).size(), 60);
        QCOMPARE(store.searchPending(), 60);
        QVERIFY(find(store, QStringLiteral("eastcairn")).isEmpty());
        QVERIFY(runFills(store));
        for (const char *name : { "alderwick", "birchmont", "cobbleford", "dunmere", "eastcairn" })
            QCOMPARE(find(store, QLatin1String(name)).size(), *name == 'c' ? 5 : 60);
        store.close();
        QCOMPARE(searchIndexAgainstColumns(path), QStringList());
    }

    void aFirstSyncsHistoryIsCountedForTheFitByTheFill()
    {
        // The same history stored as a first sync stores it (pages of new referrals, counted by
        // the fill) and a few at a time (counted by the triggers): the same counts.
        QList<Referral> history;
        const FitKind *kinds[] = { &kWonKind, &kDeclinedKind, &kOtherKind };
        for (int i = 0; i < 180; ++i) {
            const bool won = i % 3 != 1;
            history.append(
                *ReferralJson::fromObject(fitDoc(i, *kinds[i % 3], "Closed", won ? "Won" : "Lost"))
                     .referral);
        }
        Store bulk;
        QVERIFY(!bulk.open(newPath()));
        for (int from = 0; from < history.size(); from += 90)
            QCOMPARE(bulk.upsert(history.mid(from, 90)).size(), 90);
        QVERIFY(FitStore::counting(bulk));
        Store few;
        QVERIFY(!few.open(newPath()));
        for (int from = 0; from < history.size(); from += 10)
            QCOMPARE(few.upsert(history.mid(from, 10)).size(), 10);
        QVERIFY(!FitStore::counting(few));
        QVERIFY(!fitRows(few).isEmpty());

        QVERIFY(runFills(bulk));
        QVERIFY(!FitStore::counting(bulk));
        QCOMPARE(fitRows(bulk), fitRows(few));

        // A change after the fill is counted by the triggers, in both alike.
        const Referral changed
            = *ReferralJson::fromObject(fitDoc(3, kWonKind, "Closed", "Lost")).referral;
        QCOMPARE(bulk.upsert({ changed }).size(), 1);
        QCOMPARE(few.upsert({ changed }).size(), 1);
        QCOMPARE(fitRows(bulk), fitRows(few));
    }

    void aFileOfFormat18HasNothingLeftToIndex()
    {
        const QString path = newPath();
        {
            Store old;
            QVERIFY(!old.openAtVersion(path, 18));
            QCOMPARE(
                old.upsert(page(QStringLiteral("old"), QStringLiteral("Harrowgate"), 80)).size(),
                80);
            QCOMPARE(find(old, QStringLiteral("harrowgate")).size(), 80); // indexed at once
        }
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.db().format(), Store::schemaVersion);
        QCOMPARE(store.searchPending(), 0);
        QCOMPARE(store.indexForSearch(1000), 0);
        QCOMPARE(find(store, QStringLiteral("harrowgate")).size(), 80);
        QCOMPARE(
            store.upsert(page(QStringLiteral("new"), QStringLiteral("Harrowgate"), 60, 80)).size(),
            60);
        QCOMPARE(store.searchPending(), 60);
        QVERIFY(runFills(store));
        QCOMPARE(find(store, QStringLiteral("harrowgate")).size(), 140);
        store.close();
        QCOMPARE(searchIndexAgainstColumns(path), QStringList());
    }
};

QTEST_GUILESS_MAIN(SearchFillTest)
#include "tst_searchfill.moc"
