#pragma once

#include "boardcard.h"
#include "domain/clock.h"
#include "domain/deadlinepolicy.h"
#include "domain/referral.h"
#include "insights/fit.h"
#include "store/store.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace rd {

class Store;

/// The open referrals (New, Evaluating, Negotiating) as the board shows them: filled from the
/// store, updated row by row from the sync engine's changed ids, each row carrying its deadline
/// as of the last evaluation. Columns are StageProxy views of this one model.
class ReferralListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReferralRole, ///< the Referral as the board keeps it (BoardCard::referral)
        StageRole, ///< rd::Stage as int
        CustomerRole,
        NameRole,
        PlaceRole, ///< "Germany · 10–50 employees" (Labels::place)
        DealRole, ///< "12,500.50 EUR · closes 31/03/2026", empty when unknown
        DealValueRole, ///< in the currency's minor units (qlonglong), invalid when unknown
        CurrencyRole,
        BadgeRole, ///< rd::Badge as int
        BadgeTextRole,
        UrgencyRole, ///< DeadlinePolicy::urgency, lower first
        DeadlineRole, ///< QDateTime the countdown counts to
        PendingRole, ///< an action waits for the remote
        ConflictRole, ///< an action conflicts or failed; text of the problem
        CreatedRole,
        OutgoingRole, ///< sent by this partner to another one: no deadline, no actions
        ClosingRole, ///< QDate (UTC) the deal is expected to close, invalid when unknown
        FitRole, ///< rd::Fit of a received New or Evaluating referral once scored, else invalid
        FitLevelRole, ///< rd::Fit::Level as int, or -1 where no fit applies or is known yet
        /// A New or Evaluating referral whose customer sent others before (issue 18; the
        /// card's mark): bool, from setRelated()
        RelatedRole,
    };
    Q_ENUM(Role)

    ReferralListModel(
        Store *store, Clock *clock, const DeadlinePolicy &policy, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    /// The MIME type of dragged cards: their ids, one per line (as in Qt's puzzle example).
    static QString mimeType();
    static QStringList idsFromMime(const QMimeData *mime);

    /// Reads every open referral from the store (at start).
    void reload();
    /// Re-reads these referrals: rows are inserted, updated or removed, one by one.
    void refresh(const QStringList &ids);
    /// Re-evaluates the rows whose deadline text or badge changes by `now`; emits dataChanged for
    /// those rows only and returns how many there were.
    int updateDeadlines(const QDateTime &now);
    /// The partner's time zone changed (closing dates end at midnight there): re-evaluates every
    /// row and reports the ones whose badge or text moved.
    void setTimeZone(const QTimeZone &zone);
    /// The UI language changed: the countdowns and every text of the cards are said again in it.
    void retranslate();
    /// The open referrals that have related referrals (RelatedQuery::openWithRelated, read off
    /// the GUI thread); dataChanged for the rows whose mark changed only.
    void setRelated(const QSet<QString> &ids);
    /// The earliest instant any row's badge or countdown changes; invalid when none will.
    QDateTime nextChange() const;

    /// The fits FitScorer read for the received New and Evaluating referrals: the rows whose
    /// fit changed are updated.
    void setFits(const QHash<QString, Fit> &fits);
    /// The fit of `id`, when it has one (a received New or Evaluating referral, scored).
    std::optional<Fit> fitOf(const QString &id) const;

    int rowOf(const QString &id) const;
    /// The row's referral as the board keeps it (BoardCard): names, country and size, status,
    /// dates and deal; not the service's document, notes, requirements, contacts or address
    /// (Store::referral has them).
    std::optional<Referral> referralAt(int row) const;
    /// The colour of a badge in words ("urgent"), for a screen reader and a tooltip.
    static QString badgeMeaning(Badge badge);

signals:
    /// The earliest next change may have moved (rows came, went or changed).
    void scheduleChanged();

private:
    /// A card as a screen reader says it: customer, referral, stage, deadline and urgency,
    /// and an action waiting or refused.
    QString spoken(const QModelIndex &index) const;

    struct Row
    {
        BoardCard card;
        DeadlineStatus deadline;
        bool pending = false;
        bool refused = false; ///< an action conflicted or was refused
        bool related = false; ///< RelatedRole; in the padding after the flags, no bytes more
        QString problem; ///< what the service said about it (may be empty)
    };
    /// The refused action's problem in words, in the UI language; empty when none.
    static QString problemText(const Row &row);
    void reindex();
    QHash<QString, QList<OutboxEntry>> outboxByReferral() const;
    Row rowFor(const Referral &r, const QDateTime &now,
        const QHash<QString, QList<OutboxEntry>> &outbox) const;

    Store *m_store;
    Clock *m_clock;
    DeadlinePolicy m_policy;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, Fit> m_fits; ///< by id, as FitScorer last read them
};

} // namespace rd
