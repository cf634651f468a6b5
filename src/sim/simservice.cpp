#include "simservice.h"

#include "domain/jsonpatch.h"
#include "domain/lifecycle.h"
#include "domain/referraljson.h"
#include "simgenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace rd::sim {

namespace {

/// Real time plus whatever the tests or the demo advanced it by.
class OffsetClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offset); }
    void advance(qint64 msecs)
    {
        m_offset += msecs;
        emit jumped();
    }
    void setNow(const QDateTime &t)
    {
        m_offset = QDateTime::currentDateTimeUtc().msecsTo(t);
        emit jumped();
    }

private:
    qint64 m_offset = 0;
};

bool same(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery formBody(const QByteArray &body)
{
    // application/x-www-form-urlencoded writes spaces as '+', which QUrlQuery keeps literally.
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

Response oauthError(const char *error, const QString &description, int status = 400)
{
    return Response::json(status,
        QJsonObject { { QStringLiteral("error"), QLatin1String(error) },
            { QStringLiteral("error_description"), description } });
}

/// One `field op value` clause of an OData $filter.
struct Clause
{
    QString field;
    QString op;
    QString value;
};

std::optional<QList<Clause>> parseFilter(
    const QString &filter, bool refuseTimes, QString *error)
{
    QList<Clause> out;
    if (filter.trimmed().isEmpty())
        return out;
    static const QRegularExpression andRe(
        QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clauseRe(
        QStringLiteral(R"(^\s*(\w+)\s+(eq|ne|ge|gt|le|lt)\s+(.+?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : filter.split(andRe)) {
        const QRegularExpressionMatch m = clauseRe.match(part);
        if (!m.hasMatch()) {
            *error = QStringLiteral("cannot read the filter clause \"%1\"").arg(part.trimmed());
            return std::nullopt;
        }
        QString value = m.captured(3);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\''))
            && value.endsWith(QLatin1Char('\'')))
            value
                = value.mid(1, value.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        const QString field = m.captured(1);
        static const QStringList known { QStringLiteral("updatedDateTime"),
            QStringLiteral("createdDateTime"), QStringLiteral("status"),
            QStringLiteral("substatus"), QStringLiteral("engagementId"), QStringLiteral("id"),
            QStringLiteral("type"), QStringLiteral("direction") };
        if (!known.contains(field, Qt::CaseInsensitive)) {
            *error = QStringLiteral("filtering on \"%1\" is not supported").arg(field);
            return std::nullopt;
        }
        const bool isTime = field.endsWith(QLatin1String("DateTime"), Qt::CaseInsensitive);
        if (isTime && refuseTimes) {
            // What the live service documents: filters on status, substatus, direction, type,
            // qualification, country and team only.
            *error = QStringLiteral("The query specified in the URI is not valid. Could not find "
                                    "a property named '%1' that can be filtered on.")
                         .arg(field);
            return std::nullopt;
        }
        if (isTime && !ReferralJson::parseInstant(value).isValid()) {
            *error = QStringLiteral("\"%1\" is not a date and time").arg(value);
            return std::nullopt;
        }
        if (!isTime && !same(m.captured(2), "eq") && !same(m.captured(2), "ne")) {
            *error = QStringLiteral("only eq and ne compare text");
            return std::nullopt;
        }
        out.append({ field, m.captured(2).toLower(), value });
    }
    return out;
}

bool matches(const QJsonObject &doc, const QList<Clause> &clauses)
{
    for (const Clause &c : clauses) {
        const QString actual = doc.value(c.field).toString();
        if (c.field.endsWith(QLatin1String("DateTime"), Qt::CaseInsensitive)) {
            const QDateTime a = ReferralJson::parseInstant(actual);
            const QDateTime b = ReferralJson::parseInstant(c.value);
            if (!a.isValid())
                return false;
            const bool ok = c.op == QLatin1String("eq") ? a == b
                : c.op == QLatin1String("ne")           ? a != b
                : c.op == QLatin1String("ge")           ? a >= b
                : c.op == QLatin1String("gt")           ? a > b
                : c.op == QLatin1String("le")           ? a <= b
                                                        : a < b;
            if (!ok)
                return false;
        } else {
            const bool equal = actual.compare(c.value, Qt::CaseInsensitive) == 0;
            if (equal != (c.op == QLatin1String("eq")))
                return false;
        }
    }
    return true;
}

} // namespace

// -- responses and faults ------------------------------------------------------------------------

Response Response::json(int status, const QJsonObject &body)
{
    Response r;
    r.status = status;
    r.body = toJson(body);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

Response Response::error(int status, const QString &code, const QString &message)
{
    return json(status,
        QJsonObject { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
                { QStringLiteral("target"), QJsonValue() } } } });
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

Quirks Quirks::live()
{
    Quirks q;
    q.refuseUpdatedFilter = true;
    q.ignoreRequestId = true;
    q.retryAfterAsDate = true;
    q.serviceExpiry = true;
    q.outgoingReferrals = true;
    return q;
}

namespace {

struct QuirkField
{
    const char *name;
    bool Quirks::*member;
};

constexpr QuirkField kQuirkFields[] = {
    { "refuseUpdatedFilter", &Quirks::refuseUpdatedFilter },
    { "ignoreRequestId", &Quirks::ignoreRequestId },
    { "retryAfterAsDate", &Quirks::retryAfterAsDate },
    { "serviceExpiry", &Quirks::serviceExpiry },
    { "outgoingReferrals", &Quirks::outgoingReferrals },
    { "ignoreSelect", &Quirks::ignoreSelect },
};

} // namespace

QJsonObject Quirks::toJson() const
{
    QJsonObject o;
    for (const QuirkField &f : kQuirkFields)
        o.insert(QLatin1String(f.name), this->*f.member);
    return o;
}

bool Quirks::apply(const QJsonObject &o, QString *error)
{
    if (o.value(QLatin1String("live")).toBool())
        *this = live();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("live"))
            continue;
        bool known = false;
        for (const QuirkField &f : kQuirkFields) {
            if (it.key() == QLatin1String(f.name)) {
                this->*f.member = it.value().toBool();
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral("unknown quirk \"%1\"").arg(it.key());
            return false;
        }
    }
    return true;
}

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Status500:
        return QStringLiteral("500");
    case Fault::Status503:
        return QStringLiteral("503");
    case Fault::Throttle429:
        return QStringLiteral("429");
    case Fault::Reset:
        return QStringLiteral("reset");
    case Fault::Truncate:
        return QStringLiteral("truncate");
    case Fault::Malformed:
        return QStringLiteral("malformed");
    case Fault::Stall:
        return QStringLiteral("stall");
    }
    return {};
}

