#include "store.h"

#include "domain/deadlinepolicy.h"
#include "domain/referraljson.h"
#include "insights/insights.h"
#include "storerepair.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "rd.store")

namespace rd {

namespace {

// Open outbox states that still shape the person's view of the referral.
constexpr const char *kPendingStates = "('queued','sending','failed')";
constexpr int kMaxSqlVariables = 500;

/// `ids` in pieces small enough for one `IN (...)` each (SQLite's variable limit).
QList<QStringList> chunked(const QStringList &ids)
{
    QList<QStringList> out;
    for (qsizetype from = 0; from < ids.size(); from += kMaxSqlVariables)
        out.append(ids.mid(from, kMaxSqlVariables));
    return out;
}

/// Sets one sync_state value on `db` (inside whatever transaction is open there).
/// Starts a write transaction that takes the write lock at once. A deferred BEGIN that reads
/// first and writes later fails straight away (SQLITE_BUSY, no busy wait) when another
/// connection wrote in between: the person's Undo or action must wait its turn instead.
QSqlError beginWrite(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QSqlError() : q.lastError();
}

/// A send still "sending" after this long was cut off (a crash, a kill), not under way.
constexpr qint64 kInterruptedAfterMs = 10 * 60 * 1000;

/// SQLite's primary result code of a failed statement. The driver passes on the code of the
/// call that failed, which for a statement is often the generic SQLITE_ERROR; SQLite's own fixed
/// texts (sqlite3_errstr) then tell the cause.
int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && code > 1)
        return code;
    static const struct
    {
        const char *text;
        int code;
    } known[] = {
        { "database or disk is full", 13 },
        { "attempt to write a readonly database", 8 },
        { "access permission denied", 3 },
        { "unable to open database file", 14 },
        { "database is locked", 5 },
        { "database table is locked", 6 },
        { "database disk image is malformed", 11 },
        { "file is not a database", 26 },
        { "disk I/O error", 10 },
    };
    const QString text = e.databaseText() + QLatin1Char(' ') + e.driverText();
    for (const auto &k : known) {
        if (text.contains(QLatin1String(k.text), Qt::CaseInsensitive))
            return k.code;
    }
    return ok ? code : -1;
}

/// Writes one sync_state value; the statement's error, or an invalid one.
QSqlError writeSyncValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() ? QSqlError() : q.lastError();
}

QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QString OutboxEntry::stateName(State s)
{
    switch (s) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

namespace {

OutboxEntry::State stateFromName(const QString &s)
{
    if (s == QLatin1String("sending"))
        return OutboxEntry::State::Sending;
    if (s == QLatin1String("conflict"))
        return OutboxEntry::State::Conflict;
    if (s == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Queued;
}

QJsonObject inputToJson(const ActionInput &in)
{
    QJsonObject o;
    if (in.dealValue)
        o.insert(QStringLiteral("dealValue"), double(*in.dealValue));
    if (!in.currency.isEmpty())
        o.insert(QStringLiteral("currency"), in.currency);
    if (in.closingDate.isValid())
        o.insert(QStringLiteral("closingDate"), in.closingDate.toString(Qt::ISODate));
    if (!in.reason.isEmpty())
        o.insert(QStringLiteral("reason"), in.reason);
    if (!in.note.isNull()) // an empty note clears Edit deal's notes; a null one leaves them
        o.insert(QStringLiteral("note"), in.note);
    return o;
}

ActionInput inputFromJson(const QJsonObject &o)
{
    ActionInput in;
    if (o.contains(QLatin1String("dealValue")))
        in.dealValue = Cents(o.value(QLatin1String("dealValue")).toDouble());
    in.currency = o.value(QLatin1String("currency")).toString();
    in.closingDate
        = QDate::fromString(o.value(QLatin1String("closingDate")).toString(), Qt::ISODate);
    in.reason = o.value(QLatin1String("reason")).toString();
    if (o.contains(QLatin1String("note"))) {
        in.note = o.value(QLatin1String("note")).toString();
        if (in.note.isNull())
            in.note = QString(0, QChar()); // stored empty: cleared, not "as it was"
    }
    return in;
}

/// The searchable text of a referral, beyond the plain columns.
struct SearchText
{
    QString products; ///< "\nname\nname\n": exact-match filter and FTS text at once
    QString contacts;
};

SearchText searchText(const Referral &r)
{
    SearchText t;
    QStringList products;
    const Requirements &req = r.details.requirements;
    for (const QList<Solution> *list : { &req.products, &req.solutions, &req.services }) {
        for (const Solution &s : *list) {
            if (!s.name.trimmed().isEmpty())
                products.append(s.name.trimmed());
        }
    }
    if (!products.isEmpty())
        t.products = QLatin1Char('\n') + products.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QStringList contacts;
    for (const QList<Contact> *list : { &r.customerProfile.team, &r.team }) {
        for (const Contact &c : *list)
            contacts.append(c.displayName());
    }
    t.contacts = contacts.join(QLatin1Char('\n'));
    return t;
}

/// Stored facts about a referral that an incoming remote copy is merged with.
struct Existing
{
    QJsonObject remoteRaw;
    QString lastOpenSubstatus;
    QDateTime interestedAt;
    QDateTime acceptedAt;
    QDateTime closedAt;
    bool visible = true;
    QList<OutboxEntry> pending; ///< queued/sending/failed, FIFO
};

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString archivedAt()
{
    return QStringLiteral("coalesce(r.closed_at, r.updated_at, r.created_at)");
}

QString sortExpression(ArchiveColumn c)
{
    switch (c) {
    case ArchiveColumn::Relevance:
    case ArchiveColumn::Closed:
        return archivedAt();
    case ArchiveColumn::Customer:
        return QStringLiteral("r.customer_name COLLATE NOCASE");
    case ArchiveColumn::Name:
        return QStringLiteral("r.name COLLATE NOCASE");
    case ArchiveColumn::Outcome:
        return QStringLiteral("r.outcome");
    case ArchiveColumn::Country:
        return QStringLiteral("r.country");
    case ArchiveColumn::Size:
        return QStringLiteral("r.size");
    case ArchiveColumn::DealValue:
        return QStringLiteral("r.deal_value");
    case ArchiveColumn::ClosingDate:
        return QStringLiteral("r.closing_at");
    case ArchiveColumn::Created:
        return QStringLiteral("r.created_at");
    case ArchiveColumn::Reason:
        return QStringLiteral("r.status_reason COLLATE NOCASE");
    }
    return archivedAt();
}

} // namespace

// -- opening -------------------------------------------------------------------------------------

Store::Store()
{
    static std::atomic<int> counter { 0 };
    // Named per thread (and per Store, as tests open several on one thread).
    m_connectionName = QStringLiteral("rd-store-%1-%2")
                           .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16)
                           .arg(counter++);
}

Store::~Store()
{
    close();
}

QString Store::defaultPath(const QString &profileDir)
{
    const QString dir = profileDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : profileDir;
    return QDir(dir).filePath(QStringLiteral("referrals.sqlite"));
}

StoreError Store::open(const QString &path)
{
    return openImpl(path, schemaVersion);
}

StoreError Store::openAtVersion(const QString &path, int version)
{
    return openImpl(path, version);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Store::close()
{
    m_writeReferral.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError Store::fail(const QString &what) const
{
    StoreError e;
    e.kind = StoreError::Kind::Failed;
    e.path = m_path;
    e.message = tr("The local database %1 could not be updated: %2")
                    .arg(QDir::toNativeSeparators(m_path), what);
    qCWarning(lcStore).noquote() << e.message;
    m_lastError = e;
    return e;
}

StoreError Store::classify(const QSqlError &sql, const QString &path)
{
    // By cause, so that a full disk or a read-only folder is never called "damaged" (and never
    // moved aside): each says what the person can do about it.
    StoreError e;
    e.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const QString detail = sql.databaseText().isEmpty() ? sql.text() : sql.databaseText();
    switch (sqliteCode(sql)) {
    case 13: // SQLITE_FULL
        e.kind = StoreError::Kind::DiskFull;
        e.message = tr("The disk that holds the local database %1 is full. Free some space; "
                       "nothing was lost, and what you did is kept until it can be saved.")
                        .arg(shown);
        break;
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN (its -wal or -shm file cannot be made beside it)
        e.kind = StoreError::Kind::ReadOnly;
        e.message = tr("Referral Desk cannot write to the local database %1 or its folder (%2). "
                       "Check that the folder is yours and writable, or start Referral Desk with "
                       "another --profile.")
                        .arg(shown, detail);
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        e.kind = StoreError::Kind::Locked;
        e.message = tr("The local database %1 is locked by another Referral Desk (or another "
                       "program) and stayed locked while Referral Desk waited. Try again in a "
                       "moment.")
                        .arg(shown);
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        e.kind = StoreError::Kind::Corrupt;
        e.message = tr("The local database %1 is damaged (%2). It can be moved aside and "
                       "rebuilt from Partner Center.")
                        .arg(shown, detail);
        break;
    default:
        e.kind = StoreError::Kind::Failed;
        e.message = tr("The local database %1 could not be used: %2").arg(shown, detail);
        break;
    }
    return e;
}

bool Store::failed(const QSqlError &sql, const char *what) const
{
    m_lastError = classify(sql, m_path);
    qCWarning(lcStore).noquote() << what << m_lastError.message;
    return false;
}

StoreError Store::openImpl(const QString &path, int targetVersion)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    StoreError error;
    error.path = m_path;
    const QString shown = QDir::toNativeSeparators(m_path);

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        error.kind = StoreError::Kind::CannotOpen;
        error.message = tr("The folder %1 could not be created.")
                            .arg(QDir::toNativeSeparators(info.absolutePath()));
        return error;
    }
    // Create the file ourselves so that it is owner-only from its first byte; SQLite gives the
    // -wal and -shm files the same permissions.
    QFile file(m_path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly)) {
            error.kind = StoreError::Kind::CannotOpen;
            error.message
                = tr("The database %1 could not be created: %2").arg(shown, file.errorString());
            return error;
        }
        file.close();
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error.kind = StoreError::Kind::CannotOpen;
            error.message
                = tr("The database %1 could not be opened: %2").arg(shown, db.lastError().text());
        }
    }
    if (!error)
        error = checkAndPrepare(targetVersion);
    if (error)
        close(); // every query of the connection is gone by now
    return error;
}

