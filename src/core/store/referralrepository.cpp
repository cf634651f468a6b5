#include "referralrepository.h"

#include "domain/referraljson.h"
#include "packedreferral.h"
#include "relatedquery.h"
#include "searchtext.h"
#include "sqlvalues.h"
#include "storedb.h"

#include <QLoggingCategory>
#include <algorithm>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

namespace {

// The document and the client's memory first, then the columns a damaged document is shown from.
const QString kColumns = QStringLiteral(
    "r.raw, r.last_open_substatus, r.interested_at, r.accepted_at, r.closed_at, r.id, r.name, "
    "r.customer_name, r.country, r.size, r.status, r.substatus, r.status_reason, r.deal_value, "
    "r.currency, r.closing_at, r.created_at, r.updated_at, r.expiration_at, r.etag, r.outgoing, "
    "r.needs_refresh");
constexpr int kNeedsRefreshColumn = 21;
constexpr int kRemoteRawColumn = 22; // forAction() only

/// The remote copy instead of the person's view, in the same columns.
QString remoteColumns()
{
    QString columns = kColumns;
    return columns.replace(0, 5, QStringLiteral("coalesce(r.remote_raw, r.raw)"));
}

/// The columns the search text is made of, in SearchText::of's order, then the rowid; of the
/// row whose `key` (id or rowid) is bound.
QString searchableColumnsOf(const QString &key)
{
    return QStringLiteral("SELECT customer_name, name, notes, city, country, products, contacts, "
                          "rowid FROM referrals WHERE %1 = ?")
        .arg(key);
}

/// What the columns beside a damaged document still say.
Referral fromColumns(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(5).toString();
    r.name = q.value(6).toString();
    r.customerProfile.name = q.value(7).toString();
    r.customerProfile.address.country = q.value(8).toString();
    r.customerProfile.size = q.value(9).toString();
    r.status = q.value(10).toString();
    r.substatus = q.value(11).toString();
    r.statusReason = q.value(12).toString();
    if (!q.value(13).isNull())
        r.details.dealValue = q.value(13).toLongLong();
    r.details.currency = q.value(14).toString();
    r.details.closingDateTime = sql::fromMs(q.value(15));
    r.createdDateTime = sql::fromMs(q.value(16));
    r.updatedDateTime = sql::fromMs(q.value(17));
    r.expirationDateTime = sql::fromMs(q.value(18));
    r.eTag = q.value(19).toString();
    if (q.value(20).toBool())
        r.direction = QStringLiteral("Outgoing");
    r.needsRefresh = true;
    return r;
}

/// The statement ReferralRepository::write runs: made once per kind of file (the columns of
/// formats 15 and 17, unless a file was opened at an older format by a test or a tool).
QString upsertSql(bool keyed, bool packedDocuments)
{
    static const auto make = [](bool keyed, bool packedDocuments) {
        return QStringLiteral(
            R"(INSERT INTO referrals (id, name, customer_name, country, size, stage, outcome,
            status, substatus, status_reason, deal_value, currency, closing_at, created_at, updated_at,
            expiration_at, accepted_at, closed_at, interested_at, etag, last_open_substatus, raw, remote_raw,
            visible, notes, city, products, contacts, outgoing, needs_refresh%1%4)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?,0%2%5)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, customer_name = excluded.customer_name,
            country = excluded.country, size = excluded.size, stage = excluded.stage,
            outcome = excluded.outcome, status = excluded.status, substatus = excluded.substatus,
            status_reason = excluded.status_reason, deal_value = excluded.deal_value,
            currency = excluded.currency, closing_at = excluded.closing_at,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            expiration_at = excluded.expiration_at, accepted_at = excluded.accepted_at,
            closed_at = excluded.closed_at, interested_at = excluded.interested_at,
            etag = excluded.etag, last_open_substatus = excluded.last_open_substatus,
            raw = excluded.raw, remote_raw = excluded.remote_raw, visible = 1,
            notes = excluded.notes, city = excluded.city, products = excluded.products,
            contacts = excluded.contacts, outgoing = excluded.outgoing, needs_refresh = 0%3%6)")
            .arg(keyed ? QStringLiteral(", customer_key, mail_domain") : QString(),
                keyed ? QStringLiteral(",?,?") : QString(),
                keyed ? QStringLiteral(", customer_key = excluded.customer_key, "
                                       "mail_domain = excluded.mail_domain")
                      : QString(),
                packedDocuments ? QStringLiteral(", industry, qualification") : QString(),
                packedDocuments ? QStringLiteral(",?,?") : QString(),
                packedDocuments ? QStringLiteral(", industry = excluded.industry, "
                                                 "qualification = excluded.qualification")
                                : QString());
    };
    static const QString sql[2][2]
        = { { make(false, false), make(false, true) }, { make(true, false), make(true, true) } };
    return sql[keyed][packedDocuments];
}

} // namespace

