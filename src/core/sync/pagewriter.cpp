#include "pagewriter.h"

#include "store/store.h"
#include "store/storedb.h"

#include <QSqlQuery>
#include <QTimer>

namespace rd {

PageWriter::PageWriter(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<StoreError>();
    m_thread.setObjectName(QStringLiteral("page writer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    // Emitted on the writer's thread just before it ends: the connection is closed there, on
    // the thread that opened it.
    connect(
        &m_thread, &QThread::finished, m_context, [this] { m_store.reset(); },
        Qt::DirectConnection);
    m_thread.start();
}

PageWriter::~PageWriter()
{
    // The pages being written are written; the ones still waiting are not: their cursor has
    // not moved, so the next run asks for them again.
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_thread.quit();
    m_thread.wait();
}

void PageWriter::write(
    quint64 run, const ReferralPage &page, const std::optional<QDateTime> &cursor)
{
    QMutexLocker lock(&m_mutex);
    m_waiting.append({ run, page, cursor });
    if (std::exchange(m_called, true))
        return; // the call queued already takes this page too
    QMetaObject::invokeMethod(m_context, [this] { writeWaiting(); });
}

bool PageWriter::openStore(StoreError *error)
{
    if (m_store)
        return true;
    auto store = std::make_unique<Store>();
    *error = store->open(m_path);
    if (*error)
        return false;
    // Pages of a first sync rewrite the same index pages again and again: copied into the
    // file every 64 MB of log rather than every 8 MB, each is copied fewer times
    // (bench_firstsync: 0.59 -> 0.63 of the floor). The log is cut back to 8 MB after each
    // copy. And up to 64 MB of the file's pages are kept in memory rather than SQLite's 2 MB:
    // most indexes are ordered by something random, so a batch of referrals lands on index
    // pages all over them, which at 100 000 referrals no longer fitted in 2 MB and were read
    // again (and written to the log before the commit) for every batch (bench_firstsync at
    // 100 000: 0.69 -> 0.85 of the floor). releaseMemory() gives them back once the writer is
    // idle. Settings of this connection only, and only a speed.
    QSqlQuery q(store->db().database());
    for (const char *pragma : { "PRAGMA wal_autocheckpoint = 8192",
             "PRAGMA journal_size_limit = 8388608", "PRAGMA cache_size = -65536" })
        q.exec(QString::fromLatin1(pragma));
    m_store = std::move(store);
    return true;
}

void PageWriter::releaseMemoryWhenIdle()
{
    if (!m_idle) {
        m_idle = new QTimer(m_context); // made here: a timer belongs to the thread making it
        m_idle->setSingleShot(true);
        m_idle->setInterval(idleRelease);
        connect(m_idle, &QTimer::timeout, m_context, [this] {
            if (m_store)
                QSqlQuery(m_store->db().database()).exec(QStringLiteral("PRAGMA shrink_memory"));
        });
    }
    m_idle->start(); // again: a later page puts it off
}

void PageWriter::writeWaiting()
{
    for (;;) {
        // The pages of one run waiting now, up to maxBatch referrals (always at least one).
        quint64 run = 0;
        int pages = 0;
        QList<Referral> referrals;
        QList<PackedReferral> packed;
        std::optional<QDateTime> cursor;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping)
                m_waiting.clear();
            if (m_waiting.isEmpty()) {
                m_called = false;
                if (!m_stopping)
                    releaseMemoryWhenIdle();
                return;
            }
            run = m_waiting.first().run;
            while (!m_waiting.isEmpty() && m_waiting.first().run == run
                && (pages == 0
                    || referrals.size() + m_waiting.first().page.referrals.size() <= maxBatch)) {
                Queued q = m_waiting.takeFirst();
                referrals += q.page.referrals;
                packed += q.page.packed;
                if (q.cursor)
                    cursor = q.cursor; // the last page's (every page of a step has one, or none)
                ++pages;
            }
        }
        if (run == m_failedRun)
            continue; // after a page that failed: each would move the cursor past it
        StoreError error;
        QStringList changed;
        if (openStore(&error))
            changed = m_store->upsert(referrals, packed, cursor, &error);
        if (error)
            m_failedRun = run;
        emit written(run, pages, changed, error);
    }
}

} // namespace rd
