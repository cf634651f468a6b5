#include "undobar.h"

#include "actioncontroller.h"
#include "style/colors.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rd {

UndoBar::UndoBar(ActionController *actions, QWidget *parent)
    : QFrame(parent)
    , m_actions(actions)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_sendNow(new QPushButton(this))
{
    setObjectName(QStringLiteral("undoBar"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // The same tint as the information banners: it belongs to the window, not to a card.
    Colors::useNotice(this, false);
    m_text->setObjectName(QStringLiteral("undoText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));
    // A click leaves the keyboard on the board (Ctrl+Z, the arrows); Tab still reaches them.
    m_undo->setFocusPolicy(Qt::TabFocus);
    m_sendNow->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_sendNow);
    connect(m_undo, &QPushButton::clicked, actions, &ActionController::undo);
    connect(m_sendNow, &QPushButton::clicked, actions, &ActionController::sendNow);
    connect(actions, &ActionController::pendingChanged, this, &UndoBar::refresh);
    refresh();
}

QString UndoBar::text() const
{
    return m_text->text();
}

void UndoBar::refresh()
{
    const bool pending = m_actions->hasPending();
    if (pending) {
        const ActionController::Pending &p = m_actions->pending();
        const int left = m_actions->secondsLeft();
        //: %1 the action, %2 the customer, %3 seconds until it is sent
        m_text->setText(tr("%1: %2. Sent to Partner Center in %3 s.")
                            .arg(Lifecycle::actionName(p.action), p.customer, QLocale().toString(left)));
        setAccessibleName(m_text->text());
    }
    const QString undoKey
        = m_actions->undoAction()->shortcut().toString(QKeySequence::NativeText);
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Take the action back; nothing is sent (%1)").arg(undoKey));
    m_sendNow->setText(tr("Send Now"));
    m_sendNow->setToolTip(tr("Send it to Partner Center without waiting"));
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    setVisible(pending);
    if (!pending && hadFocus)
        emit focusReleased(); // not to whatever widget comes next in the tab order
}

void UndoBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace rd
