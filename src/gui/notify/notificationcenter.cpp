#include "notificationcenter.h"

#include "domain/clock.h"
#include "models/referrallistmodel.h"
#include "store/store.h"

#include <QTimer>
#include <algorithm>

namespace rd {

NotificationCenter::NotificationCenter(
    Store *store, Clock *clock, ReferralListModel *model, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_model(model)
    , m_notifier(notifier)
    , m_policy(
          DeadlinePolicy(), [store](const QString &key) { return store->wasNotified(key); },
          [store, clock](const QString &key) { store->markNotified(key, clock->now()); })
    , m_timer(new QTimer(this))
    , m_settle(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &NotificationCenter::check);
    connect(m_clock, &Clock::jumped, this, &NotificationCenter::check);
    // A sync changes the model page by page; look once things have settled.
    m_settle->setSingleShot(true);
    m_settle->setInterval(2000);
    connect(m_settle, &QTimer::timeout, this, &NotificationCenter::check);
    connect(m_model, &ReferralListModel::scheduleChanged, m_settle, qOverload<>(&QTimer::start));
    connect(
        m_notifier, &Notifier::activated, this, [this](const QString &id, const QString &action) {
            if (action == QLatin1String("interested"))
                emit interestedRequested(id);
            else
                emit openRequested(id);
        });
}

void NotificationCenter::setSettings(const NotificationSettings &settings)
{
    m_settings = settings;
    check();
}

QList<Referral> NotificationCenter::openReferrals() const
{
    QList<Referral> out;
    out.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (std::optional<Referral> r = m_model->referralAt(row))
            out.append(std::move(*r));
    return out;
}

void NotificationCenter::check()
{
    const QDateTime now = m_clock->now();
    const QList<Referral> open = openReferrals();
    for (const Notification &n : m_policy.deadlines(open, now, m_settings))
        m_notifier->show(n);
    checkWeekly(open, now);
    m_armedFor = m_policy.nextDue(open, now);
    // Monday 08:00, when the weekly summary falls due.
    const QDateTime weekly = NotificationPolicy::weeklySummaryDue(now, m_settings.zone);
    if (weekly > now && (!m_armedFor.isValid() || weekly < m_armedFor))
        m_armedFor = weekly;
    // Held back by quiet hours: look again within the hour even if nothing else is due.
    const QDateTime recheck = now.addSecs(3600);
    if (!m_armedFor.isValid() || m_armedFor > recheck)
        m_armedFor = recheck;
    m_timer->start(int(std::clamp<qint64>(now.msecsTo(m_armedFor), 0, 3600 * 1000)));
}

void NotificationCenter::setWeeklyFigures(const ResponseTimes &figures)
{
    if (figures.weeks.size() < 2)
        return;
    const InsightFigures last = figures.lastWeek();
    m_lastWeek.week = figures.weeks.at(figures.weeks.size() - 2).monday;
    m_lastWeek.received = last.received;
    m_lastWeek.answeredWithin24h = last.answeredWithin24h;
    checkWeekly(openReferrals(), m_clock->now());
}

void NotificationCenter::checkWeekly(const QList<Referral> &open, const QDateTime &now)
{
    if (!m_lastWeek.week.isValid())
        return;
    // "Needs an update": Negotiating with the closing date passed, as the badge says Overdue
    // (the open referrals are in memory; no query).
    WeeklySummaryFacts facts = m_lastWeek;
    const DeadlinePolicy deadlines;
    facts.needsUpdate = int(std::count_if(open.cbegin(), open.cend(), [&](const Referral &r) {
        const QDateTime end = deadlines.closingEnd(r); // invalid but in Negotiating
        return end.isValid() && end <= now;
    }));
    if (const std::optional<Notification> n = m_policy.weeklySummary(facts, now, m_settings))
        m_notifier->show(*n);
}

void NotificationCenter::onReferralsChanged(const QStringList &ids)
{
    m_changed += ids;
}

void NotificationCenter::onSyncFinished()
{
    const QStringList ids = std::exchange(m_changed, {});
    const QDateTime now = m_clock->now();
    const QHash<QString, Referral> changed = m_store->referrals(ids);
    QList<Referral> arrived;
    for (const QString &id : ids) {
        const auto it = changed.constFind(id);
        if (it != changed.constEnd() && it->stage() == Stage::New)
            arrived.append(*it);
    }
    if (const std::optional<Notification> n = m_policy.arrivals(arrived, m_settings, now))
        m_notifier->show(*n);
    for (const OutboxEntry &e : m_store->outbox()) {
        if (!ids.contains(e.referralId)
            || (e.state != OutboxEntry::State::Conflict && e.state != OutboxEntry::State::Failed))
            continue;
        if (const auto it = changed.constFind(e.referralId); it != changed.constEnd()) {
            if (const std::optional<Notification> n
                = m_policy.actionProblem(*it, e.seq, e.lastError, m_settings, now))
                m_notifier->show(*n);
        }
    }
    // The deadlines of what the sync brought, at once and after the arrivals.
    check();
}

} // namespace rd
