// The settings loader (SettingsFileGuard::repair, then AppSettings::load and fileProblems) on
// any settings file: the person may have edited it, an older version written it, a disk damaged
// it. Never a crash; the values load() repairs (interval, undo window, currency, language) are
// always ones validate() accepts; settings that validate() accepts are the same once saved and
// loaded again; every problem named in the file says which file.

#include "fuzzsupport.h"

#include "settings/appsettings.h"
#include "settings/connectionsettings.h"
#include "settings/settingsfileguard.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace rd;
using rd::fuzz::check;

namespace {

/// Removed with what is left in it when the run ends normally (not after a crash).
QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

/// A new name each time: QSettings caches files by name, and a cached copy would hide the bytes.
QString freshPath(const char *what)
{
    static quint64 serial = 0;
    return scratch().filePath(QStringLiteral("%1-%2.ini").arg(QLatin1String(what)).arg(++serial));
}

bool repairedFieldRefused(const AppSettings &s)
{
    for (const AppSettings::Problem &p : s.validate()) {
        switch (p.field) {
        case AppSettings::Field::SyncInterval:
        case AppSettings::Field::UndoSeconds:
        case AppSettings::Field::Currency:
        case AppSettings::Field::Language:
            return true;
        default:
            check(!p.message.isEmpty(), "a problem without words");
            break;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    rd::fuzz::quietQt();
    check(scratch().isValid(), "no temporary folder");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = freshPath("in");
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly), "cannot write the input file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    // As the app and the CLI do before reading: values QSettings would decode with QDataStream
    // are taken out first (the first ten-minute run stopped on one asking for 54 GB).
    const SettingsFileGuard::Outcome guarded = SettingsFileGuard::repair(path);
    check(guarded.error.isEmpty(), "the guard could not repair a file it may write",
        guarded.error.toUtf8());
    if (!guarded.keptAs.isEmpty()) {
        QFile::remove(guarded.keptAs);
        QFile repaired(path);
        check(repaired.open(QIODevice::ReadOnly)
                && SettingsFileGuard::unsafeLines(repaired.readAll()).isEmpty(),
            "the repaired file still holds a value QSettings would decode");
    }
    AppSettings loaded;
    {
        const QSettings settings(path, QSettings::IniFormat);
        loaded = AppSettings::load(settings);
        for (const QString &problem : AppSettings::fileProblems(settings))
            check(problem.contains(path), "a problem in the file that does not name it",
                problem.toUtf8());
    }
    QFile::remove(path);
    check(!repairedFieldRefused(loaded), "load() kept a value validate() refuses");
    (void)loaded.notificationSettings();
    // The Connect dialog shows the tenant of the authority and checks the three fields.
    (void)ConnectionSettings::tenantProblem(ConnectionSettings::tenantOf(loaded.authority));
    (void)ConnectionSettings::clientIdProblem(loaded.clientId);
    (void)ConnectionSettings::scopeProblem(loaded.scope);

    // Only what can be saved: the dialog validates the whole before saving, so an unusable
    // address (a NUL in the host, "%%%"), which fileProblems() names, is never written back.
    // (The first ten-minute run stopped on such a file: "%%%" and "%25%25%25" are different
    // QUrls with the same text.)
    if (!loaded.validate().isEmpty())
        return 0;
    const QString out = freshPath("out");
    {
        QSettings settings(out, QSettings::IniFormat);
        loaded.save(settings);
        settings.sync();
        check(settings.status() == QSettings::NoError, "cannot save the settings");
    }
    AppSettings reloaded;
    {
        const QSettings settings(out, QSettings::IniFormat);
        reloaded = AppSettings::load(settings);
    }
    QFile::remove(out);
    check(reloaded == loaded, "saved and loaded again, the settings differ",
        (loaded.apiBase.toString() + QLatin1Char(' ') + reloaded.apiBase.toString() + QLatin1Char(' ')
            + loaded.authority.toString() + QLatin1Char(' ') + reloaded.authority.toString())
            .toUtf8());
    return 0;
}
