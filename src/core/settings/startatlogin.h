#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd {

/// Starts Referral Desk when the person logs in: an XDG autostart entry on Linux
/// (~/.config/autostart/referral-desk.desktop), the Run key of the current user on Windows, a
/// LaunchAgent on macOS.
class StartAtLogin
{
    Q_DECLARE_TR_FUNCTIONS(StartAtLogin)

public:
    static bool isSupported();
    static bool isEnabled();
    /// Registers `program` (with `arguments`) or removes the registration; returns what went
    /// wrong, or an empty string.
    static QString setEnabled(
        bool enabled, const QString &program, const QStringList &arguments = {});
    /// Where the entry lives (a file on Linux and macOS, the registry value on Windows).
    static QString location();
};

} // namespace rd
