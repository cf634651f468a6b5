#include "schema.h"

#include "archivequery.h"
#include "domain/money.h"
#include "domain/referraljson.h"
#include "fitstore.h"
#include "referralrepository.h"
#include "searchfill.h"
#include "searchtext.h"
#include "sqlvalues.h"
#include "storedb.h"

#include <QDir>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

namespace {

/// After format 2's search columns are filled: an external-content FTS5 index over them, built
/// once and kept in step by triggers from then on.
QStringList searchIndex()
{
    return {
        QStringLiteral(R"(CREATE VIRTUAL TABLE referrals_fts USING fts5(
            customer_name, name, notes, city, country, products, contacts,
            content='referrals', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'))"),
        QStringLiteral("INSERT INTO referrals_fts(referrals_fts) VALUES('rebuild')"),
        QStringLiteral(
            R"(CREATE TRIGGER referrals_fts_insert AFTER INSERT ON referrals BEGIN
            INSERT INTO referrals_fts(rowid, customer_name, name, notes, city, country, products, contacts)
            VALUES (new.rowid, new.customer_name, new.name, new.notes, new.city, new.country, new.products, new.contacts);
            END)"),
        QStringLiteral(
            R"(CREATE TRIGGER referrals_fts_delete AFTER DELETE ON referrals BEGIN
            INSERT INTO referrals_fts(referrals_fts, rowid, customer_name, name, notes, city, country, products, contacts)
            VALUES ('delete', old.rowid, old.customer_name, old.name, old.notes, old.city, old.country, old.products, old.contacts);
            END)"),
        QStringLiteral(
            R"(CREATE TRIGGER referrals_fts_update AFTER UPDATE OF customer_name, name, notes, city, country, products, contacts ON referrals BEGIN
            INSERT INTO referrals_fts(referrals_fts, rowid, customer_name, name, notes, city, country, products, contacts)
            VALUES ('delete', old.rowid, old.customer_name, old.name, old.notes, old.city, old.country, old.products, old.contacts);
            INSERT INTO referrals_fts(rowid, customer_name, name, notes, city, country, products, contacts)
            VALUES (new.rowid, new.customer_name, new.name, new.notes, new.city, new.country, new.products, new.contacts);
            END)"),
        QStringLiteral("CREATE INDEX referrals_archive ON referrals(stage, "
                       "coalesce(closed_at, updated_at, created_at))"),
    };
}

/// Format 17: how many referrals are archived, received (outgoing 0) and sent (1), kept by
/// triggers. The board's Archived column shows the number at every start, and counting it read
/// every archived referral's index entry (at a million, the one thing left in a start-up that
/// grew with the archive: bench_scale).
QStringList archiveTotals()
{
    const int archived = int(Stage::Archived);
    const QString add = QStringLiteral("UPDATE archive_totals SET n = n + 1 WHERE new.stage = %1 "
                                       "AND outgoing = (new.outgoing <> 0);")
                            .arg(archived);
    const QString take = QStringLiteral("UPDATE archive_totals SET n = n - 1 WHERE old.stage = %1 "
                                        "AND outgoing = (old.outgoing <> 0);")
                             .arg(archived);
    return {
        QStringLiteral(
            "CREATE TABLE archive_totals (outgoing INTEGER PRIMARY KEY, n INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO archive_totals SELECT 0, count(*) FROM referrals WHERE "
                       "stage = %1 AND outgoing = 0")
            .arg(archived),
        QStringLiteral("INSERT INTO archive_totals SELECT 1, count(*) FROM referrals INDEXED BY "
                       "referrals_outgoing WHERE stage = %1 AND outgoing = 1")
            .arg(archived),
        QStringLiteral(
            "CREATE TRIGGER archive_totals_insert AFTER INSERT ON referrals BEGIN %1 END")
            .arg(add),
        QStringLiteral(
            "CREATE TRIGGER archive_totals_delete AFTER DELETE ON referrals BEGIN %1 END")
            .arg(take),
        QStringLiteral("CREATE TRIGGER archive_totals_update AFTER UPDATE OF stage, outgoing ON "
                       "referrals WHEN old.stage IS NOT new.stage OR old.outgoing IS NOT "
                       "new.outgoing BEGIN %1 %2 END")
            .arg(take, add),
    };
}

} // namespace

StoreError Schema::prepare(StoreDb &db, int targetVersion)
{
    const QString path = db.path();
    const QString shown = QDir::toNativeSeparators(path);
    QSqlQuery q(db.database());
    // No whole-file check here: it reads every page, which grows with the archive (issue 15).
    // A file that is not a database fails at its header on the first statement; damage further
    // in is looked for after a crash (SessionLock, StoreRepair::check) and reported by the
    // statement that meets it (SQLITE_CORRUPT, classified as damaged).
    // Read the version before changing anything, so a newer database is left as it is.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return StoreDb::classify(q.lastError(), path);
    const int current = q.value(0).toInt();
    q.finish();
    if (current > version) {
        StoreError error;
        error.path = path;
        error.kind = StoreError::Kind::NewerVersion;
        error.message = tr("The database %1 was written by a newer version of Referral Desk "
                           "(format %2; this version reads up to %3). Update Referral Desk, or "
                           "start it with another profile. The file was not changed.")
                            .arg(shown)
                            .arg(current)
                            .arg(version);
        return error;
    }

    // A new file gets 8 KB pages: a referral's row is about 2 KB, and 4 KB pages held one such
    // row and left most of the rest empty (bench_scale measured 1.5 KB of every row's page
    // unused). The size is fixed once the first table is written, so older files keep theirs
    // (on them the statement changes nothing).
    if (current == 0) {
        if (!q.exec(QStringLiteral("PRAGMA page_size = 8192")))
            return StoreDb::classify(q.lastError(), path);
        q.finish();
    }
    for (const char *pragma :
        { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL" }) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return StoreDb::classify(q.lastError(), path); // WAL needs a writable folder
        q.finish();
    }
    const StoreError error
        = current < targetVersion ? migrate(db, current, targetVersion) : StoreError();
    if (!error)
        db.setFormat(std::max(current, targetVersion));
    return error;
}

StoreError Schema::migrate(StoreDb &db, int from, int to)
{
    for (int next = from + 1; next <= to; ++next) {
        if (const QSqlError e = db.beginWrite(); e.isValid())
            return StoreDb::classify(e, db.path());
        QSqlQuery q(db.database());
        const auto run = [&](const QStringList &sqls) {
            for (const QString &sql : sqls) {
                if (!q.exec(sql))
                    return q.lastError().text();
            }
            return QString();
        };
        QString why = run(statements(next));
        if (why.isEmpty() && next == 2) {
            why = backfillSearchColumns(db);
            if (why.isEmpty())
                why = run(searchIndex());
        }
        if (why.isEmpty() && next == 10) {
            why = fillSearchIndex(db.database()).text();
            // The word index it replaces, with the triggers that kept it in step.
            if (why.isEmpty())
                why = run({ QStringLiteral("DROP TRIGGER referrals_fts_insert"),
                    QStringLiteral("DROP TRIGGER referrals_fts_delete"),
                    QStringLiteral("DROP TRIGGER referrals_fts_update"),
                    QStringLiteral("DROP TABLE referrals_fts") });
        }
        if (why.isEmpty() && next == 12)
            why = convertToMinorUnits(db);
        // Format 18 makes the index again anyway: going further, 17 leaves it as it is.
        if (why.isEmpty() && next == 17 && to < 18)
            why = rebuildSearchIndex(db, QStringLiteral("content=''"));
        if (why.isEmpty() && next == 18)
            why = rebuildSearchIndex(db, searchIndexOptions());
        if (why.isEmpty())
            why = run({ QStringLiteral("PRAGMA user_version = %1").arg(next) });
        if (!why.isEmpty()) {
            db.rollback();
            return db.fail(tr("migration to format %1 failed: %2").arg(next).arg(why));
        }
        if (const QSqlError e = db.commit(); e.isValid())
            return db.fail(e.text());
        qCInfo(lcStore) << "migrated" << db.path() << "to format" << next;
    }
    return {};
}

QStringList Schema::statements(int version)
{
    if (version == 1) {
        return {
            QStringLiteral(R"(CREATE TABLE referrals (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                customer_name TEXT NOT NULL DEFAULT '',
                country TEXT NOT NULL DEFAULT '',
                size TEXT NOT NULL DEFAULT '',
                stage INTEGER NOT NULL,
                outcome INTEGER NOT NULL,
                status TEXT, substatus TEXT, status_reason TEXT,
                deal_value INTEGER, currency TEXT, closing_at INTEGER,
                created_at INTEGER, updated_at INTEGER, expiration_at INTEGER,
                accepted_at INTEGER, closed_at INTEGER, interested_at INTEGER,
                etag TEXT, last_open_substatus TEXT,
                raw TEXT NOT NULL,
                remote_raw TEXT,
                visible INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX referrals_by_stage ON referrals(stage)"),
            QStringLiteral(R"(CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
                action TEXT NOT NULL,
                input TEXT NOT NULL,
                patch TEXT NOT NULL,
                base_etag TEXT,
                request_id TEXT NOT NULL UNIQUE,
                created_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                state TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued','sending','conflict','failed'))))"),
            QStringLiteral("CREATE INDEX outbox_by_referral ON outbox(referral_id, seq)"),
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value "
                           "TEXT) WITHOUT ROWID"),
        };
    }
    if (version == 2) {
        // The archive: searchable text columns, filled below from the stored documents.
        return {
            QStringLiteral("ALTER TABLE referrals ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE referrals ADD COLUMN city TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE referrals ADD COLUMN products TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE referrals ADD COLUMN contacts TEXT NOT NULL DEFAULT ''"),
        };
    }
    if (version == 3) {
        // The archive's default order with a unique tie-breaker, so "most recent 50" reads 50
        // index entries instead of sorting the whole archive (measured: bench_board).
        return {
            QStringLiteral("DROP INDEX referrals_archive"),
            QStringLiteral(
                "CREATE INDEX referrals_archive ON referrals(stage, coalesce(closed_at, "
                "updated_at, created_at), id)"),
        };
    }
    if (version == 5) {
        // Notifications already given, so a restart or a re-sync never repeats one.
        return { QStringLiteral("CREATE TABLE notified (key TEXT PRIMARY KEY NOT NULL, "
                                      "at INTEGER) WITHOUT ROWID") };
    }
    if (version == 6) {
        // Referrals this partner sent to others: kept apart from the ones it must answer.
        return {
            QStringLiteral(
                "ALTER TABLE referrals ADD COLUMN outgoing INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE referrals SET outgoing = 1 WHERE lower(json_extract("
                           "coalesce(remote_raw, raw), '$.direction')) = 'outgoing'"),
            // Small: only the sent ones, so the "Sent by you" archive reads only those.
            QStringLiteral("CREATE INDEX referrals_outgoing ON referrals(stage, "
                           "coalesce(closed_at, updated_at, created_at), id) WHERE outgoing = 1"),
        };
    }
    if (version == 7) {
        // The undo window: an action waits, undoable, until this time before it is sent.
        return { QStringLiteral("ALTER TABLE outbox ADD COLUMN hold_until INTEGER") };
    }
    if (version == 8) {
        // When an entry started to be sent: another process's send in progress is not
        // mistaken for one a crash interrupted.
        return { QStringLiteral("ALTER TABLE outbox ADD COLUMN sending_since INTEGER") };
    }
    if (version == 4) {
        // The history of the person's actions once they leave the outbox (sent, undone).
        return {
            QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "referral_id TEXT NOT NULL, action TEXT NOT NULL, taken_at INTEGER, "
                           "result TEXT NOT NULL, detail TEXT)"),
            QStringLiteral("CREATE INDEX history_by_referral ON history(referral_id, id)"),
        };
    }
    if (version == 9) {
        // Referrals whose stored copy could not be read: shown as "needs a refresh" and read
        // again from the service by the next sync. The index holds only those, so finding them
        // costs nothing however big the archive.
        return {
            QStringLiteral(
                "ALTER TABLE referrals ADD COLUMN needs_refresh INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX referrals_needs_refresh ON referrals(id) "
                           "WHERE needs_refresh = 1"),
        };
    }
    if (version == 10) {
        // Search by any fragment in any script: a trigram index over the folded text
        // (SearchText), written by ReferralRepository with each referral. It replaces the word
        // index of format 2, which found only the beginnings of words ("さくら" in
        // "株式会社さくら物流" was not found).
        return { QStringLiteral(
            "CREATE VIRTUAL TABLE referrals_search USING fts5(text, tokenize='trigram')") };
    }
    if (version == 11) {
        // The archive at a million (issue 15): each order the table offers, and each filter
        // by value, read from an index in that order (ArchivePager), so the first page costs
        // the same however big the archive. Partial: only the received archive, where the
        // millions are; the sent ones are few (referrals_outgoing). Each ends with the time of
        // archiving, the order within equal values.
        const QString archived = QStringLiteral("WHERE stage = %1 AND outgoing = 0")
                                     .arg(int(Stage::Archived));
        const QString at = QStringLiteral("coalesce(closed_at, updated_at, created_at)");
        QStringList out;
        for (const auto &[name, key] : {
                 std::pair { "archive_by_closed", "" },
                 std::pair { "archive_by_customer", "customer_name COLLATE NOCASE" },
                 std::pair { "archive_by_name", "name COLLATE NOCASE" },
                 std::pair { "archive_by_outcome", "outcome" },
                 std::pair { "archive_by_country", "country" },
                 std::pair { "archive_by_size", "size" },
                 std::pair { "archive_by_deal", "" }, // below: its expression is built
                 std::pair { "archive_by_closing", "ifnull(closing_at, -1)" },
                 std::pair { "archive_by_created", "ifnull(created_at, -1)" },
                 std::pair { "archive_by_reason", "ifnull(status_reason, '') COLLATE NOCASE" },
             }) {
            QString columns = *key ? QLatin1String(key) + QStringLiteral(", ") + at : at;
            if (qstrcmp(name, "archive_by_deal") == 0)
                columns = QStringLiteral("ifnull(%1, -1), ").arg(ArchiveQuery::dealUnits({})) + at;
            out.append(QStringLiteral("CREATE INDEX %1 ON referrals(%2) %3")
                           .arg(QLatin1String(name), columns, archived));
        }
        // Insights read a range of creation dates.
        out.append(QStringLiteral(
            "CREATE INDEX referrals_by_created ON referrals(created_at) WHERE outgoing = 0"));
        return out;
    }
    if (version == 13) {
        // Format 11's archive_by_closed serves the archive's default order, and SQLite without
        // statistics chose this older (stage, time, id) index for it and then sorted every
        // archived referral. One index fewer to write per referral, too.
        return { QStringLiteral("DROP INDEX IF EXISTS referrals_archive") };
    }
    if (version == 14) {
        // Was the fit's first table (a row per combination of products, filled here by reading
        // the whole archive); format 16 replaces it and drops it where it was made.
        return {};
    }
    if (version == 15) {
        // "The same customer again" (issue 18): who the customer is (CustomerKey::ofName) and
        // its organisation's mail domain (CustomerKey::ofEmail), written with every referral.
        // Adding a column rewrites no row, so opening a million archived referrals stays quick:
        // the rows already there stay NULL ("not keyed yet") and CustomerBackfill keys them in
        // small batches on the sync thread. '' means "keyed, nothing to match on"; the partial
        // indexes leave both out, so they hold only the rows that can match.
        return {
            QStringLiteral("ALTER TABLE referrals ADD COLUMN customer_key TEXT"),
            QStringLiteral("ALTER TABLE referrals ADD COLUMN mail_domain TEXT"),
            QStringLiteral("CREATE INDEX referrals_by_customer_key ON referrals(customer_key) "
                           "WHERE customer_key IS NOT NULL AND customer_key <> ''"),
            QStringLiteral("CREATE INDEX referrals_by_mail_domain ON referrals(mail_domain) "
                           "WHERE mail_domain IS NOT NULL AND mail_domain <> ''"),
        };
    }
    if (version == 16) {
        // The fit (issue 18): won and ended archived referrals per kind of referral and per
        // product, kept in step by triggers, so scoring never reads the archive. The referrals
        // already stored are counted in the background (FitStore::fill).
        return FitStore::schema();
    }
    if (version == 17) {
        // A smaller file (issue 15): documents are stored compressed from now on (the rows
        // already there keep their text until they are written again; both read alike,
        // sql::parseDocument). SQL cannot read a compressed document, so the two fit features
        // only the document held get columns of their own, and the fit triggers read them. And
        // the archive's totals are kept rather than counted (archiveTotals).
        return QStringList {
            QStringLiteral("ALTER TABLE referrals ADD COLUMN industry TEXT"),
            QStringLiteral("ALTER TABLE referrals ADD COLUMN qualification TEXT"),
        }
        + FitStore::storedFeatures() + archiveTotals();
    }
    if (version == 19) {
        // A faster first sync (issue 15): a page of referrals not stored yet may leave its
        // search index entries to a background fill (SearchFill), as the fit's counts.
        return SearchFill::schema();
    }
    // Format 20 changes no table: documents and notes written from now on are packed by zstd
    // (DocumentCodec), which reads the deflated ones as before. The number only keeps an older
    // version, which could not read the new ones, from opening the file.
    return {};
}

namespace {

/// Cents as the currency's minor units, rounded half away from zero where it has fewer decimals.
MinorUnits fromCents(qint64 cents, const QString &currency)
{
    const int decimals = Money::decimals(currency);
    if (decimals >= 2)
        return cents * Money::minorPerUnit(currency) / 100;
    const qint64 per = 100 / Money::minorPerUnit(currency);
    const qint64 half = cents < 0 ? -(per / 2) : per / 2;
    return (cents + half) / per;
}

} // namespace

QString Schema::convertToMinorUnits(StoreDb &db)
{
    // Format 12 keeps deal values in each currency's minor units instead of cents. Only the
    // currencies without two decimals change. Their rows read the value again from the stored
    // document, so a KWD value gets back the third decimal the cents had lost; a document that
    // cannot be read has its cents converted.
    QSqlQuery rows(db.database());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral(
            "SELECT rowid, deal_value, currency FROM referrals WHERE deal_value IS NOT NULL")))
        return rows.lastError().text();
    QSqlQuery document(db.database());
    document.prepare(QStringLiteral("SELECT raw FROM referrals WHERE rowid = ?"));
    QList<std::pair<QVariant, qint64>> changes;
    while (rows.next()) {
        const QString currency = rows.value(2).toString().trimmed().toUpper();
        if (Money::decimals(currency) == 2)
            continue;
        document.addBindValue(rows.value(0));
        if (!document.exec())
            return document.lastError().text();
        const ParseResult parsed = ReferralJson::fromObject(
            sql::parseDocument(document.next() ? document.value(0) : QVariant()));
        document.finish();
        const bool readable = parsed.ok() && parsed.referral->details.dealValue
            && parsed.referral->details.currency == currency;
        changes.append({ rows.value(0),
            readable ? *parsed.referral->details.dealValue
                     : fromCents(rows.value(1).toLongLong(), currency) });
    }
    rows.finish();
    QSqlQuery update(db.database());
    update.prepare(QStringLiteral("UPDATE referrals SET deal_value = ? WHERE rowid = ?"));
    for (const auto &[rowid, value] : changes) {
        update.addBindValue(value);
        update.addBindValue(rowid);
        if (!update.exec())
            return update.lastError().text();
    }

