#pragma once

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <map>
#include <memory>

namespace rd::sim {

/// One HTTP request, as far as the service cares.
struct Request
{
    QByteArray method; ///< "GET", "POST", "PATCH"
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< keys lower-case
    QByteArray body;
    QUrl base; ///< scheme://host:port the client reached, for absolute nextLinks

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QJsonObject &body);
    static Response error(int status, const QString &code, const QString &message);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

/// Transport-level misbehaviour injected into API calls (docs/remote-api.md, "Fault injection").
enum class Fault {
    None,
    Status500,
    Status503,
    Throttle429, ///< with Retry-After
    Reset, ///< connection dropped without an answer (a write is applied first)
    Truncate, ///< half of the body, then the connection closes (a write is applied first)
    Malformed, ///< 200 with a body that is not JSON
    Stall, ///< no answer at all, longer than any client timeout
};

/// Behaviours of the live Partner Center that its public documentation describes and that the
/// simulator's defaults do not have (docs/remote-api.md, "What the live service does"). Each can be
/// switched alone (tests, `/_sim/quirks`); `--live-quirks` switches on all but ignoreSelect.
struct Quirks
{
    /// `$filter` on updatedDateTime (or createdDateTime) is answered with 400.
    bool refuseUpdatedFilter = false;
    /// MS-RequestId is not an idempotency key: a repeated write meets the eTag it changed (412).
    bool ignoreRequestId = false;
    /// Retry-After comes as an HTTP date (with a Date header), not as seconds.
    bool retryAfterAsDate = false;
    /// The service sets expirationDateTime (14 days after arrival) and archives by it alone;
    /// the 72 hour / 7 day rules are not applied.
    bool serviceExpiry = false;
    /// Some generated referrals are outgoing (sent by this partner).
    bool outgoingReferrals = false;
    /// `$select` is ignored: lists carry whole documents.
    bool ignoreSelect = false;

    static Quirks live();
    QJsonObject toJson() const;
    /// Applies the members present in `o`; false (with `error`) on an unknown one.
    bool apply(const QJsonObject &o, QString *error);
};

QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name);

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

    /// A bearer token that is always accepted (--dev-token).
    void setDevToken(const QString &token) { m_devToken = token; }
    void setAccessTokenLifetimeSecs(int secs) { m_accessLifetimeSecs = secs; }

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
        QDateTime interestedAt; ///< when it became New/Received (starts the 7 day clock)
        QDateTime hardLimit; ///< when the server archives it; invalid when never
    };
    struct Snapshot
    {
        QStringList ids;
        QDateTime lastUsed;
    };
    struct FaultRule
    {
        Fault fault = Fault::None;
        int remaining = 0; ///< next N API requests; 0 with rate > 0: every request by chance
        double rate = 0;
        QByteArray method; ///< only requests with this method ("GET", "PATCH"); empty: all
    };
    struct IssuedCode
    {
        QString challenge;
        QString redirectUri;
        QString clientId;
        QDateTime expires;
    };
    struct DeviceCode
    {
        QString userCode;
        QString clientId;
        bool approved = false;
        QDateTime expires;
    };

    Response route(const Request &r);
    Response list(const Request &r);
    Response getOne(const QString &id);
    Response create(const Request &r);
    Response patch(const QString &id, const Request &r, bool asColleague);
    Response control(const Request &r);
    Response authorize(const Request &r);
    Response token(const Request &r);
    Response deviceCode(const Request &r);
    bool authorized(const Request &r, Response *denied);

    void store(QJsonObject doc, const QDateTime &interestedAt);
    /// When the server archives this referral, under the rules in force; invalid for never.
    QDateTime hardLimitOf(const Referral &r) const;
    /// What the live service adds to a referral it receives: its own expiry.
    void addServiceFields(QJsonObject &doc) const;
    void sweepTimers();
    Response withETag(const QJsonObject &doc, int status) const;
    QJsonObject issueTokens(const QString &clientId, const QString &scope);
    QString newETag();
    void count(const QString &kind) { ++m_counters[kind]; }

    Clock *m_clock;
    std::unique_ptr<Clock> m_ownClock;
    DeadlinePolicy m_policy;
    std::map<QString, Stored> m_referrals;
    std::multimap<QDateTime, QString> m_timers;
    QHash<QString, Snapshot> m_snapshots;
    QHash<QString, Response> m_requestResults; ///< MS-RequestId -> first answer
    QHash<QString, int> m_requestSeen; ///< MS-RequestId -> requests with it
    QHash<QString, int> m_writesApplied; ///< MS-RequestId -> writes applied
    QMap<QString, int> m_counters;
    QList<FaultRule> m_faults;
    int m_retryAfterSecs = 2;
    Quirks m_quirks;
    quint32 m_faultRandom = 12345;
    QString m_devToken;
    int m_accessLifetimeSecs = 3600;
    QHash<QString, QDateTime> m_accessTokens;
    QHash<QString, QString> m_refreshTokens; ///< refresh token -> client id (rotated on use)
    QHash<QString, IssuedCode> m_codes;
    QHash<QString, DeviceCode> m_deviceCodes;
    quint64 m_serial = 0;
};

} // namespace rd::sim
