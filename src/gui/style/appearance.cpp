#include "appearance.h"

#include "colors.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace rd {

namespace {
const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

/// The portal's color-scheme: 1 prefers dark, 2 prefers light, 0 has no preference.
Appearance::Scheme fromPortal(const QVariant &value)
{
    QVariant v = value;
    while (v.canConvert<QDBusVariant>() && v.userType() == qMetaTypeId<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    switch (v.toUInt()) {
    case 1:
        return Appearance::Scheme::Dark;
    case 2:
        return Appearance::Scheme::Light;
    default:
        return Appearance::Scheme::Unknown;
    }
}
} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_platformPalette(QApplication::palette())
    , m_platformStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
}

void Appearance::follow()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Qt reads the system's setting itself (Windows, macOS, GNOME and KDE themes).
    auto fromHints = [this] {
        const Qt::ColorScheme s = QGuiApplication::styleHints()->colorScheme();
        apply(s == Qt::ColorScheme::Dark ? Scheme::Dark
                : s == Qt::ColorScheme::Light ? Scheme::Light
                                              : Scheme::Unknown);
    };
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, fromHints);
    fromHints();
#endif
    // The desktop portal (Linux desktops, Flatpak): asked without waiting for its answer.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // The whole message: Qt 6.4 cannot match a slot taking a QDBusVariant to a signal.
    bus.connect(kPortalService, kPortalPath, kPortalSettings, QStringLiteral("SettingChanged"),
        this, SLOT(onPortalSettingChanged(QDBusMessage)));
    QDBusMessage read = QDBusMessage::createMethodCall(
        kPortalService, kPortalPath, kPortalSettings, QStringLiteral("Read"));
    read << kAppearance << kColorScheme;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QVariant> reply = *w;
        if (!reply.isError())
            apply(fromPortal(reply.value()));
    });
}

void Appearance::onPortalSettingChanged(const QDBusMessage &message)
{
    const QVariantList args = message.arguments(); // group, key, value
    if (args.size() == 3 && args.at(0).toString() == kAppearance
        && args.at(1).toString() == kColorScheme)
        apply(fromPortal(args.at(2)));
}

void Appearance::apply(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    if (!m_applied) {
        m_platformPalette = QApplication::palette();
        m_platformStyle = QApplication::style() ? QApplication::style()->name() : QString();
    }
    const bool platformDark = Colors::isDark(m_platformPalette);
    if (scheme == Scheme::Unknown || (scheme == Scheme::Dark) == platformDark) {
        // The platform's own palette is what was asked for (or nothing was): use it.
        if (m_applied) {
            if (QStyle *style = QStyleFactory::create(m_platformStyle))
                QApplication::setStyle(style);
            QApplication::setPalette(m_platformPalette);
            m_applied = false;
        }
    } else {
        // Fusion draws with the palette it is given; the platform's own style may not.
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(fusion);
        QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : fusion->standardPalette());
        m_applied = true;
    }
    emit schemeChanged(scheme);
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2B, 0x2E), base(0x1E, 0x1E, 0x21), text(0xEC, 0xEC, 0xEC);
    const QColor button(0x3A, 0x3A, 0x3E), highlight(0x4A, 0x90, 0xE2), disabled(0x8A, 0x8A, 0x8E);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2A));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3A, 0x3E));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x4F));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x5A, 0x5A, 0x60));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1A, 0x1C));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    p.setColor(QPalette::LinkVisited, QColor(0xC5, 0x8A, 0xF9));
    for (QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace rd
