#include "apiclient.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcApi, "rd.remote.api")

namespace rd {

TokenSource::~TokenSource() = default;

StaticTokenSource::StaticTokenSource(QString token, QObject *parent)
    : TokenSource(parent)
    , m_token(std::move(token))
{
}

void StaticTokenSource::refresh()
{
    // A token from outside cannot be renewed; say so on the next turn of the event loop, as a
    // real refresh would.
    QMetaObject::invokeMethod(
        this,
        [this] {
            ApiError e;
            e.kind = ApiError::Kind::Unauthorized;
            e.message = tr("The given access token was refused.");
            emit refreshFinished(false, e);
        },
        Qt::QueuedConnection);
}

// -- client --------------------------------------------------------------------------------------

ApiClient::ApiClient(
    QNetworkAccessManager *nam, TokenSource *tokens, ApiSettings settings, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<rd::ApiReply>();
    qRegisterMetaType<rd::ApiError>();
}

ApiError ApiClient::checkUrl(const QUrl &url)
{
    ApiError e;
    if (url.scheme() == QLatin1String("https"))
        return e;
    const QHostAddress host(url.host());
    const bool loopback
        = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (url.scheme() == QLatin1String("http") && loopback)
        return e;
    e.kind = ApiError::Kind::Insecure;
    e.message = tr("%1 is not https; plain http is only allowed to this computer (loopback).")
                    .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    return e;
}

QUrl ApiClient::referralsUrl(const QUrlQuery &query) const
{
    QUrl url = m_settings.apiBase;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1.0/engagements/referrals"));
    url.setQuery(query);
    return url;
}

QUrl ApiClient::followLink(const QUrl &nextLink) const
{
    QUrl url = nextLink;
    // The public docs show nextLinks with http:// even behind https: never downgrade.
    if (m_settings.apiBase.scheme() == QLatin1String("https")
        && url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("https"));
    if (url.isRelative())
        url = m_settings.apiBase.resolved(url);
    return url;
}

ApiJob *ApiClient::get(const QUrl &url)
{
    return new ApiJob(this, "GET", url, {}, {}, true, ApiError::Operation::List);
}

ApiJob *ApiClient::getReferral(const QString &id)
{
    QUrl url = referralsUrl();
    url.setPath(url.path() + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(id)));
    return new ApiJob(this, "GET", url, {}, {}, true, ApiError::Operation::Read);
}

ApiJob *ApiClient::patchReferral(
    const QString &id, const QJsonArray &patch, const QString &eTag, const QUuid &requestId)
{
    QUrl url = referralsUrl();
    url.setPath(url.path() + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(id)));
    QHash<QByteArray, QByteArray> headers {
        { "Content-Type", "application/json" },
        { "Prefer", "return=representation" },
        { "MS-RequestId", requestId.toByteArray(QUuid::WithoutBraces) },
    };
    if (!eTag.isEmpty())
        headers.insert("If-Match", eTag.toUtf8()); // exactly as received, quotes and all
    return new ApiJob(this, "PATCH", url, QJsonDocument(patch).toJson(QJsonDocument::Compact),
        headers, false, ApiError::Operation::Write);
}

// -- job -----------------------------------------------------------------------------------------

