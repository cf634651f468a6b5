#include "simhttp.h"

#include <QJsonDocument>

namespace rd::sim {

namespace {

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

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

} // namespace rd::sim
