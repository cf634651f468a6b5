#pragma once

#include "referralpage.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <memory>
#include <optional>

class QTimer;

namespace rd {

class Store;

/// Writes a listing's pages (Store::upsert, each with its cursor) on a thread of its own with its
/// own connection, in the order they are handed over. The sync thread meanwhile handles each
/// reply as soon as it arrives and asks for the page after it: while it wrote the pages itself,
/// every reply waited for the write in progress, and a first sync went at the pace of that wait
/// rather than of the work.
///
/// The pages waiting when a write begins are written together, in one transaction (up to
/// maxBatch referrals), with the last one's cursor: each index page a referral lands on is then
/// written to the log once for all of them rather than once for each page. When pages come
/// faster than they can be written (a first sync), the batches grow and the writes keep up;
/// an ordinary sync's one page is written alone.
///
/// Once a page could not be written, the pages of the same run handed over after it are not
/// written either: each would move the cursor past the one that failed.
class PageWriter : public QObject
{
    Q_OBJECT
public:
    /// Starts the thread; the store at `databasePath` (migrated already) is opened there with
    /// the first page.
    explicit PageWriter(QString databasePath, QObject *parent = nullptr);
    /// Waits for the pages being written; the ones still waiting are not written.
    ~PageWriter() override;

    /// Referrals written in one transaction at most: a transaction holds the database's write
    /// lock, which an action the person takes meanwhile waits for (about 40 ms at most).
    static constexpr int maxBatch = 600;
    /// After this long without a page to write, the connection's page cache (up to 64 MB during
    /// a first sync) is given back.
    static constexpr int idleRelease = 3000;

    /// Queues `page` to be written after the ones before it, moving the cursor to `cursor`
    /// when given; written() answers, with `run`.
    void write(quint64 run, const ReferralPage &page, const std::optional<QDateTime> &cursor);

signals:
    /// The first `pages` pages still waiting were written, or not: `changed`: the ids whose
    /// stored copy changed. `error` set: none of them was written (the cursor has not moved),
    /// and no later page of `run` will be.
    void written(quint64 run, int pages, const QStringList &changed, const rd::StoreError &error);

private:
    struct Queued
    {
        quint64 run = 0;
        ReferralPage page;
        std::optional<QDateTime> cursor;
    };

    /// On m_thread: writes the pages waiting, the first ones of one run together.
    void writeWaiting();
    /// On m_thread: gives the pages its connection keeps in memory back (PRAGMA shrink_memory)
    /// once nothing was written for idleRelease ms.
    void releaseMemoryWhenIdle();
    bool openStore(StoreError *error);

    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; writeWaiting() is its queued call
    QString m_path;
    QMutex m_mutex; ///< guards m_waiting, m_called and m_stopping
    QList<Queued> m_waiting;
    bool m_called = false; ///< a writeWaiting() call is queued or under way
    bool m_stopping = false; ///< the destructor runs: write no more
    std::unique_ptr<Store> m_store; ///< used on m_thread only
    QTimer *m_idle = nullptr; ///< on m_thread: releaseMemoryWhenIdle()
    quint64 m_failedRun = 0; ///< used on m_thread only
};

} // namespace rd