ReferralRepository::ReferralRepository(StoreDb &db)
    : m_db(&db)
{
}

Referral ReferralRepository::fromRow(const QSqlQuery &q, bool *unreadable) const
{
    bool ok = false;
    const QJsonObject raw = sql::parseDocument(q.value(0), &ok);
    ParseResult parsed = ok ? ReferralJson::fromObject(raw) : ParseResult();
    if (!parsed.ok()) {
        // Shown from its columns rather than as an empty "Unknown" card: the person still sees
        // which referral it is, and the next sync reads it again.
        if (!q.value(kNeedsRefreshColumn).toBool())
            *unreadable = true;
        qCWarning(lcStore) << "the stored copy of" << q.value(5).toString()
                           << "cannot be read; it is read again with the next sync";
    }
    Referral r = parsed.ok() ? std::move(*parsed.referral) : fromColumns(q);
    r.lastOpenSubstatus = q.value(1).toString();
    r.interestedDateTime = sql::fromMs(q.value(2));
    r.acceptedDateTime = sql::fromMs(q.value(3));
    r.closedDateTime = sql::fromMs(q.value(4));
    return r;
}

QList<Referral> ReferralRepository::read(
    const QString &sqlText, const QVariantList &values, const char *what) const
{
    QList<Referral> out;
    visit(sqlText, values, what, [&out](Referral &&r) { out.append(std::move(r)); });
    return out;
}

void ReferralRepository::visit(const QString &sqlText, const QVariantList &values,
    const char *what, const Visitor &each) const
{
    QStringList unreadable;
    {
        Statement q = m_db->prepared(sqlText);
        if (!q.exec(values)) {
            m_db->failed(q.error(), what);
            return;
        }
        while (q.next()) {
            bool damaged = false;
            Referral r = fromRow(q.query(), &damaged);
            if (damaged)
                unreadable.append(r.id);
            each(std::move(r));
        }
    }
    remember(unreadable);
}

std::optional<Referral> ReferralRepository::byId(const QString &id) const
{
    const QList<Referral> found
        = read(QStringLiteral("SELECT %1 FROM referrals r WHERE r.id = ?").arg(kColumns), { id },
            "reading a referral:");
    return found.isEmpty() ? std::nullopt : std::optional<Referral>(found.first());
}

std::optional<Referral> ReferralRepository::remoteCopy(const QString &id) const
{
    const QList<Referral> found
        = read(QStringLiteral("SELECT %1 FROM referrals r WHERE r.id = ?").arg(remoteColumns()),
            { id }, "reading a referral:");
    return found.isEmpty() ? std::nullopt : std::optional<Referral>(found.first());
}

