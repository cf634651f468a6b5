#pragma once

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"
#include "simhttp.h"
#include "simlisting.h"
#include "simoauth.h"
#include "simquirks.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <map>
#include <memory>

namespace rd::sim {


/// The referral service: the Referrals API contract of docs/remote-api.md with the server side of
/// docs/lifecycle.md, OAuth endpoints and the /_sim/ controls, all in memory and independent of
/// HTTP (SimServer carries it over the wire). Single-threaded: lives on the thread of its server.
class Service : public QObject
{
    Q_OBJECT
public:
    /// Uses `clock` when given (tests); otherwise its own clock: real time plus any advance.
    explicit Service(Clock *clock = nullptr, QObject *parent = nullptr);
    ~Service() override;

    Response handle(const Request &request);

    /// The fault to inject into this request, if any (only API calls under /v1.0/ get faults).
    Fault takeFault(const Request &request);
    int retryAfterSecs() const { return m_retryAfterSecs; }
    /// The Retry-After header (and the Date header it is relative to) of a 429 or 503.
    void setRetryAfter(Response &response) const;

    void setQuirks(const Quirks &quirks) { m_quirks = quirks; }
    const Quirks &quirks() const { return m_quirks; }
    /// How long after its arrival the live service expires an unanswered referral.
    static constexpr qint64 serviceExpirySecs = 14 * 24 * 3600;

    QDateTime now() const;
    void advance(qint64 msecs);
    void setNow(const QDateTime &instant);

    void addReferrals(int count, quint32 seed);
    /// Adds or replaces a referral document as is (a new eTag is given); returns its id.
    QString putReferral(QJsonObject referral);
    std::optional<QJsonObject> referral(const QString &id) const;
    QStringList ids() const;
    /// The remote stops listing a referral (reassigned, or withdrawn by Microsoft).
    bool removeReferral(const QString &id);
    /// Writes applied for one MS-RequestId (0 or 1).
    int writesApplied(const QString &requestId) const { return m_writesApplied.value(requestId); }
    void setRetryAfterSecs(int secs) { m_retryAfterSecs = secs; }
    /// Adds a fault rule as /_sim/faults does; `method` limits it to GETs or PATCHes.
    void addFault(Fault fault, int count, double rate = 0, const QByteArray &method = {});
    void clearFaults() { m_faults.clear(); }
    int count() const { return int(m_referrals.size()); }

    /// A colleague's change in Partner Center (/_sim/referrals/<id>/change): the lifecycle rules
    /// hold, no eTag or request id is needed.
    Response changeAsColleague(const QString &id, const QJsonArray &patch);
    /// Fault rules as /_sim/faults takes them; the number of rules in force, or -1 with `error`.
    int setFaultRules(const QJsonArray &rules, QString *error);
    /// Requests by kind, writes applied and requests seen per MS-RequestId.
    QJsonObject counters() const;
    /// Empty, with no tokens, faults or counters: as new.
    void reset();
    bool approveDevice(const QString &userCode) { return m_oauth.approveDevice(userCode); }
    int accessTokenLifetimeSecs() const { return m_oauth.accessTokenLifetimeSecs(); }

    /// A bearer token that is always accepted (--dev-token).
    void setDevToken(const QString &token) { m_devToken = token; }
    void setAccessTokenLifetimeSecs(int secs) { m_oauth.setAccessTokenLifetimeSecs(secs); }

    QJsonObject state() const;
    bool loadState(const QJsonObject &state, QString *error);

    int pageSizeCap() const { return 100; }

signals:
    /// Emitted after a referral changed (id), for logs and tests.
    void referralChanged(const QString &id);

private:
    struct Stored
    {
        QJsonObject doc;
        QByteArray compact; ///< doc as compact JSON, as a service keeps what it serves
        QDateTime interestedAt; ///< when it became New/Received (starts the 7 day clock)
        QDateTime hardLimit; ///< when the server archives it; invalid when never
    };
    struct FaultRule
    {
        Fault fault = Fault::None;
        int remaining = 0; ///< next N API requests; 0 with rate > 0: every request by chance
        double rate = 0;
        QByteArray method; ///< only requests with this method ("GET", "PATCH"); empty: all
    };

    Response route(const Request &r);
    Response list(const Request &r);
    Response getOne(const QString &id);
    Response create(const Request &r);
    Response patch(const QString &id, const Request &r, bool asColleague);
    bool authorized(const Request &r, Response *denied);

    void store(QJsonObject doc, const QDateTime &interestedAt);
    /// When the server archives this referral, under the rules in force; invalid for never.
    QDateTime hardLimitOf(const Referral &r) const;
    /// What the live service adds to a referral it receives: its own expiry.
    void addServiceFields(QJsonObject &doc) const;
    void sweepTimers();
    Response withETag(const QJsonObject &doc, int status) const;
    QString newETag();
    void count(const QString &kind) { ++m_counters[kind]; }

    Clock *m_clock;
    std::unique_ptr<Clock> m_ownClock;
    DeadlinePolicy m_policy;
    std::map<QString, Stored> m_referrals;
    std::multimap<QDateTime, QString> m_timers;
    QHash<QString, Response> m_requestResults; ///< MS-RequestId -> first answer
    QHash<QString, int> m_requestSeen; ///< MS-RequestId -> requests with it
    QHash<QString, int> m_writesApplied; ///< MS-RequestId -> writes applied
    QMap<QString, int> m_counters;
    QList<FaultRule> m_faults;
    int m_retryAfterSecs = 2;
    Quirks m_quirks;
    quint32 m_faultRandom = 12345;
    QString m_devToken;
    OAuthServer m_oauth;
    Listing m_listing;
    quint64 m_serial = 0;
};

} // namespace rd::sim
