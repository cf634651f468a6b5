#pragma once

#include "pagewriter.h"
#include "referralpage.h"
#include "remote/apiclient.h"
#include "store/store.h"
#include "storefailure.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace rd {

/// What one pull asks of the service.
struct PullPlan
{
    /// Which referrals a reconciliation compares by id and eTag.
    enum class Reconcile {
        None,
        Open, ///< New and Active ones (status filters the live service documents)
        All, ///< every referral the service lists; unlisted local ones are marked
    };

    bool everything = false; ///< a first sync: every document, oldest change first
    QDateTime since; ///< otherwise the changes since this cursor
    /// Whether to try `$filter=updatedDateTime ge …` (false once the service refused it).
    bool useUpdatedFilter = true;
    Reconcile reconcile = Reconcile::None;
};

/// What one pull did.
struct PullCounts
{
    int fetched = 0; ///< referral documents received
    int changed = 0; ///< of those, really different from the stored copy
    int hidden = 0; ///< local referrals the service no longer lists (full comparison only)
    int refetched = 0; ///< referrals read again because a reconciliation found them different
    bool filterRefused = false; ///< the service answered 400 to the updatedDateTime filter
};

/// Brings the store up to date with the service's list (docs/architecture.md: pull pages, upsert
/// one transaction per page, cursor only with a committed page). Handles what the live service does
/// beyond the simulator's defaults: it may refuse a filter on updatedDateTime (then the list is
/// walked newest first until the cursor is passed, and the refusal is remembered for that
/// service), and referrals may appear with an updatedDateTime older than the cursor (a
/// reconciliation lists ids and eTags, with `$select` where the service honours it, and reads
/// again what differs).
class ReferralPuller : public QObject
{
    Q_OBJECT
public:
    ReferralPuller(Store *store, ApiClient *api, QObject *parent = nullptr);

    /// Starts the pull; ends with finished.
    void run(const PullPlan &plan);
    const PullCounts &counts() const { return m_counts; }

    /// Overlap of incremental pulls, so that clock skew and same-millisecond updates are not lost.
    static constexpr qint64 overlapSecs = 5 * 60;
    /// The page size asked for; the service may send fewer.
    static constexpr int pageSize = 100;
    /// Pages of a listing received and not yet stored before the next is asked for: one being
    /// stored (PageWriter), the next ones prepared meanwhile (ReferralPage) or waiting (at most
    /// 600 documents).
    static constexpr int pagesAhead = 6;

signals:
    void changed(const QStringList &ids);
    void progress(int fetched);
    /// `error` is set when the pull stopped early; what was committed stays.
    void finished(const rd::ApiError &error);

private:
    /// One listing (or the reads a reconciliation asked for), done one after the other.
    struct Step
    {
        enum class Kind {
            Documents, ///< whole documents, oldest change first; the cursor follows each page
            NewestFirst, ///< whole documents, newest change first, until the cursor is passed
            Ids, ///< ids and eTags; what differs is read again
        };
        Kind kind = Kind::Documents;
        QUrlQuery query;
        bool updatedFilter = false; ///< a refusal means "walk newest first instead"
        bool statusFilter = false; ///< a refusal means "compare every id instead"
    };

    void nextStep();
    void fetch(const QUrl &url);
    void onPage(const ApiReply &reply);
    bool onRefusedFirstPage(const ApiError &error);
    /// A Documents page: parsed and packed on a worker thread (ReferralPage) while the pages
    /// before it are written, and the next one asked for meanwhile.
    void prepare(const QJsonArray &items, const QByteArray &body, const QString &nextLink);
    /// Hands the oldest prepared page to the writer once it is ready, with the cursor it moves
    /// to, one per turn of the event loop (the replies that came meanwhile go first).
    void takePrepared();
    /// A new run, or the end of one: the pages of the one before are no longer this run's.
    void forgetPages();
    /// takePrepared() once the events already waiting (the network's) are handled.
    void writeSoon();
    void customEvent(QEvent *event) override;
    /// The writer wrote the `pages` oldest pages handed over (or could not).
    void onWritten(quint64 run, int pages, const QStringList &ids, const rd::StoreError &error);
    /// Logs what a page skipped, counts and notes (m_seen) what it holds: its oldest and
    /// newest updatedDateTime.
    void scan(const ReferralPage &page, QDateTime *oldest, QDateTime *newest);
    /// A page of the newest-first walk, stored here: whether to go on depends on it.
    void takeNewestFirst(const ReferralPage &page, const QString &nextLink);
    void takeIds(const QJsonArray &items, const QString &nextLink);
    void refetchNext();
    bool markUnlisted();
    void finish(const ApiError &error);
    bool store(const QList<Referral> &referrals, const std::optional<QDateTime> &cursor,
        const QList<PackedReferral> &packed = {});
    Step documentsSince() const;
    Step newestFirst() const;
    static Step ids(const QString &status = QString());

    Store *m_store;
    ApiClient *m_api;
    PullPlan m_plan;
    PullCounts m_counts;
    QList<Step> m_steps;
    Step m_step;
    bool m_firstPage = true;
    bool m_markUnlisted = false;
    QDateTime m_cursor; ///< the newest updatedDateTime committed
    QDateTime m_newest; ///< NewestFirst: the newest seen so far, committed with the last page
    QDateTime m_lastInWalk; ///< NewestFirst: the previous item's updatedDateTime
    bool m_unordered = false; ///< NewestFirst: the service ignored the order; no early stop
    bool m_tooManyDiffer = false; ///< more differ than are worth reading one by one
    QSet<QString> m_seen; ///< ids the service listed (full comparison only)
    QStringList m_refetch; ///< ids whose eTag differs from the stored copy
    ApiError m_error;
    /// The page asked for and not yet answered: while one page is stored the next is already on
    /// its way (the service builds it and the network thread reads it meanwhile); a run that
    /// ends early aborts it.
    QPointer<ApiJob> m_inFlight;
    /// Pages received and not yet handed to the writer (being prepared, or waiting for the pages
    /// before them), oldest first, with the link to the page after each.
    struct Preparing
    {
        QFuture<ReferralPage> page;
        QString nextLink;
    };
    QList<Preparing> m_preparing;
    /// Pages handed to the writer and not yet written, oldest first.
    struct Writing
    {
        std::optional<QDateTime> cursor; ///< where the page moves the cursor
        bool last = false; ///< the step's last page
        int fetched = 0; ///< documents received up to it, for progress
    };
    QList<Writing> m_writing;
    PageWriter *m_writer = nullptr; ///< made with the first page it writes
    /// The next page's link while enough pages wait (pagesAhead): asked for once one is written.
    QString m_waitingLink;
    /// Which run a worker's result belongs to: one that ended meanwhile ignores it.
    quint64 m_run = 0;
};

} // namespace rd
