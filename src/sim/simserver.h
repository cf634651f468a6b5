#pragma once

#include "simservice.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

class QTcpSocket;

namespace rd::sim {

/// Carries the Service over HTTP(S) with Qt HttpServer, and injects the transport faults
/// (dropped connections, truncated or malformed bodies, stalls) that only a wire can show.
class Server : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit Server(Service *service, QObject *parent = nullptr);
    ~Server() override;

    /// Serves https with this certificate and key (call before listen()).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    /// Listens on `address`:`port` (0 picks a free port); returns the port, 0 on failure.
    quint16 listenOn(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// "http://127.0.0.1:<port>" (or https).
    QUrl url() const;

    Service *service() const { return m_service; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(
        const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(
        const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    Request toRequest(const QHttpServerRequest &request) const;
    /// The answer to send, and how to (mis)behave while sending it.
    std::pair<Response, Fault> answer(const QHttpServerRequest &request);
    /// Replaces the answer with a 200 whose body is cut off in the middle of the JSON.
    static void makeMalformed(Response &response);
    /// Writes the answer on the socket itself: dropped without a word for Fault::Reset, half of
    /// the body then closed for Fault::Truncate, whole otherwise.
    static void writeByHand(QTcpSocket *socket, const Response &response, Fault fault);

    Service *m_service;
    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_stalled;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    /// Each open connection by the client's port (see NotingListener in simserver.cpp).
    QHash<quint16, QPointer<QTcpSocket>> m_connections;
#endif
};

} // namespace rd::sim
