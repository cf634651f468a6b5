#include "referralpuller.h"

#include "domain/referraljson.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

Q_LOGGING_CATEGORY(lcPull, "rd.sync.pull")

namespace rd {

namespace {

// More differing referrals than this are listed again as documents rather than read one by one.
constexpr int kMaxSingleReads = 200;

// Writes the oldest prepared page (ReferralPuller::writeSoon).
const QEvent::Type kWriteEvent = QEvent::Type(QEvent::registerEventType());

QJsonArray itemsOf(const QJsonObject &page)
{
    return page.value(QLatin1String("value")).toArray();
}

/// The service answered the first page with "I will not do that" rather than a failure.
bool isRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::InvalidRequest || error.httpStatus == 501;
}

} // namespace

ReferralPuller::ReferralPuller(Store *store, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
}

ReferralPuller::Step ReferralPuller::documentsSince() const
{
    Step s;
    s.kind = Step::Kind::Documents;
    s.query.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("updatedDateTime asc"));
    s.query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
    if (m_plan.since.isValid()) {
        s.query.addQueryItem(QStringLiteral("$filter"),
            QStringLiteral("updatedDateTime ge %1")
                .arg(ReferralJson::formatInstant(m_plan.since.addSecs(-overlapSecs))));
        s.updatedFilter = true;
    }
    return s;
}

ReferralPuller::Step ReferralPuller::newestFirst() const
{
    Step s;
    s.kind = Step::Kind::NewestFirst;
    s.query.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("updatedDateTime desc"));
    s.query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
    return s;
}

ReferralPuller::Step ReferralPuller::ids(const QString &status)
{
    Step s;
    s.kind = Step::Kind::Ids;
    s.query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,eTag,updatedDateTime"));
    s.query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
    if (!status.isEmpty()) {
        s.query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("status eq '%1'").arg(status));
        s.statusFilter = true;
    }
    return s;
}

void ReferralPuller::run(const PullPlan &plan)
{
    forgetPages();
    m_plan = plan;
    m_counts = PullCounts();
    m_steps.clear();
    m_seen.clear();
    m_refetch.clear();
    m_tooManyDiffer = false;
    m_error = ApiError();
    // A listing of everything starts its cursor afresh: one from another service means nothing.
    m_cursor = plan.everything ? QDateTime() : plan.since;
    m_markUnlisted = plan.everything || plan.reconcile == PullPlan::Reconcile::All;
    if (plan.everything) {
        m_plan.since = QDateTime();
        m_steps.append(documentsSince());
    } else {
        m_steps.append(plan.useUpdatedFilter ? documentsSince() : newestFirst());
        if (plan.reconcile == PullPlan::Reconcile::Open)
        {
            m_steps.append(ids(QStringLiteral("New")));
            m_steps.append(ids(QStringLiteral("Active")));
        }
        else if (plan.reconcile == PullPlan::Reconcile::All)
            m_steps.append(ids());
    }
    // Referrals whose stored copy could not be read are read again one by one once the listing
    // is done, whatever the service says changed; their queued actions wait for them.
    const StoreWatch watch(*m_store);
    const QStringList damaged = m_store->needingRefresh();
    if (watch.failed()) {
        finish(storeFailure(*m_store));
        return;
    }
    m_refetch = damaged.mid(0, kMaxSingleReads);
    nextStep();
}

void ReferralPuller::nextStep()
{
    if (m_steps.isEmpty()) {
        if (m_tooManyDiffer) {
            // Cheaper to list the documents once than to read each one, with the filters the
            // comparison had (the open ones, or all): no cursor moves.
            m_tooManyDiffer = false;
            m_refetch.clear();
            const QStringList statuses = m_plan.reconcile == PullPlan::Reconcile::Open
                    && !m_markUnlisted
                ? QStringList { QStringLiteral("New"), QStringLiteral("Active") }
                : QStringList { QString() };
            for (const QString &status : statuses) {
                Step again = ids(status);
                again.kind = Step::Kind::Documents;
                again.query.removeAllQueryItems(QStringLiteral("$select"));
                m_steps.append(again);
            }
        } else if (!m_refetch.isEmpty()) {
            refetchNext();
            return;
        } else {
            if (m_markUnlisted && !markUnlisted())
                return;
            finish(ApiError());
            return;
        }
    }
    m_step = m_steps.takeFirst();
    m_firstPage = true;
    m_newest = QDateTime();
    m_lastInWalk = QDateTime();
    m_unordered = false;
    fetch(m_api->referralsUrl(m_step.query));
}

