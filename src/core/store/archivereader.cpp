#include "archivereader.h"

#include "domain/labels.h"
#include "store.h"
#include "storedb.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDriver>

#ifdef RD_SQLITE_INTERRUPT
#include <sqlite3.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

ArchiveReader::ArchiveReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    qRegisterMetaType<ArchivePage>();
    qRegisterMetaType<StoreError>();
    qRegisterMetaType<ArchiveExport::Result>();
    m_thread.setObjectName(QStringLiteral("archive"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    // finished() is emitted on the reader's thread, just before it ends: the connection is
    // closed there, as it must be (a connection belongs to the thread that made it).
    connect(
        &m_thread, &QThread::finished, m_context,
        [this] {
            QMutexLocker lock(&m_lock);
            m_handle = nullptr;
            lock.unlock();
            m_store.reset();
        },
        Qt::DirectConnection);
    m_thread.start();
    // Opened on the reader's thread: a connection belongs to the thread that made it.
    QMetaObject::invokeMethod(m_context, [this] {
        m_store = std::make_unique<Store>();
        if (const StoreError e = m_store->open(m_path)) {
            qCWarning(lcStore).noquote() << "archive reader:" << e.message;
            m_openError = e; // every request says so
            return;
        }
        const QVariant handle = m_store->db().database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            QMutexLocker lock(&m_lock);
            m_handle = *static_cast<void *const *>(handle.constData());
        }
    });
}

ArchiveReader::~ArchiveReader()
{
    {
        QMutexLocker lock(&m_lock);
#ifdef RD_SQLITE_INTERRUPT
        if (m_running && m_handle)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_handle)); // closing: stop where it is
#endif
        for (quint64 t = 1; t < m_next; ++t)
            m_cancelled.insert(t);
    }
    // quit() ends the thread's event loop without running what is still queued; the store is
    // closed by the finished() handler, on the thread that opened it.
    m_thread.quit();
    m_thread.wait();
}

bool ArchiveReader::canInterrupt()
{
#ifdef RD_SQLITE_INTERRUPT
    return true;
#else
    return false;
#endif
}

quint64 ArchiveReader::requestPage(const ArchivePageRequest &request)
{
    const quint64 ticket = m_next++;
    post(ticket, [this, ticket, request](Store &store) {
        QStringList valueOrder = request.valueOrder;
        const bool byCountry = request.sort == ArchiveColumn::Country;
        if (request.byLabels && valueOrder.isEmpty()
            && (byCountry || request.sort == ArchiveColumn::Size)) {
            // The store keeps codes ("10000plusemployees" before "1to9employees", "DE" Germany
            // before "EG" Egypt); the table is sorted by what it shows.
            valueOrder = store.archiveValues(byCountry ? "country" : "size");
            if (byCountry)
                Labels::sortCountries(valueOrder);
            else
                Labels::sortCompanySizes(valueOrder);
        }
        ArchivePage page = store.archivePage(request.filter, request.sort, request.order,
            request.after, request.limit, valueOrder);
        page.valueOrder = valueOrder;
        if (answer(ticket, store))
            emit pageRead(ticket, page);
    });
    return ticket;
}

quint64 ArchiveReader::requestCount(const ArchiveFilter &filter, int cap)
{
    const quint64 ticket = m_next++;
    post(ticket, [this, ticket, filter, cap](Store &store) {
        const int count = store.archiveCount(filter, cap);
        if (!answer(ticket, store))
            return;
        const bool over = cap >= 0 && count > cap;
        emit counted(ticket, count, !over);
        // "More than 10,000" is shown; the exact number follows under the same ticket, unless
        // the person made it obsolete meanwhile (begin() then refuses it).
        if (!over || !begin(ticket))
            return;
        store.clearLastError();
        const int exact = store.archiveCount(filter, -1);
        if (answer(ticket, store))
            emit counted(ticket, exact, true);
    });
    return ticket;
}

quint64 ArchiveReader::requestValues()
{
    const quint64 ticket = m_next++;
    post(ticket, [this, ticket](Store &store) {
        const QStringList countries = store.archiveValues("country");
        const QStringList sizes = store.archiveValues("size");
        if (answer(ticket, store))
            emit valuesRead(ticket, countries, sizes);
    });
    return ticket;
}

quint64 ArchiveReader::requestRead(std::function<QVariant(Store &)> read)
{
    const quint64 ticket = m_next++;
    post(ticket, [this, ticket, read = std::move(read)](Store &store) {
        const QVariant result = read(store);
        if (answer(ticket, store))
            emit readDone(ticket, result);
    });
    return ticket;
}

quint64 ArchiveReader::requestExport(
    const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order, const QString &path)
{
    const quint64 ticket = m_next++;
    post(ticket, [this, ticket, filter, sort, order, path](Store &store) {
        const ArchiveExport::Result result
            = ArchiveExport::write(store, filter, sort, order, path, [this, ticket](int done) {
                  if (isCancelled(ticket))
                      return false;
                  emit exportProgress(ticket, done);
                  return true;
              });
        if (end(ticket))
            emit exported(ticket, result); // a failure is the result's own message
    });
    return ticket;
}

void ArchiveReader::cancel(quint64 ticket)
{
    QMutexLocker lock(&m_lock);
    m_cancelled.insert(ticket);
#ifdef RD_SQLITE_INTERRUPT
    // Only the read of this ticket: the lock keeps the next request from starting meanwhile.
    if (m_running == ticket && m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
#endif
}

void ArchiveReader::post(quint64 ticket, std::function<void(Store &)> read)
{
    QMetaObject::invokeMethod(m_context, [this, ticket, read = std::move(read)] {
        if (!begin(ticket))
            return;
        if (!m_store->isOpen()) {
            if (end(ticket))
                emit failed(ticket, m_openError);
            return;
        }
        m_store->clearLastError();
        read(*m_store);
    });
}

bool ArchiveReader::begin(quint64 ticket)
{
    QMutexLocker lock(&m_lock);
    if (m_cancelled.remove(ticket))
        return false; // made obsolete before it started
    m_running = ticket;
    return true;
}

bool ArchiveReader::isCancelled(quint64 ticket)
{
    QMutexLocker lock(&m_lock);
    return m_cancelled.contains(ticket);
}

bool ArchiveReader::end(quint64 ticket)
{
    QMutexLocker lock(&m_lock);
    m_running = 0;
    return !m_cancelled.remove(ticket);
}

bool ArchiveReader::answer(quint64 ticket, Store &store)
{
    if (!end(ticket))
        return false; // cancelled while it ran (an interrupted read fails): nobody waits for it
    if (const StoreError error = store.lastError()) {
        emit failed(ticket, error);
        return false;
    }
    return true;
}

} // namespace rd
