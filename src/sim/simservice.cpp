#include "simservice.h"

#include "domain/jsonpatch.h"
#include "domain/lifecycle.h"
#include "domain/referraljson.h"
#include "simclock.h"
#include "simcontrols.h"
#include "simgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace rd::sim {

namespace {

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

} // namespace

// -- service -------------------------------------------------------------------------------------

Service::Service(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_policy({}, QTimeZone::utc())
    , m_oauth([this] { return now(); })
    , m_listing(
          [this](const QString &id) {
              const auto it = m_referrals.find(id);
              return it == m_referrals.end() ? nullptr : &it->second.doc;
          },
          [this](const QString &id) {
              const auto it = m_referrals.find(id);
              return it == m_referrals.end() ? QByteArray() : it->second.compact;
          },
          [this](const Listing::Visit &visit) {
              for (const auto &[id, stored] : m_referrals)
                  visit(id, stored.doc);
          })
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
    s.compact = QJsonDocument(s.doc).toJson(QJsonDocument::Compact);
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
        Generator::shapeLikeTheLiveService(doc, ++serial, t, m_quirks.outgoingReferrals,
            m_quirks.serviceExpiry ? serviceExpirySecs : 0);
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
    const OAuthServer::TokenCheck check = m_oauth.check(token);
    if (check == OAuthServer::TokenCheck::Valid)
        return true;
    count(QStringLiteral("unauthorized"));
    *denied = Response::error(401, QStringLiteral("InvalidAuthenticationToken"),
        check == OAuthServer::TokenCheck::Missing       ? QStringLiteral("No access token was sent.")
            : check == OAuthServer::TokenCheck::Unknown ? QStringLiteral("The access token is not valid.")
                                                        : QStringLiteral("The access token has expired."));
    denied->setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return false;
}

Response Service::route(const Request &r)
{
    static const QString collection = QStringLiteral("/v1.0/engagements/referrals");
    if (r.path.startsWith(QLatin1String("/_sim/"))) {
        count(QStringLiteral("control"));
        return Controls(*this).handle(r);
    }
    if (r.path.endsWith(QLatin1String("/oauth2/v2.0/authorize"))) {
        count(QStringLiteral("authorize"));
        return m_oauth.authorize(r);
    }
    if (r.path.endsWith(QLatin1String("/oauth2/v2.0/token"))) {
        count(QStringLiteral("token"));
        return m_oauth.token(r);
    }
    if (r.path.endsWith(QLatin1String("/oauth2/v2.0/devicecode"))) {
        count(QStringLiteral("devicecode"));
        return m_oauth.deviceCode(r);
    }
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
    bool refusedFilter = false;
    Response answer = m_listing.page(r, m_quirks, pageSizeCap(), &refusedFilter);
    if (refusedFilter)
        count(QStringLiteral("refused:filter"));
    return answer;
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

// -- what the controls use ------------------------------------------------------------------------

Response Service::changeAsColleague(const QString &id, const QJsonArray &patchOps)
{
    // A colleague in Partner Center: the lifecycle rules hold, no eTag or request id needed.
    Request colleague;
    colleague.method = "PATCH";
    colleague.headers.insert("prefer", "return=representation");
    colleague.body = QJsonDocument(patchOps).toJson(QJsonDocument::Compact);
    return patch(id, colleague, true);
}

QJsonObject Service::counters() const
{
    auto toObject = [](const auto &map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    return { { QStringLiteral("requests"), toObject(m_counters) },
        { QStringLiteral("writesApplied"), toObject(m_writesApplied) },
        { QStringLiteral("requestsSeen"), toObject(m_requestSeen) },
        { QStringLiteral("referrals"), count() } };
}

void Service::reset()
{
    m_referrals.clear();
    m_timers.clear();
    m_listing.clear();
    m_requestResults.clear();
    m_requestSeen.clear();
    m_writesApplied.clear();
    m_counters.clear();
    m_faults.clear();
    m_oauth.reset();
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
    m_listing.clear();
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
