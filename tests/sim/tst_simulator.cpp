// The referral service simulator, started in-process on port 0 and spoken to with
// QNetworkAccessManager only: paging, filters, PATCH rules, eTags, request ids, timers, OAuth,
// faults and https.

#include "domain/customerkey.h"
#include "domain/jsonpatch.h"
#include "domain/lifecycle.h"
#include "domain/money.h"
#include "domain/referraljson.h"
#include "remote/apierror.h"
#include "simgenerator.h"
#include "simserver.h"
#include "support/referralbuilder.h"
#include "support/selfsigned.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {

const QByteArray kToken = "test-token";
const QString kCollection = QStringLiteral("/v1.0/engagements/referrals");

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;
};

QJsonObject newReferral(const QString &id, const QDateTime &created)
{
    return ReferralBuilder().set("id", id).created(created).updated(created).without("eTag").json();
}

} // namespace

class SimulatorTest : public QObject
{
    Q_OBJECT

    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    QNetworkAccessManager m_nam;

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl u = m_server->url();
        u.setPath(path);
        u.setQuery(query);
        return u;
    }

    Reply send(const QByteArray &verb, const QUrl &target, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true,
        int timeoutMs = 0)
    {
        QNetworkRequest request(target);
        if (auth)
            request.setRawHeader("Authorization", "Bearer " + kToken);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (timeoutMs)
            request.setTransferTimeout(timeoutMs);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }

    Reply get(const QString &path, const QUrlQuery &query = {})
    {
        return send("GET", url(path, query));
    }
    Reply control(const QString &what, const QJsonObject &body = {})
    {
        return send("POST", url(QStringLiteral("/_sim/") + what),
            QJsonDocument(body).toJson(QJsonDocument::Compact), {}, false);
    }
    Reply patch(const QString &id, const QJsonArray &ops,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("PATCH", url(kCollection + QLatin1Char('/') + id),
            QJsonDocument(ops).toJson(QJsonDocument::Compact), headers);
    }
    QJsonObject referral(const QString &id)
    {
        return get(kCollection + QLatin1Char('/') + id).json;
    }

    /// Every id of a full walk, following nextLink as an opaque URL.
    QStringList walk(const QUrlQuery &query, const std::function<void(int page)> &betweenPages = {})
    {
        QStringList ids;
        QUrl next = url(kCollection, query);
        for (int page = 0; next.isValid() && page < 10000; ++page) {
            const Reply r = send("GET", next);
            if (r.status != 200)
                return ids << QStringLiteral("HTTP %1").arg(r.status);
            for (const QJsonValue &v : r.json.value(QStringLiteral("value")).toArray())
                ids.append(v.toObject().value(QStringLiteral("id")).toString());
            next = QUrl(r.json.value(QStringLiteral("@odata.nextLink")).toString());
            if (betweenPages && next.isValid())
                betweenPages(page);
        }
        return ids;
    }

    /// Puts referral "x" in the given stage ("new", "evaluating", "negotiating" or "archived").
    void putReferralIn(const QString &stage)
    {
        ReferralBuilder b;
        b.set("id", QStringLiteral("x"))
            .created(m_clock.now().addSecs(-3600))
            .updated(m_clock.now().addSecs(-1800));
        if (stage == QLatin1String("evaluating"))
            b.inEvaluating();
        else if (stage == QLatin1String("negotiating"))
            b.inNegotiating(100000, QStringLiteral("EUR"), QDate(2026, 4, 30));
        else if (stage == QLatin1String("archived"))
            b.archived();
        m_service->putReferral(b.json());
    }

