#pragma once

#include "apierror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rd {

/// Where bearer tokens come from. The API client asks for the current one on every attempt and
/// for one refresh after a 401.
class TokenSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TokenSource() override;
    virtual QString accessToken() const = 0;
    /// Starts getting a new access token; ends with refreshFinished.
    virtual void refresh() = 0;

signals:
    void refreshFinished(bool ok, const rd::ApiError &error);
};

/// A token given from outside (--access-token, tests): used as is, never refreshed or stored.
class StaticTokenSource final : public TokenSource
{
    Q_OBJECT
public:
    explicit StaticTokenSource(QString token, QObject *parent = nullptr);
    QString accessToken() const override { return m_token; }
    void refresh() override;

private:
    QString m_token;
};

struct ApiSettings
{
    QUrl apiBase; ///< e.g. https://api.partner.microsoft.com (the path /v1.0/... is appended)
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 30000;
    int maxAttempts = 5;
    int backoffBaseMs = 1000;
    int backoffMaxMs = 60000;
};

struct ApiReply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QByteArray eTag;
    ApiError error;
    int attempts = 0;
};

class ApiClient;

/// One request to the Referrals API (in the manner of Nextcloud's AbstractNetworkJob): its own
/// timeout, retries with exponential backoff and jitter (never sooner than Retry-After), one
/// token refresh after a 401, and a typed error. Deletes itself after `finished`.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(ApiClient *client, QByteArray verb, QUrl url, QByteArray body,
        QHash<QByteArray, QByteArray> headers, bool expectJson,
        ApiError::Operation operation = ApiError::Operation::Read);
    ~ApiJob() override;

    void start();
    void abort();
    QUrl url() const { return m_url; }

signals:
    void finished(const rd::ApiReply &reply);

private:
    void attempt();
    void onReplyFinished();
    void finish(ApiReply reply);
    int backoffMs(const ApiError &error) const;

    ApiClient *m_client;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    bool m_expectJson;
    ApiError::Operation m_operation;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QTimer *m_retry;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_aborted = false; ///< abort() was called: nothing is reported any more
    bool m_timedOut = false;
};

/// Makes ApiJobs against one API base with an injected QNetworkAccessManager; no global state.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, TokenSource *tokens, ApiSettings settings,
        QObject *parent = nullptr);

    const ApiSettings &settings() const { return m_settings; }
    /// Takes effect with the next request.
    void setSettings(ApiSettings settings) { m_settings = std::move(settings); }
    QNetworkAccessManager *network() const { return m_nam; }
    TokenSource *tokens() const { return m_tokens; }

    /// A new MS-CorrelationId for the calls of one logical operation (a sync run).
    void newCorrelation() { m_correlationId = QUuid::createUuid(); }
    QUuid correlationId() const { return m_correlationId; }

    QUrl referralsUrl(const QUrlQuery &query = {}) const;
    /// Follows a nextLink as given, except that it is upgraded to https when the base is https.
    QUrl followLink(const QUrl &nextLink) const;

    /// A page of the referral list (a first page or a nextLink).
    ApiJob *get(const QUrl &url);
    ApiJob *getReferral(const QString &id);
    /// PATCH with If-Match and the outbox entry's fixed MS-RequestId; asks for the result.
    ApiJob *patchReferral(
        const QString &id, const QJsonArray &patch, const QString &eTag, const QUuid &requestId);

    /// Refuses to talk to anything but https, or http on a loopback address.
    static ApiError checkUrl(const QUrl &url);

private:
    friend class ApiJob;
    QNetworkAccessManager *m_nam;
    TokenSource *m_tokens;
    ApiSettings m_settings;
    QUuid m_correlationId = QUuid::createUuid();
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ApiReply)
Q_DECLARE_METATYPE(rd::ApiError)
