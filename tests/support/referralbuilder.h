#pragma once

// Test data builder: a referral in a given stage, built the way the remote sends it (through the
// JSON parser), so tests start from documents the app really sees.

#include "domain/clock.h"
#include "domain/jsonpatch.h"
#include "domain/money.h"
#include "domain/referraljson.h"

#include <QJsonDocument>

namespace rd::test {

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return utcDateTime(QDate(y, mo, d), QTime(h, mi, s, ms));
}

/// A local time on a day in January 2026 (no daylight saving change near), as quiet hours and
/// "today" read it.
inline QDateTime localJanuary(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute));
}

class ReferralBuilder
{
public:
    ReferralBuilder()
    {
        m_doc = QJsonObject {
            { QStringLiteral("id"), QStringLiteral("11111111-2222-3333-4444-555555555555") },
            { QStringLiteral("name"), QStringLiteral("Teams rollout") },
            { QStringLiteral("status"), QStringLiteral("New") },
            { QStringLiteral("substatus"), QStringLiteral("Pending") },
            { QStringLiteral("createdDateTime"), QStringLiteral("2026-01-05T09:00:00Z") },
            { QStringLiteral("updatedDateTime"), QStringLiteral("2026-01-05T09:00:00Z") },
            { QStringLiteral("eTag"), QStringLiteral("\"e1\"") },
            { QStringLiteral("customerProfile"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Contoso") } } },
        };
    }

    ReferralBuilder &set(const char *key, const QJsonValue &value)
    {
        m_doc.insert(QLatin1String(key), value);
        return *this;
    }
    ReferralBuilder &without(const char *key)
    {
        m_doc.remove(QLatin1String(key));
        return *this;
    }
    ReferralBuilder &detail(const char *key, const QJsonValue &value)
    {
        QJsonObject d = m_doc.value(QStringLiteral("details")).toObject();
        d.insert(QLatin1String(key), value);
        m_doc.insert(QStringLiteral("details"), d);
        return *this;
    }
    ReferralBuilder &created(const QDateTime &t)
    {
        return set("createdDateTime", ReferralJson::formatInstant(t));
    }
    ReferralBuilder &updated(const QDateTime &t)
    {
        return set("updatedDateTime", ReferralJson::formatInstant(t));
    }
    ReferralBuilder &expires(const QDateTime &t)
    {
        return set("expirationDateTime", ReferralJson::formatInstant(t));
    }
    ReferralBuilder &status(const QString &status, const QString &substatus)
    {
        return set("status", status).set("substatus", substatus);
    }
    ReferralBuilder &inNew() { return status(QStringLiteral("New"), QStringLiteral("Pending")); }
    ReferralBuilder &inEvaluating()
    {
        return status(QStringLiteral("New"), QStringLiteral("Received"));
    }
    /// `value` in the currency's minor units.
    ReferralBuilder &inNegotiating(MinorUnits value = 1000000,
        const QString &currency = QStringLiteral("EUR"), const QDate &closing = QDate(2026, 3, 31))
    {
        status(QStringLiteral("Active"), QStringLiteral("Accepted"));
        detail("dealValue", Money::toJson(value, currency));
        detail("currency", currency);
        return detail("closingDateTime",
            ReferralJson::formatInstant(utcDateTime(closing)));
    }
    ReferralBuilder &archived(const QString &substatus = QStringLiteral("Won"))
    {
        return status(QStringLiteral("Closed"), substatus);
    }

    QJsonObject json() const { return m_doc; }

    Referral build() const
    {
        const ParseResult r = ReferralJson::fromObject(m_doc);
        Q_ASSERT(r.ok());
        return *r.referral;
    }
    operator Referral() const { return build(); }

private:
    QJsonObject m_doc;
};

} // namespace rd::test
