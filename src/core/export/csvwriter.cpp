#include "csvwriter.h"

#include <QFile>

namespace rd {

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
{
}

bool CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return false;
    // QSaveFile writes a temporary file first; make it owner-only before any row lands in it.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file.write("\xEF\xBB\xBF");
    return true;
}

QString CsvWriter::escape(const QString &raw)
{
    QString cell = raw;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
        || cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped.append(escape(c));
    m_file.write(escaped.join(QLatin1Char(',')).toUtf8());
    m_file.write("\r\n");
}

bool CsvWriter::commit()
{
    const bool ok = m_file.commit();
    if (ok)
        QFile::setPermissions(m_file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ok;
}

void CsvWriter::cancel()
{
    m_file.cancelWriting();
    m_file.commit();
}

QString CsvWriter::errorString() const
{
    return m_file.errorString();
}

} // namespace rd
