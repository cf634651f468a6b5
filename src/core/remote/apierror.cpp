#include "apierror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimeZone>
#include <algorithm>

namespace rd {

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::Throttled:
    case Kind::ServerError:
    case Kind::BadResponse:
        return true;
    default:
        return false;
    }
}

QString ApiError::describe() const
{
    const QString detail = message.isEmpty() ? QString() : QLatin1Char(' ') + message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        return tr("Partner Center cannot be reached; your actions are kept and sent later.")
            + detail;
    case Kind::Timeout:
        return tr("Partner Center did not answer in time; your actions are kept and sent later.");
    case Kind::Unauthorized:
        return tr("Your sign-in has expired. Sign in again.");
    case Kind::Forbidden:
        return tr("Your account cannot use referrals: it needs the Partner Center role Referrals "
                  "Admin or Referrals User.");
    case Kind::NotFound:
        if (operation == Operation::List)
            return tr("Partner Center has no referral list at this address (HTTP 404); check the "
                      "Referrals API address in the settings.");
        return tr("The referral no longer exists in Partner Center.");
    case Kind::Conflict:
        return tr("The referral changed in Partner Center since it was read.");
    case Kind::InvalidRequest:
        switch (operation) {
        case Operation::Write:
            return tr("Partner Center refused the change:") + detail;
        case Operation::List:
            return tr("Partner Center refused the request to list referrals (HTTP %1):")
                       .arg(httpStatus)
                + detail;
        case Operation::Read:
            return tr("Partner Center refused the request to read the referral (HTTP %1):")
                       .arg(httpStatus)
                + detail;
        }
        return message;
    case Kind::Throttled:
        return tr("Partner Center asks to slow down; trying again shortly.");
    case Kind::ServerError:
        return tr("Partner Center had a problem (HTTP %1); trying again later.").arg(httpStatus);
    case Kind::BadResponse:
        return tr("Partner Center sent an answer Referral Desk cannot read; trying again later.");
    case Kind::Insecure:
        return tr("The connection to Partner Center is not secure, so nothing was sent.") + detail;
    case Kind::Local:
        // Reads fail too (a locked or damaged file), so not "could not be updated"; the store's
        // message that follows names the file and the cause, and says what to do.
        return tr("Syncing stopped because of the local database, not Partner Center; your "
                  "actions are kept.")
            + detail;
    case Kind::Settings:
        return message;
    }
    return message;
}

ApiError ApiError::local(const QString &storeMessage)
{
    ApiError e;
    e.kind = Kind::Local;
    e.message = storeMessage;
    return e;
}

ApiError ApiError::fromReply(QNetworkReply *reply, const QByteArray &body, bool timedOut)
{
    ApiError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (timedOut) {
        e.kind = Kind::Timeout;
        return e;
    }
    if (e.httpStatus == 0) {
        switch (reply->error()) {
        case QNetworkReply::NoError:
            return e;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError:
            e.kind = Kind::Insecure;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            e.kind = Kind::Timeout;
            break;
        default:
            e.kind = Kind::Offline;
            break;
        }
        e.message = reply->errorString();
        return e;
    }
    if (e.httpStatus >= 200 && e.httpStatus < 300) {
        // A 2xx that still failed on the wire: the body was cut off.
        if (reply->error() != QNetworkReply::NoError) {
            e.kind = Kind::Offline;
            e.message = reply->errorString();
        }
        return e;
    }

    // Both error shapes: {"error": {"code", "message"}} and the gateway's {"statusCode",
    // "message"}.
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonObject inner = json.value(QLatin1String("error")).toObject();
    e.code = inner.value(QLatin1String("code")).toString();
    e.message = inner.value(QLatin1String("message")).toString();
    if (e.message.isEmpty())
        e.message = json.value(QLatin1String("message")).toString();
    if (e.message.isEmpty() && json.value(QLatin1String("error")).isString())
        e.message = json.value(QLatin1String("error_description"))
                        .toString(json.value(QLatin1String("error")).toString());
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (!retryAfter.isEmpty()) {
        QDateTime reference = parseHttpDate(reply->rawHeader("Date"));
        if (!reference.isValid())
            reference = QDateTime::currentDateTimeUtc();
        e.retryAfterSecs = parseRetryAfter(retryAfter, reference);
    }
    switch (e.httpStatus) {
    case 400:
    case 422:
        e.kind = Kind::InvalidRequest;
        break;
    case 401:
        e.kind = Kind::Unauthorized;
        break;
    case 403:
        e.kind = Kind::Forbidden;
        break;
    case 404:
    case 410:
        e.kind = Kind::NotFound;
        break;
    case 409:
    case 412:
        e.kind = Kind::Conflict;
        break;
    case 408:
        e.kind = Kind::Timeout;
        break;
    case 429:
        e.kind = Kind::Throttled;
        break;
    default:
        e.kind = e.httpStatus >= 500 ? Kind::ServerError : Kind::InvalidRequest;
        break;
    }
    return e;
}

QDateTime ApiError::parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    // The weekday adds nothing and would have to agree with a two-digit year's century: drop it.
    const qsizetype firstSpace = text.indexOf(QLatin1Char(' '));
    if (firstSpace <= 0)
        return {};
    text = text.mid(firstSpace + 1);
    // RFC 9110 section 5.6.7: the preferred form, and the two obsolete ones a recipient must read.
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // Sun, 06 Nov 1994 08:49:37 GMT
        "dd-MMM-yy HH:mm:ss 'GMT'", // Sunday, 06-Nov-94 08:49:37 GMT
        "MMM d HH:mm:ss yyyy", // Sun Nov  6 08:49:37 1994 (simplified: one space)
    };
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime t = c.toDateTime(text, QLatin1String(format));
        if (!t.isValid())
            continue;
        if (t.date().year() < 1970) // a two-digit year of the RFC 850 form
            t = t.addYears(100);
        return QDateTime(t.date(), t.time(), QTimeZone::utc());
    }
    return {};
}

int ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &reference)
{
    bool ok = false;
    const qint64 secs = value.trimmed().toLongLong(&ok);
    if (ok)
        return secs >= 0 ? int(std::min<qint64>(secs, 24 * 3600)) : -1;
    const QDateTime at = parseHttpDate(value);
    if (!at.isValid())
        return -1;
    // Rounded up: "not before this second" must not become "a fraction of a second early".
    const qint64 msecs = reference.msecsTo(at);
    return int(std::clamp<qint64>((msecs + 999) / 1000, 0, 24 * 3600));
}

QString kindName(ApiError::Kind kind)
{
    static const char *const names[]
        = { "none", "offline", "timeout", "unauthorized", "forbidden", "not-found", "conflict",
              "invalid-request", "throttled", "server-error", "bad-response", "insecure", "local",
              "settings" };
    return QString::fromLatin1(names[int(kind)]);
}

} // namespace rd
