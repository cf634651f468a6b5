#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rd {

Banner::Banner(Tone tone, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    // As tall as its text, never more: the board below gets the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setAutoFillBackground(true);
    // Light tints with dark text: readable (WCAG AA) whatever the widget style.
    QPalette p = palette();
    p.setColor(QPalette::Window,
        tone == Tone::Warning ? QColor(0xFF, 0xF1, 0xCC) : QColor(0xE5, 0xF0, 0xFB));
    p.setColor(QPalette::WindowText, QColor(0x1E, 0x1E, 0x1E));
    setPalette(p);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &Banner::buttonClicked);
    setVisible(false);
}

void Banner::showMessage(const QString &text, const QString &button)
{
    m_text->setText(text);
    setAccessibleName(text);
    m_button->setText(button);
    m_button->setVisible(!button.isEmpty());
    setVisible(true);
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace rd
