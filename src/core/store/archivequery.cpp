#include "archivequery.h"

#include "domain/clock.h"
#include "domain/money.h"
#include "searchtext.h"
#include "sqlvalues.h"
#include "storedb.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace rd {

/// A filter as SQL: the tables to read, the condition and its values.
struct ArchiveSql
{
    QString from;
    QString where;
    QVariantList binds;
    /// Terms the index only narrows down (SearchText::toCheck): each row read is checked.
    QStringList check;
};

namespace {

QString archivedAt()
{
    return QStringLiteral("coalesce(r.closed_at, r.updated_at, r.created_at)");
}

QString keyExpression(ArchiveColumn c);

/// The columns the search text is made of, selected after a page's own (kTextColumn on) where
/// the rows must be checked; the notes, longest and packed, last.
const QString kTextColumns = QStringLiteral(
    ", r.customer_name, r.name, r.city, r.country, r.products, r.contacts, r.notes");
constexpr int kTextColumn = 15;

/// Whether the row `q` is on (selected with kTextColumns) holds every term of `check`.
bool holds(const QSqlQuery &q, const QStringList &check, int first = kTextColumn)
{
    if (check.isEmpty())
        return true;
    // Inflated and folded as needed: the notes only when the shorter columns before them do not
    // hold the term (Qt's driver has copied every column of the row already).
    return SearchText::inExactly(
        7, [&q, first](qsizetype i) { return sql::storedText(q.value(first + int(i))); }, check);
}

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
        // Every term through the index: its trigrams from three characters on, its marked
        // short token below that. A longer term's candidates are checked as they are read.
        where.append(QStringLiteral("referrals_search MATCH ?"));
        s.binds.append(SearchText::matchExpression(terms));
        s.check = SearchText::toCheck(terms);
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
        s.binds.append(utcDateTime(f.closedFrom).toMSecsSinceEpoch());
    }
    if (f.closedTo.isValid()) {
        where.append(archivedAt() + QStringLiteral(" < ?"));
        s.binds.append(utcDateTime(f.closedTo.addDays(1)).toMSecsSinceEpoch());
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

/// archiveSql() for counting: the received archive's most selective filter read from its own
/// index (format 11) rather than every archived referral through the stage index.
ArchiveSql countSql(const ArchiveFilter &f)
{
    ArchiveSql s = archiveSql(f);
    if (f.outgoing || !SearchText::terms(f.text).isEmpty())
        return s; // the sent ones are few; a search starts from its own index
    std::optional<ArchiveColumn> by;
    if (f.closedFrom.isValid() || f.closedTo.isValid())
        by = ArchiveColumn::Closed;
    else if (!f.outcomes.isEmpty())
        by = ArchiveColumn::Outcome;
    else if (!f.countries.isEmpty())
        by = ArchiveColumn::Country;
    else if (!f.sizes.isEmpty())
        by = ArchiveColumn::Size;
    if (by)
        s.from += QStringLiteral(" INDEXED BY ") + ArchiveQuery::indexFor(*by);
    return s;
}

/// A column's key as its index (format 11) holds it: never NULL, so that a page's last key
/// compares with the next row's.
QString keyExpression(ArchiveColumn c)
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
        return QStringLiteral("ifnull(%1, -1)").arg(ArchiveQuery::dealUnits(QStringLiteral("r.")));
    case ArchiveColumn::ClosingDate:
        return QStringLiteral("ifnull(r.closing_at, -1)");
    case ArchiveColumn::Created:
        return QStringLiteral("ifnull(r.created_at, -1)");
    case ArchiveColumn::Reason:
        return QStringLiteral("ifnull(r.status_reason, '') COLLATE NOCASE");
    }
    return archivedAt();
}