    // Queued actions hold their deal value in the input they were queued with. A value without
    // a currency was in the referral's; it now carries that currency, as new entries do.
    QSqlQuery queued(db.database());
    queued.setForwardOnly(true);
    if (!queued.exec(QStringLiteral("SELECT o.seq, o.input, r.currency FROM outbox o LEFT JOIN "
                                    "referrals r ON r.id = o.referral_id")))
        return queued.lastError().text();
    QList<std::pair<QVariant, QString>> inputs;
    while (queued.next()) {
        QJsonObject input = sql::parseObject(queued.value(1).toString());
        if (!input.contains(QLatin1String("dealValue")))
            continue;
        QString currency = input.value(QLatin1String("currency")).toString().trimmed().toUpper();
        if (currency.isEmpty())
            currency = queued.value(2).toString().trimmed().toUpper();
        if (Money::decimals(currency) == 2)
            continue;
        const qint64 cents = std::llround(input.value(QLatin1String("dealValue")).toDouble());
        input.insert(QStringLiteral("dealValue"), qint64(fromCents(cents, currency)));
        input.insert(QStringLiteral("currency"), currency);
        inputs.append({ queued.value(0), sql::compact(input) });
    }
    queued.finish();
    QSqlQuery write(db.database());
    write.prepare(QStringLiteral("UPDATE outbox SET input = ? WHERE seq = ?"));
    for (const auto &[seq, input] : inputs) {
        write.addBindValue(input);
        write.addBindValue(seq);
        if (!write.exec())
            return write.lastError().text();
    }
    return {};
}

