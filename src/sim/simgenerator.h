#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace rd::sim {

/// Realistic referrals from a seed: the same seed and clock give the same referrals. Customers and
/// cities from many countries and scripts, sizes, industries, products, notes of varied length,
/// spread over every stage and outcome, created relative to `now` so that some are about to be
/// missed.
class Generator
{
public:
    explicit Generator(quint32 seed);

    /// One referral document as the remote would send it (without eTag; the service sets it).
    QJsonObject next(const QDateTime &now);
    QList<QJsonObject> make(int count, const QDateTime &now);
    /// What the live service's data looks like beyond the defaults, for the `serial`-th generated
    /// document: one in fifteen sent by this partner (with `outgoing`), and, with an expiry,
    /// no expirationDateTime of its own (the service sets it) and some unanswered for almost all
    /// of it.
    static void shapeLikeTheLiveService(
        QJsonObject &doc, int serial, const QDateTime &now, bool outgoing, qint64 expirySecs);

private:
    quint32 m_state;
    int m_serial = 0;

    quint32 nextRandom();
    int bounded(int n) { return int(nextRandom() % quint32(n)); }
    template<typename T, size_t N> const T &pick(const T (&array)[N])
    {
        return array[bounded(int(N))];
    }
    QString uuid();
};

} // namespace rd::sim
