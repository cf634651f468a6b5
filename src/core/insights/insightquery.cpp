#include "insightquery.h"

#include "domain/deadlinepolicy.h"
#include "store/sqlvalues.h"
#include "store/store.h"
#include "store/storedb.h"

namespace rd {

QList<InsightRow> InsightQuery::rows(
    const Store &store, const QDateTime &from, const QDateTime &to, const DeadlinePolicy &policy)
{
    QList<InsightRow> out;
    StoreDb &db = store.db();
    Statement q = db.prepared(QStringLiteral(
        "SELECT id, stage, outcome, created_at, interested_at, accepted_at, closed_at, deal_value, "
        "currency, closing_at, country, size, products, name, customer_name FROM referrals "
        "WHERE created_at >= ? AND created_at < ? AND outgoing = 0"));
    if (!q.exec({ sql::ms(from), sql::ms(to) })) {
        db.failed(q.error(), "insights:");
        return out;
    }
    while (q.next()) {
        InsightRow r;
        r.id = q.value(0).toString();
        r.stage = Stage(q.value(1).toInt());
        r.outcome = Outcome(q.value(2).toInt());
        r.created = sql::fromMs(q.value(3));
        r.interested = sql::fromMs(q.value(4));
        r.accepted = sql::fromMs(q.value(5));
        r.closed = sql::fromMs(q.value(6));
        if (!q.value(7).isNull())
            r.dealValue = q.value(7).toLongLong();
        r.currency = q.value(8).toString();
        if (r.stage == Stage::Negotiating && !q.value(9).isNull()) {
            Referral shape; // closingEnd reads the stage and the closing date only
            shape.status = QStringLiteral("Active");
            shape.details.closingDateTime = sql::fromMs(q.value(9));
            r.closingEnd = policy.closingEnd(shape);
        }
        r.country = q.value(10).toString();
        r.size = q.value(11).toString();
        r.products = q.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.name = q.value(13).toString();
        r.customer = q.value(14).toString();
        out.append(r);
    }
    return out;
}

} // namespace rd