QHash<QString, Referral> ReferralRepository::byIds(const QStringList &ids) const
{
    QHash<QString, Referral> out;
    QStringList unreadable;
    for (const QStringList &chunk : sql::chunked(ids)) {
        QSqlQuery q(m_db->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM referrals r WHERE r.id IN (%2)")
                      .arg(kColumns, sql::placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            m_db->failed(q.lastError(), "reading referrals:");
            return {};
        }
        while (q.next()) {
            bool damaged = false;
            Referral r = fromRow(q, &damaged);
            if (damaged)
                unreadable.append(r.id);
            out.insert(r.id, std::move(r));
        }
    }
    remember(unreadable);
    return out;
}

QList<Referral> ReferralRepository::open(std::optional<Stage> stage) const
{
    QList<Referral> out;
    open(stage, [&out](Referral &&r) { out.append(std::move(r)); });
    return out;
}

void ReferralRepository::open(std::optional<Stage> stage, const Visitor &each) const
{
    if (stage) {
        visit(QStringLiteral("SELECT %1 FROM referrals r WHERE r.stage = ? "
                             "ORDER BY r.created_at, r.id")
                  .arg(kColumns),
            { int(*stage) }, "reading the open referrals:", each);
        return;
    }
    // IN, not "<> Archived": the stage index then reads only the open rows, however big the
    // archive (bench_board measured a full scan of a million rows otherwise).
    visit(QStringLiteral("SELECT %1 FROM referrals r WHERE r.stage IN (%2, %3, %4) "
                         "ORDER BY r.created_at, r.id")
              .arg(kColumns)
              .arg(int(Stage::New))
              .arg(int(Stage::Evaluating))
              .arg(int(Stage::Negotiating)),
        {}, "reading the open referrals:", each);
    // Every open referral's pages were read once, to build the board: let the connection's page
    // cache go rather than keep up to its 2 MB of them for the rest of the session.
    Statement shrink = m_db->prepared(QStringLiteral("PRAGMA shrink_memory"));
    shrink.exec();
}

std::optional<std::pair<Referral, QJsonObject>> ReferralRepository::forAction(
    const QString &id) const
{
    Statement q = m_db->prepared(
        QStringLiteral("SELECT %1, coalesce(r.remote_raw, r.raw) FROM referrals r WHERE r.id = ?")
            .arg(kColumns));
    if (!q.exec({ id })) {
        m_db->failed(q.error(), "reading a referral:");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    bool damaged = false;
    Referral view = fromRow(q.query(), &damaged);
    bool readable = false;
    QJsonObject remoteRaw = sql::parseDocument(q.value(kRemoteRawColumn), &readable);
    // Without a readable remote copy an action could not be rebased later: it waits for the
    // refresh like a damaged view does.
    view.needsRefresh = view.needsRefresh || !readable;
    return std::make_pair(std::move(view), std::move(remoteRaw));
}

bool ReferralRepository::facts(const QStringList &ids, QHash<QString, StoredFacts> *out) const
{
    for (const QStringList &chunk : sql::chunked(ids)) {
        QSqlQuery q(m_db->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT id, coalesce(remote_raw, raw), last_open_substatus, interested_at, "
            "accepted_at, closed_at, visible, needs_refresh FROM referrals WHERE id IN (%1)")
                      .arg(sql::placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return m_db->failed(q.lastError(), "reading referrals:");
        while (q.next()) {
            StoredFacts f;
            f.remoteRaw = sql::parseDocument(q.value(1), &f.remoteReadable);
            // The stored column follows the person's view; while the remote copy is open, its own
            // substatus is what the remote last showed.
            const QString remoteStatus = f.remoteRaw.value(QLatin1String("status")).toString();
            const QString remoteSubstatus
                = f.remoteRaw.value(QLatin1String("substatus")).toString();
            const Stage remoteStage = stageFor(remoteStatus, remoteSubstatus);
            f.lastOpenSubstatus = remoteStage == Stage::New || remoteStage == Stage::Evaluating
                ? remoteSubstatus
                : q.value(2).toString();
            f.interestedAt = sql::fromMs(q.value(3));
            f.acceptedAt = sql::fromMs(q.value(4));
            f.closedAt = sql::fromMs(q.value(5));
            f.visible = q.value(6).toBool();
            f.needsRefresh = q.value(7).toBool();
            out->insert(q.value(0).toString(), f);
        }
    }
    QHash<QString, QList<OutboxEntry>> pending;
    if (!Outbox(*m_db).pendingFor(ids, &pending))
        return false;
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (const auto f = out->find(it.key()); f != out->end())
            f->pending = std::move(*it);
    }
    return true;
}

bool ReferralRepository::write(
    const Referral &view, const QJsonObject &remoteRaw, const PackedReferral *packed, bool mayExist)
{
    // Made for the current format's columns (compressed documents and notes).
    if (m_db->format() < 18)
        packed = nullptr;
    // The searchable columns as they were: the search index is told the text it held (format
    // 17's index keeps none of its own), and where they did not change (most updates change
    // only the status) the index is not written at all.
    std::optional<std::pair<qint64, QStringList>> before;
    if (mayExist) {
        Statement b = m_db->prepared(searchableColumnsOf(QStringLiteral("id")));
        if (!b.exec({ view.id }))
            return m_db->failed(b.error(), "writing a referral:");
        if (b.next()) {
            QStringList columns;
            for (int i = 0; i < 7; ++i)
                columns.append(sql::storedText(b.value(i)));
            before.emplace(b.value(7).toLongLong(), std::move(columns));
        }
    }
    // Format 15's customer columns, unless the file was opened at an older format (tests and
    // tools that build old files through Store::openAtVersion).
    const bool keyed = m_db->format() >= 15;
    const bool packedDocuments = m_db->format() >= 17; // and the fit's two columns
    const bool packedNotes = m_db->format() >= 18;
    Statement q = m_db->prepared(upsertSql(keyed, packedDocuments));
    const SearchColumns t = packed ? packed->columns : SearchColumns::of(view);
    const QString country = view.customerProfile.address.country.toUpper();
    QVariantList values {
        view.id,
        sql::text(view.name),
        sql::text(view.customerProfile.name),
        sql::text(country),
        sql::text(view.customerProfile.size),
        int(view.stage()),
        int(view.outcome()),
        view.status,
        view.substatus,
        view.statusReason,
        view.details.dealValue ? QVariant(*view.details.dealValue)
                               : QVariant(QMetaType::fromType<qint64>()),
        view.details.currency,
        sql::ms(view.details.closingDateTime),
        sql::ms(view.createdDateTime),
        sql::ms(view.updatedDateTime),
        sql::ms(view.expirationDateTime),
        sql::ms(view.acceptedDateTime),
        sql::ms(view.closedDateTime),
        sql::ms(view.interestedDateTime),
        view.eTag,
        view.lastOpenSubstatus,
        packed                ? packed->document
            : packedDocuments ? sql::packedDocument(view.raw)
                              : QVariant(sql::compact(view.raw)),
        remoteRaw == view.raw ? QVariant(QMetaType::fromType<QString>())
            : packedDocuments ? sql::packedDocument(remoteRaw)
                              : QVariant(sql::compact(remoteRaw)),
        packed            ? packed->notes
            : packedNotes ? sql::packedText(view.details.notes)
                          : sql::text(view.details.notes),
        sql::text(view.customerProfile.address.city),
        sql::text(t.products),
        sql::text(t.contacts),
        view.isOutgoing() ? 1 : 0,
    };
    if (keyed)
        values << (packed ? packed->customer : customerColumns(view));
    if (packedDocuments)
        values << (packed ? packed->features : featureColumns(view));
    const bool ok = q.exec(values);
    if (!ok)
        return m_db->failed(q.error(), "writing a referral:");
    // Bound equal to what was stored: stored equal again, nothing for the index (most updates
    // change only the status), and no second read.
    const QStringList bound = packed ? packed->bound : boundSearchColumns(view, t);
    if (before && before->second == bound)
        return true;
    SearchChange change;
    change.rowid = before ? before->first : q.lastInsertId().toLongLong();
    // A row the search fill has not reached is not in the index, and gets there from its
    // columns as they are then.
    SearchFill::Range fill = m_fillRange;
    if (!m_deferring) {
        const std::optional<SearchFill::Range> now = SearchFill::range(*m_db);
        if (!now)
            return false;
        fill = *now;
    }
    if (fill.covers(change.rowid))
        return true;
    // Otherwise the searchable columns as SQLite hands them back, not as they were bound: text
    // that is not valid UTF-16 (a lone surrogate, as a name cut short can carry) comes back
    // changed, and the index must be given exactly the text the next change will make from them
    // to take out. Valid text (nearly all) comes back as it was bound: no second read.
    QStringList searched;
    if (std::all_of(bound.cbegin(), bound.cend(),
            [](const QString &column) { return QStringView(column).isValidUtf16(); })) {
        searched = bound;
    } else {
        Statement a = m_db->prepared(searchableColumnsOf(QStringLiteral("rowid")));
        if (!a.exec({ change.rowid }))
            return m_db->failed(a.error(), "indexing a referral for search:");
        if (!a.next()) {
            return m_db->failed(QSqlError(QStringLiteral("the referral just written was not "
                                                         "found by its rowid"),
                                    {}, QSqlError::StatementError),
                "indexing a referral for search:");
        }
        for (int i = 0; i < 7; ++i)
            searched.append(sql::storedText(a.value(i)));
    }
    if (before && before->second == searched)
        return true;
    const auto textOf = [](const QStringList &c) {
        return SearchText::of(c.at(0), c.at(1), c.at(2), c.at(3), c.at(4), c.at(5), c.at(6));
    };
    if (before)
        change.before = textOf(before->second);
    change.after = textOf(searched);
    if (m_deferring) {
        m_deferred.append(std::move(change));
        return true;
    }
    return index(change);
}

bool ReferralRepository::deferIndexing()
{
    const std::optional<SearchFill::Range> fill = SearchFill::range(*m_db);
    if (!fill)
        return false;
    m_fillRange = *fill;
    m_deferring = true;
    m_deferred.clear();
    return true;
}

bool ReferralRepository::indexDeferred()
{
    m_deferring = false;
    const QList<SearchChange> pending = std::exchange(m_deferred, {});
    for (const SearchChange &change : pending) {
        if (!index(change))
            return false;
    }
    return true;
}

void ReferralRepository::dropDeferred()
{
    m_deferring = false;
    m_deferred.clear();
}

bool ReferralRepository::index(const SearchChange &change)
{
    // The search index is kept here rather than by triggers: its text is folded (SearchText),
    // which SQLite's own functions cannot do.
    if (change.before) {
        // Format 17's index keeps no copy of the text (contentless, a third of the file
        // before): it is told which text to take out, made again from the columns it was made
        // from. Before, the index had its own copy and dropped the row by its rowid.
        const bool contentless = m_db->format() >= 17;
        Statement remove = m_db->prepared(contentless
                ? QStringLiteral("INSERT INTO referrals_search(referrals_search, rowid, text) "
                                 "VALUES ('delete', ?, ?)")
                : QStringLiteral("DELETE FROM referrals_search WHERE rowid = ?"));
        if (!(contentless ? remove.exec({ change.rowid, *change.before })
                          : remove.exec({ change.rowid })))
            return m_db->failed(remove.error(), "indexing a referral for search:");
    }
    Statement insert = m_db->prepared(
        QStringLiteral("INSERT INTO referrals_search(rowid, text) VALUES (?, ?)"));
    if (!insert.exec({ change.rowid, change.after }))
        return m_db->failed(insert.error(), "indexing a referral for search:");
    return true;
}

bool ReferralRepository::setVisible(const QStringList &ids, bool visible)
{
    Statement q = m_db->prepared(QStringLiteral("UPDATE referrals SET visible = ? WHERE id = ?"));
    for (const QString &id : ids) {
        if (!q.exec({ visible ? 1 : 0, id }))
            return m_db->failed(q.error(), "marking referrals the service no longer lists:");
    }
    return true;
}

QStringList ReferralRepository::ids(const char *where) const
{
    QStringList out;
    Statement q = m_db->prepared(
        QStringLiteral("SELECT id FROM referrals %1 ORDER BY id").arg(QLatin1String(where)));
    if (!q.exec()) {
        m_db->failed(q.error(), "listing referrals:");
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool ReferralRepository::any() const
{
    Statement q = m_db->prepared(QStringLiteral("SELECT 1 FROM referrals LIMIT 1"));
    return q.exec() ? q.next() : m_db->failed(q.error(), "reading referrals:");
}

bool ReferralRepository::anyOutgoing() const
{
    // Answered from the small partial index of sent referrals, whatever the archive's size.
    Statement q = m_db->prepared(QStringLiteral("SELECT 1 FROM referrals WHERE outgoing = 1 LIMIT 1"));
    return q.exec() ? q.next() : m_db->failed(q.error(), "reading referrals:");
}

QHash<QString, QString> ReferralRepository::remoteETags(const QStringList &ids) const
{
    QHash<QString, QString> out;
    for (const QStringList &chunk : sql::chunked(ids)) {
        QSqlQuery q(m_db->database());
        q.setForwardOnly(true);
        // Only what the remote still lists, and only readable copies: a hidden or damaged one
        // must be read again to come back.
        q.prepare(QStringLiteral("SELECT id, etag FROM referrals WHERE visible = 1 AND "
                                 "needs_refresh = 0 AND id IN (%1)")
                      .arg(sql::placeholders(chunk.size())));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            m_db->failed(q.lastError(), "reading eTags:");
            return {};
        }
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

void ReferralRepository::remember(const QStringList &unreadable) const
{
    // A read that found a damaged copy still succeeded: a read-only or busy database shows the
    // referral as needing a refresh all the same, and the next reader that can write marks it.
    if (const QSqlError e = mark(unreadable); e.isValid())
        qCWarning(lcStore).noquote() << "could not mark" << unreadable << "to be read again:"
                                     << e.text();
}

QSqlError ReferralRepository::mark(const QStringList &ids) const
{
    if (ids.isEmpty())
        return {};
    Statement q = m_db->prepared(
        QStringLiteral("UPDATE referrals SET needs_refresh = 1 WHERE id = ? AND needs_refresh = 0"));
    for (const QString &id : ids) {
        if (!q.exec({ id }))
            return q.error();
    }
    return {};
}

bool ReferralRepository::markNeedsRefresh(const QStringList &ids)
{
    if (const QSqlError e = mark(ids); e.isValid())
        return m_db->failed(e, "marking a referral to be read again:");
    return true;
}

QStringList ReferralRepository::needingRefresh() const
{
    return ids("WHERE needs_refresh = 1");
}

} // namespace rd
