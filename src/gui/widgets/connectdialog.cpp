#include "connectdialog.h"

#include "actiondialogs.h"
#include "style/colors.h"
#include "ui_connectdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>

namespace rd {

ConnectDialog::ConnectDialog(const ConnectionSettings &initial, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    fitTitle(this);
    m_signIn = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_ui->guide, &QLabel::linkActivated, this, &ConnectDialog::guideRequested);
    connect(m_ui->reopen, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("copy"))
            QGuiApplication::clipboard()->setText(m_page.toString(QUrl::FullyEncoded));
        else
            QDesktopServices::openUrl(m_page);
    });
    // The hints read as help, not as input: the placeholder colour of the style.
    for (QLabel *hint : { m_ui->tenantHint, m_ui->clientIdHint, m_ui->scopeHint }) {
        QPalette p = hint->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        hint->setPalette(p);
    }
    // Wrapped text sits under its field, whatever height the form gives the row.
    for (QLabel *l : { m_ui->tenantHint, m_ui->clientIdHint, m_ui->scopeHint, m_ui->tenantError,
             m_ui->clientIdError, m_ui->scopeError })
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Wide enough for the default permission (the longest usual value) in full; the hints wrap
    // below the fields.
    const int fieldWidth = fontMetrics().horizontalAdvance(QStringLiteral(
                               "https://api.partner.microsoft.com/user_impersonation"))
        + 24;
    for (QLineEdit *field : { m_ui->tenant, m_ui->clientId, m_ui->scope })
        field->setMinimumWidth(fieldWidth);
    m_ui->tenant->setText(initial.tenant);
    m_ui->clientId->setText(initial.clientId);
    m_ui->scope->setText(initial.scope.isEmpty()
            ? QStringLiteral("https://api.partner.microsoft.com/user_impersonation")
            : initial.scope);
    for (const QString &f :
        { QStringLiteral("tenant"), QStringLiteral("clientId"), QStringLiteral("scope") })
        showFieldError(errorLabel(f), QString());
    m_ui->reopen->setVisible(false);
    m_ui->status->setVisible(false);
    retranslate();
    setMinimumWidth(560);
    // The dialog grows with the messages shown beside the fields, never clipping them.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::retranslate()
{
    m_signIn->setText(tr("&Sign In"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)
        ->setText(m_waiting ? tr("&Cancel Sign-In") : tr("Cancel"));
    //: The link opens the connection guide inside Referral Desk
    m_ui->guide->setText(QStringLiteral("<a href=\"guide\">%1</a>")
                             .arg(tr("How to register Referral Desk and find these values")
                                      .toHtmlEscaped()));
    m_ui->guide->setAccessibleName(tr("Open the connection guide"));
    if (m_waiting)
        setWaiting(m_page, true);
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

ConnectionSettings ConnectDialog::value() const
{
    ConnectionSettings s;
    s.tenant = m_ui->tenant->text().trimmed();
    s.clientId = m_ui->clientId->text().trimmed();
    s.scope = m_ui->scope->text().trimmed();
    return s;
}

void ConnectDialog::fill(const QString &tenant, const QString &clientId, const QString &scope)
{
    m_ui->tenant->setText(tenant);
    m_ui->clientId->setText(clientId);
    if (!scope.isNull())
        m_ui->scope->setText(scope);
}

QLabel *ConnectDialog::errorLabel(const QString &field) const
{
    if (field == QLatin1String("tenant"))
        return m_ui->tenantError;
    if (field == QLatin1String("clientId"))
        return m_ui->clientIdError;
    return m_ui->scopeError;
}

QString ConnectDialog::errorText(const QString &field) const
{
    const QLabel *label = errorLabel(field);
    return label->isHidden() ? QString() : label->text();
}

QString ConnectDialog::statusText() const
{
    return m_ui->status->isHidden() ? QString() : m_ui->status->text();
}

void ConnectDialog::setEditable(bool editable)
{
    for (QWidget *w : { static_cast<QWidget *>(m_ui->tenant), static_cast<QWidget *>(m_ui->clientId),
             static_cast<QWidget *>(m_ui->scope), static_cast<QWidget *>(m_signIn) })
        w->setEnabled(editable);
}

void ConnectDialog::accept()
{
    if (m_waiting)
        return;
    const ConnectionSettings s = value();
    const QList<QPair<QString, QString>> problems {
        { QStringLiteral("tenant"), ConnectionSettings::tenantProblem(s.tenant) },
        { QStringLiteral("clientId"), ConnectionSettings::clientIdProblem(s.clientId) },
        { QStringLiteral("scope"), ConnectionSettings::scopeProblem(s.scope) },
    };
    QWidget *first = nullptr;
    for (const auto &[field, problem] : problems) {
        showFieldError(errorLabel(field), problem);
        if (!problem.isEmpty() && !first)
            first = field == QLatin1String("tenant") ? static_cast<QWidget *>(m_ui->tenant)
                : field == QLatin1String("clientId") ? static_cast<QWidget *>(m_ui->clientId)
                                                     : static_cast<QWidget *>(m_ui->scope);
    }
    if (first) {
        adjustSize();
        first->setFocus();
        return;
    }
    // Waiting from now on: the page opens in a moment, and meanwhile Cancel must stop the
    // sign-in rather than close the dialog over it, and a second click must not start another.
    m_waiting = true;
    m_page = QUrl();
    setEditable(false);
    m_ui->status->setPalette(palette());
    m_ui->status->setVisible(true);
    m_ui->status->setText(tr("Opening the sign-in page in your browser…"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel Sign-In"));
    emit signInRequested(s);
}

void ConnectDialog::setWaiting(const QUrl &signInPage, bool browserOpened)
{
    m_waiting = true;
    m_page = signInPage;
    setEditable(false);
    m_ui->status->setPalette(palette()); // not the red of an earlier failure
    m_ui->status->setVisible(true);
    m_ui->status->setText(browserOpened
            ? tr("Your browser shows the Microsoft sign-in page. Sign in there with your Partner "
                 "Center account; Referral Desk waits for up to 5 minutes. Cancel stops waiting.")
            : tr("No browser could be opened. Copy the sign-in address, open it in a browser on "
                 "this computer and sign in; Referral Desk waits for up to 5 minutes."));
    m_ui->reopen->setVisible(true);
    m_ui->reopen->setText(QStringLiteral("<a href=\"open\">%1</a> · <a href=\"copy\">%2</a>")
                              .arg(tr("Open the sign-in page again").toHtmlEscaped(),
                                  tr("Copy its address").toHtmlEscaped()));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel Sign-In"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void ConnectDialog::setFailed(const QString &message)
{
    m_waiting = false;
    setEditable(true);
    m_ui->reopen->setVisible(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->status->setVisible(!message.isEmpty());
    Colors::useErrorText(m_ui->status);
    m_ui->status->setText(message);
    adjustSize();
    m_signIn->setFocus();
}

void ConnectDialog::reject()
{
    if (m_waiting) {
        emit cancelRequested();
        setFailed(tr("Sign-in cancelled. Change the values or sign in again."));
        return;
    }
    QDialog::reject();
}

} // namespace rd
