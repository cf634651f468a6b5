#include "sessionlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QUuid>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

namespace {

QString checkFile(const QString &databasePath)
{
    return databasePath + QStringLiteral(".check");
}

QString lockPattern(const QString &databaseName)
{
    return databaseName + QStringLiteral(".session-*.lock");
}

/// A session on `databasePath` ended without closing: the database is to be checked.
void noteCrash(const QString &databasePath)
{
    qCInfo(lcStore).noquote() << "an earlier session on" << databasePath
                              << "ended without closing; the database will be checked";
    QFile mark(checkFile(databasePath));
    if (!mark.exists() && !mark.open(QIODevice::WriteOnly))
        qCWarning(lcStore).noquote()
            << "cannot note that" << databasePath << "needs a check:" << mark.errorString();
}

} // namespace

SessionLock::SessionLock() = default;

SessionLock::~SessionLock()
{
    release();
}

void SessionLock::acquire(const QString &databasePath)
{
    release();
    m_databasePath = QFileInfo(databasePath).absoluteFilePath();
    const QFileInfo info(m_databasePath);
    const QDir folder = info.absoluteDir();

    // The others first, so that this session's own lock is never mistaken for one of them.
    bool crashed = false;
    const QStringList others = folder.entryList({ lockPattern(info.fileName()) }, QDir::Files);
    for (const QString &name : others) {
        QLockFile other(folder.filePath(name));
        // Age alone never makes a lock stale: a board left open for a week is still in use.
        // Only a lock whose process is gone (same host, pid not running or another program) is.
        other.setStaleLockTime(0);
        if (other.tryLock(0)) {
            crashed = true; // taken over from a process that is gone; unlock() removes it
            other.unlock();
        }
    }
    if (crashed)
        noteCrash(m_databasePath);

    const QString name = info.fileName() + QStringLiteral(".session-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".lock");
    m_lock = std::make_unique<QLockFile>(folder.filePath(name));
    m_lock->setStaleLockTime(0);
    // Without a lock (a read-only folder) the database still opens; only a later crash of this
    // session would go unnoticed.
    if (!m_lock->tryLock(0)) {
        qCWarning(lcStore).noquote() << "cannot make the session lock beside" << m_databasePath;
        m_lock.reset();
    }
}

void SessionLock::release()
{
    m_lock.reset(); // QLockFile's destructor unlocks, which removes the file
}

bool SessionLock::othersInUse() const
{
    if (m_databasePath.isEmpty())
        return false;
    const QFileInfo info(m_databasePath);
    const QDir folder = info.absoluteDir();
    const QString own = m_lock ? QFileInfo(m_lock->fileName()).fileName() : QString();
    const QStringList locks = folder.entryList({ lockPattern(info.fileName()) }, QDir::Files);
    return std::any_of(locks.cbegin(), locks.cend(), [&](const QString &name) {
        if (name == own)
            return false;
        QLockFile other(folder.filePath(name));
        other.setStaleLockTime(0);
        if (!other.tryLock(0))
            return true; // held by a process that is running
        other.unlock(); // a session that crashed since this one began, taken over as acquire() does
        noteCrash(m_databasePath);
        return false;
    });
}

bool SessionLock::checkNeeded() const
{
    return !m_databasePath.isEmpty() && checkNeeded(m_databasePath);
}

void SessionLock::markChecked()
{
    if (!m_databasePath.isEmpty())
        markChecked(m_databasePath);
}

bool SessionLock::checkNeeded(const QString &databasePath)
{
    return QFile::exists(checkFile(QFileInfo(databasePath).absoluteFilePath()));
}

void SessionLock::markChecked(const QString &databasePath)
{
    QFile::remove(checkFile(QFileInfo(databasePath).absoluteFilePath()));
}

} // namespace rd
