#include "actiondialogs.h"

#include "domain/money.h"
#include "style/colors.h"
#include "ui_acceptdialog.h"
#include "ui_reasondialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextDocument>

#include <algorithm>

namespace rd {

void showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    Colors::useErrorText(label);
}

void fitTitle(QWidget *dialog)
{
    // The frame's title font is the platform's; a bold application font is a fair upper bound.
    QFont font = dialog->font();
    font.setBold(true);
    const int frame = 160; // icon, close (and other) buttons, and the frame's margins
    const int needed = QFontMetrics(font).horizontalAdvance(dialog->windowTitle()) + frame;
    // Through the button row, not the dialog itself: an explicit minimum on the dialog would
    // stop its layout from making it taller for a message that wraps.
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
        buttons->setMinimumWidth(std::max(buttons->minimumWidth(), needed - 24));
}

AcceptDialog::AcceptDialog(const Referral &referral, Action action, const QString &defaultCurrency,
    const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AcceptDialog>())
    , m_referral(referral)
    , m_action(action)
    , m_today(today)
{
    m_ui->setupUi(this);
    setWindowTitle(action == Action::Accept ? tr("Accept referral") : tr("Edit deal"));
    fitTitle(this);
    m_ui->intro->setText(
        action == Action::Accept ? tr(
            "Accept the referral from %1 with your estimate of the deal. It moves to Negotiating.")
                                       .arg(referral.customerProfile.name)
                                 : tr("Change the deal with %1.")
                                       .arg(referral.customerProfile.name));
    m_ui->currency->addItems(Money::currencyCodes());
    const QString currency
        = referral.details.currency.isEmpty() ? defaultCurrency : referral.details.currency;
    m_ui->currency->setCurrentText(currency);
    const QDate closing = referral.details.closingDateTime.isValid()
        ? referral.details.closingDateTime.toUTC().date()
        : today.addDays(30);
    // A deal whose closing date has passed keeps that date unless the person changes it: the
    // field must be able to show it (a minimum of today would move it silently).
    m_ui->closingDate->setMinimumDate(action == Action::EditDeal ? std::min(today, closing) : today);
    m_ui->closingDate->setDate(closing);
    m_ui->closingDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // The value exactly as stored, with the currency's decimals in the person's locale: saving
    // it unchanged reads back the same minor units.
    if (referral.details.dealValue) {
        m_ui->dealValue->setText(
            Money::formatNumber(*referral.details.dealValue, referral.details.currency));
    }
    showExample();
    connect(m_ui->currency, &QComboBox::currentTextChanged, this, &AcceptDialog::showExample);
    m_ui->notes->setPlainText(action == Action::EditDeal ? referral.details.notes : QString());
    m_ui->notes->document()->setModified(false);
    m_shownValue = m_ui->dealValue->text();
    m_shownCurrency = m_ui->currency->currentText();
    m_ui->notes->setVisible(action == Action::EditDeal);
    m_ui->notesLabel->setVisible(action == Action::EditDeal);
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setText(action == Action::Accept ? tr("Accept") : tr("Save"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AcceptDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLabel *l :
        { m_ui->dealValueError, m_ui->currencyError, m_ui->closingError, m_ui->generalError })
        showFieldError(l, QString());
}

AcceptDialog::~AcceptDialog() = default;

void AcceptDialog::showExample()
{
    // An example with as many decimals as the chosen currency takes: "25,000.00", "25,000".
    const QString currency = m_ui->currency->currentText().trimmed().toUpper();
    m_ui->dealValue->setPlaceholderText(
        Money::formatNumber(25000 * Money::minorPerUnit(currency), currency));
}

void AcceptDialog::fill(
    const QString &dealValue, const QString &currency, const QDate &closing, const QString &notes)
{
    m_ui->dealValue->setText(dealValue);
    m_ui->currency->setCurrentText(currency);
    m_ui->closingDate->setMinimumDate(QDate(1900, 1, 1)); // tests may enter what a person cannot
    m_ui->closingDate->setDate(closing);
    if (m_action == Action::EditDeal) {
        m_ui->notes->setPlainText(notes);
        m_ui->notes->document()->setModified(true); // typed, as far as the dialog can tell
    }
}

QString AcceptDialog::errorText(Field field) const
{
    switch (field) {
    case Field::DealValue:
        return m_ui->dealValueError->text();
    case Field::Currency:
        return m_ui->currencyError->text();
    case Field::ClosingDate:
        return m_ui->closingError->text();
    default:
        return m_ui->generalError->text();
    }
}

void AcceptDialog::accept()
{
    ActionInput in;
    QString valueError;
    in.currency = m_ui->currency->currentText().trimmed().toUpper();
    if (!m_ui->dealValue->text().trimmed().isEmpty() || m_action == Action::Accept) {
        // Read in the chosen currency: "12,5" is 12.50 EUR, and refused for JPY.
        const Money::Parsed parsed = Money::parse(m_ui->dealValue->text(), in.currency, QLocale());
        in.dealValue = parsed.value;
        valueError = parsed.error;
    }
    in.closingDate = m_ui->closingDate->date();
    if (m_action == Action::EditDeal) {
        // What the person did not touch is what the referral holds, not what the fields show
        // (a default currency, the editor's normalised line breaks).
        const Details &d = m_referral.details;
        const bool sameCurrency = m_ui->currency->currentText() == m_shownCurrency;
        // An untouched value in another currency is read again in that one (above).
        if (m_ui->dealValue->text() == m_shownValue && sameCurrency) {
            in.dealValue = d.dealValue;
            valueError.clear();
        }
        if (sameCurrency)
            in.currency = d.currency;
        in.note = m_ui->notes->document()->isModified() ? m_ui->notes->toPlainText() : QString();
    }

    if (m_action == Action::EditDeal && valueError.isEmpty()
        && Lifecycle::patch(m_referral, m_action, in).isEmpty()) {
        // Saved as it was: nothing to send, and nothing to complain about.
        m_unchanged = true;
        QDialog::reject();
        return;
    }
    QHash<Field, QString> errors;
    if (!valueError.isEmpty())
        errors.insert(Field::DealValue, valueError);
    for (const FieldError &e : Lifecycle::validate(m_referral, m_action, in, m_today)) {
        if (!errors.contains(e.field))
            errors.insert(e.field, e.message);
    }
    showFieldError(m_ui->dealValueError, errors.value(Field::DealValue));
    showFieldError(m_ui->currencyError, errors.value(Field::Currency));
    showFieldError(m_ui->closingError, errors.value(Field::ClosingDate));
    showFieldError(m_ui->generalError, errors.value(Field::None));
    if (!errors.isEmpty()) {
        if (errors.contains(Field::DealValue))
            m_ui->dealValue->setFocus();
        else if (errors.contains(Field::Currency))
            m_ui->currency->setFocus();
        return; // the dialog stays, with everything typed
    }
    m_input = in;
    QDialog::accept();
}

ReasonDialog::ReasonDialog(
    const Referral &referral, Action action, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReasonDialog>())
    , m_referral(referral)
    , m_action(action)
    , m_today(today)
{
    m_ui->setupUi(this);
    const bool lost = action == Action::Lost;
    setWindowTitle(lost ? tr("Deal lost") : tr("Decline referral"));
    fitTitle(this);
    m_ui->intro->setText(lost
            ? tr("Why was the deal with %1 lost?").arg(referral.customerProfile.name)
            : tr("Why do you decline the referral from %1? The customer will be asked to choose "
                 "another partner.")
                  .arg(referral.customerProfile.name));
    m_ui->reason->addItems(lost ? Lifecycle::lostReasons() : Lifecycle::declineReasons());
    m_ui->reason->setCurrentIndex(-1);
    m_ui->reason->setPlaceholderText(tr("Choose or type a reason"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(lost ? tr("Mark as Lost") : tr("Decline"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showFieldError(m_ui->reasonError, QString());
    showFieldError(m_ui->noteError, QString());
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::fill(const QString &reason, const QString &note)
{
    m_ui->reason->setCurrentText(reason);
    m_ui->note->setPlainText(note);
}

QString ReasonDialog::errorText(Field field) const
{
    return field == Field::Note ? m_ui->noteError->text() : m_ui->reasonError->text();
}

void ReasonDialog::accept()
{
    ActionInput in;
    in.reason = m_ui->reason->currentText().trimmed();
    in.note = m_ui->note->toPlainText();
    QHash<Field, QString> errors;
    for (const FieldError &e : Lifecycle::validate(m_referral, m_action, in, m_today))
        errors.insert(e.field == Field::None ? Field::Reason : e.field, e.message);
    showFieldError(m_ui->reasonError, errors.value(Field::Reason));
    showFieldError(m_ui->noteError, errors.value(Field::Note));
    if (!errors.isEmpty())
        return;
    m_input = in;
    QDialog::accept();
}

} // namespace rd
