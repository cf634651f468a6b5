// PageWriter (issue 15, a faster first sync): the pages waiting when a write begins are written
// together, in one transaction with the last one's cursor, never more than maxBatch referrals;
// a page handed over while the database is locked by another connection waits and is written
// once the lock is gone.

#include "domain/referraljson.h"
#include "store/store.h"
#include "support/rawdb.h"
#include "support/referralbuilder.h"
#include "sync/pagewriter.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());

/// `count` referrals updated one minute apart from `first` on.
ReferralPage pageOf(int first, int count)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i)
        items.append(ReferralBuilder()
                         .set("id", QStringLiteral("r%1").arg(i, 5, 10, QLatin1Char('0')))
                         .set("name", QStringLiteral("Referral %1").arg(i))
                         .updated(kStart.addSecs(60 * i))
                         .build()
                         .raw);
    return ReferralPage::of(items);
}

} // namespace

class PageWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<StoreError>();
    }

    void pagesWaitingAreWrittenTogetherWithTheLastCursor_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("perPage");
        QTest::addRow("four pages of 100") << 4 << 100;
        QTest::addRow("nine pages of 100: more than one batch holds") << 9 << 100;
        QTest::addRow("pages larger than a batch: one each") << 3 << PageWriter::maxBatch + 1;
    }

    void pagesWaitingAreWrittenTogetherWithTheLastCursor()
    {
        QFETCH(int, pages);
        QFETCH(int, perPage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("referrals.sqlite"));
        {
            Store store;
            QVERIFY(!store.open(path));
        }
        RawDb other(path);
        // Another connection holds the write lock while every page is handed over: the writer
        // waits for it (the store's busy timeout), so the pages after the first one it took
        // are all waiting when it goes on.
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        PageWriter writer(path);
        QSignalSpy written(&writer, &PageWriter::written);
        for (int p = 0; p < pages; ++p) {
            writer.write(
                1, pageOf(p * perPage, perPage), kStart.addSecs(60 * ((p + 1) * perPage - 1)));
        }
        QVERIFY(other.exec(QStringLiteral("COMMIT")));

        int pagesWritten = 0;
        int referralsWritten = 0;
        QList<int> batches;
        while (pagesWritten < pages) {
            QVERIFY(written.wait(10000));
            while (!written.isEmpty()) {
                const QList<QVariant> args = written.takeFirst();
                QCOMPARE(args.at(0).toULongLong(), 1u);
                const int n = args.at(1).toInt();
                QVERIFY(!args.at(3).value<StoreError>());
                QCOMPARE(args.at(2).toStringList().size(), n * perPage); // every one new
                QVERIFY(n * perPage <= std::max(PageWriter::maxBatch, perPage));
                batches.append(n);
                pagesWritten += n;
                referralsWritten += int(args.at(2).toStringList().size());
            }
        }
        QCOMPARE(pagesWritten, pages);
        // Took the first page alone (or with others, had it not begun yet), then what waited,
        // as few batches as maxBatch allows.
        const int perBatch = std::max(1, PageWriter::maxBatch / perPage);
        const int fewest = (pages + perBatch - 1) / perBatch;
        QStringList sizes;
        for (int b : std::as_const(batches))
            sizes << QString::number(b);
        QVERIFY2(batches.size() <= fewest + 1,
            qPrintable(QStringLiteral("batches of %1 pages").arg(sizes.join(QLatin1Char(',')))));
        if (perBatch > 1)
            QVERIFY(batches.size() < pages);
        QCOMPARE(other.value(QStringLiteral("SELECT count(*) FROM referrals")).toInt(),
            referralsWritten);
        QCOMPARE(other.value(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"))
                     .toString(),
            ReferralJson::formatInstant(kStart.addSecs(60 * (pages * perPage - 1))));
    }
};

QTEST_GUILESS_MAIN(PageWriterTest)
#include "tst_pagewriter.moc"
