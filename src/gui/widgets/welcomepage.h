#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd {

/// What a first start shows instead of four empty columns: what Referral Desk does, what a
/// partner needs before connecting, and two ways on: connect to Partner Center, or explore with
/// sample data from the bundled simulator.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *connectButton() const { return m_connect; }
    QPushButton *sampleButton() const { return m_sample; }
    /// Says why the sample could not start (and keeps both ways open).
    void setSampleProblem(const QString &message);
    /// While the sample starts, its button says so and cannot be pressed twice.
    void setSampleStarting(bool starting);

signals:
    void connectRequested();
    void sampleRequested();
    void guideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_needs;
    QPushButton *m_connect;
    QPushButton *m_sample;
    QLabel *m_sampleText;
    QLabel *m_problem;
    bool m_starting = false;
};

} // namespace rd
