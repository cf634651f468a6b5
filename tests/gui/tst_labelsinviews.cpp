// Human labels where a person reads the service's values: the cards' place line, the details pane
// (with the country's code), the archive's table, filter lists and its sort by size or country,
// and the insights breakdown; the CSV export's cells keep the wire values.

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"
#include "export/archiveexport.h"
#include "models/archivemodel.h"
#include "models/recentarchivemodel.h"
#include "models/referrallistmodel.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "support/referralfactory.h"
#include "widgets/archivewindow.h"
#include "widgets/detailspane.h"
#include "widgets/insightswindow.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

// The sizes the service sends, by size, then one it may add later, then none at all.
const QStringList kSizes { QStringLiteral("1to9employees"), QStringLiteral("10to50employees"),
    QStringLiteral("51to250employees"), QStringLiteral("251to1000employees"),
    QStringLiteral("1001to5000employees"), QStringLiteral("5001to10000employees"),
    QStringLiteral("10000plusemployees"), QStringLiteral("Enterprise"), QString() };
const QStringList kSizeLabels { QStringLiteral("1–9 employees"), QStringLiteral("10–50 employees"),
    QStringLiteral("51–250 employees"), QStringLiteral("251–1,000 employees"),
    QStringLiteral("1,001–5,000 employees"), QStringLiteral("5,001–10,000 employees"),
    QStringLiteral("10,000+ employees"), QStringLiteral("Enterprise"), QString() };
// Codes whose order differs from their names' (DE Germany after EG Egypt, US last, QQ unknown).
const QStringList kCountries { QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("EG"),
    QStringLiteral("AT"), QStringLiteral("QQ") };
const QStringList kCountriesByName { QStringLiteral("AT"), QStringLiteral("EG"),
    QStringLiteral("DE"), QStringLiteral("QQ"), QStringLiteral("US") };

constexpr int kPerSize = 7;

QJsonObject customer(const QString &country, const QString &size)
{
    QJsonObject profile { { QStringLiteral("name"), QStringLiteral("Contoso") },
        { QStringLiteral("address"), QJsonObject { { QStringLiteral("country"), country } } } };
    if (!size.isEmpty())
        profile.insert(QStringLiteral("size"), size);
    return profile;
}

} // namespace

class LabelsInViewsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    TestClock m_clock { utc(2026, 3, 20, 12, 0) };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("labels.sqlite"))));
        // Archived referrals, kPerSize of each size, spread over the countries; received within
        // the last 30 days so that insights counts them.
        QList<Referral> referrals;
        int i = 0;
        for (const QString &size : kSizes) {
            for (int k = 0; k < kPerSize; ++k, ++i) {
                QJsonObject doc = referralJson(i);
                doc.insert(QStringLiteral("customerProfile"),
                    customer(kCountries.at(i % kCountries.size()), size));
                doc.insert(QStringLiteral("createdDateTime"),
                    ReferralJson::formatInstant(m_clock.now().addDays(-10).addSecs(i)));
                referrals.append(*ReferralJson::fromObject(doc).referral);
            }
        }
        QCOMPARE(m_store.upsert(referrals).size(), referrals.size());
    }

    void archiveFilterLists()
    {
        ArchiveWindow window(&m_store);
        // The lists come from the archive reader's thread.
        QTRY_VERIFY(window.size()->count() > 1 && window.country()->count() > 1);
        QStringList sizes, sizeTexts;
        for (int r = 1; r < window.size()->count(); ++r) {
            sizes.append(window.size()->itemData(r).toString());
            sizeTexts.append(window.size()->itemText(r));
        }
        // By size, labelled; the unknown one after them as it came; no entry for "no size".
        QCOMPARE(sizes, kSizes.mid(0, 8));
        QCOMPARE(sizeTexts, kSizeLabels.mid(0, 8));
        QStringList countries, countryTexts;
        for (int r = 1; r < window.country()->count(); ++r) {
            countries.append(window.country()->itemData(r).toString());
            countryTexts.append(window.country()->itemText(r));
        }
        QCOMPARE(countries, kCountriesByName);
        QCOMPARE(countryTexts,
            QStringList(
                { QStringLiteral("Austria"), QStringLiteral("Egypt"), QStringLiteral("Germany"),
                    QStringLiteral("QQ"), QStringLiteral("United States") }));
        // Filtering still goes by the code.
        window.size()->setCurrentIndex(
            window.size()->findData(QStringLiteral("10000plusemployees")));
        QTRY_COMPARE(window.model()->matchCount(), kPerSize);
    }

    void archiveTableAndExportShowLabels()
    {
        ArchiveModel model(&m_store, 10);
        ArchiveFilter f;
        f.sizes = { QStringLiteral("5001to10000employees") };
        f.countries = { QStringLiteral("DE") };
        QSignalSpy shown(&model, &ArchiveModel::firstPageShown);
        model.setFilter(f);
        QTRY_VERIFY(!shown.isEmpty() && !model.isReading());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, ArchiveModel::Size).data().toString(),
            QStringLiteral("5,001–10,000 employees"));
        QCOMPARE(
            model.index(0, ArchiveModel::Country).data().toString(), QStringLiteral("Germany"));
        QCOMPARE(model.index(0, ArchiveModel::Country).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Germany (DE)"));
        const ArchiveRow row
            = m_store.archive(f, ArchiveColumn::Closed, Qt::DescendingOrder, 0, 1).first();
        QCOMPARE(ArchiveModel::cellText(row, ArchiveModel::Size),
            QStringLiteral("5001to10000employees"));
        QCOMPARE(ArchiveModel::cellText(row, ArchiveModel::Country), QStringLiteral("DE"));
        // The spreadsheet export writes labels too, with the referral's id to find it again.
        const QStringList cells = ArchiveExport::cells(row);
        QCOMPARE(cells.at(0), row.id);
        QCOMPARE(cells.at(5), QStringLiteral("Germany"));
        QCOMPARE(cells.at(6), QStringLiteral("5,001–10,000 employees"));
    }

    void archiveSortsBySizeAndCountryLabels_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("pages inside a group") << 3;
        QTest::newRow("pages across groups") << 10;
        QTest::newRow("one page") << 500;
    }

    void archiveSortsBySizeAndCountryLabels()
    {
        QFETCH(int, pageSize);
        // No QAbstractItemModelTester here: it fetches more from inside its own handlers of the
        // inserts and resets, which a lazily loaded model cannot tell from a view's request.
        ArchiveModel model(&m_store, pageSize);
        // Every page, each read on the archive reader's thread; the count too.
        auto loadAll = [&model] {
            QTRY_VERIFY_WITH_TIMEOUT(!model.isReading() && !model.isCounting(), 20000);
            while (model.canFetchMore({})) {
                model.fetchMore({});
                QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 20000);
            }
        };
        auto column = [&model, &loadAll](int c) {
            loadAll();
            QStringList out;
            QSet<QString> ids;
            for (int r = 0; r < model.rowCount(); ++r) {
                out.append(model.index(r, c).data().toString());
                ids.insert(model.idAt(r));
            }
            // Every row once: none lost or repeated at the groups' edges.
            return ids.size() == model.matchCount() ? out : QStringList();
        };
        QStringList expected;
        for (const QString &label : kSizeLabels)
            for (int k = 0; k < kPerSize; ++k)
                expected.append(label);
        model.sort(ArchiveModel::Size, Qt::AscendingOrder);
        QCOMPARE(column(ArchiveModel::Size), expected);
        // Descending: largest first; referrals without a size still last.
        model.sort(ArchiveModel::Size, Qt::DescendingOrder);
        QStringList descending = expected.mid(0, 8 * kPerSize);
        std::reverse(descending.begin(), descending.end());
        descending.append(expected.mid(8 * kPerSize));
        QCOMPARE(column(ArchiveModel::Size), descending);

        model.sort(ArchiveModel::Country, Qt::AscendingOrder);
        const QStringList countries = column(ArchiveModel::Country);
        QCOMPARE(countries.size(), model.matchCount());
        QStringList seen;
        for (const QString &c : countries)
            if (seen.isEmpty() || seen.last() != c)
                seen.append(c);
        QCOMPARE(seen,
            QStringList(
                { QStringLiteral("Austria"), QStringLiteral("Egypt"), QStringLiteral("Germany"),
                    QStringLiteral("QQ"), QStringLiteral("United States") }));

        // With a size chosen in the filter, only its group.
        ArchiveFilter f;
        f.sizes = { QStringLiteral("Enterprise"), QStringLiteral("1to9employees") };
        model.setFilter(f);
        model.sort(ArchiveModel::Size, Qt::DescendingOrder);
        QStringList two(kPerSize, QStringLiteral("Enterprise"));
        for (int k = 0; k < kPerSize; ++k)
            two.append(QStringLiteral("1–9 employees"));
        QCOMPARE(column(ArchiveModel::Size), two);
    }

    void insightsBreakdownBySize()
    {
        InsightsWindow window(&m_store, &m_clock);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        window.setPeriodDays(30);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        window.setDimension(InsightDimension::Size);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QStandardItemModel *m = window.breakdownModel();
        QStringList labels, keys;
        for (int r = 0; r < m->rowCount(); ++r) {
            labels.append(m->item(r, 0)->text());
            keys.append(m->item(r, 0)->data(InsightsWindow::GroupKeyRole).toString());
        }
        QStringList expected = kSizeLabels;
        expected.last() = QStringLiteral("(none)");
        QCOMPARE(labels, expected);
        QCOMPARE(keys, kSizes);
        // Sorting the column by the person keeps sizes by size, both ways.
        m->sort(0, Qt::DescendingOrder);
        QCOMPARE(m->item(0, 0)->text(), QStringLiteral("(none)"));
        QCOMPARE(m->item(1, 0)->text(), QStringLiteral("Enterprise"));
        QCOMPARE(m->item(2, 0)->text(), QStringLiteral("10,000+ employees"));
        m->sort(0, Qt::AscendingOrder);
        QCOMPARE(m->item(0, 0)->text(), QStringLiteral("1–9 employees"));
        QCOMPARE(m->item(3, 0)->text(), QStringLiteral("251–1,000 employees"));

        window.setDimension(InsightDimension::Country);
        QTRY_VERIFY(!window.isReading()); // read on the reader's thread
        QCOMPARE(m->item(0, 0)->text(), QStringLiteral("Austria"));
        QCOMPARE(
            m->item(0, 0)->data(InsightsWindow::GroupKeyRole).toString(), QStringLiteral("AT"));
        QCOMPARE(m->item(3, 0)->text(), QStringLiteral("QQ")); // unknown: as it came
        // The chart names its bars as the table names its rows.
        QStringList rows;
        for (int r = 0; r < m->rowCount(); ++r)
            rows.append(m->item(r, 0)->text());
        QVERIFY(!window.chart()->bars().isEmpty());
        for (const auto &[label, rate] : window.chart()->bars())
            QVERIFY2(rows.contains(label), qPrintable(label));
    }

    void cardsAndDetails()
    {
        const Referral r
            = ReferralBuilder()
                  .set("id", QStringLiteral("open-1"))
                  .set("customerProfile",
                      customer(QStringLiteral("DE"), QStringLiteral("5001to10000employees")))
                  .set("type", QStringLiteral("Shared"))
                  .set("qualification", QStringLiteral("MarketingQualified"))
                  .created(m_clock.now().addSecs(-3600))
                  .updated(m_clock.now().addSecs(-3600));
        QCOMPARE(m_store.upsert({ r }).size(), 1);
        const DeadlinePolicy policy({}, QTimeZone::utc());
        ReferralListModel model(&m_store, &m_clock, policy);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ReferralListModel::PlaceRole).toString(),
            QStringLiteral("Germany · 5,001–10,000 employees"));

        const QString details = DetailsPane::describe(r, {});
        QVERIFY2(details.contains(QStringLiteral("Country: Germany (DE)")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Size: 5,001–10,000 employees")));
        QVERIFY(details.contains(QStringLiteral("Type: Shared (co-sell)")));
        QVERIFY(details.contains(QStringLiteral("Qualification: Marketing qualified")));

        // Values this version does not know: shown as they came.
        const Referral odd = ReferralBuilder()
                                 .set("customerProfile",
                                     customer(QStringLiteral("QQ"), QStringLiteral("Enterprise")))
                                 .set("type", QStringLiteral("Pooled"))
                                 .set("qualification", QStringLiteral("PartnerQualified"));
        const QString oddDetails = DetailsPane::describe(odd, {});
        QVERIFY2(oddDetails.contains(QStringLiteral("Country: QQ\n")), qPrintable(oddDetails));
        QVERIFY(oddDetails.contains(QStringLiteral("Size: Enterprise")));
        QVERIFY(oddDetails.contains(QStringLiteral("Type: Pooled")));
        QVERIFY(oddDetails.contains(QStringLiteral("Qualification: PartnerQualified")));

        // The compact Archived column's cards too.
        RecentArchiveModel recent(&m_store, 500);
        recent.refresh();
        bool found = false;
        for (int row = 0; row < recent.rowCount(); ++row)
            found = found
                || recent.index(row, 0).data(ReferralListModel::PlaceRole).toString()
                    == QStringLiteral("Egypt · 10,000+ employees");
        QVERIFY(found);
    }
};

QTEST_MAIN(LabelsInViewsTest)
#include "tst_labelsinviews.moc"
