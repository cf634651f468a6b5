// The settings: defaults, a round trip through QSettings under the keys the command-line tool
// shares, every validation message, damaged values read back safely, the notification settings
// they make, and the start-at-login entry.

#include "domain/clock.h"
#include "settings/appsettings.h"
#include "settings/startatlogin.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class AppSettingsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString problem(const AppSettings &s, AppSettings::Field field)
    {
        for (const AppSettings::Problem &p : s.validate()) {
            if (p.field == field)
                return p.message;
        }
        return QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsAreValidAndMatchLifecycleMd()
    {
        const AppSettings s;
        QVERIFY(s.validate().isEmpty());
        QCOMPARE(s.syncIntervalMinutes, 5);
        QCOMPARE(s.undoSeconds, 10);
        QCOMPARE(s.apiBase, QUrl(QStringLiteral("https://api.partner.microsoft.com")));
        QVERIFY(s.disabledNotifications.isEmpty()); // every kind on by default
        QVERIFY(!s.notificationSettings().quietFrom.isValid()); // no quiet hours
    }

    void aRoundTripKeepsEverything()
    {
        QSettings file(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        AppSettings s;
        s.apiBase = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        s.authority = QUrl(QStringLiteral("https://login.example.com/tenant"));
        s.clientId = QStringLiteral("abc-123");
        s.syncIntervalMinutes = 30;
        s.defaultCurrency = QStringLiteral("JPY");
        s.disabledNotifications = { NotificationKind::Arrivals, NotificationKind::ClosingPassed };
        s.quietHours = true;
        s.quietFrom = QTime(21, 30);
        s.quietTo = QTime(6, 45);
        s.notificationsPausedUntil = utcDateTime(QDate(2026, 1, 2), QTime(3, 4));
        s.language = QStringLiteral("zh_CN");
        s.startAtLogin = true;
        s.scope = QStringLiteral("https://api.partner.microsoft.com/.default");
        s.undoSeconds = 0; // not the default, and the edge of the range
        s.save(file);
        QCOMPARE(AppSettings::load(file), s);
        // And through the file itself, as the next start reads it.
        file.sync();
        const QSettings reread(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        QCOMPARE(AppSettings::load(reread), s);
        // The same keys the command-line tool reads.
        QCOMPARE(file.value(QStringLiteral("api/base")).toString(),
            QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(file.value(QStringLiteral("auth/clientId")).toString(), QStringLiteral("abc-123"));
        QCOMPARE(file.value(QStringLiteral("notify/disabled")).toStringList(),
            (QStringList { QStringLiteral("arrivals"), QStringLiteral("closing-passed") }));
        QCOMPARE(file.value(QStringLiteral("actions/undoSeconds")).toInt(), 0);
        // Each field counts: one changed value is a different set of settings.
        AppSettings other = s;
        other.undoSeconds = 60;
        QVERIFY(other != s);
        other.save(file);
        QCOMPARE(AppSettings::load(file).undoSeconds, 60);

        const NotificationSettings n = s.notificationSettings();
        QCOMPARE(n.disabled, s.disabledNotifications);
        QCOMPARE(n.quietFrom, QTime(21, 30));
        QCOMPARE(n.quietTo, QTime(6, 45));
        QCOMPARE(n.pausedUntil, s.notificationsPausedUntil);
    }

    void valuesAnEarlierVersionWroteAreStillRead()
    {
        // Earlier versions wrote "general/…", which the INI format files under [General].
        const QString path = m_dir.filePath(QStringLiteral("old.ini"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[General]\nlanguage=de\ncurrency=EUR\nstartAtLogin=true\n");
        old.close();
        const QSettings file(path, QSettings::IniFormat);
        const AppSettings s = AppSettings::load(file);
        QCOMPARE(s.language, QStringLiteral("de"));
        QCOMPARE(s.defaultCurrency, QStringLiteral("EUR"));
        QCOMPARE(s.startAtLogin, true);
    }

    void damagedValuesAreReadAsTheDefaults()
    {
        QSettings file(m_dir.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
        file.setValue(QStringLiteral("sync/intervalMinutes"), 0);
        file.setValue(QStringLiteral("actions/undoSeconds"), 3600);
        file.setValue(QStringLiteral("app/currency"), QStringLiteral("XYZ"));
        file.setValue(QStringLiteral("app/language"), QStringLiteral("klingon"));
        file.setValue(QStringLiteral("notify/quietFrom"), QStringLiteral("25:99"));
        file.setValue(
            QStringLiteral("notify/disabled"), QStringList { QStringLiteral("nonsense") });
        const AppSettings s = AppSettings::load(file);
        QCOMPARE(s.syncIntervalMinutes, AppSettings::minSyncIntervalMinutes);
        QCOMPARE(s.undoSeconds, AppSettings::maxUndoSeconds);
        QCOMPARE(s.defaultCurrency, QStringLiteral("USD"));
        QVERIFY(s.language.isEmpty());
        QCOMPARE(s.quietFrom, QTime(22, 0));
        QVERIFY(s.disabledNotifications.isEmpty());
        QVERIFY(s.validate().isEmpty());

        // Not a number at all: the default window, not 0 (which would turn undo off).
        file.setValue(QStringLiteral("actions/undoSeconds"), QStringLiteral("ten"));
        QCOMPARE(AppSettings::load(file).undoSeconds, 10);
    }

    void everyBadValueIsNamed()
    {
        AppSettings s;
        s.apiBase = QUrl(QStringLiteral("http://partner.example.com"));
        QVERIFY(problem(s, AppSettings::Field::ApiBase).contains(QStringLiteral("not https")));
        s.apiBase = QUrl(QStringLiteral("http://localhost:8080"));
        QVERIFY(problem(s, AppSettings::Field::ApiBase).isEmpty());
        s.apiBase = QUrl();
        QCOMPARE(problem(s, AppSettings::Field::ApiBase), QStringLiteral("Enter an address."));
        s.authority = QUrl(QStringLiteral("login"));
        QCOMPARE(problem(s, AppSettings::Field::Authority),
            QStringLiteral("This is not a web address (for example https://example.com)."));
        s.clientId = QStringLiteral(" id");
        QCOMPARE(
            problem(s, AppSettings::Field::ClientId), QStringLiteral("A client id has no spaces."));
        s.syncIntervalMinutes = 0;
        QCOMPARE(problem(s, AppSettings::Field::SyncInterval),
            QStringLiteral("Sync every 1 to 1440 minutes."));
        s.undoSeconds = 61;
        QCOMPARE(problem(s, AppSettings::Field::UndoSeconds),
            QStringLiteral("Hold each action for 0 to 60 seconds before it is sent."));
        s.undoSeconds = -1;
        QCOMPARE(problem(s, AppSettings::Field::UndoSeconds),
            QStringLiteral("Hold each action for 0 to 60 seconds before it is sent."));
        s.defaultCurrency = QStringLiteral("EURO");
        QCOMPARE(problem(s, AppSettings::Field::Currency),
            QStringLiteral("Choose a currency from the list (ISO 4217 code)."));
        s.quietHours = true;
        s.quietFrom = s.quietTo = QTime(8, 0);
        QCOMPARE(problem(s, AppSettings::Field::QuietHours),
            QStringLiteral("Quiet hours need a start and a different end."));
        s.quietHours = false; // off: the times do not matter
        QVERIFY(problem(s, AppSettings::Field::QuietHours).isEmpty());
        s.language = QStringLiteral("fr");
        QVERIFY(problem(s, AppSettings::Field::Language).isEmpty());
        s.language = QStringLiteral("ja");
        QCOMPARE(problem(s, AppSettings::Field::Language),
            QStringLiteral("There is no translation for “ja”."));
        QCOMPARE(s.validate().size(), 7);
    }

    void everyKindHasANameAndALabel()
    {
        QSet<QString> names;
        for (NotificationKind kind : AppSettings::notificationKinds()) {
            QVERIFY(!AppSettings::kindLabel(kind).isEmpty());
            names.insert(AppSettings::kindName(kind));
        }
        QCOMPARE(names.size(), 9); // all but the catch-up summary, which follows the others
        QVERIFY(!AppSettings::notificationKinds().contains(NotificationKind::CatchUp));
    }

    void startAtLoginWritesAndRemovesTheAutostartEntry()
    {
        QVERIFY(StartAtLogin::isSupported());
        StartAtLogin::setEnabled(false, QString());
        QVERIFY(!StartAtLogin::isEnabled());
        const QString program = m_dir.filePath(QStringLiteral("my apps/referral-desk"));
        QCOMPARE(StartAtLogin::setEnabled(
                     true, program, { QStringLiteral("--profile"), QStringLiteral("/home/a b") }),
            QString());
        QVERIFY(StartAtLogin::isEnabled());
        QVERIFY(
            StartAtLogin::location().endsWith(QStringLiteral("/autostart/referral-desk.desktop")));
        QFile file(StartAtLogin::location());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // Arguments with spaces are quoted as the Desktop Entry Specification asks.
        QVERIFY(
            text.contains(QStringLiteral("Exec=\"%1\" --profile \"/home/a b\"\n").arg(program)));
        QVERIFY(text.contains(QStringLiteral("Type=Application\n")));
        file.close();
        // A % would start a field code; a backslash inside quotes is escaped twice.
        QCOMPARE(StartAtLogin::setEnabled(
                     true, program, { QStringLiteral("100%"), QStringLiteral("a\\b c") }),
            QString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll())
                    .contains(QStringLiteral(" 100%% \"a\\\\\\\\b c\"\n")));
        file.close();
        QCOMPARE(StartAtLogin::setEnabled(false, program), QString());
        QVERIFY(!StartAtLogin::isEnabled());
    }
};

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "tst_appsettings.moc"
