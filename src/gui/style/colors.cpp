#include "colors.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QtMath>

#include <functional>

namespace rd::Colors {

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// Calls `paint` on its widget now and whenever the application's palette changes.
class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void(QWidget *)> paint)
        : QObject(widget)
        , m_paint(std::move(paint))
    {
        setObjectName(QStringLiteral("rd-palette-follower"));
        m_painting = true;
        m_paint(widget);
        m_painting = false;
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A new application palette reaches a widget inside a window as PaletteChange (only
        // windows get ApplicationPaletteChange); our own setPalette sends one too: skip that.
        if ((event->type() == QEvent::PaletteChange
                || event->type() == QEvent::ApplicationPaletteChange)
            && watched == parent() && !m_painting) {
            m_painting = true;
            m_paint(static_cast<QWidget *>(watched));
            m_painting = false;
        }
        return false;
    }

private:
    std::function<void(QWidget *)> m_paint;
    bool m_painting = false;
};

void follow(QWidget *widget, std::function<void(QWidget *)> paint)
{
    // Once per widget: a second call (an error shown again) only repaints.
    if (auto *old = widget->findChild<QObject *>(
            QStringLiteral("rd-palette-follower"), Qt::FindDirectChildrenOnly))
        delete old;
    new PaletteFollower(widget, std::move(paint));
}

QColor mix(const QColor &a, const QColor &b, double towardB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardB),
        float(a.greenF() + (b.greenF() - a.greenF()) * towardB),
        float(a.blueF() + (b.blueF() - a.blueF()) * towardB));
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &foreground, const QColor &background, double minimum)
{
    if (contrastRatio(foreground, background) >= minimum)
        return foreground;
    const QColor extreme = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    // The smallest step toward the extreme that reaches the ratio keeps the colour's hue.
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(foreground, extreme, step / 20.0);
        if (contrastRatio(c, background) >= minimum)
            return c;
    }
    return extreme;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF()
        < palette.color(QPalette::WindowText).lightnessF();
}

QColor mutedText(const QPalette &palette, const QColor &background)
{
    return readableOn(mix(palette.color(QPalette::Text), background, 0.35), background);
}

QColor errorText(const QPalette &palette)
{
    const QColor red = isDark(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x1E, 0x12);
    return readableOn(red, palette.color(QPalette::Window));
}

QColor cardBackground(const QPalette &palette, bool selected)
{
    const QColor base = palette.color(QPalette::Base);
    return selected ? mix(base, palette.color(QPalette::Highlight), 0.22) : base;
}

QPair<QColor, QColor> notice(const QPalette &palette, bool warning)
{
    if (isDark(palette))
        return warning ? qMakePair(QColor(0x4A, 0x3B, 0x12), QColor(0xFF, 0xF1, 0xCC))
                       : qMakePair(QColor(0x1B, 0x33, 0x4D), QColor(0xE5, 0xF0, 0xFB));
    return warning ? qMakePair(QColor(0xFF, 0xF1, 0xCC), QColor(0x1E, 0x1E, 0x1E))
                   : qMakePair(QColor(0xE5, 0xF0, 0xFB), QColor(0x1E, 0x1E, 0x1E));
}

void useErrorText(QWidget *widget)
{
    follow(widget, [](QWidget *w) {
        QPalette p = w->palette();
        p.setColor(QPalette::WindowText, errorText(QApplication::palette()));
        w->setPalette(p);
    });
}

void useNotice(QWidget *widget, bool warning)
{
    widget->setAutoFillBackground(true);
    follow(widget, [warning](QWidget *w) {
        const auto [background, text] = notice(QApplication::palette(), warning);
        QPalette p = w->palette();
        p.setColor(QPalette::Window, background);
        p.setColor(QPalette::WindowText, text);
        w->setPalette(p);
    });
}

} // namespace rd::Colors
