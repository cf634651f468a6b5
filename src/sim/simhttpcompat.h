#pragma once

// The one place that knows how Qt HttpServer's header types differ between Qt versions: Qt 6.8
// replaced the lists of name/value pairs with QHttpHeaders (QHttpServerRequest::headers(),
// QHttpServerResponder::write()) and dropped QHttpServerResponder::HeaderList. The rest of the
// simulator keeps to Request and Response (simhttp.h).

#include "simhttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace rd::sim::compat {

/// The request's headers, names as the client sent them.
inline QList<QPair<QByteArray, QByteArray>> requestHeaders(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().toListOfPairs();
#else
    return request.headers();
#endif
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
/// Writes `response` (status, headers, body) through the responder Qt 6.5 and later hand out.
inline void write(QHttpServerResponder &responder, const Response &response)
{
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers, status);
#else
    // HeaderList is a std::initializer_list here, which cannot be filled at run time: the status
    // line, the headers and the body one by one, as write() would send them.
    responder.writeStatusLine(status);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}
#endif

} // namespace rd::sim::compat