/// Columns with few values and many rows each (eight outcomes, a country for a hundred
/// thousand referrals): read value by value, each from its index in the order of archiving,
/// rather than sorting a hundred thousand equal keys by the time of archiving.
bool grouped(ArchiveColumn c)
{
    return c == ArchiveColumn::Outcome || c == ArchiveColumn::Country
        || c == ArchiveColumn::Size || c == ArchiveColumn::Reason;
}

bool filtersNothing(const ArchiveFilter &f)
{
    return SearchText::terms(f.text).isEmpty() && f.outcomes.isEmpty() && !f.closedFrom.isValid()
        && !f.closedTo.isValid() && f.countries.isEmpty() && f.sizes.isEmpty()
        && f.product.trimmed().isEmpty();
}

/// The columns read(): the row, then its key, its time of archiving and its rowid.
QString selectColumns(const QString &key, const QStringList &check = {})
{
    return QStringLiteral(
        "SELECT r.id, r.customer_name, r.name, r.outcome, r.status, r.country, r.size, "
        "r.deal_value, r.currency, r.closing_at, r.created_at, %1, r.status_reason, %2, "
        "r.rowid%3")
        .arg(archivedAt(), key, check.isEmpty() ? QString() : kTextColumns);
}

ArchiveRow rowOf(const QSqlQuery &q)
{
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
    return row;
}

} // namespace

ArchiveQuery::ArchiveQuery(StoreDb &db)
    : m_db(&db)
{
}

QString ArchiveQuery::dealUnits(const QString &table)
{
    // The deal value in whole units of its currency, the number the column shows, so that
    // sorting compares 1 301 000 JPY with 12 000.00 USD as those numbers, not yen against cents.
    QString cases;
    for (const auto &[code, decimals] : Money::otherExponents())
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(code).arg(Money::minorPerUnit(code));
    return QStringLiteral("(%1deal_value * 1.0 / CASE upper(%1currency)%2 ELSE 100 END)")
        .arg(table, cases);
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
        orderBy = QStringLiteral("%1 %2, %3 DESC").arg(keyExpression(sort), dir, archivedAt());
    }
    // A unique last key keeps pages stable; in the index's direction where the index can serve.
    orderBy += sort == ArchiveColumn::Closed && order == Qt::AscendingOrder
        ? QStringLiteral(", r.id ASC")
        : QStringLiteral(", r.id DESC");

    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    // The page's columns (selectColumns), read by rowOf as page() reads them.
    q.prepare(selectColumns(QStringLiteral("NULL"), s.check)
        + QStringLiteral(" FROM %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
              .arg(s.from, s.where, orderBy));
    for (const QVariant &v : std::as_const(s.binds) + orderBinds)
        q.addBindValue(v);
    // Rows to check are skipped here, not by SQLite: it cannot tell which it would skip.
    const bool checking = !s.check.isEmpty();
    q.addBindValue(checking ? -1 : limit);
    q.addBindValue(checking ? 0 : offset);
    QList<ArchiveRow> out;
    if (!q.exec()) {
        m_db->failed(q.lastError(), "archive query:");
        return out;
    }
    int skip = checking ? offset : 0;
    while ((limit < 0 || out.size() < limit) && q.next()) {
        if (!holds(q, s.check))
            continue;
        if (skip > 0)
            --skip;
        else
            out.append(rowOf(q));
    }
    return out;
}

QList<ArchiveRow> ArchiveQuery::read(const QString &sqlText, const QVariantList &binds,
    std::optional<ArchiveKey> *last, const char *what, const QStringList &check, int limit,
    std::optional<ArchiveKey> *seen, int *examined) const
{
    QList<ArchiveRow> out;
    explain(sqlText, binds);
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(sqlText);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_db->failed(q.lastError(), what);
        return out;
    }
    while ((limit < 0 || out.size() < limit) && q.next()) {
        ArchiveKey key;
        key.value = q.value(13);
        key.at = q.value(11).toLongLong();
        key.rowid = q.value(14).toLongLong();
        if (examined)
            ++*examined;
        if (seen)
            *seen = key;
        if (!holds(q, check))
            continue;
        out.append(rowOf(q));
        *last = key;
    }
    if (q.lastError().isValid()) // interrupted, or damage met half way
        m_db->failed(q.lastError(), what);
    return out;
}

