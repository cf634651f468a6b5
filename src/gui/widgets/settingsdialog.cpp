#include "settingsdialog.h"

#include "actiondialogs.h"
#include "domain/money.h"
#include "settings/connectionsettings.h"
#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QToolButton>

namespace rd {

namespace {
/// The context of Qt's own translations of QTabBar's words (in qtbase_*.qm).
constexpr char tabBarContext[] = "QTabBar";
// Far wider than what is allowed: a number typed out of range stays as typed and validate()
// names it beside the field, where QSpinBox would quietly turn it into the nearest allowed one.
constexpr int kTypedMaximum = 999999999;
} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_base(current)
{
    m_ui->setupUi(this);
    fitTitle(this);
    // Room for the usual addresses, so they are read whole.
    const int urlWidth = fontMetrics().horizontalAdvance(
                             QStringLiteral("https://login.microsoftonline.com/organizations"))
        + 24;
    m_ui->apiBase->setMinimumWidth(urlWidth);
    m_ui->authority->setMinimumWidth(urlWidth);
    m_ui->currency->addItems(Money::currencyCodes());
    for (const NotificationKind kind : AppSettings::notificationKinds()) {
        auto *box = new QCheckBox(AppSettings::kindLabel(kind), m_ui->kinds);
        m_ui->kindsLayout->addWidget(box);
        m_kinds.insert(kind, box);
    }
    fillLanguages();
    fillHints();
    for (QSpinBox *box : { m_ui->syncInterval, m_ui->undoSeconds })
        box->setRange(0, kTypedMaximum);
    connect(m_ui->quietHours, &QCheckBox::toggled, m_ui->quietFrom, &QWidget::setEnabled);
    connect(m_ui->quietHours, &QCheckBox::toggled, m_ui->quietTo, &QWidget::setEnabled);
    connect(m_ui->signIn, &QPushButton::clicked, this, &SettingsDialog::startSignIn);
    connect(m_ui->signOut, &QPushButton::clicked, this, &SettingsDialog::signOutRequested);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &SettingsDialog::apply);
    fill(current);
    clearErrors();
    setAccount(false, QString());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString current = m_ui->language->currentData().toString();
    m_ui->language->clear();
    m_ui->language->addItem(tr("System default"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : AppSettings::languages()) {
        const QLocale locale(code);
        // Each language in its own words, so it can be found by someone who reads only that one.
        QString name = locale.nativeLanguageName();
        // Some languages write their own name in lower case ("français"); an item of the list
        // starts with a capital, as "English" and "Deutsch" do.
        name = locale.toUpper(name.left(1)) + name.mid(1);
        if (code.contains(QLatin1Char('_')))
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        m_ui->language->addItem(name, code);
    }
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(current)));
}

void SettingsDialog::fillHints()
{
    // The allowed ranges, said before anything is typed (the spin boxes take more, see above).
    //: %1–%2 the allowed range of the sync interval in minutes
    m_ui->syncIntervalHint->setText(tr("How often Referral Desk asks Partner Center for changes: "
                                       "%1–%2 minutes.")
                                        .arg(AppSettings::minSyncIntervalMinutes)
                                        .arg(AppSettings::maxSyncIntervalMinutes));
    //: %1–%2 the allowed range of the undo window in seconds
    m_ui->undoSecondsHint->setText(tr("How long you can undo an action before it is sent to "
                                      "Partner Center; 0 sends at once. %1–%2 seconds.")
                                       .arg(AppSettings::minUndoSeconds)
                                       .arg(AppSettings::maxUndoSeconds));
}

