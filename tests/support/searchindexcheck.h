#pragma once

// The search index checked against its source: since format 17 it is contentless, and FTS5's
// integrity-check cannot compare a contentless index with any text. Since format 18 it keeps no
// positions (the offsets compared are NULL on both sides): which referral holds which trigram.

#include "store/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rd::test {

/// What the search index holds that an index made again from the columns does not, and
/// the other way round ("extra …", "missing …"): FTS5's own integrity-check cannot tell on
/// a contentless index.
inline QStringList searchIndexAgainstColumns(const QString &file)
{
    static int run = 0;
    const QString name = QStringLiteral("vocab-%1").arg(++run);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return { QStringLiteral("cannot open") };
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fresh USING fts5(text, %1, "
                                   "tokenize='trigram')")
                        .arg(Schema::searchIndexOptions())))
            return { q.lastError().text() };
        if (const QSqlError e = Schema::fillSearchIndex(db, QStringLiteral("temp.fresh"));
            e.isValid())
            return { e.text() };
        for (const char *sql :
            { "CREATE VIRTUAL TABLE temp.stored_v USING fts5vocab(main, referrals_search, "
              "'instance')",
                "CREATE VIRTUAL TABLE temp.fresh_v USING fts5vocab(temp, fresh, "
                "'instance')" }) {
            if (!q.exec(QLatin1String(sql)))
                return { q.lastError().text() };
        }
        const QString terms = QStringLiteral("SELECT term, doc, offset FROM temp.%1_v");
        if (!q.exec(
                QStringLiteral("SELECT 'extra', * FROM (%1 EXCEPT %2) UNION ALL "
                               "SELECT 'missing', * FROM (%2 EXCEPT %1)")
                    .arg(terms.arg(QLatin1String("stored")), terms.arg(QLatin1String("fresh")))))
            return { q.lastError().text() };
        while (q.next())
            out.append(
                QStringLiteral("%1 %2 in %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace rd::test