StoreError Store::checkAndPrepare(int targetVersion)
{
    StoreError error;
    error.path = m_path;
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery q(database());
    // A file that is not a database fails here; a damaged one does not say "ok".
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) // could not even look: say why
        return classify(q.lastError(), m_path);
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        const QString detail
            = q.lastError().isValid() ? q.lastError().databaseText() : q.value(0).toString();
        error.kind = StoreError::Kind::Corrupt;
        error.message = tr("The local database %1 is damaged (%2). It can be moved aside and "
                           "rebuilt from Partner Center.")
                            .arg(shown, detail);
        return error;
    }
    q.finish();

    // Read the version before changing anything, so a newer database is left as it is.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return classify(q.lastError(), m_path);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion) {
        error.kind = StoreError::Kind::NewerVersion;
        error.message = tr("The database %1 was written by a newer version of Referral Desk "
                           "(format %2; this version reads up to %3). Update Referral Desk, or "
                           "start it with another profile. The file was not changed.")
                            .arg(shown)
                            .arg(version)
                            .arg(schemaVersion);
        return error;
    }

    for (const char *pragma :
        { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL" }) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return classify(q.lastError(), m_path); // WAL needs a writable folder
        q.finish();
    }
    return version < targetVersion ? migrate(version, targetVersion) : StoreError();
}

StoreError Store::openOrRecover(const QString &path,
    const std::function<bool(const StoreError &)> &confirmRebuild, QString *movedTo)
{
    const StoreError first = open(path);
    if (first.kind != StoreError::Kind::Corrupt || !confirmRebuild || !confirmRebuild(first))
        return first;
    // Rebuilding salvages first: the queued actions, the history and the notification record
    // that can still be read go into the new file; the damaged one is kept.
    const SalvageReport report = StoreRepair::repair(first.path);
    if (report.error)
        return report.error;
    if (movedTo)
        *movedTo = report.movedTo;
    qCWarning(lcStore).noquote() << StoreRepair::summary(report);
    return open(path);
}

