#include "simserver.h"

#include "simhttpcompat.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QSslServer>
#endif

namespace rd::sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

// Cut off in the middle of a JSON document: what a broken proxy hands on.
const QByteArray kMalformed
    = R"({"@odata.context":"$metadata#referrals","value":[{"id":"7c9e6679-)";

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
// A QTcpServer or QSslServer that tells of each connection it hands to Qt HttpServer: from Qt 6.8
// on, the responder that handleRequest() gets does not give its socket away, and a reset or a cut
// body is done on the socket.
template<class Base>
class NotingListener final : public Base
{
public:
    NotingListener(std::function<void(QTcpSocket *)> note, QObject *parent)
        : Base(parent)
        , m_note(std::move(note))
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            m_note(socket);
        return socket;
    }

private:
    std::function<void(QTcpSocket *)> m_note;
};
#endif

} // namespace

Server::Server(Service *service, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{
}

Server::~Server()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_stalled)) {
        if (s)
            s->abort();
    }
}

void Server::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

quint16 Server::listenOn(const QHostAddress &address, quint16 port)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Clients all come from loopback: their port tells their connection apart.
    const auto note = [this](QTcpSocket *socket) {
        m_connections.removeIf([](auto it) { return it.value().isNull(); });
        m_connections.insert(socket->peerPort(), socket);
    };
    QTcpServer *tcp = nullptr;
    if (!m_certificate.isNull()) {
        auto *ssl = new NotingListener<QSslServer>(note, this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        ssl->setSslConfiguration(config);
        tcp = ssl;
    } else {
        tcp = new NotingListener<QTcpServer>(note, this);
    }
    if (!tcp->listen(address, port) || !bind(tcp)) {
        delete tcp;
        return 0;
    }
    m_port = tcp->serverPort();
#else
    if (!m_certificate.isNull())
        sslSetup(m_certificate, m_key);
    m_port = listen(address, port);
#endif
    return m_port;
}

QUrl Server::url() const
{
    QUrl u;
    u.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

Request Server::toRequest(const QHttpServerRequest &request) const
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = QUrlQuery(request.url());
    for (const auto &h : compat::requestHeaders(request))
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.base = url();
    return r;
}

std::pair<Response, Fault> Server::answer(const QHttpServerRequest &request)
{
    const Request r = toRequest(request);
    const Fault fault = m_service->takeFault(r);
    switch (fault) {
    case Fault::Status500:
        return { Response::error(500, QStringLiteral("InternalServerError"),
                     QStringLiteral("Injected failure.")),
            Fault::None };
    case Fault::Status503: {
        Response resp = Response::error(
            503, QStringLiteral("ServiceUnavailable"), QStringLiteral("Injected failure."));
        m_service->setRetryAfter(resp);
        return { resp, Fault::None };
    }
    case Fault::Throttle429: {
        // The gateway's own error shape, as some Partner Center answers have it.
        Response resp = Response::json(429,
            QJsonObject { { QStringLiteral("statusCode"), 429 },
                { QStringLiteral("message"),
                    QStringLiteral("Rate limit is exceeded. Try again later.") } });
        m_service->setRetryAfter(resp);
        return { resp, Fault::None };
    }
    default:
        // Writes are applied before a dropped or cut answer: the client must retry them safely.
        return { m_service->handle(r), fault };
    }
}

void Server::makeMalformed(Response &response)
{
    response.status = 200;
    response.body = kMalformed;
    response.setHeader("Content-Type", "application/json");
}

void Server::writeByHand(QTcpSocket *socket, const Response &response, Fault fault)
{
    if (fault == Fault::Reset) {
        socket->abort();
        return;
    }
    // Written by hand so that a body can be cut off mid-way.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : std::as_const(response.headers))
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    socket->write(head);
    if (fault == Fault::Truncate) {
        socket->write(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto [response, fault] = answer(request);
    if (fault == Fault::Stall) {
        m_stalled.append(socket); // answered never; closed when the server goes
        return true;
    }
    if (fault == Fault::Malformed)
        makeMalformed(response);
    writeByHand(socket, response, fault);
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

#else

// Qt 6.5 and later hand out a responder instead of the socket. From Qt 6.8 on the listener notes
// each connection's socket (NotingListener); with Qt 6.5 to 6.7 a dropped connection and a cut body
// become a stall (the client's timeout sees a failure as well).
bool Server::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    auto [response, fault] = answer(request);
    if (fault == Fault::Reset || fault == Fault::Truncate) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        if (QTcpSocket *socket = m_connections.value(request.remotePort()))
            writeByHand(socket, response, fault);
#endif
        return true; // without the socket: a stall
    }
    if (fault == Fault::Stall)
        return true;
    if (fault == Fault::Malformed)
        makeMalformed(response);
    compat::write(responder, response);
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void Server::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    handleRequest(request, responder);
}
#else
void Server::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    handleRequest(request, responder);
}
#endif

#endif

} // namespace rd::sim
