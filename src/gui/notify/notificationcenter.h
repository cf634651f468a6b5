#pragma once

#include "insights/responsetimes.h"
#include "notifier.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace rd {

class Clock;
class ReferralListModel;
class Store;

/// Feeds the notification policy from the board's open referrals and the sync engine's changes,
/// shows what is due through a Notifier, and turns clicks into "open this referral" or
/// "I'm interested". One timer, armed for the next warning.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    NotificationCenter(Store *store, Clock *clock, ReferralListModel *model, Notifier *notifier,
        QObject *parent = nullptr);

    void setSettings(const NotificationSettings &settings);
    const NotificationSettings &settings() const { return m_settings; }
    QDateTime armedFor() const { return m_armedFor; }

public slots:
    /// Deadline warnings due now; re-arms the timer.
    void check();
    /// Collects what a sync changed, page by page...
    void onReferralsChanged(const QStringList &ids);
    /// ...and when the run ends: one notification for the new referrals of the whole run, one
    /// per action that could not be sent, then the deadline check.
    void onSyncFinished();
    /// The response figures of this week and the last (WeeklyFigures): the weekly summary
    /// speaks once last week's are there.
    void setWeeklyFigures(const rd::ResponseTimes &figures);

signals:
    void openRequested(const QString &referralId);
    void interestedRequested(const QString &referralId);

private:
    QList<Referral> openReferrals() const;
    /// The weekly summary, when it is due and last week's figures are read.
    void checkWeekly(const QList<Referral> &open, const QDateTime &now);

    Store *m_store;
    Clock *m_clock;
    ReferralListModel *m_model;
    Notifier *m_notifier;
    NotificationPolicy m_policy;
    NotificationSettings m_settings;
    QTimer *m_timer;
    QTimer *m_settle; ///< coalesces the model's changes during a sync into one check
    QStringList m_changed;
    QDateTime m_armedFor;
    WeeklySummaryFacts m_lastWeek; ///< week invalid until WeeklyFigures has read it
};

} // namespace rd