QString Store::moveAside(const QString &path)
{
    // Two repairs within one second must not collide: a number follows the time when needed.
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

// -- migrations ----------------------------------------------------------------------------------

StoreError Store::migrate(int from, int to)
{
    QSqlDatabase db = database();
    for (int version = from + 1; version <= to; ++version) {
        if (const QSqlError e = beginWrite(db); e.isValid())
            return classify(e, m_path);
        QSqlQuery q(db);
        QStringList statements;
        if (version == 1) {
            statements = {
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
        } else if (version == 2) {
            // The archive: searchable text columns, filled below from the stored documents.
            statements = {
                QStringLiteral("ALTER TABLE referrals ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE referrals ADD COLUMN city TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(
                    "ALTER TABLE referrals ADD COLUMN products TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(
                    "ALTER TABLE referrals ADD COLUMN contacts TEXT NOT NULL DEFAULT ''"),
            };
        } else if (version == 3) {
            // The archive's default order with a unique tie-breaker, so "most recent 50" reads 50
            // index entries instead of sorting the whole archive (measured: bench_board).
            statements = {
                QStringLiteral("DROP INDEX referrals_archive"),
                QStringLiteral(
                    "CREATE INDEX referrals_archive ON referrals(stage, coalesce(closed_at, "
                    "updated_at, created_at), id)"),
            };
        } else if (version == 5) {
            // Notifications already given, so a restart or a re-sync never repeats one.
            statements = { QStringLiteral("CREATE TABLE notified (key TEXT PRIMARY KEY NOT NULL, "
                                          "at INTEGER) WITHOUT ROWID") };
        } else if (version == 6) {
            // Referrals this partner sent to others: kept apart from the ones it must answer.
            statements = {
                QStringLiteral(
                    "ALTER TABLE referrals ADD COLUMN outgoing INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE referrals SET outgoing = 1 WHERE lower(json_extract("
                               "coalesce(remote_raw, raw), '$.direction')) = 'outgoing'"),
                // Small: only the sent ones, so the "Sent by you" archive reads only those.
                QStringLiteral("CREATE INDEX referrals_outgoing ON referrals(stage, "
                               "coalesce(closed_at, updated_at, created_at), id) WHERE outgoing = 1"),
            };
        } else if (version == 7) {
            // The undo window: an action waits, undoable, until this time before it is sent.
            statements = { QStringLiteral("ALTER TABLE outbox ADD COLUMN hold_until INTEGER") };
        } else if (version == 8) {
            // When an entry started to be sent: another process's send in progress is not
            // mistaken for one a crash interrupted.
            statements = { QStringLiteral("ALTER TABLE outbox ADD COLUMN sending_since INTEGER") };
        } else if (version == 4) {
            // The history of the person's actions once they leave the outbox (sent, undone).
            statements = {
                QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "referral_id TEXT NOT NULL, action TEXT NOT NULL, taken_at INTEGER, "
                               "result TEXT NOT NULL, detail TEXT)"),
                QStringLiteral("CREATE INDEX history_by_referral ON history(referral_id, id)"),
            };
        }
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return fail(tr("migration to format %1 failed: %2").arg(version).arg(why));
            }
        }
        if (version == 2) {
            if (const QString why = backfillSearchColumns(); !why.isEmpty()) {
                db.rollback();
                return fail(tr("migration to format %1 failed: %2").arg(version).arg(why));
            }
            // Then an external-content FTS5 index over them, built once and kept in step by
            // triggers from now on.
            const QStringList index = {
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
            for (const QString &sql : index) {
                if (!q.exec(sql)) {
                    const QString why = q.lastError().text();
                    db.rollback();
                    return fail(tr("migration to format %1 failed: %2").arg(version).arg(why));
                }
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            const QString why = q.lastError().text();
            db.rollback();
            return fail(why);
        }
        if (!db.commit())
            return fail(db.lastError().text());
        qCInfo(lcStore) << "migrated" << m_path << "to format" << version;
    }
    return {};
}

QString Store::backfillSearchColumns()
{
    // Rows written by format 1 get their search columns from their stored documents.
    QSqlDatabase db = database();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE referrals SET notes = ?, city = ?, products = ?, contacts = ? WHERE rowid = ?"));
    if (!rows.exec(QStringLiteral("SELECT rowid, raw FROM referrals")))
        return rows.lastError().text();
    while (rows.next()) {
        const ParseResult parsed = ReferralJson::fromObject(parseObject(rows.value(1).toString()));
        if (!parsed.ok())
            continue;
        const SearchText t = searchText(*parsed.referral);
        update.addBindValue(text(parsed.referral->details.notes));
        update.addBindValue(text(parsed.referral->customerProfile.address.city));
        update.addBindValue(text(t.products));
        update.addBindValue(text(t.contacts));
        update.addBindValue(rows.value(0));
        if (!update.exec())
            return update.lastError().text();
    }
    return {};
}

// -- referrals -----------------------------------------------------------------------------------

namespace {

const QString kReferralColumns
    = QStringLiteral("r.raw, r.last_open_substatus, r.interested_at, r.accepted_at, r.closed_at");

Referral referralFromColumns(const QSqlQuery &q, int first = 0)
{
    ParseResult parsed = ReferralJson::fromObject(parseObject(q.value(first).toString()));
    Referral r = parsed.referral.value_or(Referral());
    r.lastOpenSubstatus = q.value(first + 1).toString();
    r.interestedDateTime = fromMs(q.value(first + 2));
    r.acceptedDateTime = fromMs(q.value(first + 3));
    r.closedDateTime = fromMs(q.value(first + 4));
    return r;
}

/// The remote copy with the person's pending actions replayed on top, in order. An action the
/// remote's state no longer allows is a conflict: it is not applied and its seq is reported.
Referral replay(Referral view, const QList<OutboxEntry> &pending, QList<qint64> *conflicts)
{
    for (const OutboxEntry &e : pending) {
        if (e.state == OutboxEntry::State::Conflict)
            continue;
        if (!Lifecycle::isAllowed(view, e.action)) {
            // Already what the service shows (its send, perhaps by another Referral Desk on this
            // database, landed before its answer was stored), or on its way: the pusher that
            // holds it decides. Only an action the service's copy contradicts is a conflict.
            if (e.state != OutboxEntry::State::Sending
                && !Lifecycle::isReflectedIn(view, e.action, e.input))
                conflicts->append(e.seq);
            continue;
        }
        view = Lifecycle::applied(view, e.action, e.input, e.createdAt);
    }
    return view;
}

} // namespace

Referral Store::rowToReferral(const QSqlQuery &q) const
{
    return referralFromColumns(q);
}

bool Store::writeReferral(const Referral &view, const QJsonObject &remoteRaw)
{
    // Prepared once per connection: a page of a thousand referrals is a thousand executions.
    if (!m_writeReferral) {
        m_writeReferral = std::make_unique<QSqlQuery>(database());
        m_writeReferral->prepare(QStringLiteral(
            R"(INSERT INTO referrals (id, name, customer_name, country, size, stage, outcome,
            status, substatus, status_reason, deal_value, currency, closing_at, created_at, updated_at,
            expiration_at, accepted_at, closed_at, interested_at, etag, last_open_substatus, raw, remote_raw,
            visible, notes, city, products, contacts, outgoing)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, customer_name = excluded.customer_name,
            country = excluded.country, size = excluded.size, stage = excluded.stage,
            outcome = excluded.outcome, status = excluded.status, substatus = excluded.substatus,
            status_reason = excluded.status_reason, deal_value = excluded.deal_value,
            currency = excluded.currency, closing_at = excluded.closing_at,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            expiration_at = excluded.expiration_at, accepted_at = excluded.accepted_at,
            closed_at = excluded.closed_at, interested_at = excluded.interested_at,
            etag = excluded.etag, last_open_substatus = excluded.last_open_substatus,
            raw = excluded.raw, remote_raw = excluded.remote_raw, visible = 1,
            notes = excluded.notes, city = excluded.city, products = excluded.products,
            contacts = excluded.contacts, outgoing = excluded.outgoing)"));
    }
    QSqlQuery &q = *m_writeReferral;
    const SearchText t = searchText(view);
    const QVariantList values {
        view.id,
        text(view.name),
        text(view.customerProfile.name),
        text(view.customerProfile.address.country.toUpper()),
        text(view.customerProfile.size),
        int(view.stage()),
        int(view.outcome()),
        view.status,
        view.substatus,
        view.statusReason,
        view.details.dealValue ? QVariant(*view.details.dealValue)
                               : QVariant(QMetaType::fromType<qint64>()),
        view.details.currency,
        ms(view.details.closingDateTime),
        ms(view.createdDateTime),
        ms(view.updatedDateTime),
        ms(view.expirationDateTime),
        ms(view.acceptedDateTime),
        ms(view.closedDateTime),
        ms(view.interestedDateTime),
        view.eTag,
        view.lastOpenSubstatus,
        compact(view.raw),
        remoteRaw == view.raw ? QVariant(QMetaType::fromType<QString>())
                              : QVariant(compact(remoteRaw)),
        text(view.details.notes),
        text(view.customerProfile.address.city),
        text(t.products),
        text(t.contacts),
        view.isOutgoing() ? 1 : 0,
    };
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        failed(q.lastError(), "writing a referral:");
        return false;
    }
    return true;
}

