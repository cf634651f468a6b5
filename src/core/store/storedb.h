#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace rd {

class StoreDb;

/// One use of a prepared statement: binds, runs and reads it, and finishes it when it goes out of
/// scope, so that a cached SELECT never holds a read transaction (and with it the WAL) open.
class Statement
{
public:
    Statement(std::shared_ptr<QSqlQuery> query, const QSqlError &prepareError);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Binds `values` in order and runs the statement. False with error() set when it failed,
    /// including when it could not even be prepared.
    bool exec(const QVariantList &values = {});
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    QSqlError error() const { return m_error.isValid() ? m_error : m_query->lastError(); }
    const QSqlQuery &query() const { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query; ///< kept by StoreDb as well, unless it failed to prepare
    QSqlError m_error; ///< why it could not be prepared
};

/// One SQLite connection of the store: its file, its prepared statements, its write
/// transactions, and why its last call failed. The table classes (ReferralRepository, Outbox,
/// ArchiveQuery, SyncStateTable…) each hold a reference to it; one per Store, so one per thread.
///
/// Statements are prepared once per connection and kept (like Nextcloud's SyncJournalDb and its
/// prepared-query manager): a page of a thousand referrals, or the pusher's polling, runs the
/// same few statements again and again.
class StoreDb
{
    // The store's classes share one translation context, so translators see its messages together.
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    StoreDb();
    ~StoreDb();
    StoreDb(const StoreDb &) = delete;
    StoreDb &operator=(const StoreDb &) = delete;

    /// Creates the file (owner-only) where it is missing and opens the connection; no schema
    /// work (see Schema).
    StoreError open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    /// The statement for `sql`, prepared on first use and kept until close(). Only for fixed
    /// text: statements built with a variable number of values use a plain QSqlQuery.
    Statement prepared(const QString &sql);

    /// Starts a write transaction that takes the write lock at once. A deferred BEGIN that
    /// reads first and writes later fails straight away (SQLITE_BUSY, no busy wait) when another
    /// connection wrote in between: the person's action must wait its turn instead.
    QSqlError beginWrite();
    QSqlError commit();
    void rollback();
    /// A read transaction: every read until endRead() sees the file as it was at the first
    /// one (WAL), whatever other connections commit meanwhile. For reads that take many
    /// statements and must agree with each other (an export's pages).
    QSqlError beginRead();
    void endRead();

    /// A failed statement's error by its cause (disk full, read-only, locked, damaged…).
    static StoreError classify(const QSqlError &sql, const QString &path);
    /// Records `sql` as lastError() (classified) and logs it with `what`; returns false.
    bool failed(const QSqlError &sql, const char *what) const;
    /// Records a failure that has no SQL error of its own (a migration's text); returns it.
    StoreError fail(const QString &what) const;

    /// The format the file has been migrated to (Schema::prepare); 0 before. Writers leave out
    /// the columns a file opened at an older format (Store::openAtVersion, tests and tools)
    /// does not have.
    int format() const { return m_format; }
    void setFormat(int format) { m_format = format; }

    StoreError lastError() const { return m_lastError; }
    void clearLastError() const { m_lastError = StoreError(); }

private:
    QString m_connectionName;
    QString m_path;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable StoreError m_lastError;
    int m_format = 0;
};

} // namespace rd