ArchivePage ArchiveQuery::page(const ArchiveFilter &filter, ArchiveColumn sort,
    Qt::SortOrder order, const std::optional<ArchiveKey> &after, int limit,
    const QStringList &valueOrder) const
{
    const bool searching = !SearchText::terms(filter.text).isEmpty();
    if (!searching && !filter.outgoing && grouped(sort))
        return groupedPage(filter, sort, order, after, limit, valueOrder);

    ArchiveSql s = archiveSql(filter);
    if (!searching && !filter.outgoing) {
        // Without statistics SQLite prefers the equality on stage (referrals_by_stage) and then
        // sorts every archived referral: 1.4 s for the board's newest 50 at a million. The
        // column's own index reads them in order and stops at the page's end.
        s.from += QStringLiteral(" INDEXED BY ") + indexFor(sort);
    }
    const bool ascending = order == Qt::AscendingOrder;
    const QString op = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString at = archivedAt();
    QString key;
    QVariantList keyBinds; // the key's own values (a rank of labels), each time it appears
    QString orderBy;
    QVariantList orderBinds;
    // The condition that continues after a key, in the order's terms.
    std::function<void(const ArchiveKey &, QString *, QVariantList *)> continueAfter;

    if (searching && sort == ArchiveColumn::Relevance) {
        // The search index's own order, newest stored first: the first page is read as the
        // index finds matches, never after sorting all of them.
        key = QStringLiteral("r.rowid");
        orderBy = QStringLiteral("referrals_search.rowid DESC");
        continueAfter = [](const ArchiveKey &k, QString *where, QVariantList *binds) {
            *where += QStringLiteral(" AND referrals_search.rowid < ?");
            binds->append(k.rowid);
        };
    } else if (sort == ArchiveColumn::Relevance || sort == ArchiveColumn::Closed) {
        const QString d = sort == ArchiveColumn::Relevance ? QStringLiteral("DESC") : dir;
        const QString o = sort == ArchiveColumn::Relevance ? QStringLiteral("<") : op;
        key = at;
        orderBy = QStringLiteral("%1 %2, r.rowid %2").arg(at, d);
        continueAfter = [at, o](const ArchiveKey &k, QString *where, QVariantList *binds) {
            *where += QStringLiteral(" AND %1 %2= ? AND (%1 %2 ? OR r.rowid %2 ?)").arg(at, o);
            *binds << k.at << k.at << k.rowid;
        };
    } else {
        key = keyExpression(sort);
        const bool byValue = !valueOrder.isEmpty()
            && (sort == ArchiveColumn::Country || sort == ArchiveColumn::Size);
        if (byValue) {
            // The column's values in the order of what the table shows (their labels in the
            // UI language), not of their codes; rows without a value last either way.
            const QString column = sort == ArchiveColumn::Country ? QStringLiteral("r.country")
                                                                  : QStringLiteral("r.size");
            key = QStringLiteral("(CASE %1 WHEN '' THEN %2").arg(column).arg(
                ascending ? valueOrder.size() + 1 : -1);
            for (qsizetype i = 0; i < valueOrder.size(); ++i) {
                key += QStringLiteral(" WHEN ? THEN %1").arg(i);
                keyBinds.append(valueOrder.at(i));
            }
            key += QStringLiteral(" ELSE %1 END)").arg(valueOrder.size());
        }
        orderBy = QStringLiteral("%1 %2, %3 DESC, r.rowid DESC").arg(key, dir, at);
        orderBinds = keyBinds;
        continueAfter
            = [key, op, at, keyBinds](const ArchiveKey &k, QString *where, QVariantList *binds) {
                  *where += QStringLiteral(
                      " AND %1 %2= ? AND (%1 %2 ? OR %3 < ? OR (%3 = ? AND r.rowid < ?))")
                                .arg(key, op, at);
                  *binds << keyBinds << k.value << keyBinds << k.value << k.at << k.at << k.rowid;
              };
    }
    // Where rows are checked (a longer term: the index only narrows them down), a statement
    // cannot know how many rows make a page. In the index's order the candidates are read as
    // the index finds them until the page is full (no LIMIT). Sorted otherwise, batches of a
    // few pages are read, each after the last row the one before looked at, until the page is
    // full or the rows run out: each batch is SQLite's top-N sort rather than a sort of every
    // candidate.
    const bool checking = !s.check.isEmpty();
    const bool indexOrder = searching && sort == ArchiveColumn::Relevance;
    const int batch = !checking ? limit : indexOrder ? -1 : std::max(limit * 4, 200);
    ArchivePage page;
    std::optional<ArchiveKey> last;
    std::optional<ArchiveKey> from = after;
    m_db->clearLastError(); // a batch that fails or is interrupted ends the page
    for (;;) {
        QString where = s.where;
        QVariantList whereBinds = s.binds;
        if (from)
            continueAfter(*from, &where, &whereBinds);
        const QString text = selectColumns(key, s.check)
            + QStringLiteral(" FROM %1 WHERE %2 ORDER BY %3 LIMIT ?").arg(s.from, where, orderBy);
        std::optional<ArchiveKey> seen;
        int examined = 0;
        page.rows += read(text, keyBinds + whereBinds + orderBinds + QVariantList { batch }, &last,
            "archive page:", s.check, limit - int(page.rows.size()), &seen, &examined);
        if (batch < 0 || !checking || page.rows.size() >= limit || examined < batch || !seen
            || m_db->lastError())
            break;
        from = seen;
    }
    if (page.rows.size() == limit)
        page.next = last;
    return page;
}

