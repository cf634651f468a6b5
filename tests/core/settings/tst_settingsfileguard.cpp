// The settings file guard: every way of writing a value that QSettings decodes with QDataStream
// is found (each form is first shown to be decoded by QSettings itself), the file the app
// writes is left byte for byte, and a damaged file is repaired with its original kept.

#include "settings/appsettings.h"
#include "settings/settingsfileguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

// A QVariant int 5 in QDataStream's Qt 4.0 form (type 2, value 5): harmless to decode, so a
// test can prove that QSettings really decodes the form around it.
const QByteArray kIntFive = R"(\0\0\0\x2\0\0\0\x5)";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class SettingsFileGuardTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_serial = 0;

    // QSettings caches files by name: each case gets its own.
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_serial)); }

private slots:
    void everyDecodedFormIsFound_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key"); // as QSettings names it
        const QByteArray v = "@Variant(" + kIntFive + ")";
        QTest::newRow("plain") << "[app]\nlanguage=" + v + "\n" << "app/language";
        QTest::newRow("general section") << "x=" + v + "\n" << "x";
        QTest::newRow("quoted") << "[a]\nk=\"" + v + "\"\n" << "a/k";
        QTest::newRow("@ as hex") << "[a]\nk=\\x40Variant(" + kIntFive + ")\n" << "a/k";
        QTest::newRow("@ as wrapped hex") << "[a]\nk=\\x10040Variant(" + kIntFive + ")\n" << "a/k";
        QTest::newRow("@ as octal") << "[a]\nk=\\100Variant(" + kIntFive + ")\n" << "a/k";
        QTest::newRow("letter escaped") << "[a]\nk=@V\\x61riant(" + kIntFive + ")\n" << "a/k";
        QTest::newRow("continued line") << "[a]\nk=@Var\\\niant(" + kIntFive + ")\n" << "a/k";
        QTest::newRow("continued CRLF") << "[a]\r\nk=@Var\\\r\niant(" + kIntFive + ")\r\n" << "a/k";
        QTest::newRow("quotes joined") << "[a]\nk=\"@Var\"  \"iant(" + kIntFive + ")\"\n" << "a/k";
        QTest::newRow("in a list") << "[a]\nk=one, " + v + "\n" << "a/k";
        QTest::newRow("comment after") << "[a]\nk=" + v + " ; note\n" << "a/k";
        QTest::newRow("byte order mark") << "\xef\xbb\xbf[a]\nk=" + v + "\n" << "a/k";
        QTest::newRow("spaces around") << "[a]\n  k =   " + v + "  \n" << "a/k";
    }

    void everyDecodedFormIsFound()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        const QString path = freshPath();
        QVERIFY(write(path, text));
        {
            // The form is real: QSettings itself decodes it with QDataStream.
            const QSettings raw(path, QSettings::IniFormat);
            const QVariant value = raw.value(key);
            const bool decoded = value.metaType().id() == QMetaType::Int
                || (value.metaType().id() == QMetaType::QVariantList
                    && value.toList().last().metaType().id() == QMetaType::Int);
            QVERIFY2(decoded, qPrintable(value.toString()));
        }
        const QList<SettingsFileGuard::Line> found = SettingsFileGuard::unsafeLines(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().key, key);

        const SettingsFileGuard::Outcome outcome = SettingsFileGuard::repair(path);
        QVERIFY(outcome.error.isEmpty());
        QCOMPARE(readAll(outcome.keptAs), text); // the original, byte for byte
        QVERIFY(SettingsFileGuard::unsafeLines(readAll(path)).isEmpty());
        const QSettings repaired(path, QSettings::IniFormat);
        QVERIFY(!repaired.contains(key));
    }

    void theFuzzerFindingIsRepairedAndTheRestKept()
    {
        // Found by tests/fuzz settings: a list of 1.7 billion entries made Qt 6.4 ask for 54 GB.
        const QByteArray text = "[api]\nbase=\"https://\\x4f60.example.com/a\\\\b\"\n[app]\n"
                                "language=@Variant(\\0\\0\\0\\teTime(\\0\\0\\0\\x10\\0\\0\\0\\0\\0"
                                "\\0%\\x8a\\xcb\\'0\\x30\\xd4\\x18\\x1)\n[sync]\nintervalMinutes=15\n";
        const QString path = freshPath();
        QVERIFY(write(path, text));
        const SettingsFileGuard::Outcome outcome = SettingsFileGuard::repair(path);
        QCOMPARE(outcome.removedKeys, QStringList { QStringLiteral("app/language") });
        QCOMPARE(readAll(outcome.keptAs), text);

        const QSettings settings(path, QSettings::IniFormat);
        QVERIFY(!settings.contains(QStringLiteral("app/language")));
        QCOMPARE(settings.value(QStringLiteral("sync/intervalMinutes")).toInt(), 15);
        QVERIFY(settings.value(QStringLiteral("api/base")).toString().startsWith(
            QStringLiteral("https://")));
        const AppSettings loaded = AppSettings::load(settings);
        QCOMPARE(loaded.syncIntervalMinutes, 15);
        QCOMPARE(loaded.language, QString());

        // The person is told which setting, in which file, and where the original is.
        const QStringList problems = AppSettings::fileProblems(settings);
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().contains(QStringLiteral("app/language")));
        QVERIFY(problems.first().contains(path));
        QVERIFY(problems.first().contains(outcome.keptAs));
    }

    void whatTheAppWritesIsLeftAsItIs()
    {
        const QString path = freshPath();
        {
            QSettings settings(path, QSettings::IniFormat);
            AppSettings s;
            s.notificationsPausedUntil = QDateTime(QDate(2026, 12, 1), QTime(9, 30));
            s.language = QStringLiteral("de");
            s.clientId = QStringLiteral("a, b; \"c\" @Var"); // quotes, commas, an at sign
            s.save(settings);
            settings.setValue(QStringLiteral("window/geometry"), QByteArray("\x01\x00\xff\x40", 4));
            settings.setValue(QStringLiteral("window/list"), QStringList { QStringLiteral("@x"), QStringLiteral("@@y"), QStringLiteral("z") });
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        const QByteArray before = readAll(path);
        QVERIFY(before.contains("@DateTime("));
        QVERIFY(SettingsFileGuard::unsafeLines(before).isEmpty());
        const SettingsFileGuard::Outcome outcome = SettingsFileGuard::repair(path);
        QVERIFY(outcome.removedKeys.isEmpty());
        QVERIFY(outcome.keptAs.isEmpty());
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList({ QFileInfo(path).fileName() + QStringLiteral(".unreadable-*") }).size(), 0);
        QVERIFY(SettingsFileGuard::problems(path).isEmpty());
    }

    void aMissingFileIsNoProblem()
    {
        const SettingsFileGuard::Outcome outcome = SettingsFileGuard::repair(freshPath());
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(outcome.removedKeys.isEmpty());
    }
};

QTEST_GUILESS_MAIN(SettingsFileGuardTest)
#include "tst_settingsfileguard.moc"
