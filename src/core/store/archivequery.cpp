#include "archivequery.h"

#include "domain/money.h"
#include "searchtext.h"
#include "sqlvalues.h"
#include "storedb.h"

#include <QRegularExpression>

namespace rd {

namespace {

QString archivedAt()
{
    return QStringLiteral("coalesce(r.closed_at, r.updated_at, r.created_at)");
}

/// The deal value in whole units of its currency, the number the column shows, so that sorting
/// compares 1 301 000 JPY with 12 000.00 USD as those numbers and not as yen against cents.
QString dealUnits()
{
    QString cases;
    for (const auto &[code, decimals] : Money::otherExponents())
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(code).arg(Money::minorPerUnit(code));
    return QStringLiteral("(r.deal_value * 1.0 / CASE upper(r.currency)%1 ELSE 100 END)")
        .arg(cases);
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
        return dealUnits();
    case ArchiveColumn::ClosingDate:
        return QStringLiteral("r.closing_at");
    case ArchiveColumn::Created:
        return QStringLiteral("r.created_at");
    case ArchiveColumn::Reason:
        return QStringLiteral("r.status_reason COLLATE NOCASE");
    }
    return archivedAt();
}

struct ArchiveSql
{
    QString from;
    QString where;
    QVariantList binds;
};

ArchiveSql archiveSql(const ArchiveFilter &f)
{
    ArchiveSql s;
    s.from = QStringLiteral("referrals r");
    QStringList where { QStringLiteral("r.stage = %1").arg(int(Stage::Archived)),
        QStringLiteral("r.outgoing = %1").arg(f.outgoing ? 1 : 0) };
    const QStringList terms = SearchText::terms(f.text);
    if (!terms.isEmpty()) {
        // CROSS JOIN keeps the index lookup as the outer loop; otherwise SQLite may walk every
        // archived row and probe the index once per row.
        s.from = QStringLiteral(
            "referrals_search CROSS JOIN referrals r ON r.rowid = referrals_search.rowid");
        // Every term through the index: as it is from three characters on, as its marked
        // short token below that.
        QStringList quoted;
        for (const QString &term : terms)
            quoted.append(SearchText::quoted(
                SearchText::indexable(term) ? term : SearchText::shortToken(term)));
        where.append(QStringLiteral("referrals_search MATCH ?"));
        s.binds.append(quoted.join(QLatin1Char(' ')));
        // Not ranked: a fragment is found or not, and BM25 over trigrams and short tokens
        // favours short texts rather than better matches. Most recently closed first.
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
        where.append(QStringLiteral("r.country IN (%1)").arg(sql::placeholders(f.countries.size())));
        for (const QString &c : f.countries)
            s.binds.append(c.toUpper());
    }
    if (!f.sizes.isEmpty()) {
        where.append(QStringLiteral("r.size IN (%1)").arg(sql::placeholders(f.sizes.size())));
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

ArchiveQuery::ArchiveQuery(StoreDb &db)
    : m_db(&db)
{
}

bool ArchiveQuery::hasSearchText(const QString &text)
{
    return !SearchText::terms(text).isEmpty();
}

QList<ArchiveRow> ArchiveQuery::rows(const ArchiveFilter &filter, ArchiveColumn sort,
    Qt::SortOrder order, int offset, int limit, const QStringList &valueOrder) const
{
    const ArchiveSql s = archiveSql(filter);
    const QString dir
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString orderBy;
    QVariantList orderBinds;
    const bool byValue = !valueOrder.isEmpty()
        && (sort == ArchiveColumn::Country || sort == ArchiveColumn::Size);
    if (byValue) {
        // The column's values in the order of what the table shows (their labels in the UI
        // language), not of their codes; rows without a value last in either direction.
        const QString column
            = sort == ArchiveColumn::Country ? QStringLiteral("r.country") : QStringLiteral("r.size");
        QString rank = QStringLiteral("CASE %1").arg(column);
        for (qsizetype i = 0; i < valueOrder.size(); ++i) {
            rank += QStringLiteral(" WHEN ? THEN %1").arg(i);
            orderBinds.append(valueOrder.at(i));
        }
        rank += QStringLiteral(" ELSE %1 END").arg(valueOrder.size());
        orderBy = QStringLiteral("%1 = '' ASC, %2 %3, %1 %3, %4 DESC")
                      .arg(column, rank, dir, archivedAt());
    } else if (sort == ArchiveColumn::Relevance) {
        orderBy = QStringLiteral("%1 DESC").arg(archivedAt());
    } else {
        orderBy = QStringLiteral("%1 %2, %3 DESC").arg(sortExpression(sort), dir, archivedAt());
    }
    // A unique last key keeps pages stable; in the index's direction where the index can serve.
    orderBy += sort == ArchiveColumn::Closed && order == Qt::AscendingOrder
        ? QStringLiteral(", r.id ASC")
        : QStringLiteral(", r.id DESC");

    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.customer_name, r.name, r.outcome, r.status, r.country, r.size, "
        "r.deal_value, r.currency, r.closing_at, r.created_at, %1, r.status_reason "
        "FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                  .arg(archivedAt(), s.from, s.where, orderBy));
    for (const QVariant &v : std::as_const(s.binds) + orderBinds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<ArchiveRow> out;
    if (!q.exec()) {
        m_db->failed(q.lastError(), "archive query:");
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
        row.closingDateTime = sql::fromMs(q.value(9));
        row.createdDateTime = sql::fromMs(q.value(10));
        row.closedDateTime = sql::fromMs(q.value(11));
        row.statusReason = q.value(12).toString();
        out.append(row);
    }
    return out;
}

int ArchiveQuery::count(const ArchiveFilter &filter) const
{
    const ArchiveSql s = archiveSql(filter);
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(s.from, s.where));
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_db->failed(q.lastError(), "archive count:");
        return 0;
    }
    return q.value(0).toInt();
}

int ArchiveQuery::total(bool outgoing) const
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
    QSqlQuery q(m_db->database());
    if (!q.exec(sql) || !q.next()) {
        m_db->failed(q.lastError(), "archive total:");
        return 0;
    }
    return q.value(0).toInt();
}

QStringList ArchiveQuery::values(const char *column) const
{
    QStringList out;
    const QString name = QLatin1String(column);
    if (name != QLatin1String("country") && name != QLatin1String("size"))
        return out; // never a column name from outside
    Statement q = m_db->prepared(
        QStringLiteral("SELECT DISTINCT %1 FROM referrals WHERE stage = %2 AND %1 <> '' ORDER BY %1")
            .arg(name)
            .arg(int(Stage::Archived)));
    if (!q.exec()) {
        m_db->failed(q.error(), "archive filter values:");
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace rd
