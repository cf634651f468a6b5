#include "welcomepage.h"

#include "actiondialogs.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_needs(new QLabel(this))
    , m_connect(new QPushButton(this))
    , m_sample(new QPushButton(this))
    , m_sampleText(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("welcome"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    m_needs->setObjectName(QStringLiteral("needs"));
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_title->setFont(title);
    for (QLabel *l : { m_title, m_text, m_sampleText, m_problem }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_needs->setWordWrap(true);
    m_needs->setTextFormat(Qt::RichText);
    m_needs->setTextInteractionFlags(Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    m_needs->setFocusPolicy(Qt::StrongFocus);
    connect(m_needs, &QLabel::linkActivated, this, &WelcomePage::guideRequested);
    m_connect->setDefault(true);
    m_connect->setAutoDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    showFieldError(m_problem, QString());

    // A column of readable width in the middle of the board's area.
    auto *column = new QWidget(this);
    column->setMaximumWidth(620);
    // Wide enough to read in every script: wrapped CJK text would otherwise take the narrowest
    // width that fits, a few characters a line.
    column->setMinimumWidth(std::min(620, fontMetrics().averageCharWidth() * 70));
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(m_title);
    inner->addSpacing(8);
    inner->addWidget(m_text);
    inner->addSpacing(12);
    inner->addWidget(m_connect, 0, Qt::AlignLeft);
    inner->addWidget(m_needs);
    inner->addSpacing(16);
    inner->addWidget(m_sample, 0, Qt::AlignLeft);
    inner->addWidget(m_sampleText);
    inner->addWidget(m_problem);
    auto *outer = new QGridLayout(this);
    outer->addWidget(column, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    setTabOrder(m_connect, m_needs);
    setTabOrder(m_needs, m_sample);
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Referral Desk"));
    m_text->setText(tr("Referral Desk shows the referrals Microsoft sends you through Partner "
                       "Center on one board, counts down the time left to answer each one, and "
                       "warns you before one is missed. It keeps a copy on this computer, so you "
                       "can work offline too."));
    m_connect->setText(tr("Connect to Partner Center…"));
    m_connect->setAccessibleName(tr("Connect to Partner Center"));
    m_connect->setAccessibleDescription(
        tr("Enter your tenant and app registration, then sign in with your browser."));
    m_needs->setText(
        tr("You need a Partner Center account with the Referrals admin or Referrals user role, "
           "and an app registration your administrator makes once in Microsoft Entra ID.")
            .toHtmlEscaped()
        + QStringLiteral(" <a href=\"guide\">%1</a>")
              .arg(tr("Read the connection guide").toHtmlEscaped()));
    m_needs->setAccessibleName(tr("What you need, and the connection guide"));
    m_sample->setText(m_starting ? tr("Starting the sample…") : tr("Explore with sample data"));
    m_sample->setAccessibleName(tr("Explore with sample data"));
    m_sample->setAccessibleDescription(
        tr("Opens the board on invented referrals from a simulator on this computer."));
    m_sampleText->setText(tr("Try the board on invented referrals from a simulator on this "
                             "computer. Nothing you do there goes to Partner Center."));
}

void WelcomePage::setSampleProblem(const QString &message)
{
    setSampleStarting(false);
    showFieldError(m_problem, message);
}

void WelcomePage::setSampleStarting(bool starting)
{
    m_starting = starting;
    m_sample->setEnabled(!starting);
    if (starting)
        showFieldError(m_problem, QString());
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace rd
