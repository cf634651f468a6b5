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

/// Transport-level misbehaviour injected into API calls (remote-api.md, "Fault injection").
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

QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name);

/// The referral service: the Referrals API contract of remote-api.md with the server side of
/// lifecycle.md, OAuth endpoints and the /_sim/ controls, all in memory and independent of HTTP
/// (SimServer carries it over the wire). Single-threaded: lives on the thread of its server.
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
    /// Adds a fault rule as /_sim/faults does.
    void addFault(Fault fault, int count, double rate = 0);
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
