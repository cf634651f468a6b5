#pragma once

#include "remote/apiclient.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

namespace rd {

/// What pushing the outbox did in one run.
struct PushCounts
{
    int pushed = 0; ///< actions the remote applied (or already showed)
    int conflicts = 0; ///< actions that became conflicts
    int failed = 0; ///< actions that cannot be sent at all (the referral is gone)
};

/// Sends the person's queued actions, oldest first per referral: JSON Patch with If-Match and the
/// entry's fixed MS-RequestId. The service decides, never a local estimate: an action is sent
/// whatever the local deadline says. A 412 is re-read and re-based; a 400 becomes a conflict with
/// the service's own words; and when the re-read referral already shows what the action asked
/// for (the answer to an applied write was lost, and the live service has no idempotency key),
/// the action counts as done.
class OutboxPusher : public QObject
{
    Q_OBJECT
public:
    OutboxPusher(Store *store, ApiClient *api, QObject *parent = nullptr);

    /// Tries each entry that may be sent at `now` (its undo window over) once; ends with
    /// finished.
    void run(const QDateTime &now);
    const PushCounts &counts() const { return m_counts; }

    /// How often a 412 is re-based before the action is reported as a conflict.
    static constexpr int maxRebases = 3;

signals:
    /// Ids whose local copy changed.
    void changed(const QStringList &ids);
    /// `stop` is set when the run cannot go on (offline, sign-in needed, a local failure): the
    /// entry stays queued with its request id. A failed store call stops it with
    /// ApiError::Kind::Local and the store's own message.
    void finished(const rd::ApiError &stop);

private:
    QDateTime m_now;
    void next();
    void push(const OutboxEntry &entry, int rebases);
    void onPushed(const OutboxEntry &entry, int rebases, const ApiReply &reply);
    /// Reads the referral again after a 412 or a 400 and decides what the entry became.
    void reread(const OutboxEntry &entry, int rebases, const ApiError &refusal);
    void settle(const OutboxEntry &entry, int rebases, const Referral &fresh,
        const ApiError &refusal);
    void done(const OutboxEntry &entry, const std::optional<Referral> &remote);
    /// The entry can never be sent (the referral is gone): failed, and the next one goes.
    void fail(const OutboxEntry &entry, const QString &why);
    void conflict(const OutboxEntry &entry, const QString &why);
    void halt(const OutboxEntry &entry, const ApiError &error);
    /// A store call failed with `entry` under way: the entry goes back to queued (its request id
    /// kept) and the run stops with the store's words (`cause`, or Store::lastError()).
    void storeFailed(const OutboxEntry &entry, const std::optional<ApiError> &cause = {});
    /// Stores a copy the service sent; false, with the run's error in `failure`, when it fails.
    bool keep(const Referral &fresh, ApiError *failure);
    /// Whether the store still shows `entry` as "sending" (or cannot tell).
    bool stillSending(const OutboxEntry &entry) const;
    QString stuckNote(const OutboxEntry &entry) const;
    void announce(const QStringList &ids);

    Store *m_store;
    ApiClient *m_api;
    PushCounts m_counts;
    QSet<qint64> m_tried;
    /// Entries left "sending" because even putting them back in the queue failed: requeued
    /// first thing in the next run (Store::requeueInterrupted() at the next open is the backstop).
    QHash<qint64, OutboxEntry> m_stuck;
};

} // namespace rd
