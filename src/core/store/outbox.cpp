#include "outbox.h"

#include "sqlvalues.h"
#include "storedb.h"

namespace rd {

namespace {

const QString kColumns = QStringLiteral("seq, referral_id, action, input, patch, base_etag, "
                                        "request_id, created_at, attempts, last_error, state, "
                                        "hold_until");

/// A send still "sending" after this long was cut off (a crash, a kill), not under way.
constexpr qint64 kInterruptedAfterMs = 10 * 60 * 1000;

/// SQLite's clock in milliseconds since the epoch, so that every process on the database uses the
/// same one.
const QString kNowMs = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");

OutboxEntry::State stateFromName(const QString &s)
{
    if (s == QLatin1String("sending"))
        return OutboxEntry::State::Sending;
    if (s == QLatin1String("conflict"))
        return OutboxEntry::State::Conflict;
    if (s == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Queued;
}

QJsonObject inputToJson(const ActionInput &in)
{
    QJsonObject o;
    // Minor units as a JSON integer: exact at any size (Schema format 11 wrote older entries'
    // cents so).
    if (in.dealValue)
        o.insert(QStringLiteral("dealValue"), qint64(*in.dealValue));
    if (!in.currency.isEmpty())
        o.insert(QStringLiteral("currency"), in.currency);
    if (in.closingDate.isValid())
        o.insert(QStringLiteral("closingDate"), in.closingDate.toString(Qt::ISODate));
    if (!in.reason.isEmpty())
        o.insert(QStringLiteral("reason"), in.reason);
    if (!in.note.isNull()) // an empty note clears Edit deal's notes; a null one leaves them
        o.insert(QStringLiteral("note"), in.note);
    return o;
}

ActionInput inputFromJson(const QJsonObject &o)
{
    ActionInput in;
    if (o.contains(QLatin1String("dealValue")))
        in.dealValue = o.value(QLatin1String("dealValue")).toInteger();
    in.currency = o.value(QLatin1String("currency")).toString();
    in.closingDate
        = QDate::fromString(o.value(QLatin1String("closingDate")).toString(), Qt::ISODate);
    in.reason = o.value(QLatin1String("reason")).toString();
    if (o.contains(QLatin1String("note"))) {
        in.note = o.value(QLatin1String("note")).toString();
        if (in.note.isNull())
            in.note = QString(0, QChar()); // stored empty: cleared, not "as it was"
    }
    return in;
}

} // namespace

QString OutboxEntry::stateName(State s)
{
    switch (s) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Outbox::Outbox(StoreDb &db)
    : m_db(&db)
{
}

OutboxEntry Outbox::fromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.referralId = q.value(1).toString();
    e.action = Lifecycle::actionFromKey(q.value(2).toString()).value_or(Action::Interested);
    e.input = inputFromJson(sql::parseObject(q.value(3).toString()));
    e.patch = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    e.baseETag = q.value(5).toString();
    e.requestId = QUuid(q.value(6).toString());
    e.createdAt = sql::fromMs(q.value(7));
    e.attempts = q.value(8).toInt();
    e.lastError = q.value(9).toString();
    e.state = stateFromName(q.value(10).toString());
    e.holdUntil = sql::fromMs(q.value(11));
    return e;
}

std::optional<qint64> Outbox::insert(const OutboxEntry &entry)
{
    Statement q = m_db->prepared(
        QStringLiteral("INSERT INTO outbox (referral_id, action, input, patch, base_etag, "
                       "request_id, created_at, hold_until) VALUES (?,?,?,?,?,?,?,?)"));
    if (!q.exec({ entry.referralId, Lifecycle::actionKey(entry.action),
            sql::compact(inputToJson(entry.input)), sql::compact(entry.patch), entry.baseETag,
            entry.requestId.toString(QUuid::WithoutBraces), sql::ms(entry.createdAt),
            sql::ms(entry.holdUntil) })) {
        m_db->failed(q.error(), "queueing an action:");
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

QList<OutboxEntry> Outbox::select(const QString &where, const QVariantList &values) const
{
    Statement q
        = m_db->prepared(QStringLiteral("SELECT %1 FROM outbox o %2 ORDER BY seq").arg(kColumns, where));
    QList<OutboxEntry> out;
    if (!q.exec(values)) {
        m_db->failed(q.error(), "reading the outbox:");
        return out;
    }
    while (q.next())
        out.append(fromRow(q.query()));
    return out;
}

QList<OutboxEntry> Outbox::all() const
{
    return select(QString(), {});
}

QList<OutboxEntry> Outbox::forReferral(const QString &referralId) const
{
    return select(QStringLiteral("WHERE referral_id = ?"), { referralId });
}

std::optional<OutboxEntry> Outbox::entry(qint64 seq) const
{
    const QList<OutboxEntry> found = select(QStringLiteral("WHERE seq = ?"), { seq });
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

bool Outbox::pendingFor(const QStringList &ids, QHash<QString, QList<OutboxEntry>> *out) const
{
    for (const QStringList &chunk : sql::chunked(ids)) {
        QSqlQuery q(m_db->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('queued','sending','failed') "
                                 "AND referral_id IN (%2) ORDER BY seq")
                      .arg(kColumns, sql::placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return m_db->failed(q.lastError(), "reading the outbox:");
        while (q.next()) {
            OutboxEntry e = fromRow(q);
            (*out)[e.referralId].append(std::move(e));
        }
    }
    return true;
}

QList<OutboxEntry> Outbox::sendable(const QDateTime &now) const
{
    // The head of each referral's queue, if it is waiting; a referral whose head is sending,
    // failed, in conflict or still in its undo window sends nothing after it, so actions never
    // overtake each other.
    const QString head = QStringLiteral("WHERE state = 'queued' AND seq = (SELECT min(seq) FROM "
                                        "outbox h WHERE h.referral_id = o.referral_id)");
    if (!now.isValid())
        return select(head, {});
    // A window that ends more than an hour from now is longer than any undo window: the clock
    // was set back since. It is over rather than held for that long.
    return select(head
            + QStringLiteral(" AND (hold_until IS NULL OR hold_until <= ? OR hold_until > ?)"),
        { sql::ms(now), sql::ms(now.addSecs(3600)) });
}

bool Outbox::release(qint64 seq)
{
    Statement q = m_db->prepared(QStringLiteral(
        "UPDATE outbox SET hold_until = NULL WHERE seq = ? AND hold_until IS NOT NULL"));
    if (!q.exec({ seq }))
        return m_db->failed(q.error(), "ending an undo window:");
    return q.numRowsAffected() == 1;
}

int Outbox::releaseAll()
{
    Statement q = m_db->prepared(
        QStringLiteral("UPDATE outbox SET hold_until = NULL WHERE hold_until IS NOT NULL"));
    if (!q.exec()) {
        m_db->failed(q.error(), "ending the undo windows:");
        return -1;
    }
    return q.numRowsAffected();
}

bool Outbox::setState(
    qint64 seq, OutboxEntry::State state, const QString &error, bool countAttempt)
{
    Statement q = m_db->prepared(QStringLiteral(
        "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + ? WHERE seq = ?"));
    if (!q.exec({ OutboxEntry::stateName(state), sql::nullableText(error), countAttempt ? 1 : 0,
            seq }))
        return m_db->failed(q.error(), "changing an action's state:");
    return q.numRowsAffected() == 1;
}

bool Outbox::markSending(qint64 seq)
{
    // Only from "queued": an entry the person just undid (deleted) or one already on its way is
    // not sent again. Together with remove(…, unlessSending) exactly one of them wins.
    Statement q = m_db->prepared(
        QStringLiteral("UPDATE outbox SET state = 'sending', last_error = NULL, "
                       "attempts = attempts + 1, sending_since = %1 "
                       "WHERE seq = ? AND state = 'queued'")
            .arg(kNowMs));
    if (!q.exec({ seq }))
        return m_db->failed(q.error(), "marking as sending:");
    return q.numRowsAffected() == 1;
}

bool Outbox::remove(qint64 seq, bool unlessSending)
{
    Statement q = m_db->prepared(unlessSending
            ? QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state <> 'sending'")
            : QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    if (!q.exec({ seq }))
        return m_db->failed(q.error(), "removing an action:");
    return q.numRowsAffected() == 1;
}

int Outbox::requeueInterrupted()
{
    // Only what no one is sending any more: another Referral Desk (the app while the CLI starts,
    // or the other way round) may be sending an entry right now, and taking it back would send it
    // twice. A send ends within minutes (timeouts and retries); one older than that was cut off.
    Statement q = m_db->prepared(
        QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'sending' AND "
                       "(sending_since IS NULL OR sending_since < %1 - %2)")
            .arg(kNowMs)
            .arg(kInterruptedAfterMs));
    if (!q.exec()) {
        m_db->failed(q.error(), "requeueing interrupted sends:");
        return -1;
    }
    return q.numRowsAffected();
}

// -- ActionHistory -------------------------------------------------------------------------------

ActionHistory::ActionHistory(StoreDb &db)
    : m_db(&db)
{
}

bool ActionHistory::record(const OutboxEntry &entry, const QString &result)
{
    Statement q = m_db->prepared(QStringLiteral(
        "INSERT INTO history (referral_id, action, taken_at, result, detail) VALUES (?,?,?,?,?)"));
    if (!q.exec({ entry.referralId, Lifecycle::actionKey(entry.action), sql::ms(entry.createdAt),
            result, entry.lastError.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(entry.lastError) }))
        return m_db->failed(q.error(), "recording an action's history:");
    return true;
}

QList<HistoryEntry> ActionHistory::of(const QString &referralId) const
{
    QList<HistoryEntry> out;
    Statement q = m_db->prepared(QStringLiteral(
        "SELECT action, taken_at, result, detail FROM history WHERE referral_id = ? ORDER BY id"));
    if (!q.exec({ referralId })) {
        m_db->failed(q.error(), "reading the history:");
        return out;
    }
    while (q.next()) {
        out.append({ Lifecycle::actionFromKey(q.value(0).toString()).value_or(Action::Interested),
            sql::fromMs(q.value(1)), q.value(2).toString(), q.value(3).toString() });
    }
    return out;
}

} // namespace rd