QString Schema::searchIndexOptions()
{
    // Contentless (format 17): the index keeps no copy of the text, which ReferralRepository
    // makes again from the columns to take a row out. Without positions (format 18): a
    // trigram index with them was half the file (2.2 KB of 4.4 KB per referral at a million);
    // without them it holds only which referrals have each trigram, and ArchiveQuery checks
    // that a longer term's trigrams are consecutive in the candidates the index returns.
    return QStringLiteral("content='', detail=none");
}

QString Schema::rebuildSearchIndex(StoreDb &db, const QString &options)
{
    // The text is made again from the columns rather than copied from the old index: a
    // contentless index is told the text to take out when a row changes, which
    // ReferralRepository makes from the columns, so what went in must be made the same way.
    // Changing SearchText::of needs a new format that makes the index again like this.
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE referrals_text USING fts5(text, %1, "
                               "tokenize='trigram')")
                    .arg(options)))
        return q.lastError().text();
    if (const QSqlError e = fillSearchIndex(db.database(), QStringLiteral("referrals_text"));
        e.isValid())
        return e.text();
    for (const char *sql : { "DROP TABLE referrals_search",
             "ALTER TABLE referrals_text RENAME TO referrals_search" }) {
        if (!q.exec(QString::fromLatin1(sql)))
            return q.lastError().text();
    }
    // Every row is in it now, those a first sync left to the search fill too (format 19).
    if (!q.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fill'")))
        return q.lastError().text();
    if (q.next() && !q.exec(SearchFill::caughtUp()))
        return q.lastError().text();
    return {};
}