ArchivePage ArchiveQuery::groupedPage(const ArchiveFilter &filter, ArchiveColumn sort,
    Qt::SortOrder order, const std::optional<ArchiveKey> &after, int limit,
    const QStringList &valueOrder) const
{
    // The values in the table's order: the ones `valueOrder` lists in its order, any others
    // after them by their codes.
    QVariantList values = distinct(sort, filter.outgoing);
    if (!valueOrder.isEmpty()) {
        QVariantList ordered;
        for (const QString &v : valueOrder) {
            if (values.contains(v))
                ordered.append(v);
        }
        for (const QVariant &v : std::as_const(values)) {
            if (!ordered.contains(v))
                ordered.append(v);
        }
        values = ordered;
    }
    // Without a country or size, last either way (as the search's order has them); a reason
    // sorts as its text.
    const bool emptyLast = sort == ArchiveColumn::Country || sort == ArchiveColumn::Size;
    const bool hasEmpty = emptyLast && values.removeAll(QString()) > 0;
    if (order == Qt::DescendingOrder)
        std::reverse(values.begin(), values.end());
    if (hasEmpty)
        values.append(QString::fromLatin1("")); // not a null string: that binds as NULL

    ArchiveSql s = archiveSql(filter);
    s.from += QStringLiteral(" INDEXED BY ") + indexFor(sort); // as in page()
    const QString at = archivedAt();
    const QString key = keyExpression(sort);
    m_db->clearLastError();
    ArchivePage page;
    std::optional<ArchiveKey> last;
    int lastGroup = 0;
    for (int g = after ? after->group : 0; g < values.size() && page.rows.size() < limit; ++g) {
        QString where = s.where + QStringLiteral(" AND %1 = ?").arg(key);
        QVariantList binds = s.binds;
        binds.append(values.at(g));
        if (after && g == after->group) {
            where += QStringLiteral(" AND %1 <= ? AND (%1 < ? OR r.rowid < ?)").arg(at);
            binds << after->at << after->at << after->rowid;
        }
        const QString text = selectColumns(key)
            + QStringLiteral(" FROM %1 WHERE %2 ORDER BY %3 DESC, r.rowid DESC LIMIT ?")
                  .arg(s.from, where, at);
        binds.append(limit - int(page.rows.size()));
        std::optional<ArchiveKey> groupLast;
        const QList<ArchiveRow> rows = read(text, binds, &groupLast, "archive page:");
        if (m_db->lastError())
            break; // interrupted or failed: the caller reads why
        if (!rows.isEmpty()) {
            page.rows.append(rows);
            last = groupLast;
            lastGroup = g;
        }
    }
    if (page.rows.size() == limit && last) {
        page.next = last;
        page.next->group = lastGroup;
    }
    return page;
}