std::optional<Fault> faultFromName(const QString &name)
{
    for (Fault f : { Fault::None, Fault::Status500, Fault::Status503, Fault::Throttle429,
             Fault::Reset, Fault::Truncate, Fault::Malformed, Fault::Stall }) {
        if (faultName(f).compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

// -- service -------------------------------------------------------------------------------------

Service::Service(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_policy({}, QTimeZone::utc())
{
    if (!m_clock) {
        m_ownClock = std::make_unique<OffsetClock>();
        m_clock = m_ownClock.get();
    }
}

Service::~Service() = default;

QDateTime Service::now() const
{
    return m_clock->now();
}

void Service::advance(qint64 msecs)
{
    if (auto *own = dynamic_cast<OffsetClock *>(m_clock))
        own->advance(msecs);
    else if (auto *test = dynamic_cast<TestClock *>(m_clock))
        test->advance(msecs);
    sweepTimers();
}

void Service::setNow(const QDateTime &instant)
{
    if (auto *own = dynamic_cast<OffsetClock *>(m_clock))
        own->setNow(instant);
    else if (auto *test = dynamic_cast<TestClock *>(m_clock))
        test->setNow(instant);
    sweepTimers();
}

void Service::setRetryAfter(Response &response) const
{
    if (!m_quirks.retryAfterAsDate) {
        response.setHeader("Retry-After", QByteArray::number(m_retryAfterSecs));
        return;
    }
    // An HTTP date, and the service's own Date beside it: a client compares the two.
    const QLocale c = QLocale::c();
    auto httpDate = [&c](const QDateTime &t) {
        return c.toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    };
    const QDateTime t = now();
    response.setHeader("Date", httpDate(t));
    response.setHeader("Retry-After", httpDate(t.addSecs(m_retryAfterSecs)));
}

QDateTime Service::hardLimitOf(const Referral &r) const
{
    if (r.isOutgoing())
        return {};
    if (m_quirks.serviceExpiry) {
        // The live service goes by its own expiry alone; without one, it never archives.
        const Stage stage = r.stage();
        return stage == Stage::New || stage == Stage::Evaluating ? r.expirationDateTime
                                                                 : QDateTime();
    }
    return m_policy.hardLimit(r);
}

void Service::addServiceFields(QJsonObject &doc) const
{
    // Only where the document does not say: an explicit null means "this one has none".
    if (!m_quirks.serviceExpiry || doc.contains(QLatin1String("expirationDateTime")))
        return;
    const Referral r = ReferralJson::fromObject(doc).referral.value_or(Referral());
    if (r.isOutgoing() || !r.isOpen())
        return;
    const QDateTime arrived = r.createdDateTime.isValid() ? r.createdDateTime : now();
    doc.insert(QStringLiteral("expirationDateTime"),
        ReferralJson::formatInstant(arrived.addSecs(serviceExpirySecs)));
}

QString Service::newETag()
{
    return QStringLiteral("\"%1-%2\"")
        .arg(++m_serial)
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

void Service::store(QJsonObject doc, const QDateTime &interestedAt)
{
    const QString id = str(doc, "id");
    Stored s;
    s.doc = std::move(doc);
    s.interestedAt = interestedAt;
    Referral r = *ReferralJson::fromObject(s.doc).referral;
    if (interestedAt.isValid())
        r.interestedDateTime = interestedAt;
    s.hardLimit = hardLimitOf(r);
    if (s.hardLimit.isValid())
        m_timers.emplace(s.hardLimit, id);
    m_referrals[id] = std::move(s);
    emit referralChanged(id);
}

void Service::sweepTimers()
{
    const QDateTime t = now();
    while (!m_timers.empty() && m_timers.begin()->first <= t) {
        const auto [limit, id] = *m_timers.begin();
        m_timers.erase(m_timers.begin());
        auto it = m_referrals.find(id);
        if (it == m_referrals.end() || it->second.hardLimit != limit)
            continue; // re-armed or archived since
        QJsonObject doc = it->second.doc;
        const bool pending = same(str(doc, "substatus"), "Pending");
        doc.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        doc.insert(QStringLiteral("substatus"), QStringLiteral("Expired"));
        doc.insert(QStringLiteral("statusReason"),
            pending ? QStringLiteral("Missed") : QStringLiteral("Expired"));
        doc.insert(QStringLiteral("closedDateTime"), ReferralJson::formatInstant(limit));
        doc.insert(QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(limit));
        doc.insert(QStringLiteral("eTag"), newETag());
        store(doc, it->second.interestedAt);
        count(pending ? QStringLiteral("timer:missed") : QStringLiteral("timer:expired"));
    }
}

void Service::addReferrals(int n, quint32 seed)
{
    Generator generator(seed);
    const QDateTime t = now();
    int serial = 0;
    for (QJsonObject doc : generator.make(n, t)) {
        ++serial;
        // The live service's shape, added after generation so the default documents of a seed
        // stay exactly what they were.
        if (m_quirks.outgoingReferrals && serial % 15 == 7)
            doc.insert(QStringLiteral("direction"), QStringLiteral("Outgoing"));
        if (m_quirks.serviceExpiry) {
            const bool pending = same(str(doc, "status"), "New") && same(str(doc, "substatus"), "Pending");
            if (pending && serial % 9 == 4) {
                // Some unanswered for almost the whole 14 days: hours from being missed.
                const QDateTime created
                    = t.addSecs(-serviceExpirySecs + 1800 + qint64(serial % 23) * 1800);
                doc.insert(QStringLiteral("createdDateTime"), ReferralJson::formatInstant(created));
                doc.insert(QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(created));
            }
            doc.remove(QStringLiteral("expirationDateTime"));
        }
        putReferral(doc);
    }
    sweepTimers();
}

QString Service::putReferral(QJsonObject referral)
{
    if (str(referral, "id").isEmpty())
        referral.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    referral.insert(QStringLiteral("eTag"), newETag());
    addServiceFields(referral);
    QDateTime interested;
    if (same(str(referral, "status"), "New") && same(str(referral, "substatus"), "Received"))
        interested = ReferralJson::parseInstant(str(referral, "updatedDateTime"));
    const QString id = str(referral, "id");
    store(referral, interested);
    return id;
}

std::optional<QJsonObject> Service::referral(const QString &id) const
{
    const auto it = m_referrals.find(id);
    if (it == m_referrals.end())
        return std::nullopt;
    return it->second.doc;
}

QStringList Service::ids() const
{
    QStringList out;
    for (const auto &entry : m_referrals)
        out.append(entry.first);
    return out;
}

bool Service::removeReferral(const QString &id)
{
    return m_referrals.erase(id) > 0; // its timer entry finds nothing and is skipped
}

void Service::addFault(Fault fault, int count, double rate, const QByteArray &method)
{
    m_faults.append({ fault, count, rate, method.toUpper() });
}

Fault Service::takeFault(const Request &request)
{
    if (!request.path.startsWith(QLatin1String("/v1.0/")))
        return Fault::None;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        if (rule.remaining > 0) {
            const Fault f = rule.fault;
            if (--rule.remaining == 0 && rule.rate <= 0)
                m_faults.removeAt(i);
            count(QStringLiteral("fault:") + faultName(f));
            return f;
        }
    }
    // One draw for all rate rules, so that their rates add up: 0.1 + 0.15 faults 25% of calls.
    m_faultRandom = m_faultRandom * 1103515245u + 12345u;
    const double draw = double((m_faultRandom >> 8) & 0xFFFF) / 65536.0;
    double cumulative = 0;
    for (const FaultRule &rule : std::as_const(m_faults)) {
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        cumulative += rule.rate;
        if (rule.rate > 0 && draw < cumulative) {
            count(QStringLiteral("fault:") + faultName(rule.fault));
            return rule.fault;
        }
    }
    return Fault::None;
}

Response Service::handle(const Request &request)
{
    sweepTimers();
    return route(request);
}

bool Service::authorized(const Request &r, Response *denied)
{
    const QByteArray auth = r.header("authorization");
    const QString token
        = auth.startsWith("Bearer ") ? QString::fromLatin1(auth.mid(7)).trimmed() : QString();
    if (!token.isEmpty() && token == m_devToken)
        return true;
    const auto it = m_accessTokens.constFind(token);
    if (!token.isEmpty() && it != m_accessTokens.constEnd() && *it > now())
        return true;
    count(QStringLiteral("unauthorized"));
    *denied = Response::error(401, QStringLiteral("InvalidAuthenticationToken"),
        token.isEmpty()                       ? QStringLiteral("No access token was sent.")
            : it == m_accessTokens.constEnd() ? QStringLiteral("The access token is not valid.")
                                              : QStringLiteral("The access token has expired."));
    denied->setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return false;
}

Response Service::route(const Request &r)
{
    static const QString collection = QStringLiteral("/v1.0/engagements/referrals");
    if (r.path.startsWith(QLatin1String("/_sim/"))) {
        count(QStringLiteral("control"));
        return control(r);
    }
    if (r.path.endsWith(QLatin1String("/oauth2/v2.0/authorize")))
        return authorize(r);
    if (r.path.endsWith(QLatin1String("/oauth2/v2.0/token")))
        return token(r);
    if (r.path.endsWith(QLatin1String("/oauth2/v2.0/devicecode")))
        return deviceCode(r);
    if (r.path == collection || r.path == collection + QLatin1Char('/')) {
        Response denied;
        if (!authorized(r, &denied))
            return denied;
        if (r.method == "GET")
            return list(r);
        if (r.method == "POST")
            return create(r);
        return Response::error(
            405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Use GET or POST here."));
    }
    if (r.path.startsWith(collection + QLatin1Char('/'))) {
        Response denied;
        if (!authorized(r, &denied))
            return denied;
        const QString id = QUrl::fromPercentEncoding(r.path.mid(collection.size() + 1).toUtf8());
        if (r.method == "GET")
            return getOne(id);
        if (r.method == "PATCH")
            return patch(id, r, false);
        return Response::error(
            405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Use GET or PATCH here."));
    }
    return Response::error(
        404, QStringLiteral("NotFound"), QStringLiteral("No resource at %1.").arg(r.path));
}

Response Service::withETag(const QJsonObject &doc, int status) const
{
    Response resp = Response::json(status, doc);
    resp.setHeader("ETag", str(doc, "eTag").toUtf8());
    return resp;
}

Response Service::getOne(const QString &id)
{
    count(QStringLiteral("get"));
    const auto it = m_referrals.find(id);
    if (it == m_referrals.end())
        return Response::error(
            404, QStringLiteral("NotFound"), QStringLiteral("Referral %1 does not exist.").arg(id));
    return withETag(it->second.doc, 200);
}

Response Service::list(const Request &r)
{
    count(QStringLiteral("list"));
    QString snapshotId;
    int offset = 0;
    int top = pageSizeCap();
    QStringList select;
    const QString skipToken
        = r.query.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded);
    if (!skipToken.isEmpty()) {
        // The token is opaque to clients: snapshot id, position, page size and $select.
        const QJsonObject t = QJsonDocument::fromJson(
            QByteArray::fromBase64(skipToken.toLatin1(), QByteArray::Base64UrlEncoding))
                                  .object();
        snapshotId = str(t, "s");
        offset = t.value(QLatin1String("o")).toInt();
        top = t.value(QLatin1String("t")).toInt(pageSizeCap());
        for (const QJsonValue &v : t.value(QLatin1String("f")).toArray())
            select.append(v.toString());
        if (!m_snapshots.contains(snapshotId))
            return Response::error(400, QStringLiteral("InvalidSkipToken"),
                QStringLiteral("The $skiptoken has expired; start the listing again."));
    } else {
        QString error;
        const auto clauses
            = parseFilter(r.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                m_quirks.refuseUpdatedFilter, &error);
        if (!clauses) {
            count(QStringLiteral("refused:filter"));
            return Response::error(400, QStringLiteral("InvalidFilter"), error);
        }
        const QString orderby
            = r.query.queryItemValue(QStringLiteral("$orderby"), QUrl::FullyDecoded).trimmed();
        const QStringList orderParts = orderby.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString orderField = orderParts.value(0, QStringLiteral("createdDateTime"));
        const bool descending = orderParts.size() > 1 && same(orderParts.at(1), "desc");
        if (!same(orderField, "createdDateTime") && !same(orderField, "updatedDateTime"))
            return Response::error(400, QStringLiteral("InvalidOrderBy"),
                QStringLiteral("$orderby takes createdDateTime or updatedDateTime."));
        if (r.query.hasQueryItem(QStringLiteral("$top"))) {
            bool ok = false;
            top = r.query.queryItemValue(QStringLiteral("$top")).toInt(&ok);
            if (!ok || top <= 0)
                return Response::error(400, QStringLiteral("InvalidTop"),
                    QStringLiteral("$top must be a positive number."));
            top = std::min(top, pageSizeCap()); // the remote caps the page; clients must not assume
        }
        select = r.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded)
                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &s : select)
            s = s.trimmed();

        // Fix the walk's membership and order now, so that changes between pages neither skip
        // nor repeat a referral; each page serves the current copy of its referrals.
        QList<QPair<QDateTime, QString>> keyed;
        for (const auto &[id, stored] : m_referrals) {
            if (matches(stored.doc, *clauses))
                keyed.append(
                    { ReferralJson::parseInstant(stored.doc.value(orderField).toString()), id });
        }
        std::sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
            if (a.first != b.first)
                return descending ? a.first > b.first : a.first < b.first;
            return a.second < b.second;
        });
        Snapshot snap;
        snap.ids.reserve(keyed.size());
        for (const auto &k : std::as_const(keyed))
            snap.ids.append(k.second);
        snap.lastUsed = QDateTime::currentDateTimeUtc();
        snapshotId = QUuid::createUuid().toString(QUuid::Id128);
        if (m_snapshots.size() >= 64) {
            // Forget the least recently used walk.
            auto oldest = std::min_element(m_snapshots.begin(), m_snapshots.end(),
                [](const Snapshot &a, const Snapshot &b) { return a.lastUsed < b.lastUsed; });
            m_snapshots.erase(oldest);
        }
        m_snapshots.insert(snapshotId, snap);
    }

    Snapshot &snap = m_snapshots[snapshotId];
    snap.lastUsed = QDateTime::currentDateTimeUtc();
    QJsonArray value;
    const int end = std::min<int>(offset + top, int(snap.ids.size()));
    for (int i = offset; i < end; ++i) {
        const auto it = m_referrals.find(snap.ids.at(i));
        if (it == m_referrals.end())
            continue;
        if (select.isEmpty() || m_quirks.ignoreSelect) {
            value.append(it->second.doc);
        } else {
            QJsonObject projected { { QStringLiteral("id"), it->first } };
            for (const QString &field : std::as_const(select))
                projected.insert(field, it->second.doc.value(field));
            value.append(projected);
        }
    }
    QJsonObject body {
        { QStringLiteral("@odata.context"),
            r.base.toString() + QStringLiteral("/v1.0/$metadata#engagements/referrals") },
        { QStringLiteral("value"), value },
    };
    if (same(r.query.queryItemValue(QStringLiteral("$count")), "true"))
        body.insert(QStringLiteral("@odata.count"), int(snap.ids.size()));
    if (end < snap.ids.size()) {
        const QJsonObject next { { QStringLiteral("s"), snapshotId }, { QStringLiteral("o"), end },
            { QStringLiteral("t"), top },
            { QStringLiteral("f"), QJsonArray::fromStringList(select) } };
        QUrl link = r.base;
        link.setPath(r.path);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$skiptoken"),
            QString::fromLatin1(toJson(next).toBase64(QByteArray::Base64UrlEncoding)));
        link.setQuery(q);
        body.insert(QStringLiteral("@odata.nextLink"), link.toString());
    } else {
        m_snapshots.remove(snapshotId);
    }
    return Response::json(200, body);
}