namespace {

const QString kOutboxColumns
    = QStringLiteral("seq, referral_id, action, input, patch, base_etag, "
                     "request_id, created_at, attempts, last_error, state, hold_until");

OutboxEntry outboxFromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.referralId = q.value(1).toString();
    e.action = Lifecycle::actionFromKey(q.value(2).toString()).value_or(Action::Interested);
    e.input = inputFromJson(parseObject(q.value(3).toString()));
    e.patch = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    e.baseETag = q.value(5).toString();
    e.requestId = QUuid(q.value(6).toString());
    e.createdAt = fromMs(q.value(7));
    e.attempts = q.value(8).toInt();
    e.lastError = q.value(9).toString();
    e.state = stateFromName(q.value(10).toString());
    e.holdUntil = fromMs(q.value(11));
    return e;
}

/// Loads what is stored about these referrals, in chunks that stay under SQLite's variable limit.
bool loadExisting(const QSqlDatabase &db, const QStringList &ids, QHash<QString, Existing> *out)
{
    for (const QStringList &chunk : chunked(ids)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT id, coalesce(remote_raw, raw), last_open_substatus, interested_at, "
            "accepted_at, closed_at, visible FROM referrals WHERE id IN (%1)")
                      .arg(placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return false;
        while (q.next()) {
            Existing e;
            e.remoteRaw = parseObject(q.value(1).toString());
            // The stored column follows the person's view; while the remote copy is open, its own
            // substatus is what the remote last showed.
            const QString remoteStatus = e.remoteRaw.value(QLatin1String("status")).toString();
            const QString remoteSubstatus
                = e.remoteRaw.value(QLatin1String("substatus")).toString();
            const Stage remoteStage = stageFor(remoteStatus, remoteSubstatus);
            e.lastOpenSubstatus = remoteStage == Stage::New || remoteStage == Stage::Evaluating
                ? remoteSubstatus
                : q.value(2).toString();
            e.interestedAt = fromMs(q.value(3));
            e.acceptedAt = fromMs(q.value(4));
            e.closedAt = fromMs(q.value(5));
            e.visible = q.value(6).toBool();
            out->insert(q.value(0).toString(), e);
        }
        QSqlQuery o(db);
        o.setForwardOnly(true);
        o.prepare(
            QStringLiteral(
                "SELECT %1 FROM outbox WHERE state IN %2 AND referral_id IN (%3) ORDER BY seq")
                .arg(kOutboxColumns, QLatin1String(kPendingStates), placeholders(chunk.size())));
        for (const QString &id : chunk)
            o.addBindValue(id);
        if (!o.exec())
            return false;
        while (o.next()) {
            const OutboxEntry entry = outboxFromRow(o);
            auto it = out->find(entry.referralId);
            if (it != out->end())
                it->pending.append(entry);
        }
    }
    return true;
}

/// The remote copy merged with what the client remembers about the referral.
Referral merged(Referral remote, const Existing *existing)
{
    if (!existing)
        return remote;
    // An open copy says its own substatus; a closed one is told apart by what was seen before.
    if (!remote.isOpen())
        remote.lastOpenSubstatus = existing->lastOpenSubstatus;
    if (existing->interestedAt.isValid())
        remote.interestedDateTime = existing->interestedAt;
    if (!remote.acceptedDateTime.isValid())
        remote.acceptedDateTime = existing->acceptedAt;
    if (!remote.closedDateTime.isValid())
        remote.closedDateTime = existing->closedAt;
    return remote;
}

} // namespace

