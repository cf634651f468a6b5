#pragma once

#include "archivequery.h"
#include "export/archiveexport.h"
#include "storeerror.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QVariant>
#include <functional>
#include <atomic>

namespace rd {

class Store;

/// What the archive table asks for: a page after a key, in an order, under a filter.
struct ArchivePageRequest
{
    ArchiveFilter filter;
    ArchiveColumn sort = ArchiveColumn::Relevance;
    Qt::SortOrder order = Qt::DescendingOrder;
    std::optional<ArchiveKey> after;
    int limit = 200;
    QStringList valueOrder;
    /// Country or company size in the order of their labels in the UI language (Labels), not
    /// of their codes: the reader finds the values and sorts them, unless valueOrder is given.
    bool byLabels = false;
};

/// Reads the archive on a thread of its own with its own connection (issue 15): pages, counts
/// and the values the filters offer, each answered by a queued signal carrying the ticket its
/// request returned. What grows with the archive never runs on the GUI thread.
///
/// A request the person made obsolete (the next keystroke) is cancelled: dropped if it has not
/// started, interrupted (sqlite3_interrupt) if it is being read, and never answered. Requests
/// run one at a time, in the order they were made.
class ArchiveReader : public QObject
{
    Q_OBJECT
public:
    /// Starts the thread, which opens `databasePath` (already migrated by the caller's Store).
    explicit ArchiveReader(const QString &databasePath, QObject *parent = nullptr);
    ~ArchiveReader() override;

    quint64 requestPage(const ArchivePageRequest &request);
    /// Counts no further than `cap` + 1 and answers (counted, not exact, when there are more
    /// than `cap`), then counts every match and answers again under the same ticket; a
    /// negative cap counts every match at once. Without a filter the first answer is exact.
    quint64 requestCount(const ArchiveFilter &filter, int cap);
    /// The countries and company sizes found in the archive (either direction), by code.
    quint64 requestValues();
    /// Writes the archive `filter` matches to `path` as CSV (ArchiveExport::write: one
    /// consistent snapshot), telling exportProgress as it goes. Cancelled, it writes nothing.
    quint64 requestExport(
        const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order, const QString &path);
    /// Any other read (the insights' rows): `read` runs on the reader's thread with its Store,
    /// and its value comes back with readDone.
    quint64 requestRead(std::function<QVariant(Store &)> read);
    /// The request's answer will not come; its reading stops where it is.
    void cancel(quint64 ticket);

    /// Whether a running read can be interrupted (the same SQLite library as Qt's driver);
    /// without it, a cancelled read finishes unseen.
    static bool canInterrupt();

signals:
    void pageRead(quint64 ticket, const rd::ArchivePage &page);
    /// `exact` false: there are more than the request's cap, and `count` is cap + 1.
    void counted(quint64 ticket, int count, bool exact);
    void valuesRead(quint64 ticket, const QStringList &countries, const QStringList &sizes);
    void readDone(quint64 ticket, const QVariant &result);
    void exportProgress(quint64 ticket, int rowsWritten);
    /// The export ended: written, or why not (never for a cancelled one).
    void exported(quint64 ticket, const rd::ArchiveExport::Result &result);
    /// The read failed (not a cancelled one): the store's words for why.
    void failed(quint64 ticket, const rd::StoreError &error);

private:
    /// Runs `read` on the reader's thread unless cancelled first; `read` returns whether its
    /// answer may be sent (false: it was cancelled or failed, which it reported).
    void post(quint64 ticket, std::function<void(Store &)> read);
    bool begin(quint64 ticket);
    bool end(quint64 ticket);
    bool isCancelled(quint64 ticket);
    /// After a read: whether its answer is still wanted and it succeeded; a failure is
    /// reported (failed()) here.
    bool answer(quint64 ticket, Store &store);

    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; requests run as its queued calls
    std::unique_ptr<Store> m_store; ///< used on m_thread only
    QString m_path;
    StoreError m_openError; ///< set on m_thread before any request runs there
    std::atomic<quint64> m_next { 1 };

    QMutex m_lock; ///< guards what follows, shared by the GUI thread and the reader's
    QSet<quint64> m_cancelled;
    quint64 m_running = 0;
    void *m_handle = nullptr; ///< the connection's sqlite3 *, for sqlite3_interrupt
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ArchivePage)
Q_DECLARE_METATYPE(rd::StoreError)
Q_DECLARE_METATYPE(rd::ArchiveExport::Result)
