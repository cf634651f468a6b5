#include "syncscheduler.h"

#include <QTimer>

namespace rd {

SyncScheduler::SyncScheduler(QObject *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(false); });
}

void SyncScheduler::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

int SyncScheduler::interval() const
{
    return m_timer->interval();
}

bool SyncScheduler::start()
{
    m_timer->start();
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false; // no backend here: the interval and "sync now" still work
    m_last = info->reachability();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
        &SyncScheduler::onReachabilityChanged, Qt::UniqueConnection);
    return true;
}

void SyncScheduler::stop()
{
    m_timer->stop();
}

void SyncScheduler::syncNow(bool full)
{
    emit syncRequested(full);
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "sync", Qt::QueuedConnection, Q_ARG(bool, full));
    if (m_timer->isActive())
        m_timer->start(); // the next timed sync counts from now
}

void SyncScheduler::onReachabilityChanged(QNetworkInformation::Reachability reachability)
{
    const bool cameBack = reachability == QNetworkInformation::Reachability::Online
        && m_last != QNetworkInformation::Reachability::Online;
    m_last = reachability;
    if (cameBack)
        syncNow(false);
}

} // namespace rd
