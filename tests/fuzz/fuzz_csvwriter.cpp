// The CSV writer of the archive export (src/core/export/csvwriter.cpp) on any text a referral
// can carry. Input: UTF-8 text; U+001E separates rows and U+001F cells. The file written must be
// a UTF-8 BOM and RFC 4180 CSV that a strict reader splits into the same rows of the same number
// of cells, each the text given (with the apostrophe that neutralises a formula, exactly where
// the writer promises one), CRLF after every row, readable by its owner only.

#include "fuzzsupport.h"

#include "export/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <optional>

using namespace rd;
using rd::fuzz::check;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

bool startsFormula(const QString &cell)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && starts.contains(cell.front());
}

/// RFC 4180 read strictly: quoted fields with "" inside, unquoted ones without quotes or line
/// breaks, CRLF after each record, including the last. Nothing on failure.
std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QString field;
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return std::nullopt; // a quote or a line break outside quotes
                field += text.at(i++);
            }
        }
        row.append(field);
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            rows.append(row);
            row.clear();
            continue;
        }
        return std::nullopt; // something after a closing quote, or no CRLF at the end
    }
    if (!row.isEmpty())
        return std::nullopt;
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    rd::fuzz::quietQt();
    check(scratch().isValid(), "no temporary folder");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(rd::fuzz::bytes(data, size));
    QList<QStringList> rows;
    for (const QString &line : input.split(QChar(0x1e)))
        rows.append(line.split(QChar(0x1f)));

    const QString path = scratch().filePath(QStringLiteral("export.csv"));
    CsvWriter csv(path);
    check(csv.open(), "cannot open the CSV file", csv.errorString().toUtf8());
    for (const QStringList &row : rows)
        csv.writeRow(row);
    check(csv.commit(), "cannot commit the CSV file", csv.errorString().toUtf8());

    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    check(!(QFile::permissions(path) & others), "the export is readable by others");

    QFile file(path);
    check(file.open(QIODevice::ReadOnly), "cannot read the CSV file back");
    const QByteArray written = file.readAll();
    check(written.startsWith("\xEF\xBB\xBF"), "no UTF-8 byte order mark");
    const std::optional<QList<QStringList>> read = readCsv(QString::fromUtf8(written.mid(3)));
    check(read.has_value(), "not RFC 4180 CSV", written);
    check(read->size() == rows.size(), "another number of rows", written);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &given = rows.at(r);
        const QStringList &got = read->at(r);
        check(got.size() == given.size(), "another number of cells in a row", written);
        for (qsizetype c = 0; c < given.size(); ++c) {
            const QString &cell = given.at(c);
            const QString expected = startsFormula(cell) ? QLatin1Char('\'') + cell : cell;
            check(got.at(c) == expected, "a cell reads back differently", written);
        }
    }
    return 0;
}
