#include "simlisting.h"

#include "domain/referraljson.h"
#include "simfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

namespace rd::sim {

namespace {

bool same(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Listing::Listing(Lookup lookup, Compact compact, ForEach forEach)
    : m_lookup(std::move(lookup))
    , m_compact(std::move(compact))
    , m_forEach(std::move(forEach))
{
}

void Listing::clear()
{
    m_snapshots.clear();
}

Response Listing::page(const Request &r, const Quirks &quirks, int pageSizeCap, bool *refusedFilter)
{
    QString snapshotId;
    int offset = 0;
    int top = pageSizeCap;
    QStringList select;
    const QString skipToken
        = r.query.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded);
    if (!skipToken.isEmpty()) {
        // The token is opaque to clients: snapshot id, position, page size and $select.
        const QJsonObject t = QJsonDocument::fromJson(
            QByteArray::fromBase64(skipToken.toLatin1(), QByteArray::Base64UrlEncoding))
                                  .object();
        snapshotId = t.value(QLatin1String("s")).toString();
        offset = t.value(QLatin1String("o")).toInt();
        top = t.value(QLatin1String("t")).toInt(pageSizeCap);
        for (const QJsonValue &v : t.value(QLatin1String("f")).toArray())
            select.append(v.toString());
        if (!m_snapshots.contains(snapshotId))
            return Response::error(400, QStringLiteral("InvalidSkipToken"),
                QStringLiteral("The $skiptoken has expired; start the listing again."));
    } else {
        QString error;
        const auto clauses
            = parseFilter(r.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                quirks.refuseUpdatedFilter, &error);
        if (!clauses) {
            *refusedFilter = true;
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
            top = std::min(top, pageSizeCap); // the remote caps the page; clients must not assume
        }
        select = r.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded)
                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &s : select)
            s = s.trimmed();

        // Fix the walk's membership and order now, so that changes between pages neither skip
        // nor repeat a referral; each page serves the current copy of its referrals.
        QList<QPair<QDateTime, QString>> keyed;
        m_forEach([&](const QString &id, const QJsonObject &doc) {
            if (matches(doc, *clauses))
                keyed.append({ ReferralJson::parseInstant(doc.value(orderField).toString()), id });
        });
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
    const int end = std::min<int>(offset + top, int(snap.ids.size()));
    const bool whole = select.isEmpty() || quirks.ignoreSelect;
    QJsonArray projections;
    QByteArray documents; // whole ones: their stored text, joined
    for (int i = offset; i < end; ++i) {
        const QString &id = snap.ids.at(i);
        if (whole) {
            const QByteArray json = m_compact(id);
            if (json.isEmpty())
                continue; // removed since the walk began
            if (!documents.isEmpty())
                documents += ',';
            documents += json;
            continue;
        }
        const QJsonObject *doc = m_lookup(id);
        if (!doc)
            continue;
        QJsonObject projected { { QStringLiteral("id"), id } };
        for (const QString &field : std::as_const(select))
            projected.insert(field, doc->value(field));
        projections.append(projected);
    }
    QJsonObject body {
        { QStringLiteral("@odata.context"),
            r.base.toString() + QStringLiteral("/v1.0/$metadata#engagements/referrals") },
    };
    if (!whole)
        body.insert(QStringLiteral("value"), projections);
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
    Response answer = Response::json(200, body);
    if (whole) {
        // "value" last, where QJsonDocument would write it too (keys in order): the body's
        // closing brace makes way for the documents as stored.
        answer.body.chop(1);
        answer.body += ",\"value\":[" + documents + "]}";
    }
    return answer;
}

} // namespace rd::sim
