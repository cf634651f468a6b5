// PageWriter (issue 15, a faster first sync): the pages waiting when a write begins are written
// together, in one transaction with the last one's cursor, never more than maxBatch referrals;
// a page handed over while the database is locked by another connection waits and is written
// once the lock is gone; the pages its connection kept in memory are given back once it is idle.

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
#include <QUuid>

#ifdef RD_SYSTEM_SQLITE
#include <sqlite3.h>
#endif

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());

/// `count` referrals updated one minute apart from `first` on; with `notesLength` characters of
/// notes that do not compress (a row as large as a real one).
ReferralPage pageOf(int first, int count, int notesLength = 0)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i) {
        QString notes;
        while (notes.size() < notesLength)
            notes += QUuid::createUuid().toString(QUuid::Id128);
        items.append(ReferralBuilder()
                         .set("id", QStringLiteral("r%1").arg(i, 5, 10, QLatin1Char('0')))
                         .set("name", QStringLiteral("Referral %1").arg(i))
                         .detail("notes", notes)
                         .updated(kStart.addSecs(60 * i))
                         .build()
                         .raw);
    }
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
                QCOMPARE(args.at(0).toULongLong(), quint64(1));
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

    void theMemoryOfABigWriteIsGivenBackOnceIdle()
    {
#ifndef RD_SYSTEM_SQLITE
        QSKIP("SQLite's memory is counted only where Qt's driver uses the system's SQLite");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("referrals.sqlite"));
        {
            Store store;
            QVERIFY(!store.open(path));
        }
        PageWriter writer(path);
        QSignalSpy written(&writer, &PageWriter::written);
        const sqlite3_int64 before = sqlite3_memory_used();
        // A first sync's pages: the writer keeps the pages they land on (far more than
        // SQLite's default 2 MB) while they come.
        for (int p = 0; p < 10; ++p)
            writer.write(1, pageOf(p * 500, 500, 1500), kStart.addSecs(60 * ((p + 1) * 500 - 1)));
        int pages = 0;
        while (pages < 10) {
            QVERIFY(written.wait(20000));
            while (!written.isEmpty())
                pages += written.takeFirst().at(1).toInt();
        }
        const sqlite3_int64 busy = sqlite3_memory_used() - before;
        QVERIFY2(busy > 4 << 20, qPrintable(QString::number(busy)));
        // Idle: given back (what stays is the connection itself and its schema).
        QTRY_VERIFY2_WITH_TIMEOUT(sqlite3_memory_used() - before < busy / 4,
            qPrintable(QStringLiteral("%1 of %2 bytes kept")
                           .arg(sqlite3_memory_used() - before)
                           .arg(busy)),
            PageWriter::idleRelease * 5);
#endif
    }
};

QTEST_GUILESS_MAIN(PageWriterTest)
#include "tst_pagewriter.moc"