void SettingsDialog::fill(const AppSettings &s)
{
    m_ui->apiBase->setText(s.apiBase.toString());
    m_ui->authority->setText(s.authority.toString());
    m_ui->clientId->setText(s.clientId);
    m_ui->scope->setText(s.scope);
    m_ui->syncInterval->setValue(s.syncIntervalMinutes);
    m_ui->undoSeconds->setValue(s.undoSeconds);
    m_ui->currency->setCurrentText(s.defaultCurrency);
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(s.language)));
    m_ui->startAtLogin->setChecked(s.startAtLogin);
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        it.value()->setChecked(!s.disabledNotifications.contains(it.key()));
    m_ui->quietHours->setChecked(s.quietHours);
    m_ui->quietFrom->setTime(s.quietFrom);
    m_ui->quietTo->setTime(s.quietTo);
    m_ui->quietFrom->setEnabled(s.quietHours);
    m_ui->quietTo->setEnabled(s.quietHours);
}

AppSettings SettingsDialog::value() const
{
    AppSettings s = m_base;
    s.apiBase = QUrl::fromUserInput(m_ui->apiBase->text().trimmed());
    if (m_ui->apiBase->text().trimmed().isEmpty())
        s.apiBase = QUrl();
    s.authority = QUrl::fromUserInput(m_ui->authority->text().trimmed());
    if (m_ui->authority->text().trimmed().isEmpty())
        s.authority = QUrl();
    s.clientId = m_ui->clientId->text();
    s.scope = m_ui->scope->text().trimmed();
    s.syncIntervalMinutes = m_ui->syncInterval->value();
    s.undoSeconds = m_ui->undoSeconds->value();
    s.defaultCurrency = m_ui->currency->currentText();
    s.language = m_ui->language->currentData().toString();
    s.startAtLogin = m_ui->startAtLogin->isChecked();
    s.disabledNotifications.clear();
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (!it.value()->isChecked())
            s.disabledNotifications.insert(it.key());
    }
    s.quietHours = m_ui->quietHours->isChecked();
    s.quietFrom = m_ui->quietFrom->time();
    s.quietTo = m_ui->quietTo->time();
    return s;
}

void SettingsDialog::setAccount(bool signedIn, const QString &text)
{
    // While a sign-in waits for the browser, "not signed in (yet)" is old news: keep saying what
    // is awaited, and keep the button that cancels it.
    if (m_signingIn && !signedIn)
        return;
    m_signingIn = false;
    m_signedIn = signedIn;
    m_accountText = text;
    m_ui->signIn->setText(tr("Sign &In…"));
    m_ui->accountStatus->setText(
        !text.isEmpty() ? text : (signedIn ? tr("Signed in.") : tr("Not signed in.")));
    m_ui->signIn->setVisible(!signedIn);
    m_ui->signOut->setVisible(signedIn);
}

void SettingsDialog::setSigningIn(bool signingIn, const QString &text)
{
    m_signingIn = signingIn;
    m_ui->signIn->setText(signingIn ? tr("&Cancel Sign-In") : tr("Sign &In…"));
    if (!text.isEmpty())
        m_ui->accountStatus->setText(text);
}

void SettingsDialog::startSignIn()
{
    if (m_signingIn) {
        emit signInCancelRequested();
        return;
    }
    // The sign-in uses what the fields say, so they are checked and applied first; a sign-in
    // page that can only refuse (no client id) is never opened.
    if (!apply())
        return;
    if (const QString problem = ConnectionSettings::clientIdProblem(m_base.clientId);
        !problem.isEmpty()) {
        showFieldError(m_ui->clientIdError, problem);
        m_ui->tabs->setCurrentWidget(m_ui->accountTab);
        m_ui->clientId->setFocus();
        return;
    }
    emit signInRequested();
}

void SettingsDialog::setAccountControlsEnabled(bool enabled)
{
    m_ui->signIn->setEnabled(enabled);
    m_ui->signOut->setEnabled(enabled);
}

void SettingsDialog::setStartAtLoginSupported(bool supported)
{
    m_ui->startAtLogin->setEnabled(supported);
    if (!supported)
        m_ui->startAtLogin->setToolTip(tr("Not available on this system."));
}