QStringList Store::upsert(const QList<Referral> &remote, const std::optional<QDateTime> &cursor,
    StoreError *error, const Progress &progress)
{
    QStringList changed;
    QSqlDatabase db = database();
    auto failWith = [&](const QSqlError &why) {
        db.rollback();
        failed(why, "upsert:");
        if (error)
            *error = m_lastError;
        return QStringList();
    };
    if (const QSqlError e = beginWrite(db); e.isValid()) {
        if (error)
            *error = classify(e, m_path);
        failed(e, "upsert:");
        return QStringList();
    }

    QStringList ids;
    ids.reserve(remote.size());
    for (const Referral &r : remote)
        ids.append(r.id);
    QHash<QString, Existing> existing;
    if (!loadExisting(db, ids, &existing))
        return failWith(db.lastError());

    QSqlQuery conflict(db);
    conflict.prepare(
        QStringLiteral("UPDATE outbox SET state = 'conflict', last_error = ? WHERE seq = ?"));
    qsizetype done = 0;
    for (const Referral &incoming : remote) {
        const auto it = existing.constFind(incoming.id);
        const Existing *stored = it == existing.constEnd() ? nullptr : &*it;
        if (stored && stored->visible && stored->remoteRaw == incoming.raw) {
            if (progress)
                progress(++done);
            continue; // the same remote copy: nothing changes, nothing signals
        }
        const Referral remoteCopy = merged(incoming, stored);
        QList<qint64> conflicts;
        const Referral view = stored ? replay(remoteCopy, stored->pending, &conflicts) : remoteCopy;
        for (qint64 seq : std::as_const(conflicts)) {
            conflict.addBindValue(tr(
                "The referral changed in Partner Center (now %1); this action no longer applies.")
                                      .arg(remoteCopy.stageText()));
            conflict.addBindValue(seq);
            if (!conflict.exec())
                return failWith(conflict.lastError());
        }
        if (!writeReferral(view, remoteCopy.raw)) { // it recorded why
            db.rollback();
            if (error)
                *error = m_lastError;
            return QStringList();
        }
        changed.append(incoming.id);
        if (progress)
            progress(++done);
    }

    if (cursor) {
        if (const QSqlError e
            = writeSyncValue(db, QStringLiteral("cursor"), ReferralJson::formatInstant(*cursor));
            e.isValid())
            return failWith(e);
    }
    if (!db.commit())
        return failWith(db.lastError());
    return changed;
}

std::optional<Referral> Store::referral(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM referrals r WHERE r.id = ?").arg(kReferralColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q.lastError(), "reading a referral:");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt; // not there: no error
    return rowToReferral(q);
}

QHash<QString, Referral> Store::referrals(const QStringList &ids) const
{
    QHash<QString, Referral> out;
    for (const QStringList &chunk : chunked(ids)) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM referrals r WHERE r.id IN (%2)")
                      .arg(kReferralColumns, placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            Referral r = rowToReferral(q);
            out.insert(r.id, std::move(r));
        }
    }
    return out;
}

std::optional<Referral> Store::remoteCopy(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT coalesce(r.remote_raw, r.raw), r.last_open_substatus, r.interested_at, "
        "r.accepted_at, r.closed_at FROM referrals r WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q.lastError(), "reading a referral:");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt; // not there: no error
    return rowToReferral(q);
}

QList<Referral> Store::openReferrals(std::optional<Stage> stage) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (stage) {
        q.prepare(QStringLiteral(
            "SELECT %1 FROM referrals r WHERE r.stage = ? ORDER BY r.created_at, r.id")
                      .arg(kReferralColumns));
        q.addBindValue(int(*stage));
    } else {
        q.prepare(QStringLiteral(
            "SELECT %1 FROM referrals r WHERE r.stage IN (%2, %3, %4) ORDER BY r.created_at, r.id")
                      .arg(kReferralColumns)
                      .arg(int(Stage::New))
                      .arg(int(Stage::Evaluating))
                      .arg(int(Stage::Negotiating)));
        // IN, not "<> Archived": the stage index then reads only the open rows, however big the
        // archive (bench_board measured a full scan of a million rows otherwise).
    }
    QList<Referral> out;
    if (!q.exec()) {
        failed(q.lastError(), "open referrals:");
        return out;
    }
    while (q.next())
        out.append(rowToReferral(q));
    return out;
}

