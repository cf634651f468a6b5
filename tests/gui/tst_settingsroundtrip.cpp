// Settings that stay: every field set through the Settings dialog (and the pause through the
// tray) is what a restarted session shows and uses, built the way the app builds it at start
// (AppSession, AppSettings::load(QSettings())). Once on the default settings location and once
// on a --profile folder.

#include "actioncontroller.h"
#include "appsession.h"
#include "desktop.h"
#include "mainwindow.h"
#include "notify/notificationcenter.h"
#include "notify/trayicon.h"
#include "settings/startatlogin.h"
#include "support/referralbuilder.h"
#include "widgets/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace rd;
using namespace rd::test;

class SettingsRoundTripTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    TestClock m_clock { localJanuary(20, 10) };
    std::unique_ptr<AppSession> m_session;

    template<typename T> static T *field(QDialog *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }

    /// A session as the app opens one: its database in `dir`, a given token (no keychain) and
    /// service, a tray for the pause; the language installed first, as main.cpp does.
    bool startSession(const QString &dir)
    {
        const AppSettings stored = AppSettings::load(QSettings());
        Desktop::installLanguage(stored.language);
        SessionOptions options;
        options.databasePath = QDir(dir).filePath(QStringLiteral("referrals.sqlite"));
        options.accessToken = QStringLiteral("token");
        // Its syncs go nowhere (a closed port here), whatever the settings say.
        options.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
        options.environment = { false, true };
        m_session = std::make_unique<AppSession>(options, &m_clock);
        if (!m_session->open())
            return false;
        m_session->start();
        return true;
    }

    /// Sets every field of the dialog to something other than its default, as a person would,
    /// pauses notifications from the tray, and returns what was applied.
    AppSettings changeEverything()
    {
        Desktop *desktop = m_session->desktop();
        desktop->tray()->pauseAction()->trigger();
        SettingsDialog *dialog = desktop->openSettings();
        field<QLineEdit>(dialog, "apiBase")->setText(QStringLiteral("http://127.0.0.1:1/partner"));
        field<QLineEdit>(dialog, "authority")
            ->setText(QStringLiteral("https://login.example.com/contoso.onmicrosoft.com"));
        field<QLineEdit>(dialog, "clientId")
            ->setText(QStringLiteral("11111111-2222-3333-4444-555555555555"));
        field<QLineEdit>(dialog, "scope")
            ->setText(QStringLiteral("https://api.partner.microsoft.com/.default"));
        field<QSpinBox>(dialog, "syncInterval")->setValue(45);
        field<QSpinBox>(dialog, "undoSeconds")->setValue(25);
        field<QComboBox>(dialog, "currency")->setCurrentText(QStringLiteral("EUR"));
        auto *language = field<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        field<QCheckBox>(dialog, "startAtLogin")->setChecked(true);
        dialog->kindCheckBox(NotificationKind::Arrivals)->setChecked(false);
        dialog->kindCheckBox(NotificationKind::ClosingPassed)->setChecked(false);
        field<QCheckBox>(dialog, "quietHours")->setChecked(true);
        field<QTimeEdit>(dialog, "quietFrom")->setTime(QTime(21, 30));
        field<QTimeEdit>(dialog, "quietTo")->setTime(QTime(6, 45));
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        if (applied.count() != 1 || !dialog->errorText(AppSettings::Field::StartAtLogin).isEmpty())
            return {};
        return desktop->settings();
    }

    /// What a restarted session shows in its dialog and uses, field by field.
    void checkRestarted(const AppSettings &expected)
    {
        Desktop *desktop = m_session->desktop();
        QCOMPARE(desktop->settings(), expected);
        QCOMPARE(m_session->window()->actions()->undoSeconds(), 25);
        QCOMPARE(m_session->window()->actions()->defaultCurrency(), QStringLiteral("EUR"));
        QCOMPARE(
            desktop->notifications()->settings().pausedUntil, expected.notificationsPausedUntil);
        QVERIFY(desktop->tray()->pauseAction()->isChecked());
        QVERIFY(StartAtLogin::isEnabled());

        SettingsDialog *dialog = desktop->openSettings();
        QCOMPARE(field<QLineEdit>(dialog, "apiBase")->text(),
            QStringLiteral("http://127.0.0.1:1/partner"));
        QCOMPARE(field<QLineEdit>(dialog, "authority")->text(),
            QStringLiteral("https://login.example.com/contoso.onmicrosoft.com"));
        QCOMPARE(field<QLineEdit>(dialog, "clientId")->text(),
            QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(field<QLineEdit>(dialog, "scope")->text(),
            QStringLiteral("https://api.partner.microsoft.com/.default"));
        QCOMPARE(field<QSpinBox>(dialog, "syncInterval")->value(), 45);
        QCOMPARE(field<QSpinBox>(dialog, "undoSeconds")->value(), 25);
        QCOMPARE(field<QComboBox>(dialog, "currency")->currentText(), QStringLiteral("EUR"));
        QCOMPARE(
            field<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(field<QComboBox>(dialog, "language")->currentText(), QStringLiteral("Deutsch"));
        // Each language in its own words, and as a list item, with a capital.
        QCOMPARE(field<QComboBox>(dialog, "language")->findText(QStringLiteral("Français")),
            field<QComboBox>(dialog, "language")->findData(QStringLiteral("fr")));
        QVERIFY(field<QCheckBox>(dialog, "startAtLogin")->isChecked());
        for (const NotificationKind kind : AppSettings::notificationKinds()) {
            QCOMPARE(dialog->kindCheckBox(kind)->isChecked(),
                kind != NotificationKind::Arrivals && kind != NotificationKind::ClosingPassed);
        }
        QVERIFY(field<QCheckBox>(dialog, "quietHours")->isChecked());
        QCOMPARE(field<QTimeEdit>(dialog, "quietFrom")->time(), QTime(21, 30));
        QCOMPARE(field<QTimeEdit>(dialog, "quietTo")->time(), QTime(6, 45));
        // Nothing shown differs from what is stored, so OK at once changes nothing.
        QCOMPARE(dialog->value(), expected);
        dialog->reject();
    }

    void roundTrip(const QString &dir)
    {
        QVERIFY(startSession(dir));
        const AppSettings applied = changeEverything();
        QVERIFY(applied != AppSettings()); // applied, without a problem
        // Every field differs from its default, so none can pass by chance.
        const AppSettings defaults;
        QVERIFY(applied.apiBase != defaults.apiBase);
        QVERIFY(applied.authority != defaults.authority);
        QVERIFY(applied.clientId != defaults.clientId);
        QVERIFY(applied.scope != defaults.scope);
        QVERIFY(applied.syncIntervalMinutes != defaults.syncIntervalMinutes);
        QVERIFY(applied.undoSeconds != defaults.undoSeconds);
        QVERIFY(applied.defaultCurrency != defaults.defaultCurrency);
        QVERIFY(applied.disabledNotifications != defaults.disabledNotifications);
        QVERIFY(applied.quietHours != defaults.quietHours);
        QVERIFY(applied.quietFrom != defaults.quietFrom);
        QVERIFY(applied.quietTo != defaults.quietTo);
        QVERIFY(applied.notificationsPausedUntil.isValid());
        QVERIFY(applied.language != defaults.language);
        QVERIFY(applied.startAtLogin != defaults.startAtLogin);

        m_session.reset(); // the app quits
        QVERIFY(startSession(dir));
        checkRestarted(applied);
    }

private slots:
    void initTestCase()
    {
#if !defined(Q_OS_LINUX)
        // Elsewhere the default location is the registry or a plist outside test mode, and start
        // at login is the person's real entry: not something a test may overwrite.
        QSKIP("Runs where QStandardPaths' test mode covers the settings and the autostart entry.");
#endif
        // Before any QSettings: the default location is read once, in test mode here.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ReferralDesk"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QSettings().clear();
        StartAtLogin::setEnabled(false, QString());
    }

    void cleanup()
    {
        m_session.reset();
        QSettings().clear();
        StartAtLogin::setEnabled(false, QString());
        Desktop::installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setQuitOnLastWindowClosed(true);
    }

    void everySettingStaysOnTheDefaultLocation()
    {
        QCOMPARE(QSettings::defaultFormat(), QSettings::NativeFormat);
        const QString file = QSettings().fileName();
        QVERIFY2(file.startsWith(
                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
            qPrintable(file));
        QTemporaryDir data;
        roundTrip(data.path());
        QVERIFY(QFile::exists(file));
    }

    void everySettingStaysInAProfile()
    {
        // As main.cpp does for --profile: the settings beside the database in that folder.
        QTemporaryDir profile;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, profile.path());
        QVERIFY2(
            QSettings().fileName().startsWith(profile.path()), qPrintable(QSettings().fileName()));
        QSettings().clear();
        roundTrip(profile.path());
        const QSettings file(QSettings().fileName(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("app/language")).toString(), QStringLiteral("de"));
        QCOMPARE(file.value(QStringLiteral("app/currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(file.value(QStringLiteral("actions/undoSeconds")).toInt(), 25);
    }
};

QTEST_MAIN(SettingsRoundTripTest)
#include "tst_settingsroundtrip.moc"
