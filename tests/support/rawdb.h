#pragma once

// A plain SQLite connection to a store's file, outside the Store, for tests that look at or
// tamper with what is on disk.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace rd::test {

/// A plain connection, outside the Store, for looking at or tampering with the file.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
};

/// Overwrites the root page of `index` with garbage (the last close's checkpoint wrote it to
/// the file): an integrity check fails, the tables and the other indexes stay readable.
inline bool damageIndexPage(const QString &file, const QString &index)
{
    qint64 pageSize = 0;
    qint64 root = 0;
    {
        RawDb raw(file);
        pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toLongLong();
        root = raw.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'")
                             .arg(index))
                   .toLongLong();
    }
    if (pageSize <= 0 || root <= 1 || QFile::exists(file + QStringLiteral("-wal")))
        return false;
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((root - 1) * pageSize))
        return false;
    return f.write(QByteArray(pageSize, '\xA5')) == pageSize;
}

} // namespace rd::test