bool Store::setVisibleOnRemote(const QStringList &ids, bool visible)
{
    QSqlDatabase db = database();
    if (const QSqlError e = beginWrite(db); e.isValid())
        return failed(e, "setVisibleOnRemote:");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE referrals SET visible = ? WHERE id = ?"));
    for (const QString &id : ids) {
        q.addBindValue(visible ? 1 : 0);
        q.addBindValue(id);
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool Store::hasReferrals() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1 FROM referrals LIMIT 1")) && q.next();
}

bool Store::hasOutgoing() const
{
    // Answered from the small partial index of sent referrals, whatever the archive's size.
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1 FROM referrals WHERE outgoing = 1 LIMIT 1")) && q.next();
}

namespace {

/// The ids of the referrals `where` selects ("" for all), in id order.
QStringList idsWhere(const QSqlDatabase &db, const char *where)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM referrals %1 ORDER BY id").arg(QLatin1String(where)))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

} // namespace

QStringList Store::allIds() const
{
    return idsWhere(database(), "");
}

QStringList Store::listedIds() const
{
    return idsWhere(database(), "WHERE visible = 1");
}

QStringList Store::hiddenIds() const
{
    return idsWhere(database(), "WHERE visible = 0");
}

// -- archive -------------------------------------------------------------------------------------

QString Store::ftsQuery(const QString &text)
{
    // Words only: letters, digits and combining marks. Everything else (quotes, *, parentheses,
    // ^, :, -) separates words, and each word is quoted, so AND/OR/NOT/NEAR are plain words.
    static const QRegularExpression separators(
        QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

namespace {

struct ArchiveSql
{
    QString from;
    QString where;
    QVariantList binds;
    bool ranked = false;
};

ArchiveSql archiveSql(const ArchiveFilter &f)
{
    ArchiveSql s;
    s.from = QStringLiteral("referrals r");
    QStringList where { QStringLiteral("r.stage = %1").arg(int(Stage::Archived)),
        QStringLiteral("r.outgoing = %1").arg(f.outgoing ? 1 : 0) };
    const QString match = Store::ftsQuery(f.text);
    if (!match.isEmpty()) {
        // CROSS JOIN keeps the index lookup as the outer loop; otherwise SQLite may walk every
        // archived row and probe the index once per row.
        s.from = QStringLiteral(
            "referrals_fts CROSS JOIN referrals r ON r.rowid = referrals_fts.rowid");
        where.append(QStringLiteral("referrals_fts MATCH ?"));
        s.binds.append(match);
        s.ranked = true;
    }
    if (!f.outcomes.isEmpty()) {
        QStringList values;
        for (Outcome o : f.outcomes)
            values.append(QString::number(int(o)));
        where.append(QStringLiteral("r.outcome IN (%1)").arg(values.join(QLatin1Char(','))));
    }
    if (f.closedFrom.isValid()) {
        where.append(archivedAt() + QStringLiteral(" >= ?"));
        s.binds.append(QDateTime(f.closedFrom, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    if (f.closedTo.isValid()) {
        where.append(archivedAt() + QStringLiteral(" < ?"));
        s.binds.append(QDateTime(f.closedTo.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    if (!f.countries.isEmpty()) {
        where.append(QStringLiteral("r.country IN (%1)").arg(placeholders(f.countries.size())));
        for (const QString &c : f.countries)
            s.binds.append(c.toUpper());
    }
    if (!f.sizes.isEmpty()) {
        where.append(QStringLiteral("r.size IN (%1)").arg(placeholders(f.sizes.size())));
        for (const QString &c : f.sizes)
            s.binds.append(c);
    }
    if (!f.product.trimmed().isEmpty()) {
        where.append(QStringLiteral("instr(r.products, ?) > 0"));
        s.binds.append(QLatin1Char('\n') + f.product.trimmed() + QLatin1Char('\n'));
    }
    s.where = where.join(QStringLiteral(" AND "));
    return s;
}

} // namespace

QList<ArchiveRow> Store::archive(const ArchiveFilter &filter, ArchiveColumn sort,
    Qt::SortOrder order, int offset, int limit) const
{
    const ArchiveSql s = archiveSql(filter);
    const QString dir
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString orderBy;
    if (sort == ArchiveColumn::Relevance)
        orderBy = s.ranked ? QStringLiteral("referrals_fts.rank, %1 DESC").arg(archivedAt())
                           : QStringLiteral("%1 DESC").arg(archivedAt());
    else
        orderBy = QStringLiteral("%1 %2, %3 DESC").arg(sortExpression(sort), dir, archivedAt());
    // A unique last key keeps pages stable; in the index's direction where the index can serve.
    orderBy += sort == ArchiveColumn::Closed && order == Qt::AscendingOrder
        ? QStringLiteral(", r.id ASC")
        : QStringLiteral(", r.id DESC");

    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.customer_name, r.name, r.outcome, r.status, r.country, r.size, "
        "r.deal_value, r.currency, r.closing_at, r.created_at, %1, r.status_reason "
        "FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                  .arg(archivedAt(), s.from, s.where, orderBy));
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<ArchiveRow> out;
    if (!q.exec()) {
        failed(q.lastError(), "archive query:");
        return out;
    }
    while (q.next()) {
        ArchiveRow row;
        row.id = q.value(0).toString();
        row.customerName = q.value(1).toString();
        row.name = q.value(2).toString();
        row.outcome = Outcome(q.value(3).toInt());
        row.status = q.value(4).toString();
        row.country = q.value(5).toString();
        row.size = q.value(6).toString();
        if (!q.value(7).isNull())
            row.dealValue = q.value(7).toLongLong();
        row.currency = q.value(8).toString();
        row.closingDateTime = fromMs(q.value(9));
        row.createdDateTime = fromMs(q.value(10));
        row.closedDateTime = fromMs(q.value(11));
        row.statusReason = q.value(12).toString();
        out.append(row);
    }
    return out;
}

QList<InsightRow> Store::insightRows(
    const QDateTime &from, const QDateTime &to, const DeadlinePolicy &policy) const
{
    QList<InsightRow> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, stage, outcome, created_at, interested_at, accepted_at, closed_at, deal_value, "
        "currency, closing_at, country, size, products FROM referrals "
        "WHERE created_at >= ? AND created_at < ? AND outgoing = 0"));
    q.addBindValue(ms(from));
    q.addBindValue(ms(to));
    if (!q.exec()) {
        failed(q.lastError(), "insights:");
        return out;
    }
    while (q.next()) {
        InsightRow r;
        r.id = q.value(0).toString();
        r.stage = Stage(q.value(1).toInt());
        r.outcome = Outcome(q.value(2).toInt());
        r.created = fromMs(q.value(3));
        r.interested = fromMs(q.value(4));
        r.accepted = fromMs(q.value(5));
        r.closed = fromMs(q.value(6));
        if (!q.value(7).isNull())
            r.dealValue = q.value(7).toLongLong();
        r.currency = q.value(8).toString();
        if (r.stage == Stage::Negotiating && !q.value(9).isNull()) {
            Referral shape; // closingEnd reads the stage and the closing date only
            shape.status = QStringLiteral("Active");
            shape.details.closingDateTime = fromMs(q.value(9));
            r.closingEnd = policy.closingEnd(shape);
        }
        r.country = q.value(10).toString();
        r.size = q.value(11).toString();
        r.products = q.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        out.append(r);
    }
    return out;
}

bool Store::wasNotified(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM notified WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

bool Store::markNotified(const QString &key, const QDateTime &at)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO notified (key, at) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(ms(at));
    return q.exec();
}

QStringList Store::archiveValues(const char *column) const
{
    QStringList out;
    const QString name = QLatin1String(column);
    if (name != QLatin1String("country") && name != QLatin1String("size"))
        return out; // never a column name from outside
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT %1 FROM referrals WHERE stage = %2 AND %1 <> '' ORDER BY %1")
                   .arg(name)
                   .arg(int(Stage::Archived)))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

int Store::archiveCount(const ArchiveFilter &filter) const
{
    const ArchiveSql s = archiveSql(filter);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(s.from, s.where));
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        failed(q.lastError(), "archive count:");
        return 0;
    }
    return q.value(0).toInt();
}

int Store::archiveTotal(bool outgoing) const
{
    // All archived ones from referrals_by_stage, the sent ones from the partial index that holds
    // only those (the planner would otherwise test outgoing on every archived row).
    const QString sent = QStringLiteral("(SELECT count(*) FROM referrals INDEXED BY "
                                        "referrals_outgoing WHERE stage = %1 AND outgoing = 1)")
                             .arg(int(Stage::Archived));
    const QString sql = outgoing
        ? QStringLiteral("SELECT %1").arg(sent)
        : QStringLiteral("SELECT (SELECT count(*) FROM referrals WHERE stage = %1) - %2")
              .arg(int(Stage::Archived))
              .arg(sent);
    QSqlQuery q(database());
    if (!q.exec(sql) || !q.next()) {
        failed(q.lastError(), "archive total:");
        return 0;
    }
    return q.value(0).toInt();
}

// -- actions and the outbox ----------------------------------------------------------------------

Store::ActionResult Store::applyAction(const QString &id, Action action,
    const ActionInput &input, const QDateTime &now, const QDateTime &holdUntil)
{
    ActionResult result;
    QSqlDatabase db = database();
    if (const QSqlError e = beginWrite(db); e.isValid()) {
        failed(e, "action:");
        result.error = m_lastError;
        return result;
    }
    auto abort = [&](const QSqlError &why) {
        db.rollback();
        failed(why, "action:");
        result.error = m_lastError;
        result.referral.reset();
        result.entry.reset();
        return result;
    };

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1, coalesce(r.remote_raw, r.raw) FROM referrals r WHERE r.id = ?")
            .arg(kReferralColumns));
    q.addBindValue(id);
    if (!q.exec())
        return abort(q.lastError());
    if (!q.next()) {
        db.rollback();
        result.errors.append({ Field::None, tr("This referral is not in the local database.") });
        return result;
    }
    const Referral view = rowToReferral(q);
    const QJsonObject remoteRaw = parseObject(q.value(5).toString());
    q.finish();

    result.errors = Lifecycle::validate(view, action, input, now.toLocalTime().date());
    if (!result.errors.isEmpty()) {
        db.rollback();
        return result;
    }
    const ActionInput queued = Lifecycle::editedOnly(view, action, input);
    const Referral next = Lifecycle::applied(view, action, queued, now);
    if (!writeReferral(next, remoteRaw))
        return abort(db.lastError());

    OutboxEntry entry;
    entry.referralId = id;
    entry.action = action;
    entry.input = queued;
    entry.patch = Lifecycle::patch(view, action, queued);
    entry.baseETag = view.eTag;
    entry.requestId = QUuid::createUuid();
    entry.createdAt = now;
    entry.holdUntil = holdUntil > now ? holdUntil : QDateTime();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO outbox (referral_id, action, input, patch, "
                                  "base_etag, request_id, created_at, hold_until) "
                                  "VALUES (?,?,?,?,?,?,?,?)"));
    insert.addBindValue(id);
    insert.addBindValue(Lifecycle::actionKey(action));
    insert.addBindValue(compact(inputToJson(queued)));
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(entry.patch).toJson(QJsonDocument::Compact)));
    insert.addBindValue(entry.baseETag);
    insert.addBindValue(entry.requestId.toString(QUuid::WithoutBraces));
    insert.addBindValue(ms(now));
    insert.addBindValue(ms(entry.holdUntil));
    if (!insert.exec())
        return abort(insert.lastError());
    entry.seq = insert.lastInsertId().toLongLong();
    if (!db.commit())
        return abort(db.lastError());
    result.referral = next;
    result.entry = entry;
    return result;
}

QList<OutboxEntry> Store::queryOutbox(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox o %2 ORDER BY seq").arg(kOutboxColumns, where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<OutboxEntry> out;
    if (!q.exec()) {
        failed(q.lastError(), "outbox query:");
        return out;
    }
    while (q.next())
        out.append(outboxFromRow(q));
    return out;
}

QList<OutboxEntry> Store::outbox() const
{
    return queryOutbox(QString(), {});
}

QList<OutboxEntry> Store::outboxFor(const QString &referralId) const
{
    return queryOutbox(QStringLiteral("WHERE referral_id = ?"), { referralId });
}

QList<OutboxEntry> Store::sendable(const QDateTime &now) const
{
    // The head of each referral's queue, if it is waiting; a referral whose head is sending,
    // failed, in conflict or still in its undo window sends nothing after it, so actions never
    // overtake each other.
    const QString head = QStringLiteral("WHERE state = 'queued' AND seq = (SELECT min(seq) FROM "
                                        "outbox h WHERE h.referral_id = o.referral_id)");
    if (!now.isValid())
        return queryOutbox(head, {});
    // A window that ends more than an hour from now is longer than any undo window: the clock
    // was set back since. It is over rather than held for that long.
    return queryOutbox(head
            + QStringLiteral(" AND (hold_until IS NULL OR hold_until <= ? OR hold_until > ?)"),
        { ms(now), ms(now.addSecs(3600)) });
}

bool Store::release(qint64 seq)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET hold_until = NULL WHERE seq = ? AND hold_until IS NOT NULL"));
    q.addBindValue(seq);
    if (!q.exec())
        return failed(q.lastError(), "ending an undo window:");
    return q.numRowsAffected() == 1;
}

