#include "storerepair.h"

#include "schema.h"
#include "sessionlock.h"
#include "sqlvalues.h"
#include "store.h"
#include "storedb.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <optional>

namespace rd {

namespace {

Q_LOGGING_CATEGORY(lcRepair, "rd.store.repair")

/// The damaged file on a connection of its own, read-only, so the salvage can never make it
/// worse (nor checkpoint its -wal into it): it stays as it was found, for inspection.
class ReadOnlyDb
{
public:
    explicit ReadOnlyDb(const QString &path)
    {
        static std::atomic<int> counter { 0 };
        m_name = QStringLiteral("rd-repair-%1").arg(counter++);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_openError = db.lastError();
    }
    ~ReadOnlyDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyDb(const ReadOnlyDb &) = delete;
    ReadOnlyDb &operator=(const ReadOnlyDb &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QSqlError openError() const { return m_openError; }

private:
    QString m_name;
    QSqlError m_openError;
};

/// SQLite's primary result code of a failed statement (the driver gives it as text).
int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

/// A row the new schema refuses (SQLITE_CONSTRAINT, SQLITE_MISMATCH) is one lost row; anything
/// else (a full disk, say) may have ended the transaction, so the repair stops.
bool onlyThisRow(const QSqlError &e)
{
    const int code = sqliteCode(e);
    return code == 19 || code == 20;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            out.append(q.value(1).toString());
    }
    return out;
}

/// The columns of `table` both files have: one an older file lacks takes its default in the new
/// one (NULL where there is none).
QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QStringList source = columnsOf(from, table);
    QStringList out;
    for (const QString &c : columnsOf(to, table)) {
        if (source.contains(c))
            out.append(c);
    }
    return out;
}

QString insertSql(const QString &table, const QStringList &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")),
            QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
}

QVariantList rowOf(const QSqlQuery &q, int columns)
{
    QVariantList row;
    for (int i = 0; i < columns; ++i)
        row.append(q.value(i));
    return row;
}

struct Reached
{
    QList<QVariantList> rows;
    bool gap = false; ///< a stretch in between could not be reached
};

/// The rows of `table` that can still be reached, in `key` order: forwards until a damaged page
/// stops the scan, then backwards from the end down to it, so that one bad page loses only the
/// rows on it. NOT INDEXED: the indexes may be what is damaged. `columns` starts with `key`.
Reached reach(
    const QSqlDatabase &db, const QString &table, const QString &key, const QStringList &columns)
{
    Reached out;
    const QString select = QStringLiteral("SELECT %1 FROM %2 NOT INDEXED")
                               .arg(columns.join(QStringLiteral(", ")), table);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto collect = [&](QList<QVariantList> *into) {
        while (q.next())
            into->append(rowOf(q, int(columns.size())));
        return !q.lastError().isValid();
    };
    if (q.exec(select + QStringLiteral(" ORDER BY ") + key) && collect(&out.rows))
        return out;
    out.gap = true;
    QList<QVariantList> tail;
    q.finish();
    if (out.rows.isEmpty()) {
        if (q.exec(select + QStringLiteral(" ORDER BY %1 DESC").arg(key)))
            collect(&tail);
    } else {
        q.prepare(select + QStringLiteral(" WHERE %1 > ? ORDER BY %1 DESC").arg(key));
        q.addBindValue(out.rows.last().first());
        if (q.exec())
            collect(&tail);
    }
    std::reverse(tail.begin(), tail.end());
    out.rows += tail;
    return out;
}

/// How many rows a table has, when even that can be read (it walks every page of the table).
std::optional<int> rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED").arg(table)) || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

/// Copies the damaged file's rows into the new database's transaction.
class Salvage
{
public:
    Salvage(const QSqlDatabase &from, const QSqlDatabase &to)
        : m_from(from)
        , m_to(to)
    {
    }

    /// Copies the readable rows of `table`, one by one, with the columns both files have.
    /// `accept` may change a row or refuse it (a lost row). False when writing failed: the
    /// repair stops.
    bool copy(const QString &table, const QString &key, int *saved, int *lost,
        const std::function<bool(const QStringList &, QVariantList &)> &accept = {})
    {
        const QStringList columns = sharedColumns(m_from, m_to, table);
        if (!columns.contains(key))
            return true; // a file from before the table existed
        const Reached reached = reach(m_from, table, key, { key });
        const std::optional<int> total = rowCount(m_from, table);
        m_incomplete = m_incomplete || (reached.gap && !total);

        QSqlQuery read(m_from);
        read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                         .arg(columns.join(QStringLiteral(", ")), table, key));
        QSqlQuery insert(m_to);
        insert.prepare(insertSql(table, columns));
        for (const QVariantList &found : reached.rows) {
            read.addBindValue(found.first());
            if (!read.exec() || !read.next())
                continue; // unreadable: counted as lost below
            QVariantList row = rowOf(read, int(columns.size()));
            read.finish();
            if ((!accept || accept(columns, row)) && write(insert, row))
                ++*saved;
            if (m_writeError.isValid())
                return false;
        }
        // Rows on a page no scan could reach are lost too: counted when the table can be
        // counted, else at least one.
        const int known = total ? *total : int(reached.rows.size()) + (reached.gap ? 1 : 0);
        *lost = std::max(0, known - *saved);
        return true;
    }