Response Service::create(const Request &r)
{
    count(QStringLiteral("create"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Response::error(400, QStringLiteral("InvalidJson"),
            QStringLiteral("The body must be a referral object."));
    QJsonObject referral = doc.object();
    if (!str(referral, "id").isEmpty() && m_referrals.count(str(referral, "id")))
        return Response::error(
            409, QStringLiteral("Conflict"), QStringLiteral("A referral with this id exists."));
    const QString stamp = ReferralJson::formatInstant(now());
    referral.insert(QStringLiteral("createdDateTime"), stamp);
    referral.insert(QStringLiteral("updatedDateTime"), stamp);
    if (str(referral, "status").isEmpty()) {
        referral.insert(QStringLiteral("status"), QStringLiteral("New"));
        referral.insert(QStringLiteral("substatus"), QStringLiteral("Pending"));
    }
    return withETag(m_referrals[putReferral(referral)].doc, 201);
}

Response Service::patch(const QString &id, const Request &r, bool asColleague)
{
    count(asColleague ? QStringLiteral("colleague") : QStringLiteral("patch"));
    // The live service documents no idempotency key: with that quirk, a repeat is a new write.
    const QString requestId = asColleague || m_quirks.ignoreRequestId
        ? QString()
        : QString::fromLatin1(r.header("ms-requestid")).trimmed();
    if (!requestId.isEmpty()) {
        ++m_requestSeen[requestId];
        const auto done = m_requestResults.constFind(requestId);
        if (done != m_requestResults.constEnd())
            return *done; // a retry of a write already applied: the first answer again
    }
    auto it = m_referrals.find(id);
    if (it == m_referrals.end())
        return Response::error(
            404, QStringLiteral("NotFound"), QStringLiteral("Referral %1 does not exist.").arg(id));
    const QByteArray ifMatch = r.header("if-match");
    const QString currentETag = str(it->second.doc, "eTag");
    if (!ifMatch.isEmpty() && ifMatch != "*" && QString::fromUtf8(ifMatch) != currentETag) {
        Response resp = Response::error(412, QStringLiteral("PreconditionFailed"),
            QStringLiteral("The referral changed since it was read (eTag %1 is current).")
                .arg(currentETag));
        resp.setHeader("ETag", currentETag.toUtf8());
        return resp;
    }

    QJsonParseError err;
    const QJsonDocument body = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !body.isArray())
        return Response::error(400, QStringLiteral("InvalidJsonPatch"),
            QStringLiteral("The body must be a JSON Patch array."));
    for (const QJsonValue &op : body.array()) {
        const QString path = op.toObject().value(QLatin1String("path")).toString();
        for (const char *fixed : { "/id", "/eTag", "/createdDateTime", "/updatedDateTime" }) {
            if (path.compare(QLatin1String(fixed), Qt::CaseInsensitive) == 0)
                return Response::error(400, QStringLiteral("ReadOnlyField"),
                    QStringLiteral("%1 cannot be changed.").arg(path));
        }
    }
    QJsonObject next = it->second.doc;
    QString why;
    if (!JsonPatch::apply(next, body.array(), &why))
        return Response::error(400, QStringLiteral("InvalidJsonPatch"), why);

    // The same lifecycle rules as the client: which transition is this, and is its input valid?
    const Referral before = *ReferralJson::fromObject(it->second.doc).referral;
    const Referral after = *ReferralJson::fromObject(next).referral;
    ActionInput input;
    input.dealValue = after.details.dealValue;
    input.currency = after.details.currency;
    if (after.details.closingDateTime.isValid())
        input.closingDate = after.details.closingDateTime.toUTC().date();
    input.reason = after.statusReason;
    // Allow a day for partners west of UTC, whose "today" is still yesterday here.
    const QDate today = now().date().addDays(-1);
    std::optional<Action> action;
    if (asColleague && before.isOutgoing()) {
        // The partner the referral was sent to answers it, under their own rules.
        const QString stamp = ReferralJson::formatInstant(now());
        next.insert(QStringLiteral("updatedDateTime"), stamp);
        next.insert(QStringLiteral("eTag"), newETag());
        store(next, it->second.interestedAt);
        return withETag(next, 200);
    }
    if (before.stage() == Stage::Archived || before.hasUnknownStatus())
        return Response::error(
            400, QStringLiteral("InvalidTransition"), Lifecycle::whatIsAllowed(before));
    const bool statusChanged
        = !same(before.status, after.status) || !same(before.substatus, after.substatus);
    if (statusChanged) {
        const Move move = Lifecycle::move(before, after.stage());
        for (Action candidate : move.actions) {
            const Referral expected = Lifecycle::applied(before, candidate, input, now());
            if (same(expected.status, after.status) && same(expected.substatus, after.substatus))
                action = candidate;
        }
        if (!action) {
            return Response::error(400, QStringLiteral("InvalidTransition"),
                move.refusal.isEmpty() ? QStringLiteral("%1/%2 cannot follow %3/%4. %5")
                                             .arg(after.status, after.substatus, before.status,
                                                 before.substatus, Lifecycle::whatIsAllowed(before))
                                       : move.refusal);
        }
        if (*action == Action::NoThanks && str(next, "statusReason").isEmpty())
            next.insert(QStringLiteral("statusReason"), QStringLiteral("Skipped"));
    } else if (before.stage() == Stage::Negotiating && before.details != after.details) {
        action = Action::EditDeal;
        input.note = after.details.notes;
    }
    if (action && *action != Action::NoThanks) {
        const QList<FieldError> errors = Lifecycle::validate(before, *action, input, today);
        if (!errors.isEmpty()) {
            QStringList messages;
            for (const FieldError &e : errors)
                messages.append(e.message);
            return Response::error(
                400, QStringLiteral("InvalidValue"), messages.join(QLatin1Char(' ')));
        }
    }

    const QString stamp = ReferralJson::formatInstant(now());
    next.insert(QStringLiteral("updatedDateTime"), stamp);
    next.insert(QStringLiteral("eTag"), newETag());
    QDateTime interested = it->second.interestedAt;
    if (action == Action::Interested)
        interested = now();
    if (action == Action::Accept)
        next.insert(QStringLiteral("acceptedDateTime"), stamp);
    if (after.stage() == Stage::Archived)
        next.insert(QStringLiteral("closedDateTime"), stamp);
    store(next, interested);

    Response resp;
    if (r.header("prefer").contains("return=representation")) {
        resp = withETag(next, 200);
    } else {
        resp.status = 204;
        resp.setHeader("ETag", str(next, "eTag").toUtf8());
    }
    if (!requestId.isEmpty()) {
        m_requestResults.insert(requestId, resp);
        ++m_writesApplied[requestId];
    }
    return resp;
}

// -- OAuth ---------------------------------------------------------------------------------------

QJsonObject Service::issueTokens(const QString &clientId, const QString &scope)
{
    const QString access = QStringLiteral("at-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString refresh = QStringLiteral("rt-") + QUuid::createUuid().toString(QUuid::Id128);
    m_accessTokens.insert(access, now().addSecs(m_accessLifetimeSecs));
    m_refreshTokens.insert(refresh, clientId);
    return QJsonObject { { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("scope"), scope }, { QStringLiteral("expires_in"), m_accessLifetimeSecs },
        { QStringLiteral("access_token"), access }, { QStringLiteral("refresh_token"), refresh } };
}

Response Service::authorize(const Request &r)
{
    count(QStringLiteral("authorize"));
    const QUrl redirect(r.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    const bool loopback = redirect.scheme() == QLatin1String("http")
        && (redirect.host() == QLatin1String("127.0.0.1")
            || redirect.host() == QLatin1String("localhost")
            || redirect.host() == QLatin1String("[::1]")
            || redirect.host() == QLatin1String("::1"));
    if (!redirect.isValid() || !loopback)
        return Response::error(400, QStringLiteral("invalid_request"),
            QStringLiteral("redirect_uri must be a loopback http URL."));
    QUrlQuery answer;
    const QString state = r.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString challenge
        = r.query.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    if (r.query.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code")) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("unsupported_response_type"));
    } else if (challenge.isEmpty()
        || r.query.queryItemValue(QStringLiteral("code_challenge_method"))
            != QLatin1String("S256")) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
        answer.addQueryItem(
            QStringLiteral("error_description"), QStringLiteral("PKCE with S256 is required."));
    } else {
        // The simulator's user consents at once.
        const QString code = QStringLiteral("code-") + QUuid::createUuid().toString(QUuid::Id128);
        m_codes.insert(code,
            { challenge, redirect.toString(), r.query.queryItemValue(QStringLiteral("client_id")),
                now().addSecs(600) });
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    if (!state.isEmpty())
        answer.addQueryItem(QStringLiteral("state"), state);
    QUrl target = redirect;
    target.setQuery(answer);
    Response resp;
    resp.status = 302;
    resp.setHeader("Location", target.toEncoded());
    return resp;
}

Response Service::token(const Request &r)
{
    count(QStringLiteral("token"));
    if (r.method != "POST")
        return oauthError("invalid_request", QStringLiteral("Use POST."));
    const QUrlQuery form = formBody(r.body);
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (grant == QLatin1String("authorization_code")) {
        const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd() || it->expires <= now())
            return oauthError("invalid_grant",
                QStringLiteral("The authorization code is unknown, used or expired."));
        const IssuedCode issued = *it;
        m_codes.remove(code); // single use
        if (issued.clientId != clientId
            || issued.redirectUri
                != form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
            return oauthError("invalid_grant",
                QStringLiteral(
                    "client_id or redirect_uri does not match the authorization request."));
        const QByteArray verifier
            = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
        if (base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256))
            != issued.challenge)
            return oauthError("invalid_grant",
                QStringLiteral("The code_verifier does not match the code_challenge."));
        return Response::json(200, issueTokens(clientId, scope));
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh
            = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        if (!m_refreshTokens.contains(refresh))
            return oauthError("invalid_grant",
                QStringLiteral("The refresh token is unknown or was already used."));
        const QString owner
            = m_refreshTokens.take(refresh); // rotation: each refresh token works once
        return Response::json(200, issueTokens(owner, scope));
    }
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
        const QString device
            = form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
        const auto it = m_deviceCodes.constFind(device);
        if (it == m_deviceCodes.constEnd())
            return oauthError("invalid_grant", QStringLiteral("Unknown device code."));
        if (it->expires <= now()) {
            m_deviceCodes.remove(device);
            return oauthError(
                "expired_token", QStringLiteral("The device code expired; start again."));
        }
        if (!it->approved)
            return oauthError(
                "authorization_pending", QStringLiteral("Waiting for the user to sign in."));
        const QString owner = it->clientId;
        m_deviceCodes.remove(device);
        return Response::json(200, issueTokens(owner, scope));
    }
    return oauthError(
        "unsupported_grant_type", QStringLiteral("grant_type \"%1\" is not supported.").arg(grant));
}

