// The local store against real SQLite files in temporary folders: migrations, refusals, upsert,
// the action + outbox transaction, FIFO, FTS with hostile input, paging, and a crash mid-write.

#include "store/searchtext.h"
#include "store/store.h"
#include "store/storedb.h"
#include "store/storerepair.h"
#include "support/rawdb.h"
#include "support/referralbuilder.h"
#include "support/referralfactory.h"
#include "support/searchindexcheck.h"
#include "support/storefills.h"
#include "support/testwords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace rd;
using namespace rd::test;

namespace {



const QDateTime kNow = utc(2026, 1, 5, 12, 0);

int posixMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Referral newReferral(const QString &id, const QString &customer = QStringLiteral("Contoso"))
{
    return ReferralBuilder()
        .set("id", id)
        .set("customerProfile", QJsonObject { { QStringLiteral("name"), customer } })
        .created(kNow.addSecs(-3600));
}

ActionInput acceptInput()
{
    ActionInput in;
    in.dealValue = 1234500;
    in.currency = QStringLiteral("EUR");
    in.closingDate = kNow.date().addDays(20);
    return in;
}

QStringList idsOf(const QList<ArchiveRow> &rows)
{
    QStringList out;
    for (const ArchiveRow &r : rows)
        out.append(r.id);
    return out;
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPathUsesTheProfileFolder()
    {
        QCOMPARE(Store::defaultPath(QStringLiteral("/tmp/profile-x")),
            QStringLiteral("/tmp/profile-x/referrals.sqlite"));
        QVERIFY(Store::defaultPath().endsWith(QStringLiteral("/referrals.sqlite")));
    }

    void givenNoFile_whenOpened_thenTheLatestSchemaIsCreatedOwnerOnly()
    {
        Store store;
        const QString file = path("fresh/nested/referrals.sqlite");
        QVERIFY(!store.open(file));
        QVERIFY(store.isOpen());
        QCOMPARE(posixMode(file), 0600);
        QVERIFY(store.upsert({ newReferral(QStringLiteral("a")) }).size() == 1);
        // The write-ahead log exists now and is owner-only too.
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        QCOMPARE(posixMode(file + QStringLiteral("-wal")), 0600);
        RawDb raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
        QCOMPARE(
            raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Store::schemaVersion; ++v)
            QTest::addRow("from format %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString file = m_dir.filePath(QStringLiteral("migrate-%1.sqlite").arg(from));
        {
            Store old;
            QVERIFY(!old.openAtVersion(file, from));
            RawDb raw(file);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), from);
            const Referral r = ReferralBuilder()
                                   .set("id", QStringLiteral("old-1"))
                                   .detail("notes", QStringLiteral("Needs Intune rollout"));
            const QString raw1
                = QString::fromUtf8(QJsonDocument(r.raw).toJson(QJsonDocument::Compact));
            if (from == 1) {
                // A row as format 1 wrote it: no search columns yet.
                QVERIFY(raw.exec(QStringLiteral(
                    "INSERT INTO referrals (id, name, customer_name, stage, outcome, raw) VALUES "
                    "('old-1', 'Old', 'Oldcorp', 3, 1, '%1')")
                                     .arg(raw1)));
            } else if (from >= 2) {
                QVERIFY(raw.exec(QStringLiteral(
                    "INSERT INTO referrals (id, name, customer_name, stage, outcome, raw, notes) "
                    "VALUES "
                    "('old-1', 'Old', 'Oldcorp', 3, 1, '%1', 'Needs Intune rollout')")
                                     .arg(raw1)));
            }
            if (from >= 10) {
                // Format 10 writes the search text with the row (no migration fills it).
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO referrals_search(rowid, text) "
                                                "SELECT rowid, '%1' FROM referrals")
                                     .arg(SearchText::of(QStringLiteral("Oldcorp"),
                                         QStringLiteral("Old"),
                                         QStringLiteral("Needs Intune rollout"), {}, {}, {}, {}))));
            }
        }
        Store store;
        const StoreError e = store.open(file);
        QVERIFY2(!e, qPrintable(e.message));
        RawDb raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
        if (from >= 1) {
            QVERIFY(store.referral(QStringLiteral("old-1")).has_value());
            // Backfilled and indexed by the migration.
            ArchiveFilter f;
            f.text = QStringLiteral("intune");
            QCOMPARE(idsOf(store.archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 10)),
                QStringList { QStringLiteral("old-1") });
        }
        // The migrated file works like a new one.
        QCOMPARE(store.upsert({ newReferral(QStringLiteral("new-1")) }),
            QStringList { QStringLiteral("new-1") });
        if (from >= 1) {
            // A change after the migration takes the text the migration indexed out of the
            // (contentless) index, which then still checks whole.
            store.upsert({ ReferralBuilder()
                               .set("id", QStringLiteral("old-1"))
                               .detail("notes", QStringLiteral("Wants Defender instead"))
                               .archived() });
            ArchiveFilter f;
            f.text = QStringLiteral("intune");
            QVERIFY(
                store.archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 10).isEmpty());
            f.text = QStringLiteral("defender");
            QCOMPARE(idsOf(store.archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 10)),
                QStringList { QStringLiteral("old-1") });
        }
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO referrals_search(referrals_search, rank) "
                                        "VALUES ('integrity-check', 0)")));
        QCOMPARE(searchIndexAgainstColumns(file), QStringList());
        QCOMPARE(
            raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void givenFormat10Cents_whenOpened_thenDealValuesAreInEachCurrencysMinorUnits()
    {
        const QString file = path("cents.sqlite");
        const auto deal = [](const char *id, MinorUnits value, const char *currency) {
            return ReferralBuilder()
                .set("id", QLatin1String(id))
                .inNegotiating(value, QLatin1String(currency), kNow.date().addDays(30))
                .created(kNow.addDays(-3))
                .build();
        };
        {
            Store old;
            QVERIFY(!old.openAtVersion(file, 10));
            old.upsert({ deal("jpy", 1'301'000, "JPY"), deal("kwd", 12'345'678, "KWD"),
                deal("usd", 28'000'000, "USD"), deal("lost", 500'001, "JPY"),
                deal("queued", 1'000'000, "JPY") });
            ActionInput edit;
            edit.dealValue = 1'400'000;
            QVERIFY(old.applyAction(QStringLiteral("queued"), Action::EditDeal, edit, kNow).ok());
        }
        {
            // What format 10 wrote: cents for every currency (KWD's third decimal lost), and a
            // queued Edit deal's value as cents without its currency.
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral(
                "UPDATE referrals SET deal_value = CASE id WHEN 'jpy' THEN 130100000 "
                "WHEN 'kwd' THEN 1234568 WHEN 'usd' THEN 28000000 WHEN 'lost' THEN 50000050 "
                "WHEN 'queued' THEN 140000000 END")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE referrals SET raw = '{\"id\":\"lost\",' "
                                            "WHERE id = 'lost'"))); // cannot be read again
            QVERIFY(raw.exec(
                QStringLiteral("UPDATE outbox SET input = '{\"dealValue\":140000000.0}'")));
        }
        Store store;
        const StoreError e = store.open(file);
        QVERIFY2(!e, qPrintable(e.message));
        RawDb raw(file);
        const auto column = [&](const char *id) {
            return raw
                .value(QStringLiteral("SELECT deal_value FROM referrals WHERE id = '%1'")
                           .arg(QLatin1String(id)))
                .toLongLong();
        };
        QCOMPARE(column("jpy"), 1'301'000);
        QCOMPARE(column("kwd"), 12'345'678); // from the document: the third decimal is back
        QCOMPARE(column("usd"), 28'000'000);
        QCOMPARE(column("lost"), 500'001); // 500 000.50 yen, rounded half away from zero
        QCOMPARE(column("queued"), 1'400'000);
        QCOMPARE(store.referral(QStringLiteral("kwd"))->details.dealValue,
            std::optional<MinorUnits>(12'345'678));
        const QList<OutboxEntry> queued = store.outboxFor(QStringLiteral("queued"));
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().input.dealValue, std::optional<MinorUnits>(1'400'000));
        QCOMPARE(queued.first().input.currency, QStringLiteral("JPY"));
    }

    void givenANewerDatabase_whenOpened_thenItIsRefusedAndLeftUntouched()
    {
        const QString file = path("newer.sqlite");
        {
            Store s;
            QVERIFY(!s.open(file));
            s.upsert({ newReferral(QStringLiteral("keep")) });
        }
        {
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(file);
        Store store;
        const StoreError e = store.open(file);
        QCOMPARE(e.kind, StoreError::Kind::NewerVersion);
        QVERIFY2(e.message.contains(QStringLiteral("newer version")), qPrintable(e.message));
        QVERIFY(e.message.contains(file));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(file), before);
    }

    void theFormatIsReadFromTheHeaderWithoutOpening()
    {
        // The app migrates an older file on a worker thread first (openStoreInteractively); it
        // tells one from the header alone.
        const QString file = path("format.sqlite");
        QCOMPARE(Store::formatOf(file), 0); // no file yet
        {
            Store old;
            QVERIFY(!old.openAtVersion(file, 7));
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QCOMPARE(Store::formatOf(file), 7);
        {
            Store store;
            QVERIFY(!store.open(file));
        }
        QCOMPARE(Store::formatOf(file), Store::schemaVersion);
        QFile garbage(path("format-garbage.sqlite"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        QCOMPARE(Store::formatOf(garbage.fileName()), -1);
    }

    void givenAFileThatIsNotADatabase_whenOpened_thenItIsReportedAsDamagedAndCanBeMovedAside()
    {
        const QString file = path("garbage.sqlite");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        Store store;
        const StoreError e = store.open(file);
        QCOMPARE(e.kind, StoreError::Kind::Corrupt);
        QVERIFY(e.message.contains(file));
        QCOMPARE(e.path, file);

        const QString aside = Store::moveAside(file);
        QVERIFY(aside.startsWith(file + QStringLiteral(".damaged-")));
        QVERIFY(QFile::exists(aside));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!store.open(file)); // a fresh, empty database to rebuild into
        QVERIFY(store.allIds().isEmpty());
    }

    void openOrRecoverRebuildsOnlyWhenThePersonAgrees()
    {
        const QString file = path("recover.sqlite");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not sqlite");
        }
        Store store;
        int asked = 0;
        QCOMPARE(store
                     .openOrRecover(file,
                         [&](const StoreError &) {
                             ++asked;
                             return false;
                         })
                     .kind,
            StoreError::Kind::Corrupt);
        QCOMPARE(asked, 1);
        QVERIFY(QFile::exists(file)); // declined: untouched

        QString movedTo;
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("moved the damaged database")));
        QVERIFY(!store.openOrRecover(
            file, [](const StoreError &) { return true; }, &movedTo));
        QVERIFY(store.isOpen());
        QVERIFY(QFile::exists(movedTo));
        {
            QFile kept(movedTo);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("this is not sqlite")); // nothing is lost
        }

        // A healthy file never asks.
        Store again;
        QVERIFY(!again.openOrRecover(file, [&](const StoreError &) { return ++asked, true; }));
        QCOMPARE(asked, 1);
    }

    void givenADamagedPage_whenOpened_thenOpeningDoesNotReadItAndTheCheckCatchesIt()
    {
        const QString file = path("damaged.sqlite");
        qint64 schemaEnd = 0; // the file's size with its tables made and still empty
        {
            Store s;
            QVERIFY(!s.open(file));
            {
                RawDb raw(file);
                schemaEnd = raw.value(QStringLiteral("PRAGMA page_count")).toLongLong()
                    * raw.value(QStringLiteral("PRAGMA page_size")).toLongLong();
            }
            QVERIFY(schemaEnd > 0);
            s.upsert(makeReferrals(0, 400));
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > schemaEnd + 192 * 1024);
            // Scribble over pages in the middle of the file, past the schema's pages: only
            // referrals' rows and their indexes are there.
            for (qint64 at = schemaEnd; at < size - 4096; at += 16384) {
                f.seek(at);
                f.write(QByteArray(512, '\xA5'));
            }
        }
        // A normal start reads none of the archive (issue 15); the check made after a crash,
        // or by `referral-desk-cli repair`, reads every page.
        Store store;
        const StoreError opened = store.open(file);
        QVERIFY2(!opened, qPrintable(opened.message));
        QVERIFY(!store.checkNeeded());
        QCOMPARE(StoreRepair::check(file).kind, StoreError::Kind::Corrupt);
    }

    void upsertReportsOnlyRealChanges()
    {
        Store store;
        QVERIFY(!store.open(path("upsert.sqlite")));
        const QList<Referral> page
            = makeReferrals(0, 10, QStringLiteral("New"), QStringLiteral("Pending"));
        QCOMPARE(store.upsert(page).size(), 10);
        QVERIFY(store.upsert(page).isEmpty()); // identical copies: nothing changed

        QList<Referral> next = page;
        QJsonObject raw = next[3].raw;
        raw.insert(QStringLiteral("name"), QStringLiteral("Renamed by a colleague"));
        next[3] = *ReferralJson::fromObject(raw).referral;
        QCOMPARE(store.upsert(next), QStringList { page[3].id });
        QCOMPARE(store.referral(page[3].id)->name, QStringLiteral("Renamed by a colleague"));
        QCOMPARE(store.referral(page[3].id)->raw, raw);
        // Several at once, in a batch.
        const QHash<QString, Referral> batch
            = store.referrals({ page[3].id, page[5].id, QStringLiteral("missing") });
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.value(page[3].id).name, QStringLiteral("Renamed by a colleague"));
        QCOMPARE(store.openReferrals(Stage::New).size(), 10);
        QVERIFY(store.openReferrals(Stage::Evaluating).isEmpty());
    }

    void aReferralListedTwiceInOneWriteEndsAsItsLaterCopy()
    {
        // Pages written together (PageWriter) may list a referral twice, the service having
        // changed it between them, even back to the copy stored before: the later copy wins,
        // and the referral is reported changed once.
        Store store;
        QVERIFY(!store.open(path("twice.sqlite")));
        const QList<Referral> stored
            = makeReferrals(0, 3, QStringLiteral("New"), QStringLiteral("Pending"));
        QCOMPARE(store.upsert(stored).size(), 3);
        QJsonObject renamed = stored[1].raw;
        renamed.insert(QStringLiteral("name"), QStringLiteral("Renamed, then named back"));
        const QList<Referral> batch { *ReferralJson::fromObject(renamed).referral, stored[2],
            stored[1] };
        QCOMPARE(store.upsert(batch), QStringList { stored[1].id });
        QCOMPARE(store.referral(stored[1].id)->name, stored[1].name);
        QCOMPARE(store.referral(stored[1].id)->raw, stored[1].raw);
        // Two new copies of one referral not stored before: one row, the later copy.
        QJsonObject first = renamed;
        first.insert(QStringLiteral("id"), QStringLiteral("new-twice"));
        QJsonObject later = first;
        later.insert(QStringLiteral("name"), QStringLiteral("The later copy"));
        QCOMPARE(store.upsert({ *ReferralJson::fromObject(first).referral,
                     *ReferralJson::fromObject(later).referral }),
            QStringList { QStringLiteral("new-twice") });
        QCOMPARE(
            store.referral(QStringLiteral("new-twice"))->name, QStringLiteral("The later copy"));
    }

    void upsertMovesTheCursorInTheSameTransaction()
    {
        Store store;
        QVERIFY(!store.open(path("cursor.sqlite")));
        QVERIFY(!store.syncState().cursor.isValid());
        const QDateTime cursor = utc(2026, 1, 5, 11, 59, 58, 500);
        StoreError error;
        store.upsert(makeReferrals(0, 3), cursor, &error);
        QVERIFY(!error);
        QCOMPARE(store.syncState().cursor, cursor);

        // A page that fails to commit leaves the cursor where it was.
        RawDb raw(store.path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON referrals BEGIN "
                                        "SELECT RAISE(ABORT, 'injected'); END")));
        QVERIFY(store.upsert(makeReferrals(100, 3), cursor.addDays(1), &error).isEmpty());
        QCOMPARE(error.kind, StoreError::Kind::Failed);
        QCOMPARE(store.syncState().cursor, cursor);
        QCOMPARE(store.allIds().size(), 3);

        QVERIFY(store.setSyncSuccess(kNow, true));
        QCOMPARE(store.syncState().lastSuccess, kNow);
        QCOMPARE(store.syncState().lastFullResync, kNow);
        QVERIFY(store.setSyncError(QStringLiteral("offline")));
        QCOMPARE(store.syncState().lastError, QStringLiteral("offline"));
    }

    void givenAnAction_whenApplied_thenViewAndOutboxAreWrittenTogether()
    {
        Store store;
        QVERIFY(!store.open(path("action.sqlite")));
        store.upsert({ newReferral(QStringLiteral("r1")) });

        const Store::ActionResult result
            = store.applyAction(QStringLiteral("r1"), Action::Interested, {}, kNow);
        QVERIFY(result.ok());
        QCOMPARE(result.referral->stage(), Stage::Evaluating);
        QCOMPARE(store.referral(QStringLiteral("r1"))->stage(), Stage::Evaluating);
        QCOMPARE(store.referral(QStringLiteral("r1"))->interestedDateTime, kNow);
        // The remote's copy is kept apart, unchanged.
        QCOMPARE(store.remoteCopy(QStringLiteral("r1"))->stage(), Stage::New);

        const QList<OutboxEntry> outbox = store.outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().action, Action::Interested);
        QCOMPARE(outbox.first().state, OutboxEntry::State::Queued);
        QCOMPARE(outbox.first().baseETag, QStringLiteral("\"e1\""));
        QVERIFY(!outbox.first().requestId.isNull());
        QCOMPARE(outbox.first().requestId, result.entry->requestId);
        QCOMPARE(outbox.first().patch,
            Lifecycle::patch(*store.remoteCopy(QStringLiteral("r1")), Action::Interested, {}));
        QCOMPARE(outbox.first().createdAt, kNow);
    }

    void givenAFailureBetweenTheTwoWrites_whenApplied_thenNeitherIsKept()
    {
        Store store;
        QVERIFY(!store.open(path("action-fail.sqlite")));
        store.upsert({ newReferral(QStringLiteral("r1")) });
        {
            RawDb raw(store.path());
            // The referral row is written first; the outbox insert then fails.
            QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON outbox BEGIN "
                                            "SELECT RAISE(ABORT, 'injected failure'); END")));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("injected failure")));
        const Store::ActionResult result
            = store.applyAction(QStringLiteral("r1"), Action::Interested, {}, kNow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, StoreError::Kind::Failed);
        QVERIFY(!result.referral);
        QCOMPARE(store.referral(QStringLiteral("r1"))->stage(), Stage::New);
        QVERIFY(store.outbox().isEmpty());
    }

    void givenAnIllegalAction_whenApplied_thenItIsRefusedAndNothingIsWritten()
    {
        Store store;
        QVERIFY(!store.open(path("action-illegal.sqlite")));
        store.upsert({ newReferral(QStringLiteral("r1")) });
        const Store::ActionResult won
            = store.applyAction(QStringLiteral("r1"), Action::Won, {}, kNow);
        QCOMPARE(won.errors.size(), 1);
        QVERIFY(won.errors.first().message.contains(QStringLiteral("Allowed")));
        QVERIFY(store.outbox().isEmpty());

        store.applyAction(QStringLiteral("r1"), Action::Interested, {}, kNow);
        ActionInput bad = acceptInput();
        bad.dealValue = 0;
        const Store::ActionResult accept
            = store.applyAction(QStringLiteral("r1"), Action::Accept, bad, kNow);
        QCOMPARE(accept.errors.size(), 1);
        QCOMPARE(accept.errors.first().field, Field::DealValue);
        QCOMPARE(store.outbox().size(), 1);
        QCOMPARE(store.referral(QStringLiteral("r1"))->stage(), Stage::Evaluating);

        QVERIFY(!store.applyAction(QStringLiteral("missing"), Action::Interested, {}, kNow).ok());
    }

    void outboxIsFifoPerReferral()
    {
        Store store;
        QVERIFY(!store.open(path("fifo.sqlite")));
        store.upsert({ newReferral(QStringLiteral("a")), newReferral(QStringLiteral("b")) });
        const qint64 a1
            = store.applyAction(QStringLiteral("a"), Action::Interested, {}, kNow).entry->seq;
        const qint64 a2
            = store
                  .applyAction(QStringLiteral("a"), Action::Accept, acceptInput(), kNow.addSecs(60))
                  .entry->seq;
        const qint64 b1
            = store.applyAction(QStringLiteral("b"), Action::NoThanks, {}, kNow.addSecs(120))
                  .entry->seq;
        QCOMPARE(store.referral(QStringLiteral("a"))->stage(), Stage::Negotiating);
        QCOMPARE(store.referral(QStringLiteral("b"))->outcome(), Outcome::Skipped);

        auto seqs = [&store] {
            QList<qint64> out;
            for (const OutboxEntry &e : store.sendable())
                out.append(e.seq);
            return out;
        };
        QCOMPARE(seqs(), (QList<qint64> { a1, b1 }));
        QVERIFY(store.markSending(a1));
        QCOMPARE(seqs(), QList<qint64> { b1 }); // a2 waits behind a1
        QCOMPARE(store.outboxFor(QStringLiteral("a")).first().attempts, 1);

        // The remote confirms a1 with its own copy: a2 is next, and still shown applied on top.
        Referral confirmed = Lifecycle::applied(
            *store.remoteCopy(QStringLiteral("a")), Action::Interested, {}, kNow);
        QJsonObject raw = confirmed.raw;
        raw.insert(QStringLiteral("eTag"), QStringLiteral("\"e2\""));
        QVERIFY(store.complete(a1, *ReferralJson::fromObject(raw).referral));
        QCOMPARE(seqs(), (QList<qint64> { a2, b1 }));
        QCOMPARE(store.remoteCopy(QStringLiteral("a"))->stage(), Stage::Evaluating);
        QCOMPARE(store.remoteCopy(QStringLiteral("a"))->eTag, QStringLiteral("\"e2\""));
        QCOMPARE(store.referral(QStringLiteral("a"))->stage(), Stage::Negotiating);
        QCOMPARE(store.referral(QStringLiteral("a"))->interestedDateTime, kNow);

        // A retryable failure keeps the place in the queue; a hard one holds the referral's queue.
        QVERIFY(store.markSending(b1));
        QVERIFY(store.markQueued(b1, QStringLiteral("timeout")));
        QCOMPARE(store.outboxFor(QStringLiteral("b")).first().lastError, QStringLiteral("timeout"));
        QCOMPARE(seqs(), (QList<qint64> { a2, b1 }));
        QVERIFY(store.markFailed(b1, QStringLiteral("400")));
        QCOMPARE(seqs(), QList<qint64> { a2 });
        QCOMPARE(store.referral(QStringLiteral("b"))->outcome(),
            Outcome::Skipped); // still the person's view

        // What was sent is remembered.
        const QList<HistoryEntry> history = store.history(QStringLiteral("a"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, Action::Interested);
        QCOMPARE(history.first().result, QStringLiteral("sent"));
        QCOMPARE(history.first().takenAt, kNow);

        // A send under way (this process's or another's) is left alone; one cut off by a crash
        // long ago goes back to "queued" with the same request id.
        const QUuid id = store.outboxFor(QStringLiteral("a")).first().requestId;
        QVERIFY(store.markSending(a2));
        QCOMPARE(store.requeueInterrupted(), 0);
        QSqlQuery clear(store.db().database());
        QVERIFY(clear.exec(QStringLiteral("UPDATE outbox SET sending_since = 0")));
        QCOMPARE(store.requeueInterrupted(), 1);
        QCOMPARE(store.sendable().first().requestId, id);
    }

    void givenPendingActions_whenTheRemoteCopyChanges_thenThePendingViewIsKept()
    {
        Store store;
        QVERIFY(!store.open(path("pending.sqlite")));
        const Referral original = newReferral(QStringLiteral("p"));
        store.upsert({ original });
        const qint64 seq
            = store.applyAction(QStringLiteral("p"), Action::Interested, {}, kNow).entry->seq;

        // A colleague renames it; it is still New/Pending on the remote.
        QJsonObject raw = original.raw;
        raw.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
        raw.insert(QStringLiteral("eTag"), QStringLiteral("\"e9\""));
        QCOMPARE(store.upsert({ *ReferralJson::fromObject(raw).referral }),
            QStringList { QStringLiteral("p") });
        const Referral view = *store.referral(QStringLiteral("p"));
        QCOMPARE(view.stage(), Stage::Evaluating); // the person's action still shows as pending
        QCOMPARE(view.name, QStringLiteral("Renamed"));
        QCOMPARE(store.remoteCopy(QStringLiteral("p"))->eTag, QStringLiteral("\"e9\""));
        QCOMPARE(store.outbox().first().state, OutboxEntry::State::Queued);

        // The colleague then declines it: the queued action conflicts and is not applied.
        raw.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        raw.insert(QStringLiteral("substatus"), QStringLiteral("Declined"));
        store.upsert({ *ReferralJson::fromObject(raw).referral });
        QCOMPARE(store.referral(QStringLiteral("p"))->stage(), Stage::Archived);
        QCOMPARE(store.referral(QStringLiteral("p"))->outcome(),
            Outcome::Skipped); // declined while Pending
        const OutboxEntry entry = store.outbox().first();
        QCOMPARE(entry.seq, seq);
        QCOMPARE(entry.state, OutboxEntry::State::Conflict);
        QVERIFY(entry.lastError.contains(QStringLiteral("Partner Center")));
        QVERIFY(store.sendable().isEmpty());

        QVERIFY(store.discard(seq));
        QVERIFY(store.outbox().isEmpty());
    }

    void anActionInItsUndoWindowIsNotSendableUntilItEnds()
    {
        Store store;
        QVERIFY(!store.open(path("hold.sqlite")));
        store.upsert({ newReferral(QStringLiteral("a")), newReferral(QStringLiteral("b")) });
        const QDateTime until = kNow.addSecs(10);
        const qint64 a1 = store.applyAction(QStringLiteral("a"), Action::Interested, {}, kNow, until)
                              .entry->seq;
        const qint64 a2 = store
                              .applyAction(QStringLiteral("a"), Action::Accept, acceptInput(),
                                  kNow.addSecs(1))
                              .entry->seq;
        const qint64 b1
            = store.applyAction(QStringLiteral("b"), Action::NoThanks, {}, kNow.addSecs(2), until)
                  .entry->seq;
        // The window is stored with the entry (a restart keeps it), to the millisecond.
        QCOMPARE(store.outboxFor(QStringLiteral("a")).first().holdUntil, until);
        QVERIFY(!store.outboxFor(QStringLiteral("a")).last().holdUntil.isValid());
        auto seqs = [&store](const QDateTime &now) {
            QList<qint64> out;
            for (const OutboxEntry &e : store.sendable(now))
                out.append(e.seq);
            return out;
        };
        // Within the window nothing of either referral goes, not even a's later action.
        QCOMPARE(seqs(kNow.addSecs(9)), QList<qint64>());
        QCOMPARE(seqs(until), (QList<qint64> { a1, b1 }));
        // Released early (Send now, another action, quitting): sendable at once.
        QVERIFY(store.release(b1));
        QVERIFY(!store.release(b1)); // already released
        QVERIFY(!store.release(a2)); // never held
        QCOMPARE(seqs(kNow), QList<qint64> { b1 });
        QCOMPARE(store.releaseAll(), 1);
        QCOMPARE(seqs(kNow), (QList<qint64> { a1, b1 }));
        // Undo inside the window still works as before.
        QVERIFY(store.discard(a2));
    }

    void undoAndSendingNeverBothWin()
    {
        Store store;
        QVERIFY(!store.open(path("undo.sqlite")));
        store.upsert({ newReferral(QStringLiteral("u")) });
        // Undone before the engine picks it up: nothing to send.
        const qint64 first
            = store.applyAction(QStringLiteral("u"), Action::Interested, {}, kNow).entry->seq;
        QVERIFY(store.discard(first));
        QVERIFY(!store.markSending(first));
        QCOMPARE(store.history(QStringLiteral("u")).first().result, QStringLiteral("undone"));
        QCOMPARE(store.referral(QStringLiteral("u"))->stage(), Stage::New);
        // Picked up first: the undo is refused and the view keeps the action.
        const qint64 second
            = store.applyAction(QStringLiteral("u"), Action::Interested, {}, kNow).entry->seq;
        QVERIFY(store.markSending(second));
        QVERIFY(!store.discard(second));
        QCOMPARE(store.referral(QStringLiteral("u"))->stage(), Stage::Evaluating);
        QVERIFY(!store.markSending(second)); // and never twice
    }

    void conflictMarkedBySyncRestoresTheRemoteView()
    {
        Store store;
        QVERIFY(!store.open(path("conflict.sqlite")));
        store.upsert({ newReferral(QStringLiteral("c")) });
        const qint64 seq
            = store.applyAction(QStringLiteral("c"), Action::NoThanks, {}, kNow).entry->seq;
        QCOMPARE(store.referral(QStringLiteral("c"))->stage(), Stage::Archived);
        QVERIFY(store.markConflict(seq, QStringLiteral("412")));
        QCOMPARE(store.referral(QStringLiteral("c"))->stage(), Stage::New);
        QVERIFY(store.discard(seq));
        QCOMPARE(store.referral(QStringLiteral("c"))->stage(), Stage::New);
    }

    void eachThreadHasItsOwnConnectionToTheSameFile()
    {
        const QString file = path("threads.sqlite");
        Store main;
        QVERIFY(!main.open(file));
        QString workerConnection;
        QStringList workerChanged;
        QThread *worker = QThread::create([&] {
            Store store;
            if (store.open(file))
                return;
            workerConnection = store.db().database().connectionName();
            workerChanged = store.upsert(makeReferrals(0, 200));
        });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        QCOMPARE(workerChanged.size(), 200);
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != main.db().database().connectionName());
        QCOMPARE(main.allIds().size(), 200); // the other thread's commit is visible here
        RawDb raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 0); // per connection...
        QSqlQuery q(main.db().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // ...and on in the store's own
    }

    void typedTextIsFoldedFragmentsNeverSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("plain") << "contoso" << words("contoso");
        QTest::newRow("two words, case") << "Contoso  PHARMACY"
                                         << words("contoso pharmacy");
        QTest::newRow("quotes") << "\"contoso" << words("contoso");
        QTest::newRow("operators") << "a AND NOT b" << words("a and not b");
        QTest::newRow("near") << "NEAR(a b" << words("near a b");
        QTest::newRow("column filter") << "name:foo" << words("name foo");
        QTest::newRow("only punctuation") << "*()\"^-:" << QStringList {};
        QTest::newRow("accents folded") << "Zürich Müller" << words("zurich muller");
        QTest::newRow("full width") << "ＡＢＣ" << words("abc");
        QTest::newRow("cjk") << "北京" << words("北京");
        QTest::newRow("cyrillic case") << "РОМАШКА" << words("ромашка");
        QTest::newRow("repeated") << "abc abc" << words("abc");
    }

    void typedTextIsFoldedFragmentsNeverSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QCOMPARE(SearchText::terms(text), terms);
        QCOMPARE(Store::hasSearchText(text), !terms.isEmpty());
    }

    void archiveSearchAndFilters()
    {
        Store store;
        QVERIFY(!store.open(path("archive.sqlite")));
        auto archived = [](const char *id, const char *customer, const char *country,
                            const char *substatus, const QDateTime &closed, const char *notes) {
            return ReferralBuilder()
                .set("id", QLatin1String(id))
                .archived(QLatin1String(substatus))
                .set("closedDateTime", ReferralJson::formatInstant(closed))
                .set("customerProfile",
                    QJsonObject { { QStringLiteral("name"), QString::fromUtf8(customer) },
                        { QStringLiteral("size"), QStringLiteral("10to50employees") },
                        { QStringLiteral("address"),
                            QJsonObject { { QStringLiteral("country"), QLatin1String(country) },
                                { QStringLiteral("city"), QStringLiteral("Zürich") } } } })
                .detail("notes", QString::fromUtf8(notes))
                .build();
        };
        store.upsert({
            archived("a", "Fabrikam Pharmacy", "DE", "Won", utc(2025, 3, 1),
                "Teams rollout AND training"),
            archived("b", "Contoso Bank", "US", "Lost", utc(2025, 6, 1), "Price was \"too high\""),
            archived(
                "c", "北京科技有限公司", "CN", "Won", utc(2025, 9, 1), "Azure migration (phase 1)"),
            archived(
                "d", "Fabrikam Logistics", "DE", "Declined", utc(2025, 12, 1), "NEAR(the depot"),
            newReferral(QStringLiteral("open-fabrikam"), QStringLiteral("Fabrikam Open")),
        });
        auto search = [&store](const ArchiveFilter &f) {
            return idsOf(store.archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 100));
        };
        ArchiveFilter f;
        QCOMPARE(search(f),
            (QStringList { QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"),
                QStringLiteral("a") }));
        QCOMPARE(store.archiveCount(f), 4);

        f.text = QStringLiteral("fabr");
        QCOMPARE(search(f),
            (QStringList {
                QStringLiteral("d"), QStringLiteral("a") })); // prefix; open ones excluded
        f.text = QStringLiteral("zurich"); // diacritics folded
        QCOMPARE(store.archiveCount(f), 4);
        f.text = QStringLiteral("北京");
        QCOMPARE(search(f), QStringList { QStringLiteral("c") });

        // Hostile input: never an error, always words.
        const char *const hostile[]
            = { "\"", "*", "AND", "NEAR(", "(((", "\"too", "name:", "-", "^a", "a OR", "')--" };
        for (const char *text : hostile) {
            f.text = QString::fromUtf8(text);
            const int count = store.archiveCount(f);
            QVERIFY2(count >= 0 && count <= 4, text);
            QCOMPARE(search(f).size(), count);
        }
        f.text = QStringLiteral("AND");
        QCOMPARE(search(f), QStringList { QStringLiteral("a") });
        f.text = QStringLiteral("NEAR(");
        QCOMPARE(search(f), QStringList { QStringLiteral("d") });
        f.text = QStringLiteral("\"too");
        QCOMPARE(search(f), QStringList { QStringLiteral("b") });

        f = {};
        f.outcomes = { Outcome::Won };
        QCOMPARE(search(f), (QStringList { QStringLiteral("c"), QStringLiteral("a") }));
        f.countries = { QStringLiteral("de") };
        QCOMPARE(search(f), QStringList { QStringLiteral("a") });
        f = {};
        f.closedFrom = QDate(2025, 6, 1);
        f.closedTo = QDate(2025, 9, 1);
        QCOMPARE(search(f), (QStringList { QStringLiteral("c"), QStringLiteral("b") }));
        f.sizes = { QStringLiteral("1to9employees") };
        QVERIFY(search(f).isEmpty());

        f = {};
        QCOMPARE(idsOf(store.archive(f, ArchiveColumn::Customer, Qt::AscendingOrder, 0, 10)),
            (QStringList { QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"),
                QStringLiteral("c") }));
        QCOMPARE(idsOf(store.archive(f, ArchiveColumn::Outcome, Qt::AscendingOrder, 0, 10)),
            (QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b"),
                QStringLiteral("d") }));
    }

    void productFilterMatchesWholeNames()
    {
        Store store;
        QVERIFY(!store.open(path("products.sqlite")));
        store.upsert(makeReferrals(0, 8));
        ArchiveFilter f;
        f.product = QStringLiteral("Microsoft Teams");
        QCOMPARE(idsOf(store.archive(f, ArchiveColumn::Created, Qt::AscendingOrder, 0, 10)),
            (QStringList { QStringLiteral("ref-0000003"), QStringLiteral("ref-0000007") }));
        f.product = QStringLiteral("Microsoft");
        QCOMPARE(store.archiveCount(f), 0);
    }

    void pagesThroughAHundredThousandArchivedReferrals()
    {
        Store store;
        QVERIFY(!store.open(path("big.sqlite")));
        constexpr int total = 100000;
        for (int from = 0; from < total; from += 5000)
            QCOMPARE(store.upsert(makeReferrals(from, 5000)).size(), 5000);
        QVERIFY(runFills(store));
        ArchiveFilter all;
        QCOMPARE(store.archiveCount(all), total);

        // Most recently closed first, one page at a time, across the whole archive.
        const QList<ArchiveRow> first
            = store.archive(all, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 100);
        QCOMPARE(first.size(), 100);
        QCOMPARE(first.first().id, QStringLiteral("ref-0099999"));
        const QList<ArchiveRow> last
            = store.archive(all, ArchiveColumn::Relevance, Qt::DescendingOrder, total - 50, 100);
        QCOMPARE(last.size(), 50);
        QCOMPARE(last.last().id, QStringLiteral("ref-0000000"));
        const QList<ArchiveRow> middle
            = store.archive(all, ArchiveColumn::Created, Qt::AscendingOrder, 50000, 3);
        QCOMPARE(idsOf(middle),
            (QStringList { QStringLiteral("ref-0050000"), QStringLiteral("ref-0050001"),
                QStringLiteral("ref-0050002") }));
        QCOMPARE(middle.first().dealValue, std::optional<MinorUnits>((1000 + 50000 % 97) * 100));

        ArchiveFilter text;
        text.text = QStringLiteral("northwind 99");
        const QList<ArchiveRow> hits
            = store.archive(text, ArchiveColumn::Relevance, Qt::DescendingOrder, 0, 1000);
        QCOMPARE(store.archiveCount(text), hits.size());
        QVERIFY(!hits.isEmpty());
        for (const ArchiveRow &r : hits)
            QVERIFY2(r.customerName.startsWith(QStringLiteral("Northwind Traders 99")),
                qPrintable(r.customerName));
    }

    void aKilledWriterLeavesTheWholePageOrNoneOfIt()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is a Unix signal");
#else
        const QString file = path("killed.sqlite");
        {
            Store s;
            QVERIFY(!s.open(file));
        }
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(STORE_WRITER), { file, QStringLiteral("40000") });
        QVERIFY(writer.waitForStarted());
        // Kill it once it is provably inside the transaction.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += writer.readAllStandardOutput()).contains("progress 2000"), 60000);
        writer.kill(); // SIGKILL on Unix
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QVERIFY(!out.contains("committed"));

        RawDb raw(file);
        QCOMPARE(
            raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM referrals")).toInt(), 0);
        QVERIFY(raw.value(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"))
                    .isNull());
        Store after;
        QVERIFY(!after.open(file));
        QCOMPARE(after.upsert(makeReferrals(0, 10)).size(), 10);
#endif
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