int Store::releaseAll()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("UPDATE outbox SET hold_until = NULL WHERE hold_until IS NOT NULL")))
        return 0;
    return q.numRowsAffected();
}

bool Store::setOutboxState(qint64 seq, const char *state, const QString &error, bool countAttempt)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + ? WHERE seq = ?"));
    q.addBindValue(QLatin1String(state));
    q.addBindValue(error.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error));
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(seq);
    if (!q.exec())
        return failed(q.lastError(), "outbox state:");
    return q.numRowsAffected() == 1;
}

bool Store::markSending(qint64 seq)
{
    // Only from "queued": an entry the person just undid (deleted) or one already on its way is
    // not sent again. Together with discard() refusing "sending", exactly one of them wins.
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'sending', last_error = NULL, attempts = attempts + 1, "
        "sending_since = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) "
        "WHERE seq = ? AND state = 'queued'"));
    q.addBindValue(seq);
    if (!q.exec())
        return failed(q.lastError(), "marking as sending:");
    return q.numRowsAffected() == 1;
}

bool Store::markQueued(qint64 seq, const QString &error)
{
    return setOutboxState(seq, "queued", error, false);
}

bool Store::markFailed(qint64 seq, const QString &error)
{
    return setOutboxState(seq, "failed", error, false);
}

