#include "banner.h"

#include "style/colors.h"

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
    // A tint with text readable on it (WCAG AA), light or dark as the system is.
    Colors::useNotice(this, tone == Tone::Warning);
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
