// ArchiveQuery's index names and the query-plan hook its tests use: which index format 11 made
// for each archive order, and EXPLAIN QUERY PLAN of each statement handed to an observer.

#include "archivequery.h"

#include "storedb.h"

#include <QSqlQuery>

namespace rd {

namespace {
ArchiveQuery::PlanObserver &planObserver()
{
    static ArchiveQuery::PlanObserver observer;
    return observer;
}
} // namespace

void ArchiveQuery::observePlans(PlanObserver observer)
{
    planObserver() = std::move(observer);
}

QString ArchiveQuery::indexFor(ArchiveColumn column)
{
    // The names format 11 gave them (Schema::statements(11)); a migration's text never changes.
    switch (column) {
    case ArchiveColumn::Relevance:
    case ArchiveColumn::Closed:
        return QStringLiteral("archive_by_closed");
    case ArchiveColumn::Customer:
        return QStringLiteral("archive_by_customer");
    case ArchiveColumn::Name:
        return QStringLiteral("archive_by_name");
    case ArchiveColumn::Outcome:
        return QStringLiteral("archive_by_outcome");
    case ArchiveColumn::Country:
        return QStringLiteral("archive_by_country");
    case ArchiveColumn::Size:
        return QStringLiteral("archive_by_size");
    case ArchiveColumn::DealValue:
        return QStringLiteral("archive_by_deal");
    case ArchiveColumn::ClosingDate:
        return QStringLiteral("archive_by_closing");
    case ArchiveColumn::Created:
        return QStringLiteral("archive_by_created");
    case ArchiveColumn::Reason:
        return QStringLiteral("archive_by_reason");
    }
    return QStringLiteral("archive_by_closed");
}

void ArchiveQuery::explain(const QString &sqlText, const QVariantList &binds) const
{
    const PlanObserver &observe = planObserver();
    if (!observe)
        return;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sqlText);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QStringList plan;
    if (q.exec()) {
        while (q.next())
            plan.append(q.value(3).toString()); // id, parent, notused, detail
    }
    observe(sqlText, plan);
}

} // namespace rd
