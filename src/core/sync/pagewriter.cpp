#include "pagewriter.h"

#include "store/store.h"
#include "store/storedb.h"

#include <QSqlQuery>

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
    // quit() ends the thread's event loop after the page being written, without the ones
    // still queued: their cursor has not moved, so the next run asks for them again.
    m_thread.quit();
    m_thread.wait();
}

void PageWriter::write(
    quint64 run, const ReferralPage &page, const std::optional<QDateTime> &cursor)
{
    QMetaObject::invokeMethod(m_context, [this, run, page, cursor] {
        if (run == m_failedRun)
            return; // after a page that failed: would move the cursor past it
        StoreError error;
        if (!m_store) {
            auto store = std::make_unique<Store>();
            error = store->open(m_path);
            if (!error) {
                // Pages of a first sync rewrite the same index pages again and again: copied
                // into the file every 64 MB of log rather than every 8 MB, each is copied fewer
                // times (bench_firstsync: 0.59 -> 0.63 of the floor). The log is cut back to
                // 8 MB after each copy. A setting of this connection only, and only a speed.
                QSqlQuery q(store->db().database());
                for (const char *pragma :
                    { "PRAGMA wal_autocheckpoint = 8192", "PRAGMA journal_size_limit = 8388608" })
                    q.exec(QString::fromLatin1(pragma));
                m_store = std::move(store);
            }
        }
        QStringList changed;
        if (!error)
            changed = m_store->upsert(page.referrals, page.packed, cursor, &error);
        if (error)
            m_failedRun = run;
        emit written(run, changed, error);
    });
}

} // namespace rd
