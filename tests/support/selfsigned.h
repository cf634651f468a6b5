#pragma once

// A self-signed certificate for 127.0.0.1, made with openssl for https tests.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

namespace rd::test {

struct SelfSigned
{
    QSslCertificate certificate;
    QSslKey key;
    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

inline SelfSigned makeSelfSigned()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath });
    if (!openssl.waitForStarted() || !openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return SelfSigned();
    QFile cert(certPath), key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return SelfSigned();
    return { QSslCertificate(cert.readAll(), QSsl::Pem),
        QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem) };
}

} // namespace rd::test
