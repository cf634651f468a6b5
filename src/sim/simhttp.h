#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

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

QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name);

} // namespace rd::sim
