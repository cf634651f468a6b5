#pragma once

// For tests that run the in-process simulator: what it has counted, one whole sync, and what a
// browser does with a sign-in page.

#include "simservice.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <algorithm>

namespace rd::test {

/// How many requests of a kind ("list", "get", "patch", "refused:filter"...) it has answered.
inline int simRequests(const sim::Service &service, const QString &kind)
{
    return service.counters().value(QStringLiteral("requests")).toObject().value(kind).toInt();
}

/// How many times slower everything runs: RD_TIME_SCALE=4 under the sanitizers (scripts/lib.sh),
/// as CTest's own timeouts there; 1 otherwise. Waits and request timeouts are multiplied by it.
inline int timeScale()
{
    return std::max(1, qEnvironmentVariableIntValue("RD_TIME_SCALE"));
}

/// Runs one sync to its end and returns its summary; a sync that never ends fails the test run.
inline SyncSummary syncOnce(SyncEngine &engine, bool full = false)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.sync(full);
    const int kMinutes = timeScale();
    if (finished.isEmpty() && !finished.wait(kMinutes * 60000))
        qFatal("sync did not finish within %d minute(s)", kMinutes);
    return finished.first().first().value<SyncSummary>();
}

/// What a browser does with the authorization URL: follows the simulator's redirect to the app's
/// loopback listener (where the simulated user has consented at once).
inline void followSignInPage(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [&nam, reply] {
        reply->deleteLater();
        const QUrl callback = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
        QNetworkReply *landing = nam.get(QNetworkRequest(callback));
        QObject::connect(landing, &QNetworkReply::finished, landing, &QObject::deleteLater);
    });
}

} // namespace rd::test
