#pragma once

#include "referralpage.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <memory>
#include <optional>

namespace rd {

class Store;

/// Writes a listing's pages (Store::upsert: one transaction each, with its cursor) on a thread
/// of its own with its own connection, in the order they are handed over. The sync thread
/// meanwhile handles each reply as soon as it arrives and asks for the page after it: while it
/// wrote the pages itself, every reply waited for the write in progress, and a first sync went
/// at the pace of that wait rather than of the work.
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
    /// Waits for the page being written; the ones still waiting are not written.
    ~PageWriter() override;

    /// Queues `page` to be written after the ones before it, moving the cursor to `cursor`
    /// when given; written() answers, with `run`.
    void write(quint64 run, const ReferralPage &page, const std::optional<QDateTime> &cursor);

signals:
    /// `changed`: the ids whose stored copy changed. `error` set: the page was not written, and
    /// no later page of `run` will be.
    void written(quint64 run, const QStringList &changed, const rd::StoreError &error);

private:
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; each page is written as its queued call
    QString m_path;
    std::unique_ptr<Store> m_store; ///< used on m_thread only
    quint64 m_failedRun = 0; ///< used on m_thread only
};

} // namespace rd
