#pragma once

#include <QNetworkInformation>
#include <QObject>
#include <QPointer>

class QTimer;

namespace rd {

/// Decides when to sync: every `interval` (default 5 minutes), when the network comes back
/// (QNetworkInformation, where the platform has a backend), and on demand. Lives on the GUI
/// thread; asks the engine through a queued call, so it never waits on the network.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 5 * 60 * 1000;

    explicit SyncScheduler(QObject *engine, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const;
    /// Starts the timer and listens for the network; returns whether reachability is known here.
    bool start();
    void stop();

public slots:
    void syncNow(bool full = false);
    /// From QNetworkInformation (and tests): a move to Online asks for a sync.
    void onReachabilityChanged(QNetworkInformation::Reachability reachability);

signals:
    void syncRequested(bool full);

private:
    QPointer<QObject> m_engine;
    QTimer *m_timer;
    QNetworkInformation::Reachability m_last = QNetworkInformation::Reachability::Unknown;
};

} // namespace rd
