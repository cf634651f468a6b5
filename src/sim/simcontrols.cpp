#include "simcontrols.h"

#include "domain/referraljson.h"
#include "simservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rd::sim {

Controls::Controls(Service &service)
    : m_service(service)
{
}

Response Controls::handle(const Request &r)
{
    const QString what = r.path.mid(6); // after "/_sim/"
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonObject body = doc.object();
    auto ok = [](const QJsonObject &extra = {}) { return Response::json(200, extra); };

    if (what == QLatin1String("clock")) {
        if (r.method == "POST") {
            if (body.contains(QLatin1String("now"))) {
                const QDateTime t = ReferralJson::parseInstant(body.value(QLatin1String("now")).toString());
                if (!t.isValid())
                    return Response::error(400, QStringLiteral("InvalidValue"),
                        QStringLiteral("\"now\" must be an ISO-8601 instant."));
                m_service.setNow(t);
            } else {
                m_service.advance(qint64(body.value(QLatin1String("advanceSecs")).toDouble() * 1000)
                    + qint64(body.value(QLatin1String("advanceMsecs")).toDouble()));
            }
        }
        return ok({ { QStringLiteral("now"), ReferralJson::formatInstant(m_service.now()) } });
    }
    if (what == QLatin1String("referrals") && r.method == "POST") {
        QJsonArray ids;
        if (body.contains(QLatin1String("referral"))) {
            ids.append(m_service.putReferral(body.value(QLatin1String("referral")).toObject()));
        } else {
            m_service.addReferrals(body.value(QLatin1String("count")).toInt(1),
                quint32(body.value(QLatin1String("seed")).toInt(1)));
        }
        return ok({ { QStringLiteral("ids"), ids }, { QStringLiteral("count"), m_service.count() } });
    }
    static const QRegularExpression changeRe(QStringLiteral("^referrals/([^/]+)/change$"));
    if (const QRegularExpressionMatch m = changeRe.match(what);
        m.hasMatch() && r.method == "POST") {
        return m_service.changeAsColleague(QUrl::fromPercentEncoding(m.captured(1).toUtf8()),
            body.value(QLatin1String("patch")).toArray());
    }
    if (what == QLatin1String("faults") && r.method == "POST") {
        QString error;
        const int rules
            = m_service.setFaultRules(doc.isArray() ? doc.array() : QJsonArray { body }, &error);
        if (rules < 0)
            return Response::error(400, QStringLiteral("InvalidValue"), error);
        return ok({ { QStringLiteral("rules"), rules } });
    }
    if (what == QLatin1String("counters")) {
        return ok(m_service.counters());
    }
    if (what == QLatin1String("reset") && r.method == "POST") {
        m_service.reset();
        return ok();
    }
    if (what == QLatin1String("quirks")) {
        if (r.method == "POST") {
            QString error;
            Quirks q = m_service.quirks();
            if (!q.apply(body, &error))
                return Response::error(400, QStringLiteral("InvalidValue"), error);
            m_service.setQuirks(q);
        }
        return ok(m_service.quirks().toJson());
    }
    if (what == QLatin1String("tokens") && r.method == "POST") {
        if (body.contains(QLatin1String("accessTokenLifetimeSecs")))
            m_service.setAccessTokenLifetimeSecs(
                body.value(QLatin1String("accessTokenLifetimeSecs")).toInt());
        return ok({ { QStringLiteral("accessTokenLifetimeSecs"),
            m_service.accessTokenLifetimeSecs() } });
    }
    if (what == QLatin1String("device")) {
        const QString userCode
            = r.query.queryItemValue(QStringLiteral("user_code")).trimmed().toUpper();
        if (m_service.approveDevice(userCode)) {
            Response page;
            page.body = "<!doctype html><title>Signed in</title><p>You are signed in to the "
                        "referral service simulator. You can close this page.</p>";
            page.setHeader("Content-Type", "text/html; charset=utf-8");
            return page;
        }
        return Response::error(404, QStringLiteral("NotFound"),
            QStringLiteral("No sign-in waits for code \"%1\".").arg(userCode));
    }
    if (what == QLatin1String("state")) {
        if (r.method == "POST") {
            QString error;
            if (!m_service.loadState(body, &error))
                return Response::error(400, QStringLiteral("InvalidState"), error);
            return ok({ { QStringLiteral("referrals"), m_service.count() } });
        }
        return Response::json(200, m_service.state());
    }
    return Response::error(
        404, QStringLiteral("NotFound"), QStringLiteral("No simulator control at %1.").arg(r.path));
}

} // namespace rd::sim