private slots:
    void init()
    {
        m_clock.setNow(utc(2026, 3, 2, 9, 0));
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(QString::fromLatin1(kToken));
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn(QHostAddress::LocalHost, 0) > 0);
    }

    void cleanup()
    {
        m_nam.clearConnectionCache();
        m_server.reset();
        m_service.reset();
    }

    void requestsWithoutAValidTokenAreRefused()
    {
        const Reply anonymous = send("GET", url(kCollection), {}, {}, false);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(anonymous.headers.value("www-authenticate").startsWith("Bearer"));
        QCOMPARE(
            send("GET", url(kCollection), {}, { { "Authorization", "Bearer nope" } }, false).status,
            401);
        QCOMPARE(get(kCollection).status, 200);
    }

    void pagingStaysCorrectWhileReferralsChange()
    {
        m_service->addReferrals(250, 42);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("updatedDateTime asc"));
        q.addQueryItem(QStringLiteral("$top"), QStringLiteral("100"));
        const QStringList before = walk(q);
        QCOMPARE(before.size(), 250);

        // Between pages a colleague touches a referral already served and one not served yet
        // (both move to the end of updatedDateTime order), and a new referral arrives.
        const QStringList served = walk(q, [&](int page) {
            if (page != 0)
                return;
            for (const QString &id : { before.at(5), before.at(230) })
                m_service->putReferral(*m_service->referral(id));
            m_service->putReferral(newReferral(QStringLiteral("late-arrival"), m_clock.now()));
        });
        QCOMPARE(served.size(), 250);
        QCOMPARE(QSet<QString>(served.begin(), served.end()).size(), 250); // none twice
        QCOMPARE(QSet<QString>(served.begin(), served.end()),
            QSet<QString>(before.begin(), before.end())); // none skipped
    }

    void topIsCappedAndNextLinkIsAbsolute()
    {
        m_service->addReferrals(150, 1);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$top"), QStringLiteral("500"));
        const Reply r = get(kCollection, q);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("value")).toArray().size(), 100);
        const QUrl next(r.json.value(QStringLiteral("@odata.nextLink")).toString());
        QCOMPARE(next.scheme(), QStringLiteral("http"));
        QCOMPARE(next.port(), int(m_server->url().port()));
        QVERIFY(QUrlQuery(next).hasQueryItem(QStringLiteral("$skiptoken")));
        const Reply second = send("GET", next);
        QCOMPARE(second.json.value(QStringLiteral("value")).toArray().size(), 50);
        QVERIFY(!second.json.contains(QStringLiteral("@odata.nextLink")));

        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("$top"), QStringLiteral("-1"));
        QCOMPARE(get(kCollection, bad).status, 400);
    }

    void orderAndSelect()
    {
        for (int i = 0; i < 5; ++i)
            m_service->putReferral(
                newReferral(QStringLiteral("r%1").arg(i), m_clock.now().addSecs(-3600 * (5 - i))));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("createdDateTime desc"));
        q.addQueryItem(QStringLiteral("$select"), QStringLiteral("name,status"));
        const QJsonArray value = get(kCollection, q).json.value(QStringLiteral("value")).toArray();
        QCOMPARE(
            value.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("r4"));
        QCOMPARE(
            value.last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("r0"));
        QCOMPARE(value.first().toObject().keys(),
            (QStringList {
                QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status") }));
        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("name asc"));
        QCOMPARE(get(kCollection, bad).status, 400);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("status") << "status eq 'New'"
                                << QStringList { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("substatus")
            << "substatus eq 'Received'" << QStringList { QStringLiteral("b") };
        QTest::newRow("status and substatus")
            << "status eq 'New' and substatus eq 'Pending'" << QStringList { QStringLiteral("a") };
        QTest::newRow("engagementId")
            << "engagementId eq 'eng-c'" << QStringList { QStringLiteral("c") };
        QTest::newRow("updated ge") << "updatedDateTime ge 2026-03-02T08:00:00Z"
                                    << QStringList { QStringLiteral("b"), QStringLiteral("c") };
        QTest::newRow("updated ge quoted, AND in capitals")
            << "updatedDateTime ge '2026-03-02T08:30:00.0000000Z' AND status eq 'Active'"
            << QStringList { QStringLiteral("c") };
        QTest::newRow("no match") << "status eq 'Closed'" << QStringList {};
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, ids);
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("a"))
                                   .inNew()
                                   .created(utc(2026, 3, 2, 7, 0))
                                   .updated(utc(2026, 3, 2, 7, 0))
                                   .json());
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("b"))
                                   .inEvaluating()
                                   .created(utc(2026, 3, 2, 6, 0))
                                   .updated(utc(2026, 3, 2, 8, 0))
                                   .json());
        m_service->putReferral(ReferralBuilder()
                                   .set("id", QStringLiteral("c"))
                                   .set("engagementId", QStringLiteral("eng-c"))
                                   .inNegotiating()
                                   .updated(utc(2026, 3, 2, 8, 45))
                                   .json());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$filter"), filter);
        q.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("updatedDateTime asc"));
        QStringList got;
        const Reply r = get(kCollection, q);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(QStringLiteral("value")).toArray())
            got.append(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(got, ids);
    }

    void badFiltersAreRefused_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("unknown field") << "name eq 'x'";
        QTest::newRow("garbage") << "status is New";
        QTest::newRow("bad date") << "updatedDateTime ge yesterday";
        QTest::newRow("text ordering") << "status gt 'New'";
    }

    void badFiltersAreRefused()
    {
        QFETCH(QString, filter);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$filter"), filter);
        const Reply r = get(kCollection, q);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("InvalidFilter"));
    }

    void getOneAndCreate()
    {
        const Reply created = send("POST", url(kCollection),
            QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("From a test") } })
                .toJson());
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("New"));
        const Reply one = get(kCollection + QLatin1Char('/') + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(
            one.headers.value("etag"), one.json.value(QStringLiteral("eTag")).toString().toUtf8());
        QCOMPARE(get(kCollection + QStringLiteral("/nope")).status, 404);
    }

    void generatedDealsAreInTheirCurrencysOwnUnits()
    {
        // Whole yen, dinars with three decimals: read by the client's parser, each is exactly
        // what was generated, without a warning, and written back as the same number.
        Generator generator(7);
        QSet<QString> currencies;
        for (const QJsonObject &doc : generator.make(3000, m_clock.now())) {
            const QJsonValue sent = doc.value(QStringLiteral("details"))
                                        .toObject()
                                        .value(QStringLiteral("dealValue"));
            if (sent.isNull() || sent.isUndefined())
                continue;
            const ParseResult r = ReferralJson::fromObject(doc);
            QVERIFY2(r.ok() && r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char(' '))));
            const Details &d = r.referral->details;
            currencies.insert(d.currency);
            QVERIFY(d.dealValue);
            QCOMPARE(Money::toJson(*d.dealValue, d.currency), sent);
        }
        QVERIFY(currencies.contains(QStringLiteral("JPY")));
        QVERIFY(currencies.contains(QStringLiteral("KWD")));
    }

    void aDealInDinarsRoundTripsExactly()
    {
        putReferralIn(QStringLiteral("evaluating"));
        const Referral before = *ReferralJson::fromObject(referral(QStringLiteral("x"))).referral;
        ActionInput in;
        in.dealValue = 12'345'678;
        in.currency = QStringLiteral("KWD");
        in.closingDate = m_clock.now().date().addDays(30);
        const Reply r = patch(QStringLiteral("x"), Lifecycle::patch(before, Action::Accept, in),
            { { "If-Match", before.eTag.toUtf8() }, { "Prefer", "return=representation" } });
        QVERIFY2(r.status == 200, r.body.constData());
        // The service stores and returns the decimal the client wrote, digit for digit.
        const QByteArray answered = QJsonDocument(r.json).toJson(QJsonDocument::Compact);
        QVERIFY2(answered.contains(R"("dealValue":12345.678,)")
                || answered.contains(R"("dealValue":12345.678})"),
            answered.constData());
        const Referral after = *ReferralJson::fromObject(referral(QStringLiteral("x"))).referral;
        QCOMPARE(after.details.dealValue, std::optional<MinorUnits>(12'345'678));
        QCOMPARE(after.details.currency, QStringLiteral("KWD"));
    }

    void legalPatches_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QJsonArray>("ops");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        auto rep = [](const char *path, const QJsonValue &v) {
            return JsonPatch::replace(QLatin1String(path), v);
        };
        auto add = [](const char *path, const QJsonValue &v) {
            return JsonPatch::add(QLatin1String(path), v);
        };
        QTest::newRow("I'm interested")
            << "new" << QJsonArray { rep("/substatus", QStringLiteral("Received")) } << "New"
            << "Received";
        QTest::newRow("No thanks") << "new"
                                   << QJsonArray { rep("/status", QStringLiteral("Closed")),
                                          rep("/substatus", QStringLiteral("Declined")) }
                                   << "Closed"
                                   << "Declined";
        QTest::newRow("Accept") << "evaluating"
                                << QJsonArray { rep("/status", QStringLiteral("Active")),
                                       rep("/substatus", QStringLiteral("Accepted")),
                                       add("/details",
                                           QJsonObject { { QStringLiteral("dealValue"), 25000.5 },
                                               { QStringLiteral("currency"),
                                                   QStringLiteral("EUR") },
                                               { QStringLiteral("closingDateTime"),
                                                   QStringLiteral("2026-04-30T00:00:00Z") } }) }
                                << "Active"
                                << "Accepted";
        QTest::newRow("Decline") << "evaluating"
                                 << QJsonArray { rep("/status", QStringLiteral("Closed")),
                                        rep("/substatus", QStringLiteral("Declined")),
                                        add("/statusReason", QStringLiteral("Not a fit")) }
                                 << "Closed"
                                 << "Declined";
        QTest::newRow("Won") << "negotiating"
                             << QJsonArray { rep("/status", QStringLiteral("Closed")),
                                    rep("/substatus", QStringLiteral("Won")) }
                             << "Closed"
                             << "Won";
        QTest::newRow("Lost") << "negotiating"
                              << QJsonArray { rep("/status", QStringLiteral("Closed")),
                                     rep("/substatus", QStringLiteral("Lost")),
                                     add("/statusReason", QStringLiteral("Price")) }
                              << "Closed"
                              << "Lost";
        QTest::newRow("Edit deal")
            << "negotiating" << QJsonArray { rep("/details/dealValue", 99.99) } << "Active"
            << "Accepted";
    }

    void legalPatches()
    {
        QFETCH(QString, from);
        QFETCH(QJsonArray, ops);
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        putReferralIn(from);
        const QString etag = referral(QStringLiteral("x")).value(QStringLiteral("eTag")).toString();

        const Reply r = patch(QStringLiteral("x"), ops,
            { { "If-Match", etag.toUtf8() }, { "Prefer", "return=representation" } });
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(r.json.value(QStringLiteral("substatus")).toString(), substatus);
        QVERIFY(r.json.value(QStringLiteral("eTag")).toString() != etag); // every write changes it
        QCOMPARE(r.headers.value("etag"), r.json.value(QStringLiteral("eTag")).toString().toUtf8());
        QCOMPARE(r.json.value(QStringLiteral("updatedDateTime")).toString(),
            ReferralJson::formatInstant(m_clock.now()));
        if (QTest::currentDataTag() == QByteArray("No thanks"))
            QCOMPARE(
                r.json.value(QStringLiteral("statusReason")).toString(), QStringLiteral("Skipped"));

        // Without Prefer the answer is 204 with the new eTag.
        if (status == QLatin1String("Active")) {
            const Reply again = patch(QStringLiteral("x"),
                QJsonArray {
                    JsonPatch::add(QStringLiteral("/details/notes"), QStringLiteral("n")) });
            QVERIFY2(again.status == 204, again.body.constData());
            QVERIFY(!again.headers.value("etag").isEmpty());
        }
    }

    void illegalPatches_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QJsonArray>("ops");
        QTest::addColumn<QString>("code");
        auto rep = [](const char *path, const QJsonValue &v) {
            return JsonPatch::replace(QLatin1String(path), v);
        };
        QTest::newRow("New to Negotiating")
            << "new"
            << QJsonArray { rep("/status", QStringLiteral("Active")),
                   rep("/substatus", QStringLiteral("Accepted")) }
            << "InvalidTransition";
        QTest::newRow("New to Won") << "new"
                                    << QJsonArray { rep("/status", QStringLiteral("Closed")),
                                           rep("/substatus", QStringLiteral("Won")) }
                                    << "InvalidTransition";
        QTest::newRow("Negotiating back to Evaluating")
            << "negotiating"
            << QJsonArray { rep("/status", QStringLiteral("New")),
                   rep("/substatus", QStringLiteral("Received")) }
            << "InvalidTransition";
        QTest::newRow("archived is read only")
            << "archived" << QJsonArray { rep("/name", QStringLiteral("x")) }
            << "InvalidTransition";
        QTest::newRow("accept without deal value")
            << "evaluating"
            << QJsonArray { rep("/status", QStringLiteral("Active")),
                   rep("/substatus", QStringLiteral("Accepted")) }
            << "InvalidValue";
        QTest::newRow("decline without reason")
            << "evaluating"
            << QJsonArray { rep("/status", QStringLiteral("Closed")),
                   rep("/substatus", QStringLiteral("Declined")) }
            << "InvalidValue";
        QTest::newRow("lost without reason")
            << "negotiating"
            << QJsonArray { rep("/status", QStringLiteral("Closed")),
                   rep("/substatus", QStringLiteral("Lost")) }
            << "InvalidValue";
        QTest::newRow("deal value 0")
            << "negotiating" << QJsonArray { rep("/details/dealValue", 0) } << "InvalidValue";
        QTest::newRow("closing date in the past") << "negotiating"
                                                  << QJsonArray { rep("/details/closingDateTime",
                                                         QStringLiteral("2026-01-01T00:00:00Z")) }
                                                  << "InvalidValue";
        QTest::newRow("remove op")
            << "new"
            << QJsonArray { QJsonObject { { QStringLiteral("op"), QStringLiteral("remove") },
                   { QStringLiteral("path"), QStringLiteral("/name") } } }
            << "InvalidJsonPatch";
        QTest::newRow("replace missing member")
            << "new" << QJsonArray { rep("/nothing/here", 1) } << "InvalidJsonPatch";
        QTest::newRow("id is read only")
            << "new" << QJsonArray { rep("/id", QStringLiteral("y")) } << "ReadOnlyField";
    }

    void illegalPatches()
    {
        QFETCH(QString, from);
        QFETCH(QJsonArray, ops);
        QFETCH(QString, code);
        putReferralIn(from);
        const QJsonObject before = referral(QStringLiteral("x"));
        const Reply r = patch(QStringLiteral("x"), ops);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            code);
        QVERIFY(!r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(referral(QStringLiteral("x")), before); // nothing applied
    }

    void staleETagGets412()
    {
        m_service->putReferral(newReferral(QStringLiteral("e"), m_clock.now()));
        const QByteArray etag
            = referral(QStringLiteral("e")).value(QStringLiteral("eTag")).toString().toUtf8();
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        const QJsonArray rename { JsonPatch::replace(
            QStringLiteral("/name"), QStringLiteral("Renamed")) };
        QCOMPARE(patch(QStringLiteral("e"), rename, { { "If-Match", etag } }).status, 204);
        const Reply stale = patch(QStringLiteral("e"), rename, { { "If-Match", etag } });
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("PreconditionFailed"));
        QVERIFY(stale.headers.value("etag") != etag);
    }

    void aRequestIdIsAppliedAtMostOnce()
    {
        m_service->putReferral(newReferral(QStringLiteral("d"), m_clock.now()));
        const QByteArray rid = "6f9619ff-8b86-d011-b42d-00c04fc964ff";
        const QJsonArray interested { JsonPatch::replace(
            QStringLiteral("/substatus"), QStringLiteral("Received")) };
        const QList<QPair<QByteArray, QByteArray>> headers { { "MS-RequestId", rid },
            { "Prefer", "return=representation" } };
        const Reply first = patch(QStringLiteral("d"), interested, headers);
        QCOMPARE(first.status, 200);
        m_clock.advanceSecs(60);
        const Reply repeat = patch(QStringLiteral("d"), interested, headers);
        QCOMPARE(repeat.status, 200);
        QCOMPARE(repeat.body, first.body); // the first answer, not a second write
        QCOMPARE(referral(QStringLiteral("d")).value(QStringLiteral("eTag")),
            first.json.value(QStringLiteral("eTag")));

        const QJsonObject counters
            = send("GET", url(QStringLiteral("/_sim/counters")), {}, {}, false).json;
        QCOMPARE(counters.value(QStringLiteral("writesApplied"))
                     .toObject()
                     .value(QString::fromLatin1(rid))
                     .toInt(),
            1);
        QCOMPARE(counters.value(QStringLiteral("requestsSeen"))
                     .toObject()
                     .value(QString::fromLatin1(rid))
                     .toInt(),
            2);
        QCOMPARE(counters.value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("patch"))
                     .toInt(),
            2);
    }

    void newReferralsAreMissedAfter72Hours()
    {
        m_service->putReferral(newReferral(QStringLiteral("m"), m_clock.now()));
        QVERIFY(control(QStringLiteral("clock"),
                    { { QStringLiteral("advanceMsecs"), 72 * 3600 * 1000.0 - 1 } })
                    .status
            == 200);
        QCOMPARE(referral(QStringLiteral("m")).value(QStringLiteral("status")).toString(),
            QStringLiteral("New"));
        control(QStringLiteral("clock"), { { QStringLiteral("advanceMsecs"), 1 } });
        const QJsonObject missed = referral(QStringLiteral("m"));
        QCOMPARE(missed.value(QStringLiteral("status")).toString(), QStringLiteral("Closed"));
        QCOMPARE(missed.value(QStringLiteral("substatus")).toString(), QStringLiteral("Expired"));
        QCOMPARE(missed.value(QStringLiteral("statusReason")).toString(), QStringLiteral("Missed"));
        QCOMPARE(missed.value(QStringLiteral("updatedDateTime")).toString(),
            ReferralJson::formatInstant(utc(2026, 3, 5, 9, 0)));
        QCOMPARE(ReferralJson::fromObject(missed).referral->outcome(), Outcome::Missed);
    }

    void evaluatingReferralsExpireSevenDaysAfterInterest()
    {
        m_service->putReferral(newReferral(QStringLiteral("v"), m_clock.now()));
        m_clock.advanceSecs(10 * 3600);
        QCOMPARE(
            patch(QStringLiteral("v"),
                { JsonPatch::replace(QStringLiteral("/substatus"), QStringLiteral("Received")) })
                .status,
            204);
        // The 72 h limit no longer applies once the partner answered.
        control(QStringLiteral("clock"), { { QStringLiteral("advanceSecs"), 7 * 24 * 3600 - 1 } });
        QCOMPARE(referral(QStringLiteral("v")).value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Received"));
        control(QStringLiteral("clock"), { { QStringLiteral("advanceSecs"), 1 } });
        const QJsonObject expired = referral(QStringLiteral("v"));
        QCOMPARE(expired.value(QStringLiteral("substatus")).toString(), QStringLiteral("Expired"));
        QCOMPARE(
            expired.value(QStringLiteral("statusReason")).toString(), QStringLiteral("Expired"));
    }

    void expirationDateTimeWins()
    {
        QJsonObject doc = newReferral(QStringLiteral("x"), m_clock.now());
        doc.insert(QStringLiteral("expirationDateTime"),
            ReferralJson::formatInstant(m_clock.now().addSecs(5 * 3600)));
        m_service->putReferral(doc);
        control(QStringLiteral("clock"),
            { { QStringLiteral("now"), ReferralJson::formatInstant(utc(2026, 3, 2, 14, 0)) } });
        QCOMPARE(referral(QStringLiteral("x")).value(QStringLiteral("statusReason")).toString(),
            QStringLiteral("Missed"));
    }

    void authorizationCodeWithPkceAndRefreshRotation()
    {
        m_service->setAccessTokenLifetimeSecs(300);
        const QByteArray verifier
            = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-long-enough-verifier";
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("desk"));
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(
            QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/callback"));
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
        q.addQueryItem(QStringLiteral("scope"),
            QStringLiteral("https://api.partner.microsoft.com/.default offline_access"));
        const Reply authorize = send(
            "GET", url(QStringLiteral("/organizations/oauth2/v2.0/authorize"), q), {}, {}, false);
        QCOMPARE(authorize.status, 302);
        const QUrl callback(QString::fromUtf8(authorize.headers.value("location")));
        QCOMPARE(callback.port(), 5555);
        const QUrlQuery answer(callback);
        QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
        const QString code = answer.queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());

        auto token = [this](const QUrlQuery &form) {
            return send("POST", url(QStringLiteral("/organizations/oauth2/v2.0/token")),
                form.toString(QUrl::FullyEncoded).toUtf8(),
                { { "Content-Type", "application/x-www-form-urlencoded" } }, false);
        };
        QUrlQuery exchange;
        exchange.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        exchange.addQueryItem(QStringLiteral("client_id"), QStringLiteral("desk"));
        exchange.addQueryItem(QStringLiteral("code"), code);
        exchange.addQueryItem(
            QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/callback"));
        QUrlQuery wrong = exchange;
        wrong.addQueryItem(QStringLiteral("code_verifier"), QStringLiteral("not-the-verifier"));
        const Reply refused = token(wrong);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid_grant"));

        // The failed attempt used the code up: authorize again, then exchange correctly.
        const Reply again = send(
            "GET", url(QStringLiteral("/organizations/oauth2/v2.0/authorize"), q), {}, {}, false);
        exchange.removeAllQueryItems(QStringLiteral("code"));
        exchange.addQueryItem(QStringLiteral("code"),
            QUrlQuery(QUrl(QString::fromUtf8(again.headers.value("location"))))
                .queryItemValue(QStringLiteral("code")));
        exchange.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
        const Reply tokens = token(exchange);
        QCOMPARE(tokens.status, 200);
        const QByteArray access
            = tokens.json.value(QStringLiteral("access_token")).toString().toUtf8();
        const QString refresh = tokens.json.value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(tokens.json.value(QStringLiteral("expires_in")).toInt(), 300);
        QCOMPARE(token(exchange).status, 400); // a code works once

        auto api = [this](const QByteArray &bearer) {
            return send(
                "GET", url(kCollection), {}, { { "Authorization", "Bearer " + bearer } }, false)
                .status;
        };
        QCOMPARE(api(access), 200);
        m_clock.advanceSecs(301);
        QCOMPARE(api(access), 401); // expired

        QUrlQuery refreshForm;
        refreshForm.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        refreshForm.addQueryItem(QStringLiteral("client_id"), QStringLiteral("desk"));
        refreshForm.addQueryItem(QStringLiteral("refresh_token"), refresh);
        const Reply refreshed = token(refreshForm);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(
            refreshed.json.value(QStringLiteral("refresh_token")).toString() != refresh); // rotated
        QCOMPARE(
            api(refreshed.json.value(QStringLiteral("access_token")).toString().toUtf8()), 200);
        QCOMPARE(token(refreshForm).json.value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid_grant")); // the old one is spent
    }

    void pkceIsRequired()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("desk"));
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/cb"));
        const Reply r
            = send("GET", url(QStringLiteral("/common/oauth2/v2.0/authorize"), q), {}, {}, false);
        QCOMPARE(r.status, 302);
        QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(r.headers.value("location"))))
                     .queryItemValue(QStringLiteral("error")),
            QStringLiteral("invalid_request"));
        q.removeAllQueryItems(QStringLiteral("redirect_uri"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb"));
        QCOMPARE(send("GET", url(QStringLiteral("/common/oauth2/v2.0/authorize"), q), {}, {}, false)
                     .status,
            400);
    }

    void deviceCodeFlow()
    {
        const Reply start
            = send("POST", url(QStringLiteral("/organizations/oauth2/v2.0/devicecode")),
                "client_id=desk&scope=offline_access",
                { { "Content-Type", "application/x-www-form-urlencoded" } }, false);
        QCOMPARE(start.status, 200);
        const QString device = start.json.value(QStringLiteral("device_code")).toString();
        const QString user = start.json.value(QStringLiteral("user_code")).toString();
        QVERIFY(start.json.value(QStringLiteral("message")).toString().contains(user));
        const QByteArray poll = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&"
                                "client_id=desk&device_code="
            + device.toUtf8();
        auto pollToken = [&] {
            return send("POST", url(QStringLiteral("/organizations/oauth2/v2.0/token")), poll,
                { { "Content-Type", "application/x-www-form-urlencoded" } }, false);
        };
        QCOMPARE(pollToken().json.value(QStringLiteral("error")).toString(),
            QStringLiteral("authorization_pending"));
        QUrl verification(start.json.value(QStringLiteral("verification_uri")).toString());
        verification.setQuery(QStringLiteral("user_code=") + user);
        QCOMPARE(send("GET", verification, {}, {}, false).status, 200);
        const Reply tokens = pollToken();
        QCOMPARE(tokens.status, 200);
        QVERIFY(!tokens.json.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(pollToken().status, 400); // used
    }

    void statusFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << "500" << 500;
        QTest::newRow("503") << "503" << 503;
        QTest::newRow("429") << "429" << 429;
    }

    void statusFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QCOMPARE(control(QStringLiteral("faults"),
                     { { QStringLiteral("fault"), fault }, { QStringLiteral("count"), 2 },
                         { QStringLiteral("retryAfterSecs"), 7 } })
                     .status,
            200);
        for (int i = 0; i < 2; ++i) {
            const Reply r = get(kCollection);
            QCOMPARE(r.status, status);
            if (status == 429) {
                QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));
                QCOMPARE(
                    r.json.value(QStringLiteral("statusCode")).toInt(), 429); // the gateway's shape
            } else {
                QVERIFY(r.json.value(QStringLiteral("error"))
                            .toObject()
                            .contains(QStringLiteral("code")));
            }
        }
        QCOMPARE(get(kCollection).status, 200); // only the next two
    }

    void resetAndTruncateApplyTheWriteButLoseTheAnswer_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("reset") << "reset";
        QTest::newRow("truncate") << "truncate";
    }

    void resetAndTruncateApplyTheWriteButLoseTheAnswer()
    {
        QFETCH(QString, fault);
        m_service->putReferral(newReferral(QStringLiteral("f"), m_clock.now()));
        // Twice: Qt resends a request once by itself when a reused connection drops before any
        // answer; the second drop reaches the caller.
        control(QStringLiteral("faults"),
            { { QStringLiteral("fault"), fault }, { QStringLiteral("count"), 2 } });
        const Reply r = patch(QStringLiteral("f"),
            { JsonPatch::replace(QStringLiteral("/substatus"), QStringLiteral("Received")) },
            { { "Prefer", "return=representation" }, { "MS-RequestId", "rid-1" } });
        QVERIFY2(r.error != QNetworkReply::NoError,
            qPrintable(QStringLiteral("status %1").arg(r.status)));
        control(QStringLiteral("faults"), { { QStringLiteral("clear"), true } });
        QCOMPARE(referral(QStringLiteral("f")).value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Received"));
        // The retry with the same request id gets the answer and applies nothing again.
        const Reply retry = patch(QStringLiteral("f"),
            { JsonPatch::replace(QStringLiteral("/substatus"), QStringLiteral("Received")) },
            { { "Prefer", "return=representation" }, { "MS-RequestId", "rid-1" } });
        QCOMPARE(retry.status, 200);
        QCOMPARE(send("GET", url(QStringLiteral("/_sim/counters")), {}, {}, false)
                     .json.value(QStringLiteral("writesApplied"))
                     .toObject()
                     .value(QStringLiteral("rid-1"))
                     .toInt(),
            1);
    }

    void malformedBody()
    {
        control(QStringLiteral("faults"),
            { { QStringLiteral("fault"), QStringLiteral("malformed") },
                { QStringLiteral("count"), 1 } });
        const Reply r = get(kCollection);
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void stallOutlastsTheClientTimeout()
    {
        control(QStringLiteral("faults"),
            { { QStringLiteral("fault"), QStringLiteral("stall") },
                { QStringLiteral("count"), 1 } });
        const Reply r = send("GET", url(kCollection), {}, {}, true, 300);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
        QCOMPARE(get(kCollection).status, 200);
    }

    void faultsByRateAndClearing()
    {
        control(QStringLiteral("faults"),
            { { QStringLiteral("fault"), QStringLiteral("503") },
                { QStringLiteral("rate"), 0.5 } });
        int failures = 0;
        for (int i = 0; i < 40; ++i)
            failures += get(kCollection).status == 503;
        QVERIFY2(failures > 5 && failures < 35, qPrintable(QString::number(failures)));
        control(QStringLiteral("faults"), { { QStringLiteral("clear"), true } });
        QCOMPARE(get(kCollection).status, 200);
        QCOMPARE(control(QStringLiteral("faults"),
                     { { QStringLiteral("fault"), QStringLiteral("teapot") } })
                     .status,
            400);
        // Control calls and sign-in are never faulted.
        control(QStringLiteral("faults"),
            { { QStringLiteral("fault"), QStringLiteral("500") }, { QStringLiteral("count"), 5 } });
        QCOMPARE(send("GET", url(QStringLiteral("/_sim/counters")), {}, {}, false).status, 200);
    }

    void colleagueChangesFollowTheRules()
    {
        m_service->putReferral(newReferral(QStringLiteral("c"), m_clock.now()));
        const QJsonArray decline { JsonPatch::replace(
                                       QStringLiteral("/status"), QStringLiteral("Closed")),
            JsonPatch::replace(QStringLiteral("/substatus"), QStringLiteral("Declined")) };
        const Reply r = control(
            QStringLiteral("referrals/c/change"), { { QStringLiteral("patch"), decline } });
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json.value(QStringLiteral("statusReason")).toString(), QStringLiteral("Skipped"));
        QCOMPARE(
            control(QStringLiteral("referrals/c/change"), { { QStringLiteral("patch"), decline } })
                .status,
            400);
    }

    void addSaveLoadAndReset()
    {
        QCOMPARE(control(QStringLiteral("referrals"),
                     { { QStringLiteral("count"), 30 }, { QStringLiteral("seed"), 9 } })
                     .json.value(QStringLiteral("count"))
                     .toInt(),
            30);
        const QJsonObject state
            = send("GET", url(QStringLiteral("/_sim/state")), {}, {}, false).json;
        QCOMPARE(state.value(QStringLiteral("referrals")).toArray().size(), 30);
        QCOMPARE(control(QStringLiteral("reset")).status, 200);
        QCOMPARE(m_service->count(), 0);
        QCOMPARE(
            control(QStringLiteral("state"), state).json.value(QStringLiteral("referrals")).toInt(),
            30);
        const QString someId = state.value(QStringLiteral("referrals"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("doc"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QCOMPARE(get(kCollection + QLatin1Char('/') + someId).status, 200);
    }

    void generatorIsReproducibleAndVaried()
    {
        Service a(&m_clock), b(&m_clock);
        a.addReferrals(400, 5);
        b.addReferrals(400, 5);
        QSet<QString> stages, countries;
        QHash<QString, int> byName, byDomain;
        bool nonLatin = false;
        const QJsonObject sa = a.state(), sb = b.state();
        QCOMPARE(sa.value(QStringLiteral("referrals")).toArray().size(), 400);
        for (int i = 0; i < 400; ++i) {
            QJsonObject da = sa.value(QStringLiteral("referrals"))
                                 .toArray()
                                 .at(i)
                                 .toObject()
                                 .value(QStringLiteral("doc"))
                                 .toObject();
            QJsonObject db = sb.value(QStringLiteral("referrals"))
                                 .toArray()
                                 .at(i)
                                 .toObject()
                                 .value(QStringLiteral("doc"))
                                 .toObject();
            da.remove(QStringLiteral("eTag"));
            db.remove(QStringLiteral("eTag"));
            QCOMPARE(da, db);
            const Referral r = *ReferralJson::fromObject(da).referral;
            stages.insert(r.stageText());
            countries.insert(r.customerProfile.address.country);
            // "Also from this customer" in the demo: who the customer is, by name or domain.
            QString domain;
            for (const Contact &c : r.customerProfile.team)
                domain = domain.isEmpty() ? CustomerKey::ofEmail(c.email) : domain;
            ++byName[CustomerKey::ofName(r.customerProfile.name)];
            ++byDomain[domain];
            for (QChar c : r.customerProfile.name)
                nonLatin |= c.script() == QChar::Script_Han || c.script() == QChar::Script_Arabic
                    || c.script() == QChar::Script_Cyrillic;
        }
        for (const char *s : { "New", "Evaluating", "Negotiating", "Archived · Won",
                 "Archived · Lost", "Archived · Skipped", "Archived · Declined",
                 "Archived · Missed", "Archived · Expired" })
            QVERIFY2(stages.contains(QString::fromUtf8(s)), s);
        QVERIFY(countries.size() >= 8);
        QVERIFY(nonLatin);
        // A few customers ask again (one referral in ten), written differently; most once.
        const auto recurring = [](const QHash<QString, int> &counts) {
            int n = 0;
            for (auto it = counts.begin(); it != counts.end(); ++it)
                n += it.value() > 1 ? it.value() : 0;
            return n;
        };
        QVERIFY2(recurring(byName) >= 20 && recurring(byName) <= 60,
            qPrintable(QString::number(recurring(byName))));
        QVERIFY2(recurring(byDomain) >= 30 && recurring(byDomain) <= 60,
            qPrintable(QString::number(recurring(byDomain))));
        QVERIFY(!byDomain.contains(QString()));
    }

    // -- the live service's behaviours (--live-quirks, /_sim/quirks) ----------------------------

    void quirksAreSwitchedByTheControlAndLiveSwitchesThemAll()
    {
        const Reply none = send("GET", url(QStringLiteral("/_sim/quirks")), {}, {}, false);
        QCOMPARE(none.json.value(QStringLiteral("refuseUpdatedFilter")).toBool(), false);
        const Reply live = control(QStringLiteral("quirks"), { { QStringLiteral("live"), true } });
        QCOMPARE(live.status, 200);
        for (const char *q : { "refuseUpdatedFilter", "ignoreRequestId", "retryAfterAsDate",
                 "serviceExpiry", "outgoingReferrals" })
            QVERIFY2(live.json.value(QLatin1String(q)).toBool(), q);
        QCOMPARE(live.json.value(QStringLiteral("ignoreSelect")).toBool(), false);
        const Reply one
            = control(QStringLiteral("quirks"), { { QStringLiteral("ignoreRequestId"), false } });
        QCOMPARE(one.json.value(QStringLiteral("ignoreRequestId")).toBool(), false);
        QCOMPARE(one.json.value(QStringLiteral("refuseUpdatedFilter")).toBool(), true);
        QCOMPARE(control(QStringLiteral("quirks"), { { QStringLiteral("sideways"), true } }).status,
            400);
    }

    void theLiveServiceRefusesAFilterOnUpdatedDateTime()
    {
        Quirks q;
        q.refuseUpdatedFilter = true;
        m_service->setQuirks(q);
        m_service->putReferral(newReferral(QStringLiteral("a"), m_clock.now()));
        QUrlQuery byTime;
        byTime.addQueryItem(
            QStringLiteral("$filter"), QStringLiteral("updatedDateTime ge 2026-01-01T00:00:00Z"));
        const Reply refused = get(kCollection, byTime);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("updatedDateTime"));
        QUrlQuery byStatus; // documented filters still work
        byStatus.addQueryItem(QStringLiteral("$filter"), QStringLiteral("status eq 'New'"));
        QCOMPARE(get(kCollection, byStatus).json.value(QStringLiteral("value")).toArray().size(),
            1);
        QUrlQuery newestFirst; // and so does ordering by it
        newestFirst.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("updatedDateTime desc"));
        QCOMPARE(get(kCollection, newestFirst).status, 200);
    }

    void withoutAnIdempotencyKeyARepeatedWriteMeetsItsOwnETag()
    {
        Quirks q;
        q.ignoreRequestId = true;
        m_service->setQuirks(q);
        putReferralIn(QStringLiteral("new"));
        const QString eTag = referral(QStringLiteral("x")).value(QStringLiteral("eTag")).toString();
        const QList<QPair<QByteArray, QByteArray>> headers { { "If-Match", eTag.toUtf8() },
            { "MS-RequestId", "2a6f1d8e-0000-4000-8000-000000000001" } };
        const QJsonArray interested { JsonPatch::replace(
            QStringLiteral("/substatus"), QStringLiteral("Received")) };
        QCOMPARE(patch(QStringLiteral("x"), interested, headers).status, 204);
        QCOMPARE(patch(QStringLiteral("x"), interested, headers).status, 412);
    }

    void retryAfterComesAsAnHttpDateWithTheServicesDate()
    {
        Quirks q;
        q.retryAfterAsDate = true;
        m_service->setQuirks(q);
        m_service->setRetryAfterSecs(30);
        for (Fault f : { Fault::Throttle429, Fault::Status503 }) {
            m_service->addFault(f, 1);
            const Reply r = get(kCollection);
            QVERIFY(r.status == 429 || r.status == 503);
            const QDateTime date = ApiError::parseHttpDate(r.headers.value("date"));
            const QDateTime after = ApiError::parseHttpDate(r.headers.value("retry-after"));
            QCOMPARE(date, m_clock.now()); // the service's clock, not this computer's
            QCOMPARE(date.secsTo(after), 30);
        }
    }

    void theServiceSetsItsOwnExpiryAndArchivesByItAlone()
    {
        Quirks q;
        q.serviceExpiry = true;
        m_service->setQuirks(q);
        // Arrived 100 hours ago without an expiry: the service gives it 14 days from arrival.
        const QDateTime created = m_clock.now().addSecs(-100 * 3600);
        m_service->putReferral(newReferral(QStringLiteral("given"), created));
        QCOMPARE(ReferralJson::parseInstant(referral(QStringLiteral("given"))
                                                .value(QStringLiteral("expirationDateTime"))
                                                .toString()),
            created.addDays(14));
        QCOMPARE(referral(QStringLiteral("given")).value(QStringLiteral("status")).toString(),
            QStringLiteral("New")); // past 72 hours, still open
        // An explicit null means none: never archived by a timer.
        QJsonObject none = newReferral(QStringLiteral("none"), created);
        none.insert(QStringLiteral("expirationDateTime"), QJsonValue());
        m_service->putReferral(none);
        m_service->advance(qint64(30) * 24 * 3600 * 1000);
        QCOMPARE(referral(QStringLiteral("given")).value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Expired"));
        QCOMPARE(referral(QStringLiteral("none")).value(QStringLiteral("status")).toString(),
            QStringLiteral("New"));
    }

    void outgoingReferralsTakeNoIncomingActions()
    {
        QJsonObject sent = newReferral(QStringLiteral("sent"), m_clock.now().addSecs(-3600));
        sent.insert(QStringLiteral("direction"), QStringLiteral("Outgoing"));
        m_service->putReferral(sent);
        const Reply r = patch(QStringLiteral("sent"),
            { JsonPatch::replace(QStringLiteral("/substatus"), QStringLiteral("Received")) });
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("sent this referral"), r.body.constData());
        // The partner it was sent to answers it (a colleague change stands for them).
        const Reply theirs = control(QStringLiteral("referrals/sent/change"),
            { { QStringLiteral("patch"),
                QJsonArray { JsonPatch::replace(
                    QStringLiteral("/substatus"), QStringLiteral("Received")) } } });
        QCOMPARE(theirs.status, 200);
        // And no timer archives it: its deadline is theirs.
        m_service->advance(qint64(20) * 24 * 3600 * 1000);
        QCOMPARE(referral(QStringLiteral("sent")).value(QStringLiteral("status")).toString(),
            QStringLiteral("New"));
    }

    void theLiveGeneratorAddsOutgoingReferralsAndExpiries()
    {
        m_service->setQuirks(Quirks::live());
        m_service->addReferrals(150, 3);
        int outgoing = 0;
        int expiring = 0;
        for (const QString &id : m_service->ids()) {
            const Referral r = *ReferralJson::fromObject(*m_service->referral(id)).referral;
            outgoing += r.isOutgoing();
            if (r.stage() == Stage::New && !r.isOutgoing()) {
                QVERIFY2(r.expirationDateTime.isValid(), qPrintable(id));
                expiring += r.expirationDateTime < m_clock.now().addDays(1);
            }
        }
        QCOMPARE(outgoing, 10); // one in fifteen
        QVERIFY(expiring > 0); // some hours from being missed
    }

    void selectCanBeIgnored()
    {
        Quirks q;
        q.ignoreSelect = true;
        m_service->setQuirks(q);
        m_service->putReferral(newReferral(QStringLiteral("a"), m_clock.now()));
        QUrlQuery select;
        select.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,eTag"));
        const QJsonObject item
            = get(kCollection, select).json.value(QStringLiteral("value")).toArray().first().toObject();
        QVERIFY(item.contains(QStringLiteral("customerProfile")));
    }

    void faultsCanBeLimitedToAMethod()
    {
        putReferralIn(QStringLiteral("new"));
        QCOMPARE(control(QStringLiteral("faults"),
                     { { QStringLiteral("fault"), QStringLiteral("500") },
                         { QStringLiteral("count"), 1 }, { QStringLiteral("method"),
                             QStringLiteral("GET") } })
                     .status,
            200);
        QCOMPARE(patch(QStringLiteral("x"),
                     { JsonPatch::replace(QStringLiteral("/substatus"), QStringLiteral("Received")) })
                     .status,
            204); // a PATCH passes
        QCOMPARE(get(kCollection).status, 500); // the next GET does not
        QCOMPARE(get(kCollection).status, 200);
    }

    void httpsWithASelfSignedCertificate()
    {
        const SelfSigned tlsFiles = makeSelfSigned();
        if (tlsFiles.isNull())
            QFAIL("openssl could not make a certificate (it is installed by scripts/test)");
        const QSslCertificate cert = tlsFiles.certificate;
        const QSslKey key = tlsFiles.key;
        Server tls(m_service.get());
        tls.setTls(cert, key);
        QVERIFY(tls.listenOn() > 0);
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        QUrl target = tls.url();
        target.setPath(kCollection);

        // Not trusted: the handshake fails and nothing is ignored.
        const Reply untrusted = send("GET", target);
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
        m_nam.clearConnectionCache(); // forget the refused connection and its TLS session

        QNetworkRequest request(target);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificate(cert);
        request.setSslConfiguration(config);
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                qWarning() << "ssl error:" << e.errorString();
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(
            QJsonDocument::fromJson(reply->readAll()).object().contains(QStringLiteral("value")));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(SimulatorTest)
#include "tst_simulator.moc"