void ReferralPuller::fetch(const QUrl &url)
{
    ApiJob *job = m_api->get(url);
    connect(job, &ApiJob::finished, this, &ReferralPuller::onPage);
    m_inFlight = job;
    job->start();
}

void ReferralPuller::onPage(const ApiReply &reply)
{
    if (sender() != m_inFlight)
        return; // a page no longer wanted (finish() aborted it)
    m_inFlight = nullptr; // this one: it deletes itself
    if (reply.error) {
        if (m_firstPage && isRefusal(reply.error) && onRefusedFirstPage(reply.error))
            return;
        finish(reply.error);
        return;
    }
    const QJsonObject page = reply.json.object();
    if (!page.value(QLatin1String("value")).isArray()) {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.operation = ApiError::Operation::List;
        e.message = tr("The list has no \"value\".");
        finish(e);
        return;
    }
    m_firstPage = false;
    const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
    if (m_step.kind == Step::Kind::Ids)
        takeIds(itemsOf(page), next);
    else if (m_step.kind == Step::Kind::Documents)
        prepare(itemsOf(page), reply.body, next);
    else // newest first: whether to go on depends on what the page holds
        takeNewestFirst(ReferralPage::of(itemsOf(page)), next);
}

void ReferralPuller::prepare(
    const QJsonArray &items, const QByteArray &body, const QString &nextLink)
{
    Preparing p;
    p.page = QtConcurrent::run(&ReferralPage::of, items, body);
    p.nextLink = nextLink;
    auto *watcher = new QFutureWatcher<ReferralPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run = m_run] {
        watcher->deleteLater();
        if (run == m_run)
            writeSoon();
    });
    watcher->setFuture(p.page);
    m_preparing.append(p);
    if (nextLink.isEmpty())
        return;
    if (m_preparing.size() + m_writing.size() < pagesAhead)
        fetch(m_api->followLink(QUrl(nextLink)));
    else
        m_waitingLink = nextLink;
}

void ReferralPuller::takePrepared()
{
    if (m_preparing.isEmpty() || !m_preparing.first().page.isFinished())
        return; // handed over already by an earlier turn, or its predecessor is not ready yet
    const Preparing p = m_preparing.takeFirst();
    const ReferralPage page = p.page.result();
    QDateTime pageOldest, pageNewest;
    scan(page, &pageOldest, &pageNewest);
    Writing w;
    w.last = p.nextLink.isEmpty();
    w.fetched = m_counts.fetched; // with this page's
    if (m_step.updatedFilter || m_plan.everything) {
        // Oldest change first: each committed page may move the cursor, past the pages before
        // it (handed over, perhaps not written yet).
        QDateTime cursor
            = m_writing.isEmpty() ? m_cursor : m_writing.last().cursor.value_or(m_cursor);
        if (pageNewest.isValid() && (!cursor.isValid() || pageNewest > cursor))
            cursor = pageNewest;
        w.cursor = cursor;
    }
    if (!m_writer) {
        m_writer = new PageWriter(m_store->path(), this);
        connect(m_writer, &PageWriter::written, this, &ReferralPuller::onWritten);
    }
    m_writer->write(m_run, page, w.cursor);
    m_writing.append(w);
    if (!m_preparing.isEmpty() && m_preparing.first().page.isFinished())
        writeSoon();
}

void ReferralPuller::onWritten(
    quint64 run, int pages, const QStringList &ids, const StoreError &error)
{
    if (run != m_run || m_writing.size() < pages) {
        // A run that ended meanwhile (a later page could not be fetched, say): the pages it had
        // handed over are written all the same, each with its cursor, so the next run does not
        // list them again. What they changed must still reach the board.
        if (!error && !ids.isEmpty())
            emit changed(ids);
        return;
    }
    Writing w; // the last of them: its cursor is the one stored, and it may end the step
    for (int i = 0; i < pages; ++i)
        w = m_writing.takeFirst();
    if (error) {
        // The pages and their cursor were one transaction, rolled back together: the cursor has
        // not moved, so the next run asks for them again (and the writer drops the later ones).
        finish(storeFailure(error, m_store->path()));
        return;
    }
    m_counts.changed += int(ids.size());
    if (!ids.isEmpty())
        emit changed(ids);
    if (w.cursor)
        m_cursor = *w.cursor;
    emit progress(w.fetched);
    if (w.last) {
        nextStep();
        return;
    }
    if (!m_waitingLink.isEmpty() && m_preparing.size() + m_writing.size() < pagesAhead)
        fetch(m_api->followLink(QUrl(std::exchange(m_waitingLink, {}))));
}

