// The one CSV export of the app and the command-line tool (issue 16), read back by a strict
// RFC 4180 parser: the columns, plain amounts with their currency, ISO 8601 dates, labels,
// formula-safety; one consistent snapshot while a sync writes (issue 15); a cancel writes nothing.

#include "export/archiveexport.h"
#include "store/store.h"
#include "support/referralfactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using namespace rd::test;

namespace {

/// RFC 4180, strictly: CRLF after every record, quotes only around a whole field, a quote in a
/// quoted field doubled, every record as wide as the header. Returns no rows on any violation.
QList<QStringList> parseStrict(const QByteArray &bytes, QString *why)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        *why = QStringLiteral("no BOM");
        return {};
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    *why = QStringLiteral("unterminated quote");
                    return {};
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
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
            while (i < text.size() && text.at(i) != QLatin1Char(',')
                && text.at(i) != QLatin1Char('\r') && text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"')) {
                    *why = QStringLiteral("a quote inside an unquoted field");
                    return {};
                }
                field += text.at(i++);
            }
        }
        row.append(field);
        field.clear();
        if (i < text.size() && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (text.mid(i, 2) != QLatin1String("\r\n")) {
            *why = QStringLiteral("a record not ended by CRLF at %1").arg(i);
            return {};
        }
        i += 2;
        if (!rows.isEmpty() && row.size() != rows.first().size()) {
            *why = QStringLiteral("record %1 has %2 fields").arg(rows.size()).arg(row.size());
            return {};
        }
        rows.append(row);
        row.clear();
    }
    return rows;
}

} // namespace

class ArchiveExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theColumnsReadBackStrictly()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("columns.sqlite"))));
        QJsonObject o = referralJson(7, QStringLiteral("Closed"), QStringLiteral("Lost"));
        QJsonObject profile = o.value(QStringLiteral("customerProfile")).toObject();
        profile.insert(QStringLiteral("name"), QStringLiteral("=SUM(A1) \"Müller\", Köln\nGmbH"));
        profile.insert(QStringLiteral("size"), QStringLiteral("10000plusemployees"));
        o.insert(QStringLiteral("customerProfile"), profile);
        o.insert(QStringLiteral("statusReason"), QStringLiteral("Budget"));
        store.upsert({ *ReferralJson::fromObject(o).referral, makeReferral(9) });

        const QString path = m_dir.filePath(QStringLiteral("columns.csv"));
        const ArchiveExport::Result result = ArchiveExport::write(
            store, ArchiveFilter(), ArchiveColumn::Created, Qt::AscendingOrder, path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString why;
        const QList<QStringList> rows = parseStrict(f.readAll(), &why);
        QVERIFY2(!rows.isEmpty(), qPrintable(why));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0),
            (QStringList { QStringLiteral("Referral ID"), QStringLiteral("Customer"),
                QStringLiteral("Referral"), QStringLiteral("Outcome"), QStringLiteral("Reason"),
                QStringLiteral("Country"), QStringLiteral("Company size"),
                QStringLiteral("Deal value"), QStringLiteral("Currency"),
                QStringLiteral("Closing date"), QStringLiteral("Received"),
                QStringLiteral("Closed") }));
        const QStringList &lost = rows.at(1);
        QCOMPARE(lost.at(0), QStringLiteral("ref-0000007"));
        // Formula-safe, and every character of the name kept.
        QCOMPARE(lost.at(1), QStringLiteral("'=SUM(A1) \"Müller\", Köln\nGmbH"));
        QCOMPARE(lost.at(2), QStringLiteral("Opportunity 7"));
        QCOMPARE(lost.at(3), QStringLiteral("Lost"));
        QCOMPARE(lost.at(5), QStringLiteral("Egypt")); // a label, not "EG"
        QCOMPARE(lost.at(6), QStringLiteral("10,000+ employees"));
        QCOMPARE(lost.at(7), QStringLiteral("1007.00")); // a plain number…
        QCOMPARE(lost.at(8), QStringLiteral("USD")); // …with its currency beside it
        QCOMPARE(lost.at(9), QString()); // no closing date
        QCOMPARE(lost.at(10), QStringLiteral("2025-01-01T01:10:00Z"));
        QCOMPARE(lost.at(11), ReferralJson::formatInstant(makeReferral(7).closedDateTime));
        QCOMPARE(rows.at(2).at(7), QStringLiteral("1009.00"));
        QCOMPARE(rows.at(2).at(8), QStringLiteral("EUR"));
    }

    void aSyncDuringTheExportNeitherAddsNorDropsRows()
    {
        const QString file = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
        Store store;
        QVERIFY(!store.open(file));
        store.upsert(makeReferrals(0, 3500));
        Store sync; // another connection, as the sync thread has
        QVERIFY(!sync.open(file));
        const QString path = m_dir.filePath(QStringLiteral("snapshot.csv"));
        int pages = 0;
        const ArchiveExport::Result result = ArchiveExport::write(store, ArchiveFilter(),
            ArchiveColumn::Closed, Qt::DescendingOrder, path, [&](int) {
                // Between pages: newer referrals arrive and an exported one leaves the archive.
                if (++pages == 1) {
                    sync.upsert(makeReferrals(5000, 700));
                    sync.upsert({ makeReferral(10, QStringLiteral("Active"),
                        QStringLiteral("Accepted")) });
                }
                return true;
            });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 3500);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString why;
        const QList<QStringList> rows = parseStrict(f.readAll(), &why);
        QVERIFY2(!rows.isEmpty(), qPrintable(why));
        QSet<QString> ids;
        for (qsizetype r = 1; r < rows.size(); ++r)
            ids.insert(rows.at(r).at(0));
        QCOMPARE(ids.size(), 3500);
        QVERIFY(ids.contains(QStringLiteral("ref-0000010")));
        QVERIFY(!ids.contains(QStringLiteral("ref-0005000")));
        // And the store reads the sync's rows once the export is done.
        QCOMPARE(store.archiveCount(ArchiveFilter()), 3500 + 700 - 1);
    }

    void aCancelledExportWritesNothing()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("cancel.sqlite"))));
        store.upsert(makeReferrals(0, 2500));
        const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
        const ArchiveExport::Result result = ArchiveExport::write(store, ArchiveFilter(),
            ArchiveColumn::Closed, Qt::DescendingOrder, path, [](int done) { return done < 2000; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QVERIFY(!QFile::exists(path));
        // The store is usable afterwards: no read transaction was left open.
        QCOMPARE(store.upsert(makeReferrals(3000, 1)).size(), 1);
    }

    void copiedRowsAreTabSeparated()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("copy.sqlite"))));
        QJsonObject o = referralJson(1);
        o.insert(QStringLiteral("name"), QStringLiteral("Two\tcolumns\nand lines"));
        store.upsert({ *ReferralJson::fromObject(o).referral });
        const QList<ArchiveRow> rows
            = store.archive(ArchiveFilter(), ArchiveColumn::Closed, Qt::DescendingOrder, 0, 5);
        const QStringList lines = ArchiveExport::tabSeparated(rows).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // header, the row, the final line break
        QCOMPARE(lines.at(0).split(QLatin1Char('\t')), ArchiveExport::header());
        const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), ArchiveExport::header().size());
        QCOMPARE(cells.at(2), QStringLiteral("Two columns and lines"));
    }
};

QTEST_GUILESS_MAIN(ArchiveExportTest)
#include "tst_archiveexport.moc"
