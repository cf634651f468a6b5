#include "store.h"

#include "customerbackfill.h"
#include "fitstore.h"
#include "referralrepository.h"
#include "schema.h"
#include "searchfill.h"
#include "sessionlock.h"
#include "storedb.h"
#include "storerepair.h"
#include "storetables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

static_assert(Store::schemaVersion == Schema::version, "one format number");

// -- opening -------------------------------------------------------------------------------------

Store::Store()
    : m_db(std::make_unique<StoreDb>())
    , m_tables(std::make_unique<Tables>(*m_db))
    , m_session(std::make_unique<SessionLock>())
{
}

Store::~Store() = default;

QString Store::defaultPath(const QString &profileDir)
{
    const QString dir = profileDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : profileDir;
    return QDir(dir).filePath(QStringLiteral("referrals.sqlite"));
}

int Store::formatOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    // The header holds it at offset 60, big-endian: no connection, no -wal or -shm file made.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(64);
    if (header.size() < 64 || !header.startsWith("SQLite format 3"))
        return -1;
    const auto *b = reinterpret_cast<const uchar *>(header.constData() + 60);
    return int((quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3]);
}

StoreError Store::open(const QString &path)
{
    return openImpl(path, schemaVersion);
}

StoreError Store::openAtVersion(const QString &path, int version)
{
    return openImpl(path, version);
}

StoreError Store::openImpl(const QString &path, int targetVersion)
{
    StoreError error = m_db->open(path);
    if (!error)
        error = Schema::prepare(*m_db, targetVersion);
    if (error)
        m_db->close(); // every statement of the connection goes with it
    else
        m_session->acquire(m_db->path());
    return error;
}

bool Store::isOpen() const
{
    return m_db->isOpen();
}

QString Store::path() const
{
    return m_db->path();
}

void Store::close()
{
    m_db->close();
    m_session->release();
}

bool Store::checkNeeded() const
{
    return m_session->checkNeeded();
}

bool Store::openElsewhere() const
{
    return m_session->othersInUse();
}

StoreError Store::lastError() const
{
    return m_db->lastError();
}

void Store::clearLastError() const
{
    m_db->clearLastError();
}

StoreError Store::openOrRecover(const QString &path,
    const std::function<bool(const StoreError &)> &confirmRebuild, QString *movedTo)
{
    const StoreError first = open(path);
    if (first.kind != StoreError::Kind::Corrupt || !confirmRebuild || !confirmRebuild(first))
        return first;
    // Rebuilding salvages first: the queued actions, the history and the notification record
    // that can still be read go into the new file; the damaged one is kept.
    const SalvageReport report = StoreRepair::repair(first.path);
    if (report.error)
        return report.error;
    if (movedTo)
        *movedTo = report.movedTo;
    qCWarning(lcStore).noquote() << StoreRepair::summary(report);
    return open(path);
}

