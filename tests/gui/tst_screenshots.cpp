// Every window in German and Chinese at 1280x720: a picture of each for a person to look at
// (build/tests/screenshots/<language>-<window>.png), and no label or button narrower than its
// text (nothing cut off), whatever the language's word lengths.

#include "desktop.h"
#include "mainwindow.h"
#include "models/archivemodel.h"
#include "settings/appsettings.h"
#include "settings/connectionsettings.h"
#include "support/archiveseed.h"
#include "support/boardfixture.h"
#include "support/referralbuilder.h"
#include "widgets/actiondialogs.h"
#include "widgets/archivewindow.h"
#include "widgets/connectdialog.h"
#include "widgets/detailspane.h"
#include "widgets/guidewindow.h"
#include "widgets/insightswindow.h"
#include "widgets/settingsdialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace rd;
using namespace rd::test;

namespace {

/// Labels and buttons shown narrower than their text needs.
QStringList clipped(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->width() <= 0)
            continue;
        QString text;
        if (auto *l = qobject_cast<QLabel *>(w); l && !l->wordWrap() && l->pixmap().isNull())
            text = l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else
            continue;
        if (text.isEmpty())
            continue;
        if (w->width() + 1 < w->sizeHint().width())
            out.append(QStringLiteral("\"%1\": %2 px shown, %3 px needed")
                           .arg(text)
                           .arg(w->width())
                           .arg(w->sizeHint().width()));
    }
    return out;
}

} // namespace

class ScreenshotsTest : public BoardFixture
{
    Q_OBJECT

    Store m_archive;
    TestClock m_insightsClock { utc(2026, 3, 20, 12, 0) };
    QDir m_out;

    void shoot(QWidget *window, const QString &language, const QString &name)
    {
        if (!window->isVisible()) {
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
        }
        QCoreApplication::processEvents();
        const QString file = m_out.filePath(QStringLiteral("%1-%2.png").arg(language, name));
        QVERIFY(window->grab().save(file));
        const QStringList cut = clipped(window);
        QVERIFY2(cut.isEmpty(),
            qPrintable(QStringLiteral("%1 in %2: ").arg(name, language)
                + cut.join(QStringLiteral("; "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).mkpath(QStringLiteral("screenshots"));
        m_out = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots"));
        QVERIFY(!m_archive.open(m_dir.filePath(QStringLiteral("archive.sqlite"))));
        const QList<Referral> referrals = archivedReferrals(30, QStringLiteral("Contoso Logistik"),
            { QStringLiteral("Declined"), QStringLiteral("Won"), QStringLiteral("Won") },
            { QStringLiteral("DE"), QStringLiteral("JP"), QStringLiteral("GB") },
            { QStringLiteral("10to50employees"), QStringLiteral("5001to10000employees"),
                QStringLiteral("1to9employees") });
        QCOMPARE(m_archive.upsert(referrals).size(), referrals.size());
    }

    void cleanupTestCase()
    {
        Desktop::installLanguage(QStringLiteral("en"), false);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void aCutLabelIsFound()
    {
        // The check itself: a label squeezed narrower than its text is reported.
        QWidget window;
        auto *label = new QLabel(QStringLiteral("Abschlussdatum überschritten"), &window);
        label->setFixedWidth(40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(clipped(&window).size(), 1);
        label->setFixedWidth(label->sizeHint().width());
        QVERIFY(clipped(&window).isEmpty());
    }

    void everyWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void everyWindow()
    {
        QFETCH(QString, language);
        // As a person who starts the app in that language sees it: its dates and numbers too.
        QLocale::setDefault(QLocale(language));
        Desktop::installLanguage(language, false);

        start(5);
        QVERIFY(m_window->select(QStringLiteral("g0")));
        m_window->resize(1280, 720);
        shoot(m_window.get(), language, QStringLiteral("board"));
        stop();

        ArchiveWindow archive(&m_archive);
        archive.resize(1280, 720);
        archive.show();
        QTRY_COMPARE(archive.model()->rowCount(), 30);
        QTRY_VERIFY(!archive.countLabel()->text().isEmpty());
        archive.table()->setCurrentIndex(archive.model()->index(0, 0));
        shoot(&archive, language, QStringLiteral("archive"));

        InsightsWindow insights(&m_archive, &m_insightsClock);
        insights.resize(1280, 720);
        insights.show();
        QTRY_COMPARE(insights.figureText(QStringLiteral("received")), QLocale().toString(30));
        shoot(&insights, language, QStringLiteral("insights"));

        SettingsDialog settings { AppSettings() };
        auto *tabs = settings.findChild<QTabWidget *>();
        QVERIFY(tabs);
        settings.show();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            shoot(&settings, language, QStringLiteral("settings-%1").arg(i));
        }

        ConnectDialog connect { ConnectionSettings() };
        shoot(&connect, language, QStringLiteral("connect"));
        GuideWindow guide;
        shoot(&guide, language, QStringLiteral("guide"));

        const Referral evaluating = ReferralBuilder().inEvaluating().build();
        AcceptDialog accept(evaluating, Action::Accept, QStringLiteral("EUR"), QDate(2026, 3, 2));
        shoot(&accept, language, QStringLiteral("accept"));
        const Referral negotiating
            = ReferralBuilder().inNegotiating(250000, QStringLiteral("EUR"), QDate(2026, 3, 20)).build();
        AcceptDialog edit(negotiating, Action::EditDeal, QStringLiteral("EUR"), QDate(2026, 3, 2));
        shoot(&edit, language, QStringLiteral("edit-deal"));
        ReasonDialog decline(evaluating, Action::Decline, QDate(2026, 3, 2));
        shoot(&decline, language, QStringLiteral("decline"));
        ReasonDialog lost(negotiating, Action::Lost, QDate(2026, 3, 2));
        shoot(&lost, language, QStringLiteral("lost"));
    }
};

QTEST_MAIN(ScreenshotsTest)
#include "tst_screenshots.moc"
