// The archive view over the store: lazy loading, search and filters that combine, sorting, the
// read-only details, CSV export with hostile content read back by an RFC 4180 parser, and
// closing from the keyboard (Escape clearing the search first).

#include "boardwidget.h"
#include "export/archiveexport.h"
#include "mainwindow.h"
#include "models/archivemodel.h"
#include "store/store.h"
#include "support/archiveseed.h"
#include "support/referralbuilder.h"
#include "support/referralfactory.h"
#include "support/storefills.h"
#include "uilanguage.h"
#include "widgets/archivewindow.h"
#include "widgets/detailspane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <sys/stat.h>

using namespace rd;
using namespace rd::test;

namespace {

constexpr int kArchived = 200000;
// Counting 200 000 referrals on a loaded two-core CI machine took just over QTRY's 5 s.
constexpr int kWaitMs = 30000;

/// A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records, newlines inside quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class ArchiveWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English's own singular and plural ("1 referral", "2 referrals").
        UiLanguage::install(QStringLiteral("en"), false);
        QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("archive.sqlite"))));
        for (int from = 0; from < kArchived; from += 10000)
            m_store.upsert(makeReferrals(from, 10000));
        // Hostile text, kept as text all the way to the spreadsheet.
        m_store.upsert({ ReferralBuilder()
                             .set("id", QStringLiteral("hostile"))
                             .archived(QStringLiteral("Lost"))
                             .set("statusReason", QStringLiteral("=HYPERLINK(\"http://x\")"))
                             .set("closedDateTime", QStringLiteral("2030-01-01T00:00:00Z"))
                             .set("name", QStringLiteral("Line one\nline \"two\", and more"))
                             .set("customerProfile",
                                 QJsonObject { { QStringLiteral("name"),
                                                   QStringLiteral("\u202Eشركة النيل+") },
                                     { QStringLiteral("address"),
                                         QJsonObject { { QStringLiteral("country"),
                                             QStringLiteral("EG") } } } })
                             .build() });
        QVERIFY(runFills(m_store)); // searched as the app searches once its idle fill is done
    }

    void loadsLazilyAndCountsEverything()
    {
        ArchiveModel model(&m_store, 200);
        // Read on the reader's thread: nothing waits for it here, the rows arrive by signal.
        QSignalSpy shown(&model, &ArchiveModel::firstPageShown);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(shown.wait());
        QCOMPARE(model.rowCount(), 200); // a page, not the archive
        QTRY_COMPARE_WITH_TIMEOUT(model.matchCount(), kArchived + 1, kWaitMs);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 400, kWaitMs);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() < model.matchCount());
    }

    void theWindowSearchesFiltersAndSorts()
    {
        ArchiveWindow window(&m_store);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->loadedCount() > 0, kWaitMs); // the view asks for what it shows
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived + 1, kWaitMs);
        QVERIFY(window.model()->loadedCount() < 1000); // only what the view needed
        QTRY_COMPARE_WITH_TIMEOUT(window.countLabel()->text(), QStringLiteral("200,001 archived referrals"), kWaitMs);
        // Newest closed first by default.
        QCOMPARE(window.model()->idAt(0), QStringLiteral("hostile"));

        // Scrolling to the end fetches more, page by page.
        const int before = window.model()->loadedCount();
        window.table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->loadedCount() > before, kWaitMs);

        window.search()->setText(QStringLiteral("northwind 12"));
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->matchCount() < kArchived + 1, kWaitMs);
        for (int r = 0; r < window.model()->rowCount(); ++r)
            QVERIFY(window.model()
                        ->index(r, ArchiveModel::Customer)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Northwind Traders ")));
        const int northwind = window.model()->matchCount();
        // Exactly the expected rows: every customer "Northwind Traders i" (i % 8 == 2) whose
        // name, notes or customer holds a word starting with 12, or whose city is "City 12".
        int expected = 0;
        for (int i = 2; i < kArchived; i += 8) {
            const QString n = QString::number(i);
            expected += n.startsWith(QStringLiteral("12")) || i % 50 == 12;
        }
        QCOMPARE(northwind, expected);

        // Filters combine with the search.
        window.country()->setCurrentIndex(window.country()->findData(QStringLiteral("DE")));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), 0, kWaitMs); // every Northwind row is in FR (same index % 8)
        window.country()->setCurrentIndex(0);
        window.search()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived + 1, kWaitMs);
        // Size and product, each exactly: the factory gives size i % 4 and product i % 4.
        window.size()->setCurrentIndex(window.size()->findData(QStringLiteral("1to9employees")));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived / 4, kWaitMs);
        window.product()->setText(QStringLiteral("Microsoft Teams")); // i % 4 == 3: none of them
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), 0, kWaitMs);
        window.size()->setCurrentIndex(
            window.size()->findData(QStringLiteral("251to1000employees")));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived / 4, kWaitMs);
        window.product()->clear();
        window.size()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived + 1, kWaitMs);
        // Closed on one day: referral i was closed 2 days after 2025-01-01 + i * 10 min, so
        // 2025-01-10 holds i = 1008 .. 1151: 144 of them.
        window.closedFrom()->setDate(QDate(2025, 1, 10));
        window.closedTo()->setDate(QDate(2025, 1, 10));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), 144, kWaitMs);
        window.closedFrom()->setDate(window.closedFrom()->minimumDate()); // "Any"
        window.closedTo()->setDate(window.closedTo()->minimumDate());
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived + 1, kWaitMs);
        window.outcome()->setCurrentIndex(window.outcome()->findData(int(Outcome::Lost)));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->idAt(0), QStringLiteral("hostile"), kWaitMs);

        // Selecting shows the referral read only: no action buttons in the archive.
        window.table()->selectRow(0);
        QVERIFY(window.details()->text().contains(QStringLiteral("HYPERLINK")));
        QVERIFY(window.details()->findChildren<QToolButton *>().isEmpty());

        // Sorting by a column.
        window.outcome()->setCurrentIndex(0);
        QSignalSpy shown(window.model(), &ArchiveModel::firstPageShown);
        window.table()->sortByColumn(ArchiveModel::Customer, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !window.model()->isReading(), kWaitMs);
        QVERIFY(window.model()->loadedCount() > 1);
        const QString first = window.model()->index(0, ArchiveModel::Customer).data().toString();
        const QString second = window.model()->index(1, ArchiveModel::Customer).data().toString();
        QVERIFY2(first.compare(second, Qt::CaseInsensitive) <= 0,
            qPrintable(first + QStringLiteral(" / ") + second));
    }

    void aSearchSaysWhatItCannotFindYet()
    {
        // A first sync's referrals are indexed for search while the app is idle: until then a
        // search says how many it cannot find yet, and once they are indexed it runs again.
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("preparing.sqlite"))));
        QCOMPARE(store
                     .upsert(archivedReferrals(
                         120, QStringLiteral("Quentara"), { QStringLiteral("Won") }))
                     .size(),
            120);
        QCOMPARE(store.searchPending(), 120);
        ArchiveWindow window(&store);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), 120, kWaitMs); // listed
        QVERIFY(!window.countLabel()->text().contains(QStringLiteral("cannot be found")));
        window.search()->setText(QStringLiteral("quentara"));
        QTRY_COMPARE_WITH_TIMEOUT(window.countLabel()->text(),
            QStringLiteral("0 archived referrals – 120 recently synced referrals cannot be found "
                           "yet: the search is still being prepared."),
            kWaitMs);
        // As a person sees it, at 1280x720, in English and in German.
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString dir = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/archive-search-preparing.png")));
        UiLanguage::install(QStringLiteral("de"), false);
        QTRY_VERIFY_WITH_TIMEOUT(window.countLabel()->text().contains(QStringLiteral(
                                     "120 kürzlich synchronisierte Empfehlungen sind noch nicht "
                                     "auffindbar: Die Suche wird noch vorbereitet.")),
            kWaitMs);
        QVERIFY(window.grab().save(dir + QStringLiteral("/archive-search-preparing-de.png")));
        window.resize(1920, 1080);
        QVERIFY(window.grab().save(dir + QStringLiteral("/archive-search-preparing-de-large.png")));
        UiLanguage::install(QStringLiteral("en"), false);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.countLabel()->text().contains(QStringLiteral("cannot be found yet")), kWaitMs);

        QVERIFY(runFills(store));
        window.searchPreparing(0); // as the engine says when it is done
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), 120, kWaitMs);
        QCOMPARE(window.countLabel()->text(), QStringLiteral("120 archived referrals"));
    }

    void exportsTheCurrentViewAsCsv()
    {
        ArchiveWindow window(&m_store);
        window.search()->setText(QStringLiteral("Opportunity"));
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->matchCount() == kArchived, kWaitMs);
        window.search()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived + 1, kWaitMs);
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        // Written on the archive reader's thread, one consistent snapshot, page by page.
        QSignalSpy progress(&window, &ArchiveWindow::exportProgress);
        QSignalSpy finished(&window, &ArchiveWindow::exportFinished);
        window.exportTo(path);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<ArchiveExport::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, kArchived + 1);
        QVERIFY(progress.size() >= 20);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), kArchived + 2); // header + every match
        QCOMPARE(rows.first(), ArchiveExport::header());
        QCOMPARE(rows.first().first(), QStringLiteral("Referral ID"));
        const QStringList hostile = rows.at(1);
        QCOMPARE(hostile.at(0), QStringLiteral("hostile"));
        QCOMPARE(hostile.at(2), QStringLiteral("Line one\nline \"two\", and more"));
        QCOMPARE(hostile.at(1), QStringLiteral("\u202Eشركة النيل+"));
        QCOMPARE(hostile.at(4), QStringLiteral("'=HYPERLINK(\"http://x\")")); // neutralised
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), ArchiveExport::header().size());

        // Cancelled: nothing is written, the earlier file stays as it was.
        finished.clear();
        window.exportTo(path);
        window.cancelExport();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).value<ArchiveExport::Result>().cancelled);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), bytes);
    }

    void screenshotOfTheArchive()
    {
        ArchiveWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->loadedCount() > 0, kWaitMs);
        window.table()->selectRow(1);
        const QString dir = QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/archive.png")));
    }

    void escapeClearsTheSearchFirstAndEscapeOrCtrlWClose()
    {
        ArchiveWindow window(&m_store);
        auto showActive = [&window] {
            window.show();
            window.activateWindow();
            return QTest::qWaitForWindowActive(&window);
        };
        QVERIFY(showActive());
        window.search()->setFocus();
        QTest::keyClicks(window.search(), QStringLiteral("northwind"));
        QCOMPARE(window.search()->text(), QStringLiteral("northwind"));
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->matchCount() < kArchived + 1, kWaitMs);
        // The first Escape takes back the search, the window stays.
        QTest::keyClick(window.search(), Qt::Key_Escape);
        QVERIFY(window.search()->text().isEmpty());
        QVERIFY(window.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->matchCount(), kArchived + 1, kWaitMs);
        // With nothing to clear, Escape closes.
        QTest::keyClick(window.search(), Qt::Key_Escape);
        QVERIFY(!window.isVisible());

        // Elsewhere in the window Escape closes at once, search or not.
        QVERIFY(showActive());
        window.search()->setText(QStringLiteral("northwind"));
        window.table()->setFocus();
        QTest::keyClick(window.table(), Qt::Key_Escape);
        QVERIFY(!window.isVisible());
        QCOMPARE(window.search()->text(), QStringLiteral("northwind"));

        // Ctrl+W closes, from the search too.
        QVERIFY(showActive());
        window.search()->setFocus();
        QTest::keyClick(window.search(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!window.isVisible());
    }

    void theBoardLinksToTheArchive()
    {
        SystemClock clock;
        MainWindow window(&m_store, &clock);
        window.show();
        QLabel *link = window.board()->column(Stage::Archived)->footer();
        QVERIFY(link && link->isVisible());
        emit link->linkActivated(QStringLiteral("archive"));
        QVERIFY(window.archiveWindow()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(window.archiveWindow()->model()->matchCount(), kArchived + 1, kWaitMs);
    }
};

QTEST_MAIN(ArchiveWindowTest)
#include "tst_archivewindow.moc"
