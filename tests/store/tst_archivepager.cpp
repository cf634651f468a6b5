// The archive's keyset paging (issue 15): page after page, in every order the table offers and
// with a search, every matching referral exactly once and in the order asked for; counts that
// stop at a cap; reads on the reader's thread that a newer request cancels.

#include "domain/labels.h"
#include "store/archivereader.h"
#include "store/store.h"
#include "support/referralfactory.h"
#include "support/storefills.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using namespace rd::test;

namespace {

/// Archived referrals with ties everywhere: outcomes, countries (some none), sizes, reasons,
/// deal values (some none) and closing times shared by several.
QList<Referral> tiedReferrals(int count)
{
    static const char *const substatuses[] = { "Won", "Lost", "Declined", "Expired" };
    QList<Referral> out;
    for (int i = 0; i < count; ++i) {
        QJsonObject o = referralJson(i, QStringLiteral("Closed"),
            QLatin1String(substatuses[i % 4]));
        const QDateTime closed
            = utcDateTime(QDate(2026, 3, 1)).addSecs(qint64(i / 3) * 3600);
        o.insert(QStringLiteral("closedDateTime"), ReferralJson::formatInstant(closed));
        QJsonObject profile = o.value(QStringLiteral("customerProfile")).toObject();
        if (i % 11 == 0) {
            QJsonObject address = profile.value(QStringLiteral("address")).toObject();
            address.remove(QStringLiteral("country"));
            profile.insert(QStringLiteral("address"), address);
        }
        // Names that tie ignoring case.
        profile.insert(QStringLiteral("name"),
            (i % 2 ? QStringLiteral("contoso %1") : QStringLiteral("Contoso %1")).arg(i % 9));
        o.insert(QStringLiteral("customerProfile"), profile);
        QJsonObject details = o.value(QStringLiteral("details")).toObject();
        if (i % 5 == 0)
            details.remove(QStringLiteral("dealValue"));
        o.insert(QStringLiteral("details"), details);
        if (i % 7 == 0)
            o.insert(QStringLiteral("statusReason"), QStringLiteral("Budget"));
        out.append(*ReferralJson::fromObject(o).referral);
    }
    return out;
}

QStringList idsOf(const QList<ArchiveRow> &rows)
{
    QStringList ids;
    for (const ArchiveRow &r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace

class ArchivePagerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    static constexpr int kCount = 240;

    QList<ArchiveRow> allPages(const ArchiveFilter &f, ArchiveColumn sort, Qt::SortOrder order,
        int pageSize, const QStringList &valueOrder = {})
    {
        QList<ArchiveRow> rows;
        std::optional<ArchiveKey> after;
        for (int guard = 0; guard < 1000; ++guard) {
            const ArchivePage page = m_store.archivePage(f, sort, order, after, pageSize, valueOrder);
            rows.append(page.rows);
            if (!page.next)
                return rows;
            after = page.next;
        }
        return {}; // never ends: a failure below
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("pager.sqlite"))));
        QCOMPARE(m_store.upsert(tiedReferrals(kCount)).size(), kCount);
        QVERIFY(runFills(m_store)); // searched once the app's idle fill has indexed them
    }

    void everyOrderPagesThroughEveryReferralOnceInOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("text");
        for (ArchiveColumn c : { ArchiveColumn::Relevance, ArchiveColumn::Customer,
                 ArchiveColumn::Name, ArchiveColumn::Outcome, ArchiveColumn::Country,
                 ArchiveColumn::Size, ArchiveColumn::DealValue, ArchiveColumn::ClosingDate,
                 ArchiveColumn::Created, ArchiveColumn::Closed, ArchiveColumn::Reason }) {
            for (Qt::SortOrder o : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                for (const QString &text : { QString(), QStringLiteral("ontos") }) {
                    QTest::addRow("%d/%s/%s", int(c), o == Qt::AscendingOrder ? "asc" : "desc",
                        text.isEmpty() ? "all" : "search")
                        << int(c) << int(o) << text;
                }
            }
        }
    }

    void everyOrderPagesThroughEveryReferralOnceInOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, text);
        const auto sort = ArchiveColumn(column);
        const auto direction = Qt::SortOrder(order);
        ArchiveFilter f;
        f.text = text;
        QStringList plans;
        ArchiveQuery::observePlans([&plans](const QString &, const QStringList &plan) {
            plans.append(plan.join(QLatin1Char(';')));
        });
        const QList<ArchiveRow> paged = allPages(f, sort, direction, 7);
        ArchiveQuery::observePlans({});
        QCOMPARE(paged.size(), kCount); // every name has "ontos" in it

        // Each page read from an index in its order, never after sorting every archived
        // referral (SQLite without statistics chose the stage index and a full sort: 1.4 s for
        // the board's newest 50 at a million). The plan does not depend on the data's size.
        QVERIFY(!plans.isEmpty());
        const bool ascending = direction == Qt::AscendingOrder;
        const bool groupedColumn = sort == ArchiveColumn::Outcome || sort == ArchiveColumn::Country
            || sort == ArchiveColumn::Size || sort == ArchiveColumn::Reason;
        for (const QString &plan : std::as_const(plans)) {
            if (text.isEmpty()) {
                QVERIFY2(plan.contains(ArchiveQuery::indexFor(sort)), qPrintable(plan));
                QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")), qPrintable(plan));
                // Only an ascending column key against the newest-first tie order sorts, and
                // then only the rows of one value.
                const bool tiesSorted = ascending && !groupedColumn && sort != ArchiveColumn::Closed
                    && sort != ArchiveColumn::Relevance;
                if (!tiesSorted)
                    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
            } else if (sort == ArchiveColumn::Relevance) {
                QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
            }
        }
        const QStringList ids = idsOf(paged);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kCount);

        // In the order asked for; within equal values the most recently archived first.
        for (qsizetype i = 1; i < paged.size(); ++i) {
            const ArchiveRow &a = paged.at(i - 1);
            const ArchiveRow &b = paged.at(i);
            int cmp = 0; // a against b in the column's ascending order
            switch (sort) {
            case ArchiveColumn::Customer:
                cmp = a.customerName.compare(b.customerName, Qt::CaseInsensitive);
                break;
            case ArchiveColumn::Name:
                cmp = a.name.compare(b.name, Qt::CaseInsensitive);
                break;
            case ArchiveColumn::Outcome:
                cmp = int(a.outcome) - int(b.outcome);
                break;
            case ArchiveColumn::DealValue:
                cmp = a.dealValue.value_or(-1) < b.dealValue.value_or(-1) ? -1
                    : a.dealValue.value_or(-1) > b.dealValue.value_or(-1) ? 1
                                                                          : 0;
                break;
            case ArchiveColumn::Created:
                cmp = a.createdDateTime < b.createdDateTime ? -1
                    : a.createdDateTime > b.createdDateTime ? 1
                                                            : 0;
                break;
            case ArchiveColumn::Reason:
                cmp = a.statusReason.compare(b.statusReason, Qt::CaseInsensitive);
                break;
            default:
                break;
            }
            if (sort == ArchiveColumn::Closed || (sort == ArchiveColumn::Relevance && text.isEmpty())) {
                const bool down = sort == ArchiveColumn::Relevance || !ascending;
                QVERIFY2(down ? a.closedDateTime >= b.closedDateTime
                              : a.closedDateTime <= b.closedDateTime,
                    qPrintable(a.id + QLatin1Char(' ') + b.id));
                continue;
            }
            if (sort == ArchiveColumn::Relevance)
                continue; // the search index's order, checked by the set above
            if (sort == ArchiveColumn::Country || sort == ArchiveColumn::Size
                || sort == ArchiveColumn::ClosingDate)
                continue; // by labels: below
            QVERIFY2(ascending ? cmp <= 0 : cmp >= 0, qPrintable(a.id + QLatin1Char(' ') + b.id));
            if (cmp == 0)
                QVERIFY2(a.closedDateTime >= b.closedDateTime,
                    qPrintable(a.id + QLatin1Char(' ') + b.id));
        }
    }

    void countriesAndSizesFollowTheirLabelsWithTheEmptyOnesLast()
    {
        for (Qt::SortOrder o : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            for (const QString &text : { QString(), QStringLiteral("ontos") }) {
                QStringList order = m_store.archiveValues("country");
                Labels::sortCountries(order);
                ArchiveFilter f;
                f.text = text;
                const QList<ArchiveRow> rows
                    = allPages(f, ArchiveColumn::Country, o, 9, order);
                QCOMPARE(rows.size(), kCount);
                QStringList seen; // each country once, as a run, in the labels' order
                for (const ArchiveRow &r : rows) {
                    if (seen.isEmpty() || seen.last() != r.country)
                        seen.append(r.country);
                }
                QCOMPARE(seen.last(), QString()); // no country: last either way
                seen.removeLast();
                if (o == Qt::DescendingOrder)
                    std::reverse(seen.begin(), seen.end());
                QCOMPARE(seen, order);
            }
        }
    }

    void aFilteredCountReadsTheFiltersIndex()
    {
        QStringList plans;
        ArchiveQuery::observePlans([&plans](const QString &, const QStringList &plan) {
            plans.append(plan.join(QLatin1Char(';')));
        });
        ArchiveFilter range;
        range.closedFrom = QDate(2026, 3, 2);
        range.closedTo = QDate(2026, 3, 3);
        const int inRange = m_store.archiveCount(range, 10000);
        ArchiveFilter won;
        won.outcomes = { Outcome::Won, Outcome::Lost };
        const int wonOrLost = m_store.archiveCount(won, -1);
        ArchiveQuery::observePlans({});
        QCOMPARE(plans.size(), 2);
        QVERIFY2(plans.at(0).contains(QStringLiteral("archive_by_closed")), qPrintable(plans.at(0)));
        QVERIFY2(plans.at(1).contains(QStringLiteral("archive_by_outcome")), qPrintable(plans.at(1)));
        // And they count what they should: three an hour, from 2 March to the end of 3 March.
        QCOMPARE(inRange, 48 * 3);
        QCOMPARE(wonOrLost, kCount / 2);
    }

    void aCountStopsAfterItsCap()
    {
        ArchiveFilter f;
        f.text = QStringLiteral("ontos");
        QCOMPARE(m_store.archiveCount(f, 10), 11); // "more than 10"
        QCOMPARE(m_store.archiveCount(f, 1000), kCount);
        f.outcomes = { Outcome::Won };
        QCOMPARE(m_store.archiveCount(f, 1000), kCount / 4);
        QCOMPARE(m_store.archiveCount(ArchiveFilter(), 10), kCount); // the total is exact
    }

    void theReaderAnswersOnItsThreadAndNeverAnswersACancelledRequest()
    {
        ArchiveReader reader(m_store.path());
        QSignalSpy pages(&reader, &ArchiveReader::pageRead);
        QSignalSpy counts(&reader, &ArchiveReader::counted);
        ArchivePageRequest request;
        request.filter.text = QStringLiteral("ontos");
        request.limit = 5;
        const quint64 obsolete = reader.requestPage(request);
        reader.cancel(obsolete);
        request.filter.outcomes = { Outcome::Lost };
        const quint64 wanted = reader.requestPage(request);
        const quint64 counted = reader.requestCount(request.filter, 100);
        QTRY_COMPARE(counts.size(), 1);
        QCOMPARE(pages.size(), 1); // answered in order: the page before the count
        QCOMPARE(pages.first().at(0).toULongLong(), wanted);
        QVERIFY(pages.first().at(0).toULongLong() != obsolete);
        const auto page = pages.first().at(1).value<ArchivePage>();
        QCOMPARE(page.rows.size(), 5);
        for (const ArchiveRow &r : page.rows)
            QCOMPARE(r.outcome, Outcome::Lost);
        QCOMPARE(counts.first().at(0).toULongLong(), counted);
        QCOMPARE(counts.first().at(1).toInt(), kCount / 4);
        QCOMPARE(counts.first().at(2).toBool(), true);

        // Over the cap: "more than 100" at once, then the exact number under the same ticket.
        counts.clear();
        ArchiveFilter all;
        all.text = QStringLiteral("ontos");
        const quint64 twice = reader.requestCount(all, 100);
        QTRY_COMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).at(0).toULongLong(), twice);
        QCOMPARE(counts.at(0).at(1).toInt(), 101);
        QCOMPARE(counts.at(0).at(2).toBool(), false);
        QCOMPARE(counts.at(1).at(0).toULongLong(), twice);
        QCOMPARE(counts.at(1).at(1).toInt(), kCount);
        QCOMPARE(counts.at(1).at(2).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(ArchivePagerTest)
#include "tst_archivepager.moc"
