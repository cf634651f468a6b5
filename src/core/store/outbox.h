#pragma once

#include "domain/lifecycle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QUuid>
#include <optional>

class QSqlQuery;

namespace rd {

class StoreDb;

/// A queued action waiting to reach the remote (docs/architecture.md, "How data flows").
struct OutboxEntry
{
    enum class State { Queued, Sending, Conflict, Failed };

    qint64 seq = 0; ///< global FIFO order
    QString referralId;
    Action action = Action::Interested;
    ActionInput input;
    QJsonArray patch; ///< as built against the copy the person acted on
    QString baseETag; ///< the eTag that copy had
    QUuid requestId; ///< MS-RequestId, fixed at enqueue time so retries are idempotent
    QDateTime createdAt;
    /// Not sent before this time: the person's window to undo it. Invalid: may be sent now.
    QDateTime holdUntil;
    int attempts = 0;
    QString lastError;
    State state = State::Queued;

    /// "queued", "sending", "conflict" or "failed", as stored.
    static QString stateName(State state);
};

/// An action that left the outbox: "sent" (the remote applied it), "undone" or "dropped".
struct HistoryEntry
{
    Action action = Action::Interested;
    QDateTime takenAt;
    QString result;
    QString detail;
};

/// The `outbox` table: the person's actions in the order they were taken, until the service has
/// them. Calls do not open transactions of their own; Store wraps the ones that must go together
/// with a change of the referral. A failed call records why in StoreDb::lastError().
class Outbox
{
public:
    explicit Outbox(StoreDb &db);

    /// Adds the entry (its seq is ignored); the new seq, or nothing when it failed.
    std::optional<qint64> insert(const OutboxEntry &entry);

    QList<OutboxEntry> all() const;
    QList<OutboxEntry> forReferral(const QString &referralId) const;
    /// The entry, or nothing when it is gone (or reading failed: see lastError()).
    std::optional<OutboxEntry> entry(qint64 seq) const;
    /// The entries that still shape the person's view (queued, sending, failed) of each of these
    /// referrals, oldest first; false when reading failed.
    bool pendingFor(const QStringList &ids, QHash<QString, QList<OutboxEntry>> *out) const;
    /// The oldest queued entry of each referral whose earlier entries are all done and whose
    /// undo window has ended at `now` (not looked at when `now` is invalid).
    QList<OutboxEntry> sendable(const QDateTime &now) const;

    bool release(qint64 seq);
    /// How many were held, or -1 when it failed.
    int releaseAll();
    /// Sets the state (and the error shown with it); `countAttempt` adds one to attempts.
    bool setState(qint64 seq, OutboxEntry::State state, const QString &error,
        bool countAttempt = false);
    /// Queued → sending, with the time it started; false when not queued (or gone).
    bool markSending(qint64 seq);
    /// Deletes the entry; with `unlessSending`, not while it is being sent. False when nothing
    /// was deleted (see lastError() for a failure).
    bool remove(qint64 seq, bool unlessSending = false);
    /// Entries left "sending" for longer than a send can take go back to "queued"; how many, or
    /// -1 when it failed.
    int requeueInterrupted();

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &values) const;
    static OutboxEntry fromRow(const QSqlQuery &q);

    StoreDb *m_db;
};

/// The `history` table: what became of the person's actions once they left the outbox.
class ActionHistory
{
public:
    explicit ActionHistory(StoreDb &db);
    bool record(const OutboxEntry &entry, const QString &result);
    /// Oldest first; empty with lastError() set when reading failed.
    QList<HistoryEntry> of(const QString &referralId) const;

private:
    StoreDb *m_db;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::OutboxEntry)