QSqlError Schema::fillSearchIndex(
    const QSqlDatabase &db, const QString &table, const QString &where, const QVariantList &values)
{
    // From the columns (no document is parsed): one pass over the rows.
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1(rowid, text) VALUES (?, ?)").arg(table));
    rows.prepare(QStringLiteral("SELECT rowid, customer_name, name, notes, city, country, "
                                "products, contacts FROM referrals %1")
                     .arg(where));
    for (const QVariant &value : values)
        rows.addBindValue(value);
    if (!rows.exec())
        return rows.lastError();
    while (rows.next()) {
        insert.addBindValue(rows.value(0));
        insert.addBindValue(SearchText::of(rows.value(1).toString(), rows.value(2).toString(),
            sql::storedText(rows.value(3)), rows.value(4).toString(), rows.value(5).toString(),
            rows.value(6).toString(), rows.value(7).toString()));
        if (!insert.exec())
            return insert.lastError();
    }
    return {};
}

QString Schema::backfillSearchColumns(StoreDb &db)
{
    // Rows written by format 1 get their search columns from their stored documents.
    QSqlQuery rows(db.database());
    rows.setForwardOnly(true);
    QSqlQuery update(db.database());
    update.prepare(QStringLiteral(
        "UPDATE referrals SET notes = ?, city = ?, products = ?, contacts = ? WHERE rowid = ?"));
    if (!rows.exec(QStringLiteral("SELECT rowid, raw FROM referrals")))
        return rows.lastError().text();
    while (rows.next()) {
        const ParseResult parsed = ReferralJson::fromObject(sql::parseDocument(rows.value(1)));
        if (!parsed.ok())
            continue;
        const SearchColumns t = SearchColumns::of(*parsed.referral);
        update.addBindValue(sql::text(parsed.referral->details.notes));
        update.addBindValue(sql::text(parsed.referral->customerProfile.address.city));
        update.addBindValue(sql::text(t.products));
        update.addBindValue(sql::text(t.contacts));
        update.addBindValue(rows.value(0));
        if (!update.exec())
            return update.lastError().text();
    }
    return {};
}

} // namespace rd
