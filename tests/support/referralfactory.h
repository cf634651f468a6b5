#pragma once

// Many distinct referrals quickly, for store and archive tests: deterministic from an index.

#include "domain/clock.h"
#include "domain/referraljson.h"

#include <QJsonArray>

namespace rd::test {

inline QJsonObject referralJson(int i, const QString &status = QStringLiteral("Closed"),
    const QString &substatus = QStringLiteral("Won"))
{
    static const char *const customers[] = { "Contoso", "Fabrikam", "Northwind Traders",
        "Tailspin Toys", "Wide World Importers", "Adventure Works", "Litware", "Proseware" };
    static const char *const countries[] = { "US", "DE", "FR", "JP", "BR", "IN", "CN", "EG" };
    static const char *const sizes[]
        = { "1to9employees", "10to50employees", "51to250employees", "251to1000employees" };
    static const char *const products[]
        = { "Microsoft 365 E3", "Azure Virtual Desktop", "Dynamics 365 Sales", "Microsoft Teams" };
    const QDateTime created
        = utcDateTime(QDate(2025, 1, 1)).addSecs(qint64(i) * 600);
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("ref-%1").arg(i, 7, 10, QLatin1Char('0')) },
        { QStringLiteral("name"), QStringLiteral("Opportunity %1").arg(i) },
        { QStringLiteral("status"), status },
        { QStringLiteral("substatus"), substatus },
        { QStringLiteral("createdDateTime"), ReferralJson::formatInstant(created) },
        { QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(created.addDays(2)) },
        { QStringLiteral("closedDateTime"),
            status == QLatin1String("Closed")
                ? QJsonValue(ReferralJson::formatInstant(created.addDays(2)))
                : QJsonValue() },
        { QStringLiteral("eTag"), QStringLiteral("\"%1\"").arg(i) },
        { QStringLiteral("customerProfile"),
            QJsonObject { { QStringLiteral("name"),
                              QStringLiteral("%1 %2").arg(QLatin1String(customers[i % 8])).arg(i) },
                { QStringLiteral("size"), QLatin1String(sizes[i % 4]) },
                { QStringLiteral("address"),
                    QJsonObject { { QStringLiteral("country"), QLatin1String(countries[i % 8]) },
                        { QStringLiteral("city"), QStringLiteral("City %1").arg(i % 50) } } } } },
        { QStringLiteral("details"),
            QJsonObject { { QStringLiteral("notes"), QStringLiteral("Request number %1").arg(i) },
                { QStringLiteral("dealValue"), double(1000 + i % 97) },
                { QStringLiteral("currency"),
                    i % 3 ? QStringLiteral("USD") : QStringLiteral("EUR") },
                { QStringLiteral("requirements"),
                    QJsonObject { { QStringLiteral("products"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"),
                            QLatin1String(products[i % 4]) } } } } } } } },
    };
}

inline Referral makeReferral(int i, const QString &status = QStringLiteral("Closed"),
    const QString &substatus = QStringLiteral("Won"))
{
    return *ReferralJson::fromObject(referralJson(i, status, substatus)).referral;
}

inline QList<Referral> makeReferrals(int from, int count,
    const QString &status = QStringLiteral("Closed"),
    const QString &substatus = QStringLiteral("Won"))
{
    QList<Referral> out;
    out.reserve(count);
    for (int i = from; i < from + count; ++i)
        out.append(makeReferral(i, status, substatus));
    return out;
}

} // namespace rd::test
