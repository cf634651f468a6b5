#pragma once

#include "domain/lifecycle.h"

#include <QDialog>
#include <memory>

class QLabel;

namespace Ui {
class AcceptDialog;
class ReasonDialog;
} // namespace Ui

namespace rd {

/// Shows (or, with an empty text, hides) a message beside a field, in the error colour.
void showFieldError(QLabel *label, const QString &text);
/// Keeps a dialog at least as wide as its title needs in the window frame (with the frame's own
/// icon and buttons), so a translated title is never cut to "Empfehlung ab…".
void fitTitle(QWidget *dialog);

/// Accept and Edit deal: deal value, currency, closing date, notes; each rule of docs/lifecycle.md
/// checked on OK with its message beside its field. Nothing is lost on a refusal.
class AcceptDialog : public QDialog
{
    Q_OBJECT
public:
    AcceptDialog(const Referral &referral, Action action, const QString &defaultCurrency,
        const QDate &today, QWidget *parent = nullptr);
    ~AcceptDialog() override;

    ActionInput input() const { return m_input; }
    /// Edit deal was saved without a change: the dialog closed and there is nothing to send.
    bool isUnchanged() const { return m_unchanged; }
    /// For tests and scripts: fills the fields as a person would.
    void fill(const QString &dealValue, const QString &currency, const QDate &closing,
        const QString &notes = {});
    QString errorText(Field field) const;

    void accept() override;

private:
    void showExample();

    std::unique_ptr<Ui::AcceptDialog> m_ui;
    Referral m_referral;
    Action m_action;
    QDate m_today;
    ActionInput m_input;
    bool m_unchanged = false;
    QString m_shownValue; ///< the fields as opened, to tell what the person changed
    QString m_shownCurrency;
};

/// Decline and Lost: a reason from the list or typed, and optional details.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(
        const Referral &referral, Action action, const QDate &today, QWidget *parent = nullptr);
    ~ReasonDialog() override;

    ActionInput input() const { return m_input; }
    void fill(const QString &reason, const QString &note = {});
    QString errorText(Field field) const;

    void accept() override;

private:
    std::unique_ptr<Ui::ReasonDialog> m_ui;
    Referral m_referral;
    Action m_action;
    QDate m_today;
    ActionInput m_input;
};

} // namespace rd
