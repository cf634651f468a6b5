#pragma once

// Referrals as long and as varied as the simulator's (its customers, cities and contacts in many
// scripts, its notes from one sentence to a long brief, its products), for benchmarks whose
// figures depend on the size of what is stored and searched: referralfactory.h's are a few
// dozen characters of text, the simulator's several hundred. Deterministic from a seed.

#include "domain/referraljson.h"
#include "simgenerator.h"

#include <algorithm>

namespace rd::test {

class RealisticReferrals
{
public:
    /// Open ones arrive relative to `now` (some hours from being missed), archived ones closed
    /// within the year before it.
    RealisticReferrals(quint32 seed, const QDateTime &now)
        : m_generator(seed)
        , m_now(now)
    {
    }

    /// New, Evaluating or Negotiating, in the simulator's proportions.
    Referral open()
    {
        for (;;) {
            QJsonObject doc = next();
            if (doc.value(QStringLiteral("status")).toString() != QLatin1String("Closed"))
                return parse(doc);
        }
    }

    /// Won, Lost, Declined, Skipped, Missed or Expired, with a closed date. The simulator's open
    /// ones are closed here rather than thrown away (two thirds of what it makes are open).
    Referral archived()
    {
        QJsonObject doc = next();
        if (doc.value(QStringLiteral("status")).toString() != QLatin1String("Closed")) {
            // The simulator's outcomes and reasons (src/sim/simgenerator.cpp), by serial.
            static const char *const substatuses[]
                = { "Won", "Lost", "Declined", "Declined", "Expired", "Expired" };
            static const char *const reasons[] = { "", "Customer chose another partner", "Skipped",
                "Not a fit for our offerings", "Missed", "Expired" };
            const int outcome = m_serial % 6;
            const QDateTime created = ReferralJson::parseInstant(
                doc.value(QStringLiteral("createdDateTime")).toString());
            const QDateTime closed = std::min(
                m_now.addSecs(-3600), created.addSecs(3600 * (1 + qint64(m_serial % 70))));
            const QString closedText = ReferralJson::formatInstant(closed);
            doc.insert(QStringLiteral("status"), QStringLiteral("Closed"));
            doc.insert(QStringLiteral("substatus"), QLatin1String(substatuses[outcome]));
            doc.insert(QStringLiteral("statusReason"),
                outcome == 0 ? QJsonValue() : QJsonValue(QLatin1String(reasons[outcome])));
            doc.insert(QStringLiteral("closedDateTime"), closedText);
            doc.insert(QStringLiteral("updatedDateTime"), closedText);
        }
        return parse(doc);
    }

    /// How many documents were made so far (open ones skipped included).
    int serial() const { return m_serial; }

private:
    QJsonObject next()
    {
        ++m_serial;
        QJsonObject doc = m_generator.next(m_now);
        // The simulator has three customers per country; a real archive has thousands. A branch
        // number (1 to 5000) makes a typed customer as selective as in one, at the same length.
        QJsonObject customer = doc.value(QStringLiteral("customerProfile")).toObject();
        customer.insert(QStringLiteral("name"),
            QStringLiteral("%1 %2")
                .arg(customer.value(QStringLiteral("name")).toString())
                .arg(1 + m_serial % 5000));
        doc.insert(QStringLiteral("customerProfile"), customer);
        // The service sets an eTag (the simulator's documents leave it out until served).
        doc.insert(QStringLiteral("eTag"),
            QStringLiteral("W/\"datetime'%1'\"")
                .arg(doc.value(QStringLiteral("updatedDateTime")).toString()));
        return doc;
    }

    static Referral parse(const QJsonObject &doc)
    {
        return *ReferralJson::fromObject(doc).referral;
    }

    sim::Generator m_generator;
    QDateTime m_now;
    int m_serial = 0;
};

} // namespace rd::test