void ReferralPuller::forgetPages()
{
    // Pages still being prepared are not written: their workers' results are ignored. Pages
    // handed to the writer are written (in order, each with its cursor) unless one failed, and
    // announced (onWritten).
    ++m_run;
    m_preparing.clear();
    m_writing.clear();
    m_waitingLink.clear();
}

void ReferralPuller::writeSoon()
{
    // Below the network's events: a reply arrives in several of them, and handing a page over
    // between two of them would hold the next request back.
    QCoreApplication::postEvent(this, new QEvent(kWriteEvent), Qt::LowEventPriority);
}

void ReferralPuller::scan(const ReferralPage &page, QDateTime *oldest, QDateTime *newest)
{
    for (const QString &why : page.skipped)
        qCWarning(lcPull).noquote() << "skipping a referral:" << why;
    for (const Referral &r : page.referrals) {
        const QDateTime &updated = r.updatedDateTime;
        if (updated.isValid()) {
            if (!newest->isValid() || updated > *newest)
                *newest = updated;
            if (!oldest->isValid() || updated < *oldest)
                *oldest = updated;
        }
        if (m_markUnlisted)
            m_seen.insert(r.id);
    }
    m_counts.fetched += int(page.referrals.size());
}

void ReferralPuller::customEvent(QEvent *event)
{
    if (event->type() == kWriteEvent)
        takePrepared();
}

bool ReferralPuller::onRefusedFirstPage(const ApiError &error)
{
    if (m_step.updatedFilter) {
        // The live service documents no filter on updatedDateTime. Walk the list newest first
        // instead, and do so straight away next time against this service.
        qCInfo(lcPull).noquote() << "the service refused the updatedDateTime filter ("
                                 << error.httpStatus << error.message
                                 << "); walking the list newest first";
        m_counts.filterRefused = true;
        if (!m_store->setSyncValue(
                QStringLiteral("updated_filter_refused"), m_api->settings().apiBase.toString())) {
            // What cannot remember this cannot store the pages either: stop with the cause.
            finish(storeFailure(*m_store));
            return true;
        }
        m_step = newestFirst();
        m_newest = m_lastInWalk = QDateTime();
        m_unordered = false;
        fetch(m_api->referralsUrl(m_step.query));
        return true;
    }
    if (m_step.statusFilter) {
        qCInfo(lcPull).noquote() << "the service refused a status filter; comparing every id";
        m_steps.removeIf([](const Step &s) { return s.statusFilter; });
        m_step = ids();
        m_markUnlisted = true;
        fetch(m_api->referralsUrl(m_step.query));
        return true;
    }
    return false;
}

void ReferralPuller::takeNewestFirst(const ReferralPage &page, const QString &nextLink)
{
    const QList<Referral> &referrals = page.referrals;
    QDateTime pageOldest;
    QDateTime pageNewest;
    scan(page, &pageOldest, &pageNewest);
    if (pageNewest.isValid() && (!m_newest.isValid() || pageNewest > m_newest))
        m_newest = pageNewest;
    // Stopping early is only right when the service really lists newest first; one that
    // ignored $orderby is walked to the end instead.
    for (const Referral &r : referrals) {
        if (!r.updatedDateTime.isValid())
            continue;
        if (m_lastInWalk.isValid() && r.updatedDateTime > m_lastInWalk && !m_unordered) {
            qCInfo(lcPull) << "the list is not newest first; walking all of it";
            m_unordered = true;
        }
        m_lastInWalk = r.updatedDateTime;
    }
    const QDateTime boundary = m_plan.since.addSecs(-overlapSecs);
    const bool passed = !m_unordered && pageOldest.isValid() && pageOldest < boundary;
    const bool last = passed || nextLink.isEmpty();
    // The cursor moves only once the whole stretch down to it was committed.
    std::optional<QDateTime> cursor;
    if (last)
        cursor = m_newest.isValid() && m_newest > m_cursor ? m_newest : m_cursor;
    if (!last) // on its way while this page is stored
        fetch(m_api->followLink(QUrl(nextLink)));
    if (!store(referrals, cursor, page.packed))
        return;
    if (cursor)
        m_cursor = *cursor;
    emit progress(m_counts.fetched);
    if (last)
        nextStep();
}

