#pragma once

#include "domain/referral.h"
#include "referralmerge.h"
#include "searchfill.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace rd {

class StoreDb;
struct PackedReferral;

/// The searchable text of a referral beyond its plain columns.
struct SearchColumns
{
    QString products; ///< "\nname\nname\n": exact-match filter and search text at once
    QString contacts;

    static SearchColumns of(const Referral &referral);
};

/// The `referrals` table: each referral as the person sees it (its pending actions applied),
/// its remote copy where that differs, and the columns the board, the archive and the sync read
/// without parsing documents. Calls do not open transactions of their own (Store does); a
/// failed call records why in StoreDb::lastError().
///
/// A row whose stored document cannot be read is still shown, from its columns, as a referral
/// that needs a refresh (Referral::needsRefresh); reading it marks it so that the next sync reads
/// it again from the service.
class ReferralRepository
{
public:
    explicit ReferralRepository(StoreDb &db);

    /// Inserts or replaces the row: `view` as the person sees it, `remoteRaw` the remote's
    /// document (stored only when it differs from the view's). Clears the refresh mark.
    /// `packed`, when given, is PackedReferral::of(view), made beforehand; `mayExist` false when
    /// the caller knows no row has this id (a page's new referrals), which saves a read.
    bool write(const Referral &view, const QJsonObject &remoteRaw,
        const PackedReferral *packed = nullptr, bool mayExist = true);
    /// The searchable columns of `view` as write() binds them, in SearchText::of's order.
    static QStringList boundSearchColumns(const Referral &view, const SearchColumns &columns);
    /// customer_key and mail_domain as write() binds them (format 15).
    static QVariantList customerColumns(const Referral &view);
    /// industry and qualification as write() binds them (format 17).
    static QVariantList featureColumns(const Referral &view);

    /// Until indexDeferred(): write() keeps each search text instead of indexing it at once.
    /// Every later statement of the transaction that needs a statement journal (an upsert with
    /// triggers) makes FTS5 write out its pending terms (its xSavepoint): indexing a page row by
    /// row between the upserts wrote one small segment per referral, most of a first sync's time.
    /// False when the search fill's range could not be read (the caller rolls back).
    bool deferIndexing();
    /// Indexes what write() kept since deferIndexing(), and writes at once again. False when the
    /// database failed (the caller rolls back).
    bool indexDeferred();
    /// Forgets what write() kept (a rolled-back transaction), and writes at once again.
    void dropDeferred();

    /// Nothing when it is not there (or reading failed: see lastError()).
    std::optional<Referral> byId(const QString &id) const;
    /// Empty with lastError() set when reading failed.
    QHash<QString, Referral> byIds(const QStringList &ids) const;
    /// The remote copy as last received, without pending actions.
    std::optional<Referral> remoteCopy(const QString &id) const;
    /// New, Evaluating and Negotiating ones (or one stage), oldest first.
    QList<Referral> open(std::optional<Stage> stage) const;
    /// Each referral as it is read, one at a time: a caller that keeps only part of each never
    /// holds every open referral's whole document at once.
    using Visitor = std::function<void(Referral &&)>;
    void open(std::optional<Stage> stage, const Visitor &each) const;
    /// The view and its remote document in one read, for an action (inside its transaction).
    std::optional<std::pair<Referral, QJsonObject>> forAction(const QString &id) const;

    /// What is stored about these referrals, with their pending actions; false when reading
    /// failed.
    bool facts(const QStringList &ids, QHash<QString, StoredFacts> *out) const;

    bool setVisible(const QStringList &ids, bool visible);
    /// Every id ("" as `where`) or the ones `where` selects, in id order.
    QStringList ids(const char *where = "") const;
    bool any() const;
    bool anyOutgoing() const;
    /// The eTags of the remote copies of these referrals, where the remote still lists them.
    QHash<QString, QString> remoteETags(const QStringList &ids) const;

    /// Referrals whose stored copy could not be read, for the sync to read again.
    QStringList needingRefresh() const;
    bool markNeedsRefresh(const QStringList &ids);

private:
    QList<Referral> read(const QString &sql, const QVariantList &values, const char *what) const;
    void visit(const QString &sql, const QVariantList &values, const char *what,
        const Visitor &each) const;
    Referral fromRow(const QSqlQuery &q, bool *unreadable) const;
    /// A row's entry in the search index changing: its rowid, the text it was indexed with
    /// (none when it was not there) and its text now.
    struct SearchChange
    {
        qint64 rowid = 0;
        std::optional<QString> before;
        QString after;
    };
    /// Writes the change into the trigram index.
    bool index(const SearchChange &change);
    /// Marks what a read found damaged, without making the read fail.
    void remember(const QStringList &unreadable) const;
    /// Sets the refresh mark; the statement's error, or an invalid one.
    QSqlError mark(const QStringList &ids) const;

    StoreDb *m_db;
    bool m_deferring = false;
    /// While deferring: the rowids the search fill indexes later, read once.
    SearchFill::Range m_fillRange;
    QList<SearchChange> m_deferred;
};

} // namespace rd
