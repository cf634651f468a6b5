#pragma once

// Referrals with the features the fit compares (products, industry, size, country,
// qualification), built the way the service sends them: for the fit's store and board tests.

#include "domain/clock.h"
#include "domain/referraljson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::test {

struct FitKind
{
    const char *product;
    const char *industry;
    const char *size;
    const char *country;
    const char *qualification;
};

inline const FitKind kWonKind { "Azure Virtual Desktop", "Healthcare", "10to50employees", "DE",
    "SalesQualified" };
inline const FitKind kDeclinedKind { "Dynamics 365 Sales", "Retail", "1to9employees", "FR",
    "MarketingQualified" };
inline const FitKind kOtherKind { "Microsoft Teams", "Manufacturing", "51to250employees", "US",
    "None" };

/// Referral "r-NNNN" of kind `k`, created `serial` hours after 2026-01-01.
inline QJsonObject fitDoc(int serial, const FitKind &k, const char *status = "Closed",
    const char *substatus = "Won")
{
    const QDateTime created = utcDateTime(QDate(2026, 1, 1)).addSecs(qint64(serial) * 3600);
    const bool closed = qstrcmp(status, "Closed") == 0;
    auto named = [](const char *name) {
        return QJsonArray { QJsonObject { { QStringLiteral("name"), QLatin1String(name) } } };
    };
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("r-%1").arg(serial, 4, 10, QLatin1Char('0')) },
        { QStringLiteral("name"), QStringLiteral("Request %1").arg(serial) },
        { QStringLiteral("status"), QLatin1String(status) },
        { QStringLiteral("substatus"), QLatin1String(substatus) },
        { QStringLiteral("qualification"), QLatin1String(k.qualification) },
        { QStringLiteral("createdDateTime"), ReferralJson::formatInstant(created) },
        { QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(created.addDays(1)) },
        { QStringLiteral("closedDateTime"),
            closed ? QJsonValue(ReferralJson::formatInstant(created.addDays(1))) : QJsonValue() },
        { QStringLiteral("eTag"), QStringLiteral("\"%1\"").arg(serial) },
        { QStringLiteral("customerProfile"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Customer %1").arg(serial) },
                { QStringLiteral("size"), QLatin1String(k.size) },
                { QStringLiteral("address"),
                    QJsonObject { { QStringLiteral("country"), QLatin1String(k.country) } } } } },
        { QStringLiteral("details"),
            QJsonObject { { QStringLiteral("requirements"),
                QJsonObject { { QStringLiteral("products"), named(k.product) },
                    { QStringLiteral("industries"), named(k.industry) } } } } },
    };
}

inline Referral fitReferral(int serial, const FitKind &k, const char *status = "Closed",
    const char *substatus = "Won")
{
    return *ReferralJson::fromObject(fitDoc(serial, k, status, substatus)).referral;
}

/// Serials 1–26: seven won and one lost like kWonKind, eight declined or expired like
/// kDeclinedKind, three won and seven lost like kOtherKind.
inline QList<QJsonObject> fitHistory()
{
    QList<QJsonObject> out;
    int n = 0;
    for (int i = 0; i < 8; ++i)
        out.append(fitDoc(++n, kWonKind, "Closed", i < 7 ? "Won" : "Lost"));
    for (int i = 0; i < 8; ++i)
        out.append(fitDoc(++n, kDeclinedKind, "Closed", i % 2 ? "Declined" : "Expired"));
    for (int i = 0; i < 10; ++i)
        out.append(fitDoc(++n, kOtherKind, "Closed", i < 3 ? "Won" : "Lost"));
    return out;
}

} // namespace rd::test
