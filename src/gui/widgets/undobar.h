#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rd {

class ActionController;

/// The strip under the board while the last action waits out its undo window: what was done to
/// whom, the seconds left before it is sent, Undo (Ctrl+Z does the same) and Send now. It follows
/// the controller and hides when nothing waits.
class UndoBar : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBar(ActionController *actions, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *sendNowButton() const { return m_sendNow; }

signals:
    /// The bar hid while the keyboard was on one of its buttons: focus belongs on the board.
    void focusReleased();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ActionController *m_actions;
    QLabel *m_text;
    QPushButton *m_undo;
    QPushButton *m_sendNow;
};

} // namespace rd