    /// Whether the referral `id` is in the new database: copied on first use from the damaged
    /// file, as an outbox entry needs its referral (outbox.referral_id REFERENCES referrals).
    bool ensureReferral(const QString &id)
    {
        if (const auto it = m_referrals.constFind(id); it != m_referrals.cend())
            return *it;
        const bool copied = copyReferral(id);
        m_referrals.insert(id, copied);
        if (copied)
            ++m_referralsSaved;
        return copied;
    }

    int referralsSaved() const { return m_referralsSaved; }
    bool incomplete() const { return m_incomplete; }
    QSqlError writeError() const { return m_writeError; }

private:
    /// False when the new schema refuses the row (lost); other failures stop the repair.
    bool write(QSqlQuery &insert, const QVariantList &row)
    {
        for (const QVariant &v : row)
            insert.addBindValue(v);
        if (insert.exec())
            return true;
        if (onlyThisRow(insert.lastError()))
            qCWarning(lcRepair) << "a row was not saved:" << insert.lastError().text();
        else
            m_writeError = insert.lastError();
        return false;
    }

    bool copyReferral(const QString &id)
    {
        QStringList columns = sharedColumns(m_from, m_to, QStringLiteral("referrals"));
        columns.removeAll(QStringLiteral("visible"));
        const int idColumn = int(columns.indexOf(QStringLiteral("id")));
        const int rawColumn = int(columns.indexOf(QStringLiteral("raw")));
        if (idColumn < 0 || rawColumn < 0)
            return false;
        const std::optional<qint64> rowid = referralRowid(id);
        if (!rowid)
            return false;
        QSqlQuery read(m_from);
        read.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE rowid = ?")
                         .arg(columns.join(QStringLiteral(", "))));
        read.addBindValue(*rowid);
        if (!read.exec() || !read.next())
            return false;
        QVariantList row = rowOf(read, int(columns.size()));
        // A damaged record can read without an error yet hold garbage: the stored document
        // must still be the referral's.
        const QJsonObject raw = sql::parseDocument(row.at(rawColumn));
        if (row.at(idColumn).toString() != id || raw.value(QLatin1String("id")).toString() != id)
            return false;
        // Not visible: the next sync then stores the remote copy again and replays the saved
        // actions on it, which puts right a view that still shows an action lost to the damage.
        columns.append(QStringLiteral("visible"));
        row.append(0);
        QSqlQuery insert(m_to);
        insert.prepare(insertSql(QStringLiteral("referrals"), columns));
        if (!write(insert, row))
            return false;
        // Into the search index as every stored referral is (its index is told the old text
        // when the next sync changes the row, so the row must be in it).
        const QSqlError e = Schema::fillSearchIndex(
            m_to, QStringLiteral("referrals_search"), QStringLiteral("WHERE id = ?"), { id });
        if (e.isValid())
            m_writeError = e;
        return !e.isValid();
    }

    /// Through the id index first; when that is damaged, by one walk over the table itself.
    std::optional<qint64> referralRowid(const QString &id)
    {
        QSqlQuery q(m_from);
        q.prepare(QStringLiteral("SELECT rowid, id FROM referrals WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next() && q.value(1).toString() == id)
            return q.value(0).toLongLong();
        if (!m_scanned) {
            m_scanned.emplace();
            const Reached all = reach(m_from, QStringLiteral("referrals"), QStringLiteral("rowid"),
                { QStringLiteral("rowid"), QStringLiteral("id") });
            for (const QVariantList &row : all.rows)
                m_scanned->insert(row.at(1).toString(), row.at(0).toLongLong());
        }
        if (const auto it = m_scanned->constFind(id); it != m_scanned->cend())
            return *it;
        return std::nullopt;
    }

    QSqlDatabase m_from;
    QSqlDatabase m_to;
    QHash<QString, bool> m_referrals;
    std::optional<QHash<QString, qint64>> m_scanned;
    int m_referralsSaved = 0;
    bool m_incomplete = false;
    QSqlError m_writeError;
};

} // namespace