Response Service::deviceCode(const Request &r)
{
    count(QStringLiteral("devicecode"));
    const QUrlQuery form = formBody(r.body);
    DeviceCode code;
    code.clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    code.userCode = QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
    code.expires = now().addSecs(900);
    const QString device = QStringLiteral("dc-") + QUuid::createUuid().toString(QUuid::Id128);
    m_deviceCodes.insert(device, code);
    const QString verification = r.base.toString() + QStringLiteral("/_sim/device");
    return Response::json(200,
        QJsonObject {
            { QStringLiteral("device_code"), device },
            { QStringLiteral("user_code"), code.userCode },
            { QStringLiteral("verification_uri"), verification },
            { QStringLiteral("expires_in"), 900 },
            { QStringLiteral("interval"), 1 },
            { QStringLiteral("message"),
                QStringLiteral("To sign in, open %1 and enter the code %2.")
                    .arg(verification, code.userCode) },
        });
}

// -- controls ------------------------------------------------------------------------------------

Response Service::control(const Request &r)
{
    const QString what = r.path.mid(6); // after "/_sim/"
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonObject body = doc.object();
    auto ok = [](const QJsonObject &extra = {}) { return Response::json(200, extra); };

    if (what == QLatin1String("clock")) {
        if (r.method == "POST") {
            if (body.contains(QLatin1String("now"))) {
                const QDateTime t = ReferralJson::parseInstant(str(body, "now"));
                if (!t.isValid())
                    return Response::error(400, QStringLiteral("InvalidValue"),
                        QStringLiteral("\"now\" must be an ISO-8601 instant."));
                setNow(t);
            } else {
                advance(qint64(body.value(QLatin1String("advanceSecs")).toDouble() * 1000)
                    + qint64(body.value(QLatin1String("advanceMsecs")).toDouble()));
            }
        }
        return ok({ { QStringLiteral("now"), ReferralJson::formatInstant(now()) } });
    }
    if (what == QLatin1String("referrals") && r.method == "POST") {
        QJsonArray ids;
        if (body.contains(QLatin1String("referral"))) {
            ids.append(putReferral(body.value(QLatin1String("referral")).toObject()));
        } else {
            addReferrals(body.value(QLatin1String("count")).toInt(1),
                quint32(body.value(QLatin1String("seed")).toInt(1)));
        }
        return ok({ { QStringLiteral("ids"), ids }, { QStringLiteral("count"), count() } });
    }
    static const QRegularExpression changeRe(QStringLiteral("^referrals/([^/]+)/change$"));
    if (const QRegularExpressionMatch m = changeRe.match(what);
        m.hasMatch() && r.method == "POST") {
        // A colleague in Partner Center: the lifecycle rules hold, no eTag or request id needed.
        Request colleague = r;
        colleague.headers.clear();
        colleague.headers.insert("prefer", "return=representation");
        if (doc.isObject())
            colleague.body = QJsonDocument(body.value(QLatin1String("patch")).toArray())
                                 .toJson(QJsonDocument::Compact);
        return patch(QUrl::fromPercentEncoding(m.captured(1).toUtf8()), colleague, true);
    }
    if (what == QLatin1String("faults") && r.method == "POST") {
        QJsonArray rules = doc.isArray() ? doc.array() : QJsonArray { body };
        for (const QJsonValue &v : rules) {
            const QJsonObject rule = v.toObject();
            if (rule.value(QLatin1String("clear")).toBool()) {
                m_faults.clear();
                continue;
            }
            const auto fault
                = faultFromName(rule.value(QLatin1String("fault")).toVariant().toString());
            if (!fault)
                return Response::error(400, QStringLiteral("InvalidValue"),
                    QStringLiteral(
                        "fault is one of 500, 503, 429, reset, truncate, malformed, stall."));
            if (rule.contains(QLatin1String("retryAfterSecs")))
                m_retryAfterSecs = rule.value(QLatin1String("retryAfterSecs")).toInt();
            m_faults.append({ *fault, rule.value(QLatin1String("count")).toInt(0),
                rule.value(QLatin1String("rate")).toDouble(0),
                rule.value(QLatin1String("method")).toString().toUpper().toLatin1() });
        }
        return ok({ { QStringLiteral("rules"), int(m_faults.size()) } });
    }
    if (what == QLatin1String("counters")) {
        auto toObject = [](const auto &map) {
            QJsonObject o;
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                o.insert(it.key(), it.value());
            return o;
        };
        return ok({ { QStringLiteral("requests"), toObject(m_counters) },
            { QStringLiteral("writesApplied"), toObject(m_writesApplied) },
            { QStringLiteral("requestsSeen"), toObject(m_requestSeen) },
            { QStringLiteral("referrals"), count() } });
    }
    if (what == QLatin1String("reset") && r.method == "POST") {
        m_referrals.clear();
        m_timers.clear();
        m_snapshots.clear();
        m_requestResults.clear();
        m_requestSeen.clear();
        m_writesApplied.clear();
        m_counters.clear();
        m_faults.clear();
        m_accessTokens.clear();
        m_refreshTokens.clear();
        m_codes.clear();
        m_deviceCodes.clear();
        return ok();
    }
    if (what == QLatin1String("quirks")) {
        if (r.method == "POST") {
            QString error;
            Quirks q = m_quirks;
            if (!q.apply(body, &error))
                return Response::error(400, QStringLiteral("InvalidValue"), error);
            m_quirks = q;
        }
        return ok(m_quirks.toJson());
    }
    if (what == QLatin1String("tokens") && r.method == "POST") {
        if (body.contains(QLatin1String("accessTokenLifetimeSecs")))
            m_accessLifetimeSecs = body.value(QLatin1String("accessTokenLifetimeSecs")).toInt();
        return ok({ { QStringLiteral("accessTokenLifetimeSecs"), m_accessLifetimeSecs } });
    }
    if (what == QLatin1String("device")) {
        const QString userCode
            = r.query.queryItemValue(QStringLiteral("user_code")).trimmed().toUpper();
        for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end(); ++it) {
            if (it->userCode == userCode) {
                it->approved = true;
                Response page;
                page.body = "<!doctype html><title>Signed in</title><p>You are signed in to the "
                            "referral service simulator. You can close this page.</p>";
                page.setHeader("Content-Type", "text/html; charset=utf-8");
                return page;
            }
        }
        return Response::error(404, QStringLiteral("NotFound"),
            QStringLiteral("No sign-in waits for code \"%1\".").arg(userCode));
    }
    if (what == QLatin1String("state")) {
        if (r.method == "POST") {
            QString error;
            if (!loadState(body, &error))
                return Response::error(400, QStringLiteral("InvalidState"), error);
            return ok({ { QStringLiteral("referrals"), count() } });
        }
        return Response::json(200, state());
    }
    return Response::error(
        404, QStringLiteral("NotFound"), QStringLiteral("No simulator control at %1.").arg(r.path));
}

QJsonObject Service::state() const
{
    QJsonArray referrals;
    for (const auto &[id, stored] : m_referrals) {
        Q_UNUSED(id);
        referrals.append(QJsonObject { { QStringLiteral("doc"), stored.doc },
            { QStringLiteral("interestedAt"), ReferralJson::formatInstant(stored.interestedAt) } });
    }
    return QJsonObject { { QStringLiteral("format"), 1 },
        { QStringLiteral("now"), ReferralJson::formatInstant(now()) },
        { QStringLiteral("referrals"), referrals } };
}

bool Service::loadState(const QJsonObject &state, QString *error)
{
    if (state.value(QLatin1String("format")).toInt() != 1) {
        *error = QStringLiteral("not a simulator state (format 1)");
        return false;
    }
    m_referrals.clear();
    m_timers.clear();
    m_snapshots.clear();
    for (const QJsonValue &v : state.value(QLatin1String("referrals")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject doc = o.value(QLatin1String("doc")).toObject();
        if (str(doc, "id").isEmpty())
            continue;
        store(doc, ReferralJson::parseInstant(str(o, "interestedAt")));
    }
    sweepTimers();
    return true;
}

} // namespace rd::sim