void ReferralPuller::takeIds(const QJsonArray &items, const QString &nextLink)
{
    QHash<QString, QString> eTags;
    QList<Referral> documents;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        if (m_markUnlisted)
            m_seen.insert(id);
        if (o.contains(QLatin1String("status"))) {
            // The service ignored $select and sent the whole document: take it as it is.
            if (ParseResult parsed = ReferralJson::fromObject(o); parsed.ok())
                documents.append(std::move(*parsed.referral));
            continue;
        }
        eTags.insert(id, o.value(QLatin1String("eTag")).toString());
    }
    if (!documents.isEmpty()) {
        m_counts.fetched += int(documents.size());
        if (!store(documents, std::nullopt))
            return;
    }
    const StoreWatch watch(*m_store);
    const QHash<QString, QString> stored = m_store->remoteETags(eTags.keys());
    if (watch.failed()) {
        // An unreadable store is not "none of these is stored" (which would read every one
        // again and end as if all went well): stop with the store's words.
        finish(storeFailure(*m_store));
        return;
    }
    for (auto it = eTags.cbegin(); it != eTags.cend(); ++it) {
        const auto local = stored.constFind(it.key());
        // Unknown here, or changed; without an eTag in the answer only an unknown id counts.
        if (local == stored.constEnd() || (!it.value().isEmpty() && *local != it.value())) {
            if (m_refetch.contains(it.key()))
                continue; // already to be read (its stored copy needs a refresh)
            if (m_refetch.size() < kMaxSingleReads)
                m_refetch.append(it.key());
            else
                m_tooManyDiffer = true; // listed again as documents once the comparison ends
        }
    }
    if (!nextLink.isEmpty())
        fetch(m_api->followLink(QUrl(nextLink)));
    else
        nextStep();
}

void ReferralPuller::refetchNext()
{
    if (m_refetch.isEmpty()) {
        nextStep();
        return;
    }
    const QString id = m_refetch.takeFirst();
    ApiJob *job = m_api->getReferral(id);
    connect(job, &ApiJob::finished, this, [this](const ApiReply &reply) {
        if (reply.error.kind == ApiError::Kind::NotFound) {
            refetchNext(); // gone between the listing and the read: the next comparison tells
            return;
        }
        if (reply.error) {
            finish(reply.error);
            return;
        }
        ParseResult parsed = ReferralJson::fromObject(reply.json.object());
        if (parsed.ok()) {
            ++m_counts.fetched;
            ++m_counts.refetched;
            if (!store({ *parsed.referral }, std::nullopt))
                return;
            emit progress(m_counts.fetched);
        } else {
            qCWarning(lcPull).noquote() << "skipping a referral:" << parsed.error.message;
        }
        refetchNext();
    });
    job->start();
}

bool ReferralPuller::markUnlisted()
{
    // Referrals the service no longer lists stay, marked; a person's archive is never dropped.
    const StoreWatch watch(*m_store);
    const QStringList listed = m_store->listedIds(); // already marked ones are not news
    if (watch.failed()) {
        finish(storeFailure(*m_store));
        return false;
    }
    QStringList gone;
    for (const QString &id : listed) {
        if (!m_seen.contains(id))
            gone.append(id);
    }
    if (gone.isEmpty())
        return true;
    if (!m_store->setVisibleOnRemote(gone, false)) {
        // Not marked, so the run must not count as a full comparison (it would not be redone
        // for a week): stop with the cause.
        finish(storeFailure(*m_store));
        return false;
    }
    m_counts.hidden = int(gone.size());
    emit changed(gone);
    return true;
}

bool ReferralPuller::store(const QList<Referral> &referrals, const std::optional<QDateTime> &cursor,
    const QList<PackedReferral> &packed)
{
    StoreError error;
    const QStringList ids = packed.size() == referrals.size() && !referrals.isEmpty()
        ? m_store->upsert(referrals, packed, cursor, &error)
        : m_store->upsert(referrals, cursor, &error);
    if (error) {
        // The page and its cursor were one transaction, rolled back together: the cursor has not
        // moved, so the next run asks for this page again.
        finish(error.message.isEmpty() ? storeFailure(*m_store) : ApiError::local(error.message));
        return false;
    }
    m_counts.changed += int(ids.size());
    if (!ids.isEmpty())
        emit changed(ids);
    return true;
}

void ReferralPuller::finish(const ApiError &error)
{
    forgetPages();
    if (m_inFlight) { // asked for ahead of a page that could not be stored: not wanted now
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
        m_inFlight = nullptr;
    }
    emit finished(error);
}

} // namespace rd