SettingsDialog::FieldWidgets SettingsDialog::widgets(AppSettings::Field field) const
{
    switch (field) {
    case AppSettings::Field::ApiBase:
        return { m_ui->apiBase, m_ui->apiBaseError };
    case AppSettings::Field::Authority:
        return { m_ui->authority, m_ui->authorityError };
    case AppSettings::Field::ClientId:
        return { m_ui->clientId, m_ui->clientIdError };
    case AppSettings::Field::Scope:
        return { m_ui->scope, m_ui->scopeError };
    case AppSettings::Field::SyncInterval:
        return { m_ui->syncInterval, m_ui->syncIntervalError };
    case AppSettings::Field::Currency:
        return { m_ui->currency, m_ui->currencyError };
    case AppSettings::Field::QuietHours:
        return { m_ui->quietFrom, m_ui->quietHoursError };
    case AppSettings::Field::Language:
        return { m_ui->language, m_ui->languageError };
    case AppSettings::Field::StartAtLogin:
        return { m_ui->startAtLogin, m_ui->startAtLoginError };
    case AppSettings::Field::UndoSeconds:
        return { m_ui->undoSeconds, m_ui->undoSecondsError };
    }
    return {};
}

QLabel *SettingsDialog::errorLabel(AppSettings::Field field) const
{
    return widgets(field).error;
}

void SettingsDialog::clearErrors()
{
    for (const AppSettings::Field field : { AppSettings::Field::ApiBase,
             AppSettings::Field::Authority, AppSettings::Field::ClientId, AppSettings::Field::Scope,
             AppSettings::Field::SyncInterval, AppSettings::Field::Currency,
             AppSettings::Field::QuietHours, AppSettings::Field::Language,
             AppSettings::Field::StartAtLogin, AppSettings::Field::UndoSeconds })
        showFieldError(errorLabel(field), QString());
}

QString SettingsDialog::errorText(AppSettings::Field field) const
{
    const QLabel *label = errorLabel(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsDialog::showApplyProblem(AppSettings::Field field, const QString &message)
{
    if (QLabel *label = errorLabel(field))
        showFieldError(label, message);
}

bool SettingsDialog::apply()
{
    const AppSettings s = value();
    const QList<AppSettings::Problem> problems = s.validate();
    clearErrors();
    for (const AppSettings::Problem &p : problems)
        showFieldError(errorLabel(p.field), p.message);
    if (!problems.isEmpty()) {
        // Show the first problem's page and put the cursor where the fix goes.
        QWidget *field = widgets(problems.first().field).input;
        for (QWidget *w = field; w; w = w->parentWidget()) {
            const int index = m_ui->tabs->indexOf(w);
            if (index >= 0) {
                m_ui->tabs->setCurrentIndex(index);
                break;
            }
        }
        if (field)
            field->setFocus();
        return false;
    }
    m_base = s;
    emit applied(s);
    // The applying side may have reported a problem (showApplyProblem) while handling it.
    return errorText(AppSettings::Field::StartAtLogin).isEmpty();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fitTitle(this);
        for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
            it.value()->setText(AppSettings::kindLabel(it.key()));
        fillLanguages();
        fillHints();
        if (!m_signingIn)
            setAccount(m_signedIn, m_accountText);
        // Qt names its tab bar's scroll buttons once, when it makes them: name them again in
        // the new language (with Qt's own translation of its own words).
        for (QToolButton *b : m_ui->tabs->tabBar()->findChildren<QToolButton *>()) {
            // QTabBar names them ScrollLeftButton and ScrollRightButton when it makes them.
            const char *said = b->objectName() == QLatin1String("ScrollLeftButton")
                ? "Scroll Left"
                : b->objectName() == QLatin1String("ScrollRightButton") ? "Scroll Right"
                                                                         : nullptr;
            if (said)
                b->setAccessibleName(QCoreApplication::translate(tabBarContext, said));
        }
    }
    QDialog::changeEvent(event);
}

} // namespace rd