bool Store::markConflict(qint64 seq, const QString &error)
{
    QSqlDatabase db = database();
    if (const QSqlError e = beginWrite(db); e.isValid())
        return failed(e, "markConflict:");
    const QList<OutboxEntry> entry = queryOutbox(QStringLiteral("WHERE seq = ?"), { seq });
    if (entry.isEmpty() || !setOutboxState(seq, "conflict", error, false)
        || !recomputeView(entry.first().referralId)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Store::recomputeView(const QString &id)
{
    QHash<QString, Existing> existing;
    if (!loadExisting(database(), { id }, &existing) || !existing.contains(id))
        return false;
    const Existing &e = existing[id];
    ParseResult parsed = ReferralJson::fromObject(e.remoteRaw);
    if (!parsed.ok())
        return false;
    const Referral remote = merged(*parsed.referral, &e);
    QList<qint64> conflicts;
    const Referral view = replay(remote, e.pending, &conflicts);
    for (qint64 seq : std::as_const(conflicts)) {
        if (!setOutboxState(seq, "conflict",
                tr("This action no longer applies to the referral (now %1).")
                    .arg(remote.stageText()),
                false))
            return false;
    }
    return writeReferral(view, remote.raw);
}

bool Store::complete(qint64 seq, const std::optional<Referral> &remote)
{
    QSqlDatabase db = database();
    if (const QSqlError e = beginWrite(db); e.isValid())
        return failed(e, "complete:");
    const QList<OutboxEntry> entry = queryOutbox(QStringLiteral("WHERE seq = ?"), { seq });
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    if (entry.isEmpty() || !q.exec()) {
        db.rollback();
        return false;
    }
    if (remote) {
        // Store the remote's copy as the new base, with what is still queued on top.
        QHash<QString, Existing> existing;
        if (!loadExisting(db, { remote->id }, &existing)) {
            db.rollback();
            return false;
        }
        const Existing *stored = existing.contains(remote->id) ? &existing[remote->id] : nullptr;
        const Referral base = merged(*remote, stored);
        QList<qint64> conflicts;
        const Referral view = stored ? replay(base, stored->pending, &conflicts) : base;
        for (qint64 c : std::as_const(conflicts))
            setOutboxState(c, "conflict",
                tr("This action no longer applies to the referral (now %1).").arg(base.stageText()),
                false);
        if (!writeReferral(view, base.raw)) {
            db.rollback();
            return false;
        }
    } else if (!recomputeView(entry.first().referralId)) {
        db.rollback();
        return false;
    }
    if (!record(entry.first(), QStringLiteral("sent"))) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Store::discard(qint64 seq)
{
    QSqlDatabase db = database();
    if (const QSqlError e = beginWrite(db); e.isValid())
        return failed(e, "discard:");
    const QList<OutboxEntry> entry = queryOutbox(QStringLiteral("WHERE seq = ?"), { seq });
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state <> 'sending'"));
    q.addBindValue(seq);
    if (entry.isEmpty() || !q.exec() || q.numRowsAffected() != 1
        || !recomputeView(entry.first().referralId)
        || !record(entry.first(),
            entry.first().state == OutboxEntry::State::Queued ? QStringLiteral("undone")
                                                              : QStringLiteral("dropped"))) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Store::record(const OutboxEntry &entry, const QString &result)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO history (referral_id, action, taken_at, result, detail) VALUES (?,?,?,?,?)"));
    q.addBindValue(entry.referralId);
    q.addBindValue(Lifecycle::actionKey(entry.action));
    q.addBindValue(ms(entry.createdAt));
    q.addBindValue(result);
    q.addBindValue(entry.lastError.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(entry.lastError));
    return q.exec();
}

QList<HistoryEntry> Store::history(const QString &referralId) const
{
    QList<HistoryEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT action, taken_at, result, detail FROM history WHERE referral_id = ? ORDER BY id"));
    q.addBindValue(referralId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({ Lifecycle::actionFromKey(q.value(0).toString()).value_or(Action::Interested),
            fromMs(q.value(1)), q.value(2).toString(), q.value(3).toString() });
    }
    return out;
}

int Store::requeueInterrupted()
{
    // Only what no one is sending any more: another Referral Desk (the app while the CLI starts,
    // or the other way round) may be sending an entry right now, and taking it back would send it
    // twice. A send ends within minutes (timeouts and retries); one older than that was cut off.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "UPDATE outbox SET state = 'queued' WHERE state = 'sending' AND (sending_since IS NULL "
            "OR sending_since < CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) - %1)")
                    .arg(kInterruptedAfterMs))) {
        failed(q.lastError(), "requeueing interrupted sends:");
        return 0;
    }
    return q.numRowsAffected();
}

// -- sync state ----------------------------------------------------------------------------------

SyncState Store::syncState() const
{
    SyncState s;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM sync_state"))) {
        failed(q.lastError(), "sync state:");
        return s;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("cursor"))
            s.cursor = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("last_full_resync"))
            s.lastFullResync = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("last_success"))
            s.lastSuccess = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("last_error"))
            s.lastError = value;
        else if (key == QLatin1String("last_reconcile"))
            s.lastReconcile = ReferralJson::parseInstant(value);
        else if (key == QLatin1String("updated_filter_refused"))
            s.updatedFilterRefusedFor = value;
        else if (key == QLatin1String("api_base"))
            s.apiBase = value;
    }
    return s;
}

bool Store::setSyncValue(const QString &key, const QString &value)
{
    if (const QSqlError e = writeSyncValue(database(), key, value); e.isValid())
        return failed(e, "sync state:");
    return true;
}

QHash<QString, QString> Store::remoteETags(const QStringList &ids) const
{
    QHash<QString, QString> out;
    for (const QStringList &chunk : chunked(ids)) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        // Only what the remote still lists: a hidden copy must be fetched again to come back.
        q.prepare(QStringLiteral("SELECT id, etag FROM referrals WHERE visible = 1 AND id IN (%1)")
                      .arg(placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            failed(q.lastError(), "eTags:");
            continue;
        }
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

bool Store::setSyncSuccess(const QDateTime &at, bool fullResync, bool reconciled)
{
    QSqlDatabase db = database();
    if (const QSqlError e = beginWrite(db); e.isValid())
        return failed(e, "setSyncSuccess:");
    QList<QPair<QString, QString>> values { { QStringLiteral("last_success"),
                                                ReferralJson::formatInstant(at) },
        { QStringLiteral("last_error"), QString() } };
    if (fullResync)
        values.append({ QStringLiteral("last_full_resync"), ReferralJson::formatInstant(at) });
    if (fullResync || reconciled)
        values.append({ QStringLiteral("last_reconcile"), ReferralJson::formatInstant(at) });
    for (const auto &[key, value] : values) {
        if (const QSqlError e = writeSyncValue(db, key, value); e.isValid()) {
            db.rollback();
            return failed(e, "sync state:");
        }
    }
    if (!db.commit())
        return failed(db.lastError(), "sync state:");
    return true;
}

bool Store::setSyncError(const QString &message)
{
    if (const QSqlError e = writeSyncValue(database(), QStringLiteral("last_error"), message);
        e.isValid())
        return failed(e, "sync state:");
    return true;
}

} // namespace rd
