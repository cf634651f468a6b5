// Format 17 (issue 15, a smaller file): documents are stored compressed, rows written before
// keep their text and read alike, a damaged compressed document is a damaged copy, the fit keeps
// counting by the industry and qualification of either, and a new file has 8 KB pages. Format 18
// deflates long notes too. Format 20 packs both with zstd and still reads what zlib deflated.

#include "insights/fit.h"
#include "store/documentcodec.h"
#include "store/fitstore.h"
#include "store/packedreferral.h"
#include "store/searchtext.h"
#include "store/store.h"
#include "store/storecompaction.h"
#include "support/rawdb.h"
#include "support/referralbuilder.h"
#include "support/searchindexcheck.h"
#include "support/storefills.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace rd;
using namespace rd::test;

class StoredDocumentsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_run)); }

    static Referral archived(const QString &id, const QString &industry, const char *substatus,
        const QString &notes = {})
    {
        ReferralBuilder b;
        if (!notes.isEmpty())
            b.detail("notes", notes);
        return b.set("id", id)
            .set("qualification", QStringLiteral("SalesQualified"))
            .detail("requirements",
                QJsonObject {
                    { QStringLiteral("industries"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"), industry } } } },
                    { QStringLiteral("products"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"),
                            QStringLiteral("Azure SQL Database") } } } } })
            .archived(QLatin1String(substatus));
    }

    /// The fit_kinds rows as "industry|qualification|won|total", sorted.
    static QStringList kinds(const QString &file)
    {
        RawDb raw(file);
        QStringList out
            = raw.value(QStringLiteral("SELECT group_concat(industry || '|' || qualification || "
                                       "'|' || won || '|' || total, ',') FROM fit_kinds "
                                       "WHERE total > 0"))
                  .toString()
                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.sort();
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aDocumentIsStoredCompressedAndReadBackWhole()
    {
        const QString file = freshPath();
        const Referral r = ReferralBuilder()
                               .set("id", QStringLiteral("c"))
                               .detail("notes",
                                   QStringLiteral("Müller & Söhne want Intune, "
                                                  "株式会社さくら物流 too. ")
                                       .repeated(20));
        {
            Store store;
            QVERIFY(!store.open(file));
            store.upsert({ r });
            const std::optional<Referral> back = store.referral(QStringLiteral("c"));
            QVERIFY(back);
            QCOMPARE(back->raw, r.raw);
            QCOMPARE(back->details.notes, r.details.notes);
        }
        RawDb raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT typeof(raw) FROM referrals")).toString(),
            QStringLiteral("blob"));
        const qint64 stored
            = raw.value(QStringLiteral("SELECT length(raw) FROM referrals")).toLongLong();
        const qint64 text = QJsonDocument(r.raw).toJson(QJsonDocument::Compact).size();
        // About a third with the dictionary (zlib alone: about a half).
        QVERIFY2(
            stored * 5 < text * 2, qPrintable(QStringLiteral("%1 of %2").arg(stored).arg(text)));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA page_size")).toInt(), 8192);
    }

    void theCodecRoundTripsAnyDocument()
    {
        const QList<QByteArray> documents {
            R"({"id":"a"})",
            QJsonDocument(ReferralBuilder()
                              .detail("notes", QStringLiteral("株式会社さくら物流 😀"))
                              .build()
                              .raw)
                .toJson(QJsonDocument::Compact),
            QByteArray(100000, 'x'),
        };
        for (const QByteArray &json : documents) {
            const QByteArray packed = DocumentCodec::pack(json);
            QVERIFY(!packed.isEmpty());
            QCOMPARE(DocumentCodec::unpack(packed), json);
        }
        QVERIFY(DocumentCodec::pack({}).isEmpty());
        // Packed without the dictionary, as qCompress does: read all the same.
        QCOMPARE(DocumentCodec::unpack(qCompress(documents.at(1))), documents.at(1));
        // Formats 17 to 19 deflated with the dictionary (this one was written by format 19's
        // DocumentCodec::pack): still read after format 20 packs with zstd.
        QCOMPARE(DocumentCodec::unpack(QByteArray::fromHex(
                     "000000a078bb85c6439783466b39b0242b01e68aa44addb4fca2dcc4125d434b445483c20c"
                     "58b22894270253a302ac1845f70a566723650b58f802cbf8ecd41485726091a550959399042e"
                     "ce81d5ac4201b01c492d5148c904a79e445022ae050003063754")),
            QByteArray("{\"id\":\"written-by-format-19\",\"name\":\"Contoso wants Azure\","
                       "\"status\":\"New\",\"substatus\":\"Pending\",\"details\":{\"notes\":"
                       "\"Packed with zlib and the preset dictionary\"}}"));
    }

    void theCodecPacksFromManyThreadsAtOnce()
    {
        // Each thread packs with its own context and the one shared dictionary.
        QList<QByteArray> documents;
        for (int i = 0; i < 400; ++i)
            documents.append(QJsonDocument(ReferralBuilder()
                                               .set("id", QStringLiteral("r%1").arg(i))
                                               .detail("notes", QStringLiteral("Note %1").arg(i))
                                               .build()
                                               .raw)
                                 .toJson(QJsonDocument::Compact));
        const QList<QByteArray> packed = QtConcurrent::blockingMapped(
            documents, [](const QByteArray &json) { return DocumentCodec::pack(json); });
        const QList<QByteArray> unpacked = QtConcurrent::blockingMapped(
            packed, [](const QByteArray &p) { return DocumentCodec::unpack(p); });
        QCOMPARE(unpacked, documents);
    }

    void aDocumentStoredAsTextBeforeStillReads()
    {
        const QString file = freshPath();
        const Referral r = ReferralBuilder()
                               .set("id", QStringLiteral("t"))
                               .detail("notes", QStringLiteral("Written by format 16"));
        {
            Store store;
            QVERIFY(!store.open(file));
            store.upsert({ r });
        }
        {
            RawDb raw(file);
            QVERIFY(raw.exec(
                QStringLiteral("UPDATE referrals SET raw = '%1'")
                    .arg(QString::fromUtf8(QJsonDocument(r.raw).toJson(QJsonDocument::Compact)))));
        }
        Store store;
        QVERIFY(!store.open(file));
        const std::optional<Referral> back = store.referral(QStringLiteral("t"));
        QVERIFY(back);
        QVERIFY(!back->needsRefresh);
        QCOMPARE(back->details.notes, QStringLiteral("Written by format 16"));
    }

    void aDamagedCompressedDocumentIsADamagedCopy_data()
    {
        QTest::addColumn<QString>("bytes");
        QTest::addRow("not zlib") << QStringLiteral("x'0000002a0102030405060708'");
        QTest::addRow("a length of 4 GB") << QStringLiteral("x'ffffffff789c0300000000'");
        QTest::addRow("too short") << QStringLiteral("x'0001'");
        QTest::addRow("zlib, not JSON") // qCompress("not json")
            << QStringLiteral("x'00000008789ccbcb2f51c82acecf03000e26032c'");
        QTest::addRow("another dictionary") // {"id":"d"} deflated with a dictionary not ours
            << QStringLiteral("x'0000000a78bb7edf092e83904a294ab500107102ec'");
        QTest::addRow("shorter than its length says") // {"id":"d"}, length 15
            << QStringLiteral("x'0000000f789cab56ca4c51b2524a51aa0500107102ec'");
        // Format 20's: a zstd frame after the length (made by `zstd --no-check`).
        QTest::addRow("zstd, not JSON") // "not json!!"
            << QStringLiteral("x'0000000a28b52ffd00585100006e6f74206a736f6e2121'");
        QTest::addRow("zstd, shorter than its length says") // {"id":"d"}, length 15
            << QStringLiteral("x'0000000f28b52ffd00585100007b226964223a2264227d'");
        QTest::addRow("zstd, more after its frame")
            << QStringLiteral("x'0000000a28b52ffd00585100007b226964223a2264227d00'");
        QTest::addRow("zstd, cut short")
            << QStringLiteral("x'0000000a28b52ffd00585100007b226964223a22'");
        QTest::addRow("zstd, a length of 4 GB")
            << QStringLiteral("x'ffffffff28b52ffd00585100007b226964223a2264227d'");
    }

    void aDamagedCompressedDocumentIsADamagedCopy()
    {
        QFETCH(QString, bytes);
        const QString file = freshPath();
        {
            Store store;
            QVERIFY(!store.open(file));
            store.upsert({ ReferralBuilder()
                               .set("id", QStringLiteral("d"))
                               .set("name", QStringLiteral("Kept in its column")) });
        }
        {
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("UPDATE referrals SET raw = %1").arg(bytes)));
        }
        Store store;
        QVERIFY(!store.open(file));
        const std::optional<Referral> back = store.referral(QStringLiteral("d"));
        QVERIFY(back);
        QVERIFY(back->needsRefresh); // read again by the next sync
        QCOMPARE(back->name, QStringLiteral("Kept in its column"));
    }

    void theSearchIndexKeepsNoTextAndFollowsEveryChange()
    {
        const QString file = freshPath();
        Store store;
        QVERIFY(!store.open(file));
        const auto found = [&store](const char *text) {
            ArchiveFilter f;
            f.text = QLatin1String(text);
            QStringList ids;
            for (const ArchiveRow &r :
                store.archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 10))
                ids.append(r.id);
            return ids;
        };
        const auto withNotes = [](const char *notes, const char *substatus = "Won") {
            return ReferralBuilder()
                .set("id", QStringLiteral("s"))
                .detail("notes", QString::fromUtf8(notes))
                .archived(QLatin1String(substatus));
        };
        store.upsert({ withNotes("Alpha rollout, Zürich office") });
        QCOMPARE(found("zurich"), QStringList { QStringLiteral("s") });
        store.upsert({ withNotes("Alpha rollout, Zürich office", "Lost") }); // same text
        store.upsert({ withNotes("Bravo migration") });
        QVERIFY(found("zurich").isEmpty());
        QVERIFY(found("alpha").isEmpty());
        QCOMPARE(found("bravo"), QStringList { QStringLiteral("s") });
        // A page with the same referral twice: each text taken out is the one put in before.
        store.upsert({ withNotes("Charlie"), withNotes("Delta") });
        QVERIFY(found("bravo").isEmpty());
        QVERIFY(found("charlie").isEmpty());
        QCOMPARE(found("delta"), QStringList { QStringLiteral("s") });

        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
        RawDb raw(file);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO referrals_search(referrals_search, rank) "
                                        "VALUES ('integrity-check', 0)")));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                          "'referrals_search_content'"))
                     .toInt(),
            0);
    }

    void textThatIsNotValidUtf16IsIndexedAsItIsStored()
    {
        // A name cut short in the middle of a surrogate pair: SQLite stores it changed, and
        // the index must be given the stored text, which the next change takes out again.
        const QString file = freshPath();
        Store store;
        QVERIFY(!store.open(file));
        const auto named = [](const QString &customer) {
            return ReferralBuilder()
                .set("id", QStringLiteral("u"))
                .set("customerProfile",
                    QJsonObject { { QStringLiteral("name"), customer },
                        { QStringLiteral("address"),
                            QJsonObject { { QStringLiteral("country"), QStringLiteral("DE") } } } })
                .archived();
        };
        store.upsert(
            { named(QStringLiteral("Contoso ") + QChar(0xD83D) + QStringLiteral("cd Ltd")) });
        store.upsert(
            { named(QStringLiteral("Contoso ") + QChar(0xD83D) + QStringLiteral("cd Ltd")) });
        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
        store.upsert({ named(QStringLiteral("Fabrikam") + QChar(0xFFFF) + QChar(0xDC00)) });
        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
        store.upsert({ named(QStringLiteral("Northwind Traders")) });
        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
    }

    void longNotesAreStoredDeflatedAndFoundAsText()
    {
        // Format 18: the notes, most of a row's text, deflated where that is shorter; found
        // by a fragment from their middle (checked against the notes as they read back), and
        // taken out of the index as they were stored, a lone surrogate included.
        const QString file = freshPath();
        Store store;
        QVERIFY(!store.open(file));
        const auto withNotes = [](const QString &notes) {
            return ReferralBuilder()
                .set("id", QStringLiteral("n"))
                .detail("notes", notes)
                .archived(QStringLiteral("Won"));
        };
        const QString first
            = QStringLiteral("Rollout of Intune to 400 seats in Zürich; ").repeated(6)
            + QChar(0xD83D) + QStringLiteral(" Kestrelmoor warehouse");
        store.upsert({ withNotes(first) });
        const auto found = [&store](const char *text) {
            ArchiveFilter f;
            f.text = QLatin1String(text);
            return store.archiveCount(f);
        };
        QCOMPARE(found("kestrelmoor"), 1);
        QCOMPARE(found("zurich"), 1);
        QCOMPARE(found("strelmo"), 1);
        {
            RawDb raw(file);
            QCOMPARE(raw.value(QStringLiteral("SELECT typeof(notes) FROM referrals")).toString(),
                QStringLiteral("blob"));
            QVERIFY(raw.value(QStringLiteral("SELECT length(notes) FROM referrals")).toLongLong()
                < first.toUtf8().size() / 2);
        }
        QCOMPARE(store.referral(QStringLiteral("n"))->details.notes, first);
        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
        store.upsert({ withNotes(QStringLiteral("Short")) }); // kept as text
        QCOMPARE(found("kestrelmoor"), 0);
        QCOMPARE(found("short"), 1);
        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
        RawDb raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT typeof(notes) FROM referrals")).toString(),
            QStringLiteral("text"));
    }

    void anOlderFileIsCompactedAsANewOneStoresItsRows()
    {
        // Written at format 16 (documents and notes as text, no fit columns), migrated, then
        // compacted: every row compressed, read and found and counted as before, the file
        // smaller; refused while another Store has the file open.
        const QString file = freshPath();
        const QString notes
            = QStringLiteral("Migration of 300 mailboxes to Exchange Online, ").repeated(4);
        {
            Store old;
            QVERIFY(!old.openAtVersion(file, 16));
            QList<Referral> page;
            for (int i = 0; i < 400; ++i) {
                page.append(archived(QStringLiteral("old-%1").arg(i),
                    i % 2 ? QStringLiteral("Retail") : QStringLiteral("Healthcare"),
                    i % 3 ? "Won" : "Lost", notes + QString::number(i)));
            }
            QCOMPARE(old.upsert(page).size(), page.size());
            QVERIFY(runFills(old));
        }
        {
            // Gaps among the rowids (format 16's index still has its own text): a VACUUM that
            // renumbered the rows would show in the search below.
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM referrals WHERE rowid % 7 = 3")));
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM referrals_search WHERE rowid % 7 = 3")));
        }
        Store store;
        QVERIFY(!store.open(file));
        const QStringList counted = kinds(file);
        QVERIFY(!counted.isEmpty());
        const std::optional<Referral> before = store.referral(QStringLiteral("old-7"));
        QVERIFY(before);
        ArchiveFilter f;
        f.text = QStringLiteral("mailboxes 123"); // old-123, rowid 124
        QCOMPARE(store.archiveCount(f), 1);
        {
            Store other;
            QVERIFY(!other.open(file));
            const CompactionReport refused = StoreCompaction::run(store);
            QCOMPARE(refused.error.kind, StoreError::Kind::Locked);
            QCOMPARE(refused.rowsRewritten, 0);
        }
        const CompactionReport report = StoreCompaction::run(store);
        QVERIFY2(!report.error, qPrintable(report.error.message));
        QCOMPARE(report.rowsRewritten, 400 - 57); // 57 taken out above
        QVERIFY2(report.bytesAfter < report.bytesBefore,
            qPrintable(QStringLiteral("%1 -> %2").arg(report.bytesBefore).arg(report.bytesAfter)));
        {
            RawDb raw(file);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM referrals WHERE typeof(raw) "
                                              "<> 'blob' OR typeof(notes) <> 'blob'"))
                         .toInt(),
                0);
        }
        QCOMPARE(kinds(file), counted);
        QCOMPARE(store.referral(QStringLiteral("old-7"))->raw, before->raw);
        QCOMPARE(store.archiveCount(f), 1);
        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
        // The fit keeps counting them when they change.
        store.upsert({ archived(QStringLiteral("old-7"), QStringLiteral("Retail"), "Lost") });
        QVERIFY(kinds(file) != counted);
        // Nothing left to rewrite: a second run only vacuums.
        QCOMPARE(StoreCompaction::run(store).rowsRewritten, 0);
    }

    void theArchiveTotalsFollowEveryChange()
    {
        const QString file = freshPath();
        const auto one = [](const char *id, bool archived, bool sent) {
            ReferralBuilder b;
            b.set("id", QLatin1String(id));
            if (sent)
                b.set("direction", QStringLiteral("Outgoing"));
            if (archived)
                b.archived();
            else
                b.inNew();
            return b.build();
        };
        {
            // An archive stored before format 17 is counted by the migration.
            Store old;
            QVERIFY(!old.openAtVersion(file, 16));
            old.upsert({ one("a", true, false), one("b", true, false), one("s", true, true),
                one("n", false, false) });
        }
        Store store;
        QVERIFY(!store.open(file));
        RawDb raw(file);
        const auto check = [&] {
            for (bool sent : { false, true }) {
                const int counted = raw.value(QStringLiteral("SELECT count(*) FROM referrals "
                                                             "WHERE stage = %1 AND outgoing = %2")
                                                  .arg(int(Stage::Archived))
                                                  .arg(sent ? 1 : 0))
                                        .toInt();
                if (store.archiveTotal(sent) != counted)
                    return QStringLiteral("%1: %2 kept, %3 counted")
                        .arg(sent ? QLatin1String("sent") : QLatin1String("received"))
                        .arg(store.archiveTotal(sent))
                        .arg(counted);
            }
            return QString();
        };
        QCOMPARE(store.archiveTotal(false), 2);
        QCOMPARE(store.archiveTotal(true), 1);
        store.upsert({ one("n", true, false), one("c", true, false), one("d", false, true) });
        QCOMPARE(check(), QString());
        QCOMPARE(store.archiveTotal(false), 4);
        store.upsert({ one("a", false, false), one("s", true, false), one("d", true, true) });
        QCOMPARE(check(), QString());
        QCOMPARE(store.archiveTotal(false), 4); // a reopened, s now received
        QCOMPARE(store.archiveTotal(true), 1); // s no longer sent, d archived
        store.upsert({ one("c", true, false) }); // the same again: no change
        QCOMPARE(check(), QString());
    }

    void theFitCountsByTheColumnsAndByTheTextOfOlderRows()
    {
        const QString file = freshPath();
        Store store;
        QVERIFY(!store.open(file));
        store.upsert({ archived(QStringLiteral("a"), QStringLiteral("Retail"), "Won"),
            archived(QStringLiteral("b"), QStringLiteral("Retail"), "Lost") });
        RawDb raw(file);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT industry FROM referrals WHERE id = 'a'")).toString(),
            QStringLiteral("Retail"));
        QCOMPARE(kinds(file), QStringList { QStringLiteral("Retail|SalesQualified|1|2") });

        // A row as format 16 wrote it: its document as text, no columns. Changing it takes it
        // away from what it was counted under, read from that text.
        const Referral older = archived(QStringLiteral("c"), QStringLiteral("Banking"), "Won");
        store.upsert({ older });
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE referrals SET industry = NULL, qualification = "
                           "NULL, raw = '%1' WHERE id = 'c'")
                .arg(QString::fromUtf8(QJsonDocument(older.raw).toJson(QJsonDocument::Compact)))));
        QCOMPARE(kinds(file),
            (QStringList { QStringLiteral("Banking|SalesQualified|1|1"),
                QStringLiteral("Retail|SalesQualified|1|2") }));
        store.upsert({ archived(QStringLiteral("c"), QStringLiteral("Retail"), "Won") });
        QCOMPARE(kinds(file), QStringList { QStringLiteral("Retail|SalesQualified|2|3") });
        QCOMPARE(raw.value(QStringLiteral("SELECT typeof(raw) FROM referrals WHERE id = 'c'"))
                     .toString(),
            QStringLiteral("blob"));
    }

    void aReferralPackedAheadIsStoredAsOnePackedWhileWritten()
    {
        // A sync packs each referral of the next page on another thread (PackedReferral); the
        // row and its search entry must be the very ones write() makes itself. Notes short and
        // long, contacts, a name cut short inside a surrogate pair, some already stored.
        QList<Referral> referrals;
        for (int i = 0; i < 60; ++i) {
            QString name = QStringLiteral("Kunde %1 Müller & Söhne").arg(i);
            if (i == 7)
                name += QChar(0xD83D); // half of an emoji
            referrals.append(archived(QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0')),
                i % 2 ? QStringLiteral("Retail") : QStringLiteral("Banking"),
                i % 3 ? "Won" : "Lost",
                i % 4 ? QStringLiteral("Teams rollout, %1 seats; Azure landing zone in "
                                       "Zürich, then Defender for every office.")
                            .arg(i * 10)
                      : QStringLiteral("Short %1").arg(i)));
            referrals.last().customerProfile.name = name;
        }
        const QString direct = freshPath(), ahead = freshPath();
        for (const QString &file : { direct, ahead }) {
            Store store;
            QVERIFY(!store.open(file));
            store.upsert(referrals.mid(50)); // stored before: written over, few
            QList<PackedReferral> packed;
            for (const Referral &r : std::as_const(referrals))
                packed.append(PackedReferral::of(r));
            const QStringList changed = file == direct
                ? store.upsert(referrals)
                : store.upsert(referrals, packed, std::nullopt);
            QCOMPARE(changed.size(), 50);
            QVERIFY(runFills(store));
        }
        const QString columns = QStringLiteral("SELECT * FROM referrals ORDER BY id");
        QSqlDatabase a = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("a"));
        QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b"));
        {
            a.setDatabaseName(direct);
            b.setDatabaseName(ahead);
            QVERIFY(a.open() && b.open());
            QSqlQuery qa(a), qb(b);
            QVERIFY(qa.exec(columns) && qb.exec(columns));
            int rows = 0;
            while (qa.next()) {
                QVERIFY(qb.next());
                for (int c = 0; c < qa.record().count(); ++c)
                    QVERIFY2(qa.value(c) == qb.value(c),
                        qPrintable(
                            qa.record().fieldName(c) + QLatin1Char(' ') + qa.value(0).toString()));
                ++rows;
            }
            QVERIFY(!qb.next());
            QCOMPARE(rows, 60);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("a"));
        QSqlDatabase::removeDatabase(QStringLiteral("b"));
        QCOMPARE(searchIndexAgainstColumns(ahead), QStringList());
    }
};

QTEST_GUILESS_MAIN(StoredDocumentsTest)
#include "tst_storeddocuments.moc"
