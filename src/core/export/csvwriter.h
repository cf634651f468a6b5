#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace rd {

/// RFC 4180 CSV for spreadsheet programs: UTF-8 with a BOM, CRLF line ends, quotes where needed,
/// and cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) neutralised with a
/// leading apostrophe. Written atomically through QSaveFile with owner-only permissions.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(const QString &path);

    bool open();
    void writeRow(const QStringList &cells);
    /// Makes the file appear (replacing any old one) only now; false and errorString() on failure.
    bool commit();
    void cancel();
    QString errorString() const;

    static QString escape(const QString &cell);

private:
    QSaveFile m_file;
};

} // namespace rd
