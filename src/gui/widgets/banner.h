#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rd {

/// A strip across the top of the window for a state that matters for everything below it (sample
/// data, settings that cannot be used): one sentence and, where there is one, the way out.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Information, Warning };

    explicit Banner(Tone tone, QWidget *parent = nullptr);

    /// Shows `text` with a button (hidden when `button` is empty).
    void showMessage(const QString &text, const QString &button = QString());
    QString text() const;
    QPushButton *button() const { return m_button; }

signals:
    void buttonClicked();

private:
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace rd