StoreError StoreRepair::check(const QString &path)
{
    StoreError error;
    error.path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return error;
    const QString shown = QDir::toNativeSeparators(error.path);
    ReadOnlyDb file(path);
    if (file.openError().isValid()) {
        error.kind = StoreError::Kind::CannotOpen;
        error.message
            = tr("The database %1 could not be opened: %2").arg(shown, file.openError().text());
        return error;
    }
    QSqlQuery q(file.db());
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
    const int code = sqliteCode(q.lastError());
    if (!ran && code != 11 && code != 26) { // neither SQLITE_CORRUPT nor SQLITE_NOTADB
        error.kind = StoreError::Kind::CannotOpen;
        error.message
            = tr("The database %1 could not be read: %2").arg(shown, q.lastError().text());
        return error;
    }
    if (!ran || q.value(0).toString() != QLatin1String("ok")) {
        error.kind = StoreError::Kind::Corrupt;
        error.message = tr("The local database %1 is damaged (%2).")
                            .arg(shown, ran ? q.value(0).toString() : q.lastError().databaseText());
        return error;
    }
    SessionLock::markChecked(path); // sound: the next start after a crash need not look again
    return error;
}

SalvageReport StoreRepair::repair(const QString &path)
{
    SalvageReport report;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    report.movedTo = Store::moveAside(absolute);
    if (report.movedTo.isEmpty()) {
        report.error.kind = StoreError::Kind::Failed;
        report.error.path = absolute;
        report.error.message = tr("The damaged database %1 could not be moved aside; close other "
                                  "programs using it, or move it yourself.")
                                   .arg(QDir::toNativeSeparators(absolute));
        return report;
    }
    qCWarning(lcRepair) << "moved the damaged database to" << report.movedTo;
    SessionLock::markChecked(absolute); // the file made in its place is new
    const QString kept
        = tr("The damaged database was kept as %1.").arg(QDir::toNativeSeparators(report.movedTo));
    Store fresh;
    if (const StoreError e = fresh.open(absolute)) {
        report.error = e;
        report.error.message += QLatin1Char(' ') + kept;
        return report;
    }
    const ReadOnlyDb damaged(report.movedTo);
    {
        QSqlQuery q(damaged.db());
        report.readable = !damaged.openError().isValid()
            && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
    }
    if (!report.readable)
        return report; // a new, empty database; everything comes back with the next sync

    QSqlDatabase to = fresh.db().database();
    const auto failWith = [&](const QSqlError &why) {
        to.rollback();
        SalvageReport failed;
        failed.movedTo = report.movedTo;
        failed.readable = report.readable;
        // By its cause (a full disk, say), then what it means here.
        failed.error = StoreDb::classify(why, absolute);
        failed.error.message = tr("What could be read from the damaged database could not be "
                                  "saved into the new one at %1.")
                                   .arg(QDir::toNativeSeparators(absolute))
            + QLatin1Char(' ') + failed.error.message + QLatin1Char(' ') + kept;
        return failed;
    };
    // One transaction: the new database gets all that was saved, or nothing.
    if (QSqlQuery begin(to); !begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failWith(begin.lastError());

    Salvage salvage(damaged.db(), to);
    const bool copied
        = salvage.copy(QStringLiteral("outbox"), QStringLiteral("seq"), &report.actionsSaved,
              &report.actionsLost,
              [&](const QStringList &columns, QVariantList &row) {
                  // An entry that was being sent when the damage struck goes out again; its
                  // request id is kept, so the service cannot apply it twice.
                  if (const qsizetype state = columns.indexOf(QStringLiteral("state"));
                      state >= 0 && row.at(state).toString() == QLatin1String("sending"))
                      row[state] = QStringLiteral("queued");
                  const qsizetype referral = columns.indexOf(QStringLiteral("referral_id"));
                  return referral >= 0 && salvage.ensureReferral(row.at(referral).toString());
              })
        && salvage.copy(QStringLiteral("history"), QStringLiteral("id"), &report.historySaved,
            &report.historyLost)
        && salvage.copy(QStringLiteral("notified"), QStringLiteral("key"), &report.notifiedSaved,
            &report.notifiedLost);
    if (!copied)
        return failWith(salvage.writeError());
    if (!to.commit())
        return failWith(to.lastError());

    report.referralsSaved = salvage.referralsSaved();
    report.incomplete = salvage.incomplete();
    qCInfo(lcRepair) << "saved" << report.actionsSaved << "actions," << report.historySaved
                     << "history entries," << report.notifiedSaved << "notifications; lost"
                     << report.lost();
    return report;
}

QString StoreRepair::summary(const SalvageReport &report)
{
    QString text
        = tr("The damaged database was kept as %1.").arg(QDir::toNativeSeparators(report.movedTo));
    if (!report.readable) {
        text += QLatin1Char(' ') + tr("Nothing could be read from it.");
    } else {
        text += QLatin1Char(' ')
            + tr("Saved from it: %1 queued actions, %2 history entries; %3 could not be read.")
                  .arg(report.actionsSaved)
                  .arg(report.historySaved)
                  .arg(report.lost());
        if (report.incomplete)
            text += QLatin1Char(' ')
                + tr("Parts of the file could not be reached at all, so more may be missing.");
    }
    return text + QLatin1Char(' ')
        + tr("Your referrals come back from Partner Center with the next sync.");
}

} // namespace rd
