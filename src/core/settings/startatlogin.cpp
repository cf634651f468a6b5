#include "startatlogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace rd {

namespace {

#if defined(Q_OS_WIN)
const QString kRunKey
    = QStringLiteral(R"(HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run)");
const QString kValueName = QStringLiteral("Referral Desk");
#else
QString quoted(const QString &arg)
{
    // The Exec key of the Desktop Entry Specification: quote anything with reserved characters.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needs = arg.isEmpty();
    for (const QChar c : arg)
        needs = needs || reserved.contains(c);
    QString out = arg;
    out.replace(QLatin1Char('%'), QStringLiteral("%%")); // field codes start with %
    if (!needs)
        return out;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('`'), QStringLiteral("\\`"))
        .replace(QLatin1Char('$'), QStringLiteral("\\$"));
    // Inside quotes a backslash is escaped once for the Exec rules and once more because Exec
    // is a string value (Desktop Entry Specification, "The Exec key").
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}
#endif

} // namespace

bool StartAtLogin::isSupported()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS) || defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return true;
#else
    return false;
#endif
}

QString StartAtLogin::location()
{
#if defined(Q_OS_WIN)
    return kRunKey + QLatin1Char('\\') + kValueName;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/com.referraldesk.app.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/referral-desk.desktop");
#endif
}

bool StartAtLogin::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kValueName);
#else
    return QFileInfo::exists(location());
#endif
}

QString StartAtLogin::setEnabled(bool enabled, const QString &program, const QStringList &arguments)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled) {
        QStringList parts { QLatin1Char('"') + QDir::toNativeSeparators(program)
            + QLatin1Char('"') };
        for (const QString &a : arguments)
            parts.append(QLatin1Char('"') + a + QLatin1Char('"'));
        run.setValue(kValueName, parts.join(QLatin1Char(' ')));
    } else {
        run.remove(kValueName);
    }
    run.sync();
    return run.status() == QSettings::NoError ? QString()
                                              : tr("Could not change %1.").arg(location());
#else
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
        return QString();
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Could not create the folder for %1.").arg(QDir::toNativeSeparators(path));
    QString text;
#if defined(Q_OS_MACOS)
    QString args = QStringLiteral("    <string>%1</string>\n").arg(xmlEscaped(program));
    for (const QString &a : arguments)
        args += QStringLiteral("    <string>%1</string>\n").arg(xmlEscaped(a));
    text = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "  <key>Label</key><string>com.referraldesk.app</string>\n"
                          "  <key>ProgramArguments</key>\n  <array>\n%1  </array>\n"
                          "  <key>RunAtLoad</key><true/>\n"
                          "</dict>\n</plist>\n")
               .arg(args);
#else
    Q_UNUSED(xmlEscaped);
    QStringList exec { quoted(program) };
    for (const QString &a : arguments)
        exec.append(quoted(a));
    text = QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Referral Desk\n"
                          "Comment=%1\n"
                          "Exec=%2\n"
                          "Icon=referral-desk\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
               .arg(tr("Answer Microsoft Partner Center referrals before they are missed."),
                   exec.join(QLatin1Char(' ')));
#endif
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
#endif
}

} // namespace rd
