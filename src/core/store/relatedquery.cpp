#include "relatedquery.h"

#include "domain/customerkey.h"
#include "sqlvalues.h"
#include "storedb.h"

#include <QJsonArray>

namespace rd {

namespace CustomerColumns {

QString key(const QString &customerName)
{
    const QString k = CustomerKey::ofName(customerName);
    return k.isNull() ? QString::fromLatin1("") : k;
}

QString mailDomain(const QList<Contact> &customerTeam)
{
    for (const Contact &c : customerTeam) {
        if (const QString d = CustomerKey::ofEmail(c.email); !d.isEmpty())
            return d;
    }
    return QString::fromLatin1("");
}

QString mailDomain(const QJsonObject &document)
{
    const QJsonArray team = document.value(QLatin1String("customerProfile"))
                                .toObject()
                                .value(QLatin1String("team"))
                                .toArray();
    for (const QJsonValue &contact : team) {
        const QString d
            = CustomerKey::ofEmail(contact.toObject().value(QLatin1String("email")).toString());
        if (!d.isEmpty())
            return d;
    }
    return QString::fromLatin1("");
}

} // namespace CustomerColumns

namespace {

// Each branch repeats the partial index's own condition: SQLite uses a partial index only when
// the query's WHERE implies the index's, and a bound value alone does not.
const char kKeyMatch[] = "customer_key IS NOT NULL AND customer_key <> ''";
const char kDomainMatch[] = "mail_domain IS NOT NULL AND mail_domain <> ''";

} // namespace

RelatedQuery::RelatedQuery(StoreDb &db)
    : m_db(&db)
{
}

QString RelatedQuery::relatedSql()
{
    // UNION: a referral that shares both the key and the domain is listed once. The matches of
    // one customer are few, so sorting them costs nothing.
    const QString columns = QStringLiteral(
        "SELECT id, name, customer_name, stage, outcome, status, created_at, closed_at "
        "FROM referrals");
    return QStringLiteral("%1 WHERE customer_key = ? AND %2 AND id <> ? AND outgoing = 0 "
                          "UNION %1 WHERE mail_domain = ? AND %3 AND id <> ? AND outgoing = 0 "
                          "ORDER BY created_at DESC, id LIMIT ?")
        .arg(columns, QLatin1String(kKeyMatch), QLatin1String(kDomainMatch));
}

QString RelatedQuery::openWithRelatedSql()
{
    // The open referrals are few (read by the stage index); each asks its two indexes whether
    // anyone else shares its key or domain.
    return QStringLiteral(
        "SELECT r.id FROM referrals r WHERE r.stage IN (%1, %2) AND r.outgoing = 0 AND ("
        "EXISTS (SELECT 1 FROM referrals o WHERE o.customer_key = r.customer_key AND o.%3 "
        "AND o.id <> r.id AND o.outgoing = 0) OR "
        "EXISTS (SELECT 1 FROM referrals o WHERE o.mail_domain = r.mail_domain AND o.%4 "
        "AND o.id <> r.id AND o.outgoing = 0))")
        .arg(int(Stage::New))
        .arg(int(Stage::Evaluating))
        .arg(QLatin1String(kKeyMatch), QLatin1String(kDomainMatch));
}

QList<RelatedReferral> RelatedQuery::of(const QString &id, int limit) const
{
    QString key;
    QString domain;
    {
        Statement q = m_db->prepared(QStringLiteral(
            "SELECT customer_key, mail_domain, customer_name, raw FROM referrals WHERE id = ?"));
        if (!q.exec({ id })) {
            m_db->failed(q.error(), "reading a referral's customer:");
            return {};
        }
        if (!q.next())
            return {};
        key = q.value(0).toString();
        domain = q.value(1).toString();
        if (q.value(0).isNull()) {
            // Not keyed yet (the backfill has not reached it): keyed here, as it will be.
            key = CustomerColumns::key(q.value(2).toString());
            domain = CustomerColumns::mailDomain(sql::parseDocument(q.value(3)));
        }
    }
    QList<RelatedReferral> out;
    if (key.isEmpty() && domain.isEmpty())
        return out;
    Statement q = m_db->prepared(relatedSql());
    if (!q.exec({ key, id, domain, id, limit })) {
        m_db->failed(q.error(), "reading referrals from the same customer:");
        return {};
    }
    while (q.next()) {
        RelatedReferral r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.customer = q.value(2).toString();
        r.stage = Stage(q.value(3).toInt());
        r.outcome = Outcome(q.value(4).toInt());
        r.status = q.value(5).toString();
        r.created = sql::fromMs(q.value(6));
        r.closed = sql::fromMs(q.value(7));
        out.append(r);
    }
    return out;
}

QSet<QString> RelatedQuery::openWithRelated() const
{
    QSet<QString> out;
    Statement q = m_db->prepared(openWithRelatedSql());
    if (!q.exec()) {
        m_db->failed(q.error(), "reading which referrals have come from the customer before:");
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace rd