ApiJob::ApiJob(ApiClient *client, QByteArray verb, QUrl url, QByteArray body,
    QHash<QByteArray, QByteArray> headers, bool expectJson, ApiError::Operation operation)
    : QObject(client)
    , m_client(client)
    , m_verb(std::move(verb))
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_headers(std::move(headers))
    , m_expectJson(expectJson)
    , m_operation(operation)
    , m_timeout(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_retry->setSingleShot(true);
    // A coarse timer may fire up to 5% early; Retry-After means "not sooner".
    m_retry->setTimerType(Qt::PreciseTimer);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(m_retry, &QTimer::timeout, this, &ApiJob::attempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    const ApiError insecure = ApiClient::checkUrl(m_url);
    if (insecure) {
        ApiReply reply;
        reply.error = insecure;
        QMetaObject::invokeMethod(
            this, [this, reply] { finish(reply); }, Qt::QueuedConnection);
        return;
    }
    attempt();
}

void ApiJob::abort()
{
    // Also an answer already on its way (a queued refusal, a token refresh under way) is never
    // reported: whoever aborted has moved on.
    m_aborted = true;
    if (m_client->tokens())
        disconnect(m_client->tokens(), &TokenSource::refreshFinished, this, nullptr);
    m_retry->stop();
    m_timeout->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    deleteLater();
}

void ApiJob::attempt()
{
    ++m_attempts;
    m_timedOut = false;
    QNetworkRequest request(m_url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader(
        "MS-CorrelationId", m_client->correlationId().toByteArray(QUuid::WithoutBraces));
    const QString token = m_client->tokens() ? m_client->tokens()->accessToken() : QString();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (!m_client->settings().extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_client->settings().extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    m_reply = m_client->network()->sendCustomRequest(request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timeout->start(m_client->settings().timeoutMs);
}

int ApiJob::backoffMs(const ApiError &error) const
{
    const ApiSettings &s = m_client->settings();
    const qint64 exponential = qint64(s.backoffBaseMs) << std::min(m_attempts - 1, 16);
    const qint64 capped = std::min<qint64>(exponential, s.backoffMaxMs);
    // Full jitter on the upper half, so that many clients do not retry in step.
    const qint64 jittered = capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1);
    const qint64 retryAfter = error.retryAfterSecs >= 0 ? qint64(error.retryAfterSecs) * 1000 : 0;
    return int(std::max(jittered, retryAfter));
}

void ApiJob::onReplyFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    ApiReply result;
    result.attempts = m_attempts;
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.eTag = reply->rawHeader("ETag");
    result.error = ApiError::fromReply(reply, result.body, m_timedOut);
    if (!result.error && m_expectJson) {
        QJsonParseError parse;
        result.json = QJsonDocument::fromJson(result.body, &parse);
        if (parse.error != QJsonParseError::NoError || !result.json.isObject()) {
            result.error.kind = ApiError::Kind::BadResponse;
            result.error.httpStatus = result.status;
            result.error.message
                = tr("The answer is not a JSON object (%1).").arg(parse.errorString());
        }
    } else if (!result.error && !result.body.isEmpty()) {
        result.json = QJsonDocument::fromJson(result.body);
    }

    if (result.error.kind == ApiError::Kind::Unauthorized && !m_refreshed && m_client->tokens()) {
        // One refresh, then one more try; a second 401 is final.
        m_refreshed = true;
        --m_attempts;
        connect(m_client->tokens(), &TokenSource::refreshFinished, this,
            [this](bool ok, const ApiError &error) {
                disconnect(m_client->tokens(), &TokenSource::refreshFinished, this, nullptr);
                if (ok) {
                    attempt();
                    return;
                }
                ApiReply failed;
                failed.error = error;
                failed.error.kind = ApiError::Kind::Unauthorized;
                failed.attempts = m_attempts;
                finish(failed);
            });
        m_client->tokens()->refresh();
        return;
    }
    if (result.error.isRetryable() && m_attempts < m_client->settings().maxAttempts) {
        const int delay = backoffMs(result.error);
        qCDebug(lcApi).noquote() << m_verb << m_url.path() << "attempt" << m_attempts
                                 << "failed:" << kindName(result.error.kind)
                                 << result.error.httpStatus << "- retrying in" << delay << "ms";
        m_retry->start(delay);
        return;
    }
    finish(result);
}

void ApiJob::finish(ApiReply reply)
{
    if (m_aborted)
        return; // deleteLater() is already pending
    reply.error.operation = m_operation;
    if (reply.error)
        qCInfo(lcApi).noquote() << m_verb << m_url.path() << "failed:" << kindName(reply.error.kind)
                                << reply.error.httpStatus << reply.error.code
                                << reply.error.message;
    emit finished(reply);
    deleteLater();
}

} // namespace rd
