#pragma once

#include <QDBusMessage>
#include <QObject>
#include <QPalette>

namespace rd {

/// Follows the system's light or dark mode. Where the platform's own palette already follows it
/// (Windows and macOS with Qt 6.5 or later, KDE), nothing is changed; where the system asks for
/// dark and the palette Qt was given is light (GNOME and others through the desktop portal's
/// color-scheme setting, which Qt 6.4 does not read), the Fusion style with a dark palette is
/// used, and the light one comes back when the system does.
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Scheme { Unknown, Light, Dark };

    explicit Appearance(QObject *parent = nullptr);

    /// Starts following the system (reads its setting now, and listens for changes).
    void follow();
    /// Uses `scheme` as if the system had asked for it (the portal's answer, or a test's).
    void apply(Scheme scheme);
    Scheme scheme() const { return m_scheme; }

    /// The dark palette used when the platform gives no dark palette of its own.
    static QPalette darkPalette();

signals:
    void schemeChanged(rd::Appearance::Scheme scheme);

private slots:
    /// The portal's SettingChanged(group, key, value).
    void onPortalSettingChanged(const QDBusMessage &message);

private:
    Scheme m_scheme = Scheme::Unknown;
    QPalette m_platformPalette; ///< the palette before any change of ours
    QString m_platformStyle;
    bool m_applied = false; ///< whether our dark palette is in use
};

} // namespace rd