QVariantList ArchiveQuery::distinct(ArchiveColumn column, bool outgoing) const
{
    const QString key = keyExpression(column);
    const QString archived = QStringLiteral("r.stage = %1 AND r.outgoing = %2")
                                 .arg(int(Stage::Archived))
                                 .arg(outgoing ? 1 : 0);
    // The received archive: one step through the column's index per value (a "skip scan"),
    // not a pass over a million rows. The sent ones are few: one pass.
    const QString text = outgoing
        ? QStringLiteral("SELECT DISTINCT %1 AS x FROM referrals r WHERE %2 ORDER BY x")
              .arg(key, archived)
        : QStringLiteral("WITH RECURSIVE v(x) AS ("
                         "SELECT (SELECT min(%1) FROM referrals r WHERE %2) "
                         "UNION ALL SELECT (SELECT min(%1) FROM referrals r WHERE %2 AND %1 > v.x) "
                         "FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
              .arg(key, archived);
    QVariantList out;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.exec(text)) {
        m_db->failed(q.lastError(), "archive values:");
        return out;
    }
    while (q.next()) {
        if (column == ArchiveColumn::Outcome)
            out.append(q.value(0).toInt());
        else // "" kept as text: a null string would be bound as NULL, which equals nothing
            out.append(q.value(0).toString() + QString::fromLatin1(""));
    }
    return out;
}

int ArchiveQuery::count(const ArchiveFilter &filter, int cap) const
{
    if (filtersNothing(filter))
        return total(filter.outgoing);
    if (cap < 0)
        return count(filter);
    const ArchiveSql s = countSql(filter);
    if (!s.check.isEmpty())
        return countChecked(s, cap + 1);
    const QString text
        = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT ?)").arg(s.from, s.where);
    explain(text, s.binds + QVariantList { cap + 1 });
    QSqlQuery q(m_db->database());
    q.prepare(text);
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    q.addBindValue(cap + 1);
    if (!q.exec() || !q.next()) {
        m_db->failed(q.lastError(), "archive count:");
        return 0;
    }
    return q.value(0).toInt();
}

int ArchiveQuery::count(const ArchiveFilter &filter) const
{
    const ArchiveSql s = countSql(filter);
    if (!s.check.isEmpty())
        return countChecked(s, -1);
    const QString text = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(s.from, s.where);
    explain(text, s.binds);
    QSqlQuery q(m_db->database());
    q.prepare(text);
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_db->failed(q.lastError(), "archive count:");
        return 0;
    }
    return q.value(0).toInt();
}

int ArchiveQuery::countChecked(const ArchiveSql &s, int stopAt) const
{
    // Only the text columns of each candidate, checked here: the index cannot tell.
    const QString text
        = QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(kTextColumns.mid(2), s.from, s.where);
    explain(text, s.binds);
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(text);
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_db->failed(q.lastError(), "archive count:");
        return 0;
    }
    int n = 0;
    while ((stopAt < 0 || n < stopAt) && q.next()) {
        if (holds(q, s.check, 0))
            ++n;
    }
    if (q.lastError().isValid()) // interrupted, or damage met half way
        m_db->failed(q.lastError(), "archive count:");
    return n;
}

} // namespace rd
