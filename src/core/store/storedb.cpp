#include "storedb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QThread>
#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "rd.store")

namespace rd {

namespace {

/// Less free space than this makes an I/O error a full disk: SQLite reports a -shm or -wal file
/// that cannot grow on a full disk as SQLITE_IOERR, not SQLITE_FULL.
constexpr qint64 kFullBelow = 1024 * 1024;

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

} // namespace

// -- Statement -----------------------------------------------------------------------------------

Statement::Statement(std::shared_ptr<QSqlQuery> query, const QSqlError &prepareError)
    : m_query(std::move(query))
    , m_error(prepareError)
{
}

Statement::~Statement()
{
    m_query->finish();
}

bool Statement::exec(const QVariantList &values)
{
    if (m_error.isValid())
        return false; // never prepared: keep the reason
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    return m_query->exec();
}

// -- StoreDb -------------------------------------------------------------------------------------

StoreDb::StoreDb()
{
    static std::atomic<int> counter { 0 };
    // Named per thread (and per Store, as tests open several on one thread).
    m_connectionName = QStringLiteral("rd-store-%1-%2")
                           .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16)
                           .arg(counter++);
}

StoreDb::~StoreDb()
{
    close();
}

QSqlDatabase StoreDb::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool StoreDb::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void StoreDb::close()
{
    m_statements.clear(); // every statement goes before its connection
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError StoreDb::open(const QString &path)
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
    if (error)
        close();
    return error;
}

Statement StoreDb::prepared(const QString &sql)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return Statement(*it, QSqlError());
    auto query = std::make_shared<QSqlQuery>(database());
    query->setForwardOnly(true); // every reader walks its rows once
    if (!query->prepare(sql)) {
        // Not kept: the next use tries again (the cause may pass, a lock for example).
        const QSqlError why = query->lastError();
        return Statement(std::move(query), why);
    }
    m_statements.insert(sql, query);
    return Statement(std::move(query), QSqlError());
}

QSqlError StoreDb::beginWrite()
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QSqlError() : q.lastError();
}

QSqlError StoreDb::beginRead()
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("BEGIN DEFERRED")) ? QSqlError() : q.lastError();
}

void StoreDb::endRead()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("COMMIT")); // reads only: nothing to keep or lose
}

QSqlError StoreDb::commit()
{
    QSqlDatabase db = database();
    return db.commit() ? QSqlError() : db.lastError();
}

void StoreDb::rollback()
{
    database().rollback();
}

StoreError StoreDb::fail(const QString &what) const
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

StoreError StoreDb::classify(const QSqlError &sql, const QString &path)
{
    // By cause, so that a full disk or a read-only folder is never called "damaged" (and never
    // moved aside): each says what the person can do about it.
    StoreError e;
    e.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const QString detail = sql.databaseText().isEmpty() ? sql.text() : sql.databaseText();
    int code = sqliteCode(sql);
    if (code == 10 && QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < kFullBelow)
        code = 13; // an I/O error on a disk with no room left (the -shm file of a full tmpfs)
    switch (code) {
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
    case 10: // SQLITE_IOERR
        e.kind = StoreError::Kind::Failed;
        e.message = tr("The disk that holds the local database %1 reported an error while "
                       "Referral Desk read or wrote it (%2). Nothing was changed; check the disk "
                       "or its connection, then start Referral Desk again.")
                        .arg(shown, detail);
        break;
    default:
        e.kind = StoreError::Kind::Failed;
        e.message = tr("The local database %1 could not be used: %2").arg(shown, detail);
        break;
    }
    return e;
}

bool StoreDb::failed(const QSqlError &sql, const char *what) const
{
    m_lastError = classify(sql, m_path);
    if (sqliteCode(sql) == 9) // SQLITE_INTERRUPT: a read made obsolete (ArchiveReader::cancel)
        qCDebug(lcStore).noquote() << what << "interrupted";
    else
        qCWarning(lcStore).noquote() << what << m_lastError.message;
    return false;
}

} // namespace rd
