#pragma once

#include <QCoreApplication>
#include <QString>

class QNetworkReply;

namespace rd {

/// What went wrong with a call to the Referrals API, typed so that callers decide by kind and
/// people read the remote's own words.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Offline, ///< no connection, refused, reset, or cut off mid-answer
        Timeout, ///< no answer within the timeout
        Unauthorized, ///< 401 after one refresh; sign in again
        Forbidden, ///< 403: the account lacks a Referrals role
        NotFound, ///< 404
        Conflict, ///< 412: the referral changed since it was read
        InvalidRequest, ///< 400: an illegal transition or a bad value
        Throttled, ///< 429
        ServerError, ///< 5xx
        BadResponse, ///< an answer that is not what the contract says (not JSON, no value)
        Insecure, ///< TLS failed, or plain http to a host that is not loopback
        /// The local database failed (full disk, read-only file, locked, damaged): not the
        /// service and not the network. `message` is the store's own (it names the file and
        /// says what to do); the sync engine reports it as ConnectionState::LocalProblem.
        Local,
        Settings, ///< the settings name no usable address; nothing was sent
    };
    /// What was asked when it went wrong: a refused listing is not a refused change.
    enum class Operation {
        List, ///< a page of the referral list
        Read, ///< one referral
        Write, ///< a change to a referral
    };
    Kind kind = Kind::None;
    Operation operation = Operation::Read;
    int httpStatus = 0;
    QString code; ///< the remote's error code, when it sent one
    QString message; ///< the remote's message, or a description of the network failure
    int retryAfterSecs = -1;

    explicit operator bool() const { return kind != Kind::None; }
    /// Timeouts, resets, 5xx, 429 and broken bodies may succeed when tried again.
    bool isRetryable() const;
    /// One sentence for a person: what happened and, where it helps, what to do.
    QString describe() const;

    /// A Local error carrying the store's own message (StoreError::message).
    static ApiError local(const QString &storeMessage);
    /// Reads the error of a finished reply (status, body in either error shape, Retry-After).
    static ApiError fromReply(QNetworkReply *reply, const QByteArray &body, bool timedOut);
    /// Seconds to wait from a Retry-After value: delay-seconds, or an HTTP date compared with
    /// `reference` (the answer's own Date header where it has one, so clock skew does not count).
    /// -1 when the value is neither.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &reference);
    /// An HTTP date (IMF-fixdate, RFC 850 or asctime form) as UTC; invalid when it is none.
    static QDateTime parseHttpDate(const QByteArray &value);
};

QString kindName(ApiError::Kind kind);

} // namespace rd
