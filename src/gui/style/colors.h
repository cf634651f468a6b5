#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace rd::Colors {

/// WCAG 2 contrast ratio of two opaque colours, 1 to 21. AA asks 4.5 for text, 3 for large text
/// and for the parts of a control a person must see.
double contrastRatio(const QColor &a, const QColor &b);

/// `foreground`, moved toward black or white (whichever `background` is further from) just
/// enough to reach `minimum` contrast against `background`.
QColor readableOn(const QColor &foreground, const QColor &background, double minimum = 4.5);

/// A dark palette: its window is darker than its text.
bool isDark(const QPalette &palette);

/// Secondary text (a card's place line): quieter than Text, still AA on `background`.
QColor mutedText(const QPalette &palette, const QColor &background);
/// An error said beside a field, on the window's background.
QColor errorText(const QPalette &palette);
/// A card's background, selected or not.
QColor cardBackground(const QPalette &palette, bool selected);
/// A notice strip (the banner, the undo bar): background and text that suit the palette.
QPair<QColor, QColor> notice(const QPalette &palette, bool warning);

/// Gives `widget` the error colour for its text, now and after every change of the
/// application's palette (the system switching between light and dark).
void useErrorText(QWidget *widget);
/// Gives `widget` a notice strip's background and text, likewise kept.
void useNotice(QWidget *widget, bool warning);

} // namespace rd::Colors
