// The desktop side without a notification service: the tray as the fallback (its count, menu,
// pause and quit), closing into the tray with one explanation, neither tray nor service said
// once in the status bar; and the settings dialog, validated (numbers out of range named as
// typed) and applied without a restart.

#include "actioncontroller.h"
#include "boardwidget.h"
#include "desktop.h"
#include "mainwindow.h"
#include "notify/notificationcenter.h"
#include "notify/trayicon.h"
#include "notify/weeklyfigures.h"
#include "settings/startatlogin.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "uilanguage.h"
#include "widgets/detailspane.h"
#include "widgets/settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace rd;
using namespace rd::test;

class DesktopTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    TestClock m_clock { localJanuary(20, 10) };
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Desktop> m_desktop;

    void start(DesktopEnvironment environment)
    {
        m_desktop = std::make_unique<Desktop>(m_window.get(), m_store.get(), &m_clock, environment);
        m_window->show();
    }

    void add(const ReferralBuilder &b)
    {
        m_store->upsert({ b.build() });
        m_window->onReferralsChanged({ b.build().id });
    }

    template<typename T> T *field(QDialog *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English's own singular and plural ("1 referral", "2 referrals").
        UiLanguage::install(QStringLiteral("en"), false);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QApplication::setApplicationDisplayName(QStringLiteral("Referral Desk"));
    }

    void init()
    {
        QSettings().clear();
        m_clock.setNow(localJanuary(20, 10));
        static int run = 0;
        m_store = std::make_unique<Store>();
        QVERIFY(!m_store->open(m_dir.filePath(QStringLiteral("d-%1.sqlite").arg(++run))));
        m_window = std::make_unique<MainWindow>(m_store.get(), &m_clock);
    }

    void cleanup()
    {
        m_desktop.reset();
        m_window.reset();
        m_store.reset();
        StartAtLogin::setEnabled(false, QString());
        QApplication::setQuitOnLastWindowClosed(true);
    }

    void theBackendFollowsWhatTheDesktopHas()
    {
        QCOMPARE(chooseNotifierBackend(true, true), NotifierBackend::Freedesktop);
        QCOMPARE(chooseNotifierBackend(true, false), NotifierBackend::Freedesktop);
        QCOMPARE(chooseNotifierBackend(false, true), NotifierBackend::Tray);
        QCOMPARE(chooseNotifierBackend(false, false), NotifierBackend::None);
    }

    void withoutANotificationServiceTheTrayShowsThemAndAClickOpens()
    {
        add(ReferralBuilder()
                .set("id", QStringLiteral("a"))
                .created(m_clock.now().addSecs(-22 * 3600 - 60))
                .updated(m_clock.now().addSecs(-22 * 3600)));
        start({ false, true });
        QCOMPARE(m_desktop->backend(), NotifierBackend::Tray);
        QVERIFY(qobject_cast<TrayNotifier *>(m_desktop->notifier()));
        QVERIFY(m_desktop->tray());
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());

        // The menu: open, sync now, pause for an hour, quit.
        QMenu *menu = m_desktop->tray()->systemTrayIcon()->contextMenu();
        QVERIFY(menu);
        QStringList texts;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                texts.append(a->text());
        }
        QCOMPARE(texts,
            (QStringList { QStringLiteral("&Open Referral Desk"), QStringLiteral("&Sync Now"),
                QStringLiteral("&Pause Notifications for 1 Hour"), QStringLiteral("&Quit") }));
        QVERIFY(!m_desktop->tray()->syncAction()->isEnabled()); // no engine attached

        // The response-target warning went out as a tray message; clicking it opens the card.
        m_window->hide();
        emit m_desktop->tray()->systemTrayIcon()->messageClicked();
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->details()->currentId(), QStringLiteral("a"));
    }

    void closingKeepsTheAppInTheTrayWithOneExplanation()
    {
        add(ReferralBuilder() // its warning is the tray's first message
                .set("id", QStringLiteral("a"))
                .created(m_clock.now().addSecs(-22 * 3600 - 60))
                .updated(m_clock.now().addSecs(-22 * 3600)));
        start({ false, true });
        QVERIFY(m_window->keepsRunningInTray());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QSignalSpy explained(m_desktop.get(), &Desktop::trayExplained);
        QVERIFY(!m_window->close()); // refused: hidden instead
        QVERIFY(!m_window->isVisible());
        QCOMPARE(explained.count(), 1);
        QVERIFY(explained.first().first().toString().contains(QStringLiteral("Quit")));
        m_desktop->tray()->openAction()->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->close());
        QCOMPARE(explained.count(), 1); // once, also after a restart
        QVERIFY(QSettings().value(QStringLiteral("ui/trayExplained")).toBool());

        // A click on that explanation opens nothing (not the referral of the message before).
        m_window->hide();
        emit m_desktop->tray()->systemTrayIcon()->messageClicked();
        QVERIFY(!m_window->isVisible());

        // Quit from the tray really closes the window.
        m_window->show();
        m_desktop->tray()->quitAction()->trigger();
        QVERIFY(!m_window->isVisible());
    }

    void withNeitherTheAppSaysSoOnceAndClosingQuits()
    {
        start({ false, false });
        QCOMPARE(m_desktop->backend(), NotifierBackend::None);
        QVERIFY(!m_desktop->tray());
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("Desktop notifications are not available here")));
        QVERIFY(!m_window->keepsRunningInTray());
        QVERIFY(m_window->close());
    }

    void theTrayCountsWhatNeedsAnAnswerToday()
    {
        const QDateTime now = m_clock.now(); // 10:00
        add(ReferralBuilder() // target 14:00 today
                .set("id", QStringLiteral("old"))
                .created(now.addSecs(-20 * 3600))
                .updated(now.addSecs(-20 * 3600)));
        add(ReferralBuilder() // target 09:00 tomorrow
                .set("id", QStringLiteral("fresh"))
                .created(now.addSecs(-3600))
                .updated(now.addSecs(-3600)));
        add(ReferralBuilder() // to decide by 18:00 today
                .set("id", QStringLiteral("due"))
                .inEvaluating()
                .created(now.addDays(-6))
                .updated(now.addDays(-5))
                .expires(localJanuary(20, 18)));
        add(ReferralBuilder() // in three days
                .set("id", QStringLiteral("later"))
                .inEvaluating()
                .created(now.addDays(-3))
                .updated(now.addDays(-3))
                .expires(now.addDays(3)));
        add(ReferralBuilder()
                .set("id", QStringLiteral("deal"))
                .inNegotiating()
                .created(now.addDays(-9))
                .updated(now.addDays(-8)));
        start({ false, true });
        TrayIcon *tray = m_desktop->tray();
        QCOMPARE(tray->dueToday(), 2);
        // This week (from Monday 19 January): "old" and "fresh" arrived, neither answered yet;
        // the week's figures come from a reader thread.
        QTRY_VERIFY(m_desktop->weeklyFigures()->figures());
        QTRY_COMPARE(tray->systemTrayIcon()->toolTip(),
            QStringLiteral("Referral Desk\n2 referrals need an answer today\n2 new\n"
                           "This week: 0 % answered within 24 h"));
        QVERIFY(!tray->systemTrayIcon()->icon().isNull());

        // After midnight the fresh one's target is today too.
        QSignalSpy changed(tray, &TrayIcon::countChanged);
        m_clock.setNow(localJanuary(21, 0, 1));
        QTRY_COMPARE(tray->dueToday(), 3);
        QCOMPARE(changed.count(), 1);

        // An answer removes it from the count, at once.
        QVERIFY(m_window->actions()->perform(QStringLiteral("old"), Action::Interested));
        QTRY_COMPARE(tray->dueToday(), 2);
    }

    void pausingFromTheTrayHoldsNotificationsForAnHour()
    {
        start({ false, true });
        QAction *pause = m_desktop->tray()->pauseAction();
        pause->trigger();
        const QDateTime until = m_clock.now().addSecs(3600);
        QCOMPARE(m_desktop->settings().notificationsPausedUntil, until);
        QCOMPARE(m_desktop->notifications()->settings().pausedUntil, until);
        QCOMPARE(QSettings().value(QStringLiteral("notify/pausedUntil")).toDateTime(), until);
        QVERIFY(pause->isChecked());
        QVERIFY(pause->text().contains(QStringLiteral("Paused until")));
        // The settings dialog, open meanwhile, does not undo the pause.
        SettingsDialog *dialog = m_desktop->openSettings();
        pause->trigger(); // resume
        QVERIFY(!m_desktop->notifications()->settings().pausedUntil.isValid());
        pause->trigger(); // and pause again while the dialog is open
        QVERIFY(dialog->apply());
        QCOMPARE(m_desktop->notifications()->settings().pausedUntil, until);
        dialog->reject();
        pause->trigger(); // resume
        QVERIFY(!pause->isChecked());
        QCOMPARE(pause->text(), QStringLiteral("&Pause Notifications for 1 Hour"));
    }

    void settingsRefuseBadValuesBesideTheirFields()
    {
        start({ false, false });
        SettingsDialog *dialog = m_desktop->openSettings();
        QVERIFY(dialog->isVisible());
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        field<QLineEdit>(dialog, "apiBase")->setText(QStringLiteral("http://example.com/api"));
        field<QLineEdit>(dialog, "clientId")->setText(QStringLiteral("my app"));
        field<QTabWidget>(dialog, "tabs")->setCurrentIndex(2);
        field<QCheckBox>(dialog, "quietHours")->setChecked(true);
        field<QTimeEdit>(dialog, "quietFrom")->setTime(QTime(22, 0));
        field<QTimeEdit>(dialog, "quietTo")->setTime(QTime(22, 0));
        field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();

        QVERIFY(dialog->isVisible()); // nothing applied, nothing lost
        QCOMPARE(applied.count(), 0);
        QVERIFY(dialog->errorText(AppSettings::Field::ApiBase)
                    .contains(QStringLiteral("plain http is only allowed to this computer")));
        QCOMPARE(dialog->errorText(AppSettings::Field::ClientId),
            QStringLiteral("A client id has no spaces."));
        QCOMPARE(dialog->errorText(AppSettings::Field::QuietHours),
            QStringLiteral("Quiet hours need a start and a different end."));
        QCOMPARE(field<QTabWidget>(dialog, "tabs")->currentIndex(), 0); // the first problem's page
        QVERIFY(!QSettings().contains(QStringLiteral("api/base")));
        QCOMPARE(
            field<QLineEdit>(dialog, "apiBase")->text(), QStringLiteral("http://example.com/api"));

        // Fixed: applied, and the messages go.
        field<QLineEdit>(dialog, "apiBase")->setText(QStringLiteral("http://127.0.0.1:8080"));
        field<QLineEdit>(dialog, "clientId")->setText(QStringLiteral("my-app"));
        field<QTimeEdit>(dialog, "quietTo")->setTime(QTime(7, 0));
        field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(applied.count(), 1);
        QVERIFY(dialog->errorText(AppSettings::Field::ApiBase).isEmpty());
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("api/base")).toString(),
            QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(QSettings().value(QStringLiteral("auth/clientId")).toString(),
            QStringLiteral("my-app"));
    }

    void numbersOutOfRangeAreNamedAsTyped_data()
    {
        QTest::addColumn<QString>("spinBox");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<AppSettings::Field>("which");
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("message");
        const QString sync = QStringLiteral("Sync every 1 to 1440 minutes.");
        const QString undo
            = QStringLiteral("Hold each action for 0 to 60 seconds before it is sent.");
        QTest::newRow("sync 0") << QStringLiteral("syncInterval") << QStringLiteral("0")
                                << AppSettings::Field::SyncInterval
                                << QStringLiteral("1–1440 minutes") << sync;
        QTest::newRow("sync 100000")
            << QStringLiteral("syncInterval") << QStringLiteral("100000")
            << AppSettings::Field::SyncInterval << QStringLiteral("1–1440 minutes") << sync;
        QTest::newRow("undo 61") << QStringLiteral("undoSeconds") << QStringLiteral("61")
                                 << AppSettings::Field::UndoSeconds
                                 << QStringLiteral("0–60 seconds") << undo;
        QTest::newRow("undo 100000")
            << QStringLiteral("undoSeconds") << QStringLiteral("100000")
            << AppSettings::Field::UndoSeconds << QStringLiteral("0–60 seconds") << undo;
    }

    void numbersOutOfRangeAreNamedAsTyped()
    {
        QFETCH(QString, spinBox);
        QFETCH(QString, typed);
        QFETCH(AppSettings::Field, which);
        QFETCH(QString, range);
        QFETCH(QString, message);
        start({ false, false });
        SettingsDialog *dialog = m_desktop->openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        field<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
        auto *box = dialog->findChild<QSpinBox *>(spinBox);
        QVERIFY(box);
        // The allowed range is said before anything is typed.
        const QString hint = dialog->findChild<QLabel *>(spinBox + QStringLiteral("Hint"))->text();
        QVERIFY2(hint.contains(range), qPrintable(hint));

        // Typed over the value, then OK clicked with the mouse (the field loses the focus).
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, typed);
        QPushButton *ok = field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);

        QVERIFY(dialog->isVisible());
        QCOMPARE(applied.count(), 0);
        QCOMPARE(dialog->errorText(which), message);
        QCOMPARE(box->cleanText(), typed); // as typed, not "corrected"
        QCOMPARE(box->value(), typed.toInt());
        QCOMPARE(dialog->focusWidget(), box); // where the fix goes
        QVERIFY(QSettings().allKeys().isEmpty()); // nothing saved
        QCOMPARE(m_desktop->settings(), AppSettings());
    }

    void theUndoWindowIsAppliedAndKept()
    {
        start({ false, false });
        QCOMPARE(m_window->actions()->undoSeconds(), 10);
        SettingsDialog *dialog = m_desktop->openSettings();
        QCOMPARE(field<QSpinBox>(dialog, "undoSeconds")->value(), 10);
        field<QSpinBox>(dialog, "undoSeconds")->setValue(0); // sends at once: allowed
        field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->errorText(AppSettings::Field::UndoSeconds).isEmpty());
        QCOMPARE(m_window->actions()->undoSeconds(), 0);
        QCOMPARE(QSettings().value(QStringLiteral("actions/undoSeconds")).toInt(), 0);

        // The next start uses it from the beginning.
        m_desktop.reset();
        m_window = std::make_unique<MainWindow>(m_store.get(), &m_clock);
        QCOMPARE(m_window->actions()->undoSeconds(), 10);
        start({ false, false });
        QCOMPARE(m_window->actions()->undoSeconds(), 0);
    }

    void settingsApplyWithoutARestart()
    {
        ApiSettings api;
        api.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
        StaticTokenSource tokens(QStringLiteral("t"));
        SyncEngine engine(m_dir.filePath(QStringLiteral("engine.sqlite")), api, &tokens, &m_clock);
        SyncScheduler scheduler(&engine);
        start({ false, true });
        m_desktop->attachSync(&engine, &scheduler);
        QCOMPARE(scheduler.interval(), 5 * 60 * 1000);
        QVERIFY(m_desktop->tray()->syncAction()->isEnabled());

        SettingsDialog *dialog = m_desktop->openSettings();
        field<QSpinBox>(dialog, "syncInterval")->setValue(15);
        field<QComboBox>(dialog, "currency")->setCurrentText(QStringLiteral("EUR"));
        dialog->kindCheckBox(NotificationKind::Arrivals)->setChecked(false);
        field<QCheckBox>(dialog, "quietHours")->setChecked(true);
        field<QLineEdit>(dialog, "apiBase")->setText(QStringLiteral("http://localhost:9/partner"));
        field<QCheckBox>(dialog, "startAtLogin")->setChecked(true);
        field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Apply)->click();
        QVERIFY(dialog->isVisible()); // Apply keeps it open

        QCOMPARE(scheduler.interval(), 15 * 60 * 1000);
        QCOMPARE(m_window->actions()->defaultCurrency(), QStringLiteral("EUR"));
        const NotificationSettings n = m_desktop->notifications()->settings();
        QVERIFY(n.disabled.contains(NotificationKind::Arrivals));
        QVERIFY(!n.disabled.contains(NotificationKind::MissedIn1h));
        QCOMPARE(n.quietFrom, QTime(22, 0));
        QCOMPARE(n.quietTo, QTime(7, 0));
        QTRY_COMPARE(
            engine.api().settings().apiBase, QUrl(QStringLiteral("http://localhost:9/partner")));
        // Start at login: an autostart entry that runs this program.
        QVERIFY(StartAtLogin::isEnabled());
        QFile entry(StartAtLogin::location());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY(text.contains(QStringLiteral("[Desktop Entry]")));
        QVERIFY(text.contains(QStringLiteral("Exec=") + QCoreApplication::applicationFilePath()));
        // Kept for the next start, under the keys the command-line tool reads too.
        QCOMPARE(AppSettings::load(QSettings()), dialog->value());

        field<QCheckBox>(dialog, "startAtLogin")->setChecked(false);
        field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!StartAtLogin::isEnabled());
        QVERIFY(!QFile::exists(StartAtLogin::location()));
    }

    void theLanguageChangesWithoutARestart()
    {
        start({ false, true });
        QAction *sync = m_window->findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(sync);
        QCOMPARE(sync->text(), QStringLiteral("Se&ttings…"));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/referraldesk_de.qm")));
        AppSettings s = m_desktop->settings();
        s.language = QStringLiteral("de");
        QVERIFY(m_desktop->applySettings(s).isEmpty());
        // Windows are told with a posted LanguageChange event.
        QTRY_COMPARE(sync->text(), QStringLiteral("&Einstellungen…"));
        QCOMPARE(
            m_window->board()->column(Stage::New)->header()->text(), QStringLiteral("Neu · 0"));
        QCOMPARE(m_desktop->tray()->quitAction()->text(), QStringLiteral("&Beenden"));
        // Qt's own texts too (the Cancel of every dialog), from the system's Qt translations.
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
            QStringLiteral("Abbrechen"));
        // From one translation straight to another: French replaces German, Qt's texts as well.
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/referraldesk_fr.qm")));
        s.language = QStringLiteral("fr");
        QVERIFY(m_desktop->applySettings(s).isEmpty());
        QTRY_COMPARE(sync->text(), QStringLiteral("&Paramètres…"));
        QCOMPARE(m_window->board()->column(Stage::New)->header()->text(),
            QStringLiteral("Nouvelle · 0"));
        QCOMPARE(m_desktop->tray()->quitAction()->text(), QStringLiteral("&Quitter"));
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
            QStringLiteral("Annuler"));
        s.language = QStringLiteral("en");
        QVERIFY(m_desktop->applySettings(s).isEmpty());
        QTRY_COMPARE(sync->text(), QStringLiteral("Se&ttings…"));
        QCOMPARE(m_desktop->tray()->quitAction()->text(), QStringLiteral("&Quit"));
    }
};

QTEST_MAIN(DesktopTest)
#include "tst_desktop.moc"
