// A language switch reaches every open window: each window switched from English to German (or
// Chinese) reads and announces exactly what the same window made in that language does: titles,
// labels, lists, table headers and rows, actions, tooltips and accessible names.

#include "desktop.h"
#include "mainwindow.h"
#include "models/archivemodel.h"
#include "settings/appsettings.h"
#include "settings/connectionsettings.h"
#include "support/archiveseed.h"
#include "support/boardfixture.h"
#include "support/referralbuilder.h"
#include "support/uitexts.h"
#include "widgets/archivewindow.h"
#include "widgets/connectdialog.h"
#include "widgets/detailspane.h"
#include "widgets/guidewindow.h"
#include "widgets/insightswindow.h"
#include "widgets/settingsdialog.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>

using namespace rd;
using namespace rd::test;

class RetranslateTest : public BoardFixture
{
    Q_OBJECT

    Store m_archive;
    TestClock m_insightsClock { utc(2026, 3, 20, 12, 0) };

    /// Makes a window in English and switches it to `language`, makes the same window in that
    /// language, and compares what both say once `ready` holds for each.
    template <typename Window>
    void compareAfterSwitch(const QString &language, const std::function<Window *()> &make,
        const std::function<bool(Window *)> &ready)
    {
        Desktop::installLanguage(QStringLiteral("en"), false);
        std::unique_ptr<Window> switched(make());
        switched->show();
        QVERIFY(QTest::qWaitForWindowExposed(switched.get()));
        QTRY_VERIFY(ready(switched.get()));
        const QStringList english = uiTexts(switched.get());

        Desktop::installLanguage(language, false);
        std::unique_ptr<Window> made(make());
        made->show();
        QVERIFY(QTest::qWaitForWindowExposed(made.get()));
        QTRY_VERIFY(ready(made.get()));
        QTRY_VERIFY(ready(switched.get()));
        QStringList a, b;
        QTRY_VERIFY2((a = uiTexts(switched.get())) == (b = uiTexts(made.get())),
            qPrintable(textDifference(a, b)));
        // And the switch did change the window (the translation was there to load).
        QVERIFY2(a != english, qPrintable(a.join(QLatin1Char('\n'))));
        Desktop::installLanguage(QStringLiteral("en"), false);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!m_archive.open(m_dir.filePath(QStringLiteral("archive.sqlite"))));
        const QList<Referral> referrals = archivedReferrals(24, QStringLiteral("Customer"),
            { QStringLiteral("Won"), QStringLiteral("Lost"), QStringLiteral("Declined"),
                QStringLiteral("Missed") },
            { QStringLiteral("DE"), QStringLiteral("JP"), QStringLiteral("US") },
            { QStringLiteral("10to50employees"), QStringLiteral("5001to10000employees"),
                QStringLiteral("1to9employees") });
        QCOMPARE(m_archive.upsert(referrals).size(), referrals.size());
    }

    void archiveWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void archiveWindow()
    {
        QFETCH(QString, language);
        compareAfterSwitch<ArchiveWindow>(
            language,
            [this] {
                auto *w = new ArchiveWindow(&m_archive);
                w->resize(1280, 720);
                return w;
            },
            [](ArchiveWindow *w) {
                if (w->model()->rowCount() < 24 || w->country()->count() < 4
                    || w->countLabel()->text().isEmpty())
                    return false;
                if (!w->table()->currentIndex().isValid())
                    w->table()->setCurrentIndex(w->model()->index(0, 0));
                return !w->details()->currentId().isEmpty();
            });
    }

    void insightsWindow()
    {
        compareAfterSwitch<InsightsWindow>(
            QStringLiteral("de"),
            [this] {
                auto *w = new InsightsWindow(&m_archive, &m_insightsClock);
                w->setDimension(InsightDimension::Size);
                return w;
            },
            [](InsightsWindow *w) {
                return w->figureText(QStringLiteral("received")) == QStringLiteral("24");
            });
    }

    void settingsDialog()
    {
        compareAfterSwitch<SettingsDialog>(
            QStringLiteral("de"), [] { return new SettingsDialog(AppSettings()); },
            [](SettingsDialog *) { return true; });
    }

    void connectDialog()
    {
        compareAfterSwitch<ConnectDialog>(
            QStringLiteral("de"), [] { return new ConnectDialog(ConnectionSettings()); },
            [](ConnectDialog *) { return true; });
    }

    void guideWindow()
    {
        compareAfterSwitch<GuideWindow>(
            QStringLiteral("de"), [] { return new GuideWindow(); },
            [](GuideWindow *) { return true; });
    }

    void mainWindow()
    {
        start(5);
        QVERIFY(m_window->select(QStringLiteral("g0")));
        MainWindow *first = m_window.get();
        const QStringList english = uiTexts(first);

        Desktop::installLanguage(QStringLiteral("de"), false);
        MainWindow made(m_store.get(), &m_clock);
        made.attachSync(m_engine.get(), m_scheduler.get());
        made.resize(1280, 800);
        made.show();
        QVERIFY(QTest::qWaitForWindowExposed(&made));
        QVERIFY(made.select(QStringLiteral("g0")));
        sync(); // both windows hear the same sync
        QStringList a, b;
        QTRY_VERIFY2((a = uiTexts(first)) == (b = uiTexts(&made)), qPrintable(textDifference(a, b)));
        QVERIFY(a != english);
        // The quick filter never shrinks below its placeholder (and clear button) in German,
        // switched or made so: a toolbar squeezes a line edit down to its minimum.
        for (MainWindow *window : { first, &made }) {
            QLineEdit *filter = nullptr;
            for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
                if (edit->placeholderText().contains(QLatin1String("(Strg+F)")))
                    filter = edit;
            }
            QVERIFY(filter);
            const int needed = filter->fontMetrics().horizontalAdvance(filter->placeholderText());
            QVERIFY2(filter->minimumWidth() > needed + 30,
                qPrintable(
                    QStringLiteral("%1 px for %2 px").arg(filter->minimumWidth()).arg(needed)));
        }
        Desktop::installLanguage(QStringLiteral("en"), false);
        stop();
    }
};

QTEST_MAIN(RetranslateTest)
#include "tst_retranslate.moc"