QString Store::moveAside(const QString &path)
{
    // Two repairs within one second must not collide: a number follows the time when needed.
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

// -- referrals (the merge and the upserts: storeupsert.cpp) ---------------------------------------

std::optional<Referral> Store::referral(const QString &id) const
{
    return m_tables->referrals.byId(id);
}

QHash<QString, Referral> Store::referrals(const QStringList &ids) const
{
    return m_tables->referrals.byIds(ids);
}

std::optional<Referral> Store::remoteCopy(const QString &id) const
{
    return m_tables->referrals.remoteCopy(id);
}

QList<Referral> Store::openReferrals(std::optional<Stage> stage) const
{
    return m_tables->referrals.open(stage);
}

void Store::forEachOpenReferral(
    const std::function<void(Referral &&)> &each, std::optional<Stage> stage) const
{
    m_tables->referrals.open(stage, each);
}

bool Store::setVisibleOnRemote(const QStringList &ids, bool visible)
{
    return inWriteTransaction(*m_db, "marking unlisted referrals:",
        [&] { return m_tables->referrals.setVisible(ids, visible); });
}

bool Store::hasReferrals() const
{
    return m_tables->referrals.any();
}

bool Store::hasOutgoing() const
{
    return m_tables->referrals.anyOutgoing();
}

QStringList Store::allIds() const
{
    return m_tables->referrals.ids();
}

QStringList Store::listedIds() const
{
    return m_tables->referrals.ids("WHERE visible = 1");
}

QStringList Store::needingRefresh() const
{
    return m_tables->referrals.needingRefresh();
}

QHash<QString, QString> Store::remoteETags(const QStringList &ids) const
{
    return m_tables->referrals.remoteETags(ids);
}

// -- archive -------------------------------------------------------------------------------------

bool Store::hasSearchText(const QString &text)
{
    return ArchiveQuery::hasSearchText(text);
}

QList<RelatedReferral> Store::related(const QString &id, int limit) const
{
    return RelatedQuery(*m_db).of(id, limit);
}

QSet<QString> Store::openWithRelated() const
{
    return RelatedQuery(*m_db).openWithRelated();
}

int Store::keyCustomers(int batch)
{
    return CustomerBackfill(*m_db).step(batch);
}

int Store::countFits(int batch)
{
    return FitStore::fill(*this, batch);
}

int Store::indexForSearch(int batch)
{
    return SearchFill::step(*m_db, batch);
}

qint64 Store::searchPending() const
{
    const std::optional<SearchFill::Range> range = SearchFill::range(*m_db);
    return range ? range->left() : -1;
}

QList<ArchiveRow> Store::archive(const ArchiveFilter &filter, ArchiveColumn sort,
    Qt::SortOrder order, int offset, int limit, const QStringList &valueOrder) const
{
    return m_tables->archive.rows(filter, sort, order, offset, limit, valueOrder);
}

ArchivePage Store::archivePage(const ArchiveFilter &filter, ArchiveColumn sort,
    Qt::SortOrder order, const std::optional<ArchiveKey> &after, int limit,
    const QStringList &valueOrder) const
{
    return m_tables->archive.page(filter, sort, order, after, limit, valueOrder);
}

int Store::archiveCount(const ArchiveFilter &filter, int cap) const
{
    return m_tables->archive.count(filter, cap);
}

int Store::archiveCount(const ArchiveFilter &filter) const
{
    return m_tables->archive.count(filter);
}

int Store::archiveTotal(bool outgoing) const
{
    return m_tables->archive.total(outgoing);
}

QStringList Store::archiveValues(const char *column) const
{
    return m_tables->archive.values(column);
}

// -- actions and the outbox ----------------------------------------------------------------------

Store::ActionResult Store::applyAction(const QString &id, Action action,
    const ActionInput &input, const QDateTime &now, const QDateTime &holdUntil)
{
    ActionResult result;
    m_db->clearLastError();
    const bool ok = inWriteTransaction(*m_db, "action:", [&] {
        const auto stored = m_tables->referrals.forAction(id);
        if (!stored) {
            if (!m_db->lastError())
                result.errors.append(
                    { Field::None, tr("This referral is not in the local database.") });
            return false;
        }
        const Referral &view = stored->first;
        if (view.needsRefresh) {
            result.errors.append({ Field::None,
                tr("The stored copy of this referral cannot be read. It is read again from "
                   "Partner Center with the next sync; try again after that.") });
            return false;
        }
        result.errors = Lifecycle::validate(view, action, input, now.toLocalTime().date());
        if (!result.errors.isEmpty())
            return false;
        const ActionInput queued = Lifecycle::editedOnly(view, action, input);
        const Referral next = Lifecycle::applied(view, action, queued, now);
        if (!m_tables->referrals.write(next, stored->second))
            return false;

        OutboxEntry entry;
        entry.referralId = id;
        entry.action = action;
        entry.input = queued;
        entry.patch = Lifecycle::patch(view, action, queued);
        entry.baseETag = view.eTag;
        entry.requestId = QUuid::createUuid();
        entry.createdAt = now;
        entry.holdUntil = holdUntil > now ? holdUntil : QDateTime();
        const std::optional<qint64> seq = m_tables->outbox.insert(entry);
        if (!seq)
            return false;
        entry.seq = *seq;
        result.referral = next;
        result.entry = entry;
        return true;
    });
    if (!ok) {
        result.referral.reset();
        result.entry.reset();
        if (result.errors.isEmpty())
            result.error = m_db->lastError();
    }
    return result;
}

QList<OutboxEntry> Store::outbox() const
{
    return m_tables->outbox.all();
}

QList<OutboxEntry> Store::outboxFor(const QString &referralId) const
{
    return m_tables->outbox.forReferral(referralId);
}

QList<HistoryEntry> Store::history(const QString &referralId) const
{
    return m_tables->history.of(referralId);
}

QList<OutboxEntry> Store::sendable(const QDateTime &now) const
{
    return m_tables->outbox.sendable(now);
}

bool Store::release(qint64 seq)
{
    return m_tables->outbox.release(seq);
}

int Store::releaseAll()
{
    return qMax(0, m_tables->outbox.releaseAll());
}

bool Store::markSending(qint64 seq)
{
    return m_tables->outbox.markSending(seq);
}

bool Store::markQueued(qint64 seq, const QString &error)
{
    return m_tables->outbox.setState(seq, OutboxEntry::State::Queued, error);
}

bool Store::markFailed(qint64 seq, const QString &error)
{
    return m_tables->outbox.setState(seq, OutboxEntry::State::Failed, error);
}

bool Store::markConflict(qint64 seq, const QString &error)
{
    return inWriteTransaction(*m_db, "setting an action aside:", [&] {
        const std::optional<OutboxEntry> entry = m_tables->outbox.entry(seq);
        return entry && m_tables->outbox.setState(seq, OutboxEntry::State::Conflict, error)
            && recomputeView(entry->referralId);
    });
}

bool Store::complete(qint64 seq, const std::optional<Referral> &remote)
{
    return inWriteTransaction(*m_db, "completing a sent action:", [&] {
        const std::optional<OutboxEntry> entry = m_tables->outbox.entry(seq);
        if (!entry || !m_tables->outbox.remove(seq))
            return false;
        if (remote) {
            // The service's copy is the new base, with what is still queued on top.
            QHash<QString, StoredFacts> facts;
            if (!m_tables->referrals.facts({ remote->id }, &facts))
                return false;
            const auto it = facts.constFind(remote->id);
            if (!rebaseAndWrite(*remote, it == facts.constEnd() ? nullptr : &*it))
                return false;
        } else if (!recomputeView(entry->referralId)) {
            return false;
        }
        return m_tables->history.record(*entry, QStringLiteral("sent"));
    });
}

bool Store::discard(qint64 seq)
{
    return inWriteTransaction(*m_db, "undoing an action:", [&] {
        const std::optional<OutboxEntry> entry = m_tables->outbox.entry(seq);
        return entry && m_tables->outbox.remove(seq, /*unlessSending=*/true)
            && recomputeView(entry->referralId)
            && m_tables->history.record(*entry,
                entry->state == OutboxEntry::State::Queued ? QStringLiteral("undone")
                                                           : QStringLiteral("dropped"));
    });
}

int Store::requeueInterrupted()
{
    return qMax(0, m_tables->outbox.requeueInterrupted());
}

// -- notifications and the sync state ------------------------------------------------------------

bool Store::wasNotified(const QString &key) const
{
    return m_tables->notified.contains(key);
}

bool Store::markNotified(const QString &key, const QDateTime &at)
{
    return m_tables->notified.add(key, at);
}

SyncState Store::syncState() const
{
    return m_tables->syncState.read();
}

bool Store::setSyncSuccess(const QDateTime &at, bool fullResync, bool reconciled)
{
    return inWriteTransaction(*m_db, "recording the sync:",
        [&] { return m_tables->syncState.setSuccess(at, fullResync, reconciled); });
}

bool Store::setSyncValue(const QString &key, const QString &value)
{
    return m_tables->syncState.set(key, value);
}

bool Store::setSyncError(const QString &message)
{
    return m_tables->syncState.set(QStringLiteral("last_error"), message);
}

} // namespace rd
