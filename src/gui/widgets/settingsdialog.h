#pragma once

#include "settings/appsettings.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class SettingsDialog;
}

namespace rd {

/// The settings: account (sign in/out, service, authority, client id), sync interval, undo
/// window, default currency, language, start at login, notification kinds and quiet hours. OK and
/// Apply check every value first; a bad one is named beside its field and nothing is applied.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// What the fields say now (not yet validated).
    AppSettings value() const;
    /// The account line: who is signed in, or why not (while signing in, only a success
    /// changes it; setSigningIn(false) ends the wait).
    void setAccount(bool signedIn, const QString &text);
    /// While a sign-in waits for the browser: the Sign In button cancels it, `text` says what
    /// is awaited.
    void setSigningIn(bool signingIn, const QString &text = QString());
    bool isSigningIn() const { return m_signingIn; }
    /// Whether the sign-in/out buttons apply (not with a given --access-token).
    void setAccountControlsEnabled(bool enabled);
    void setStartAtLoginSupported(bool supported);
    /// A problem the applying side found (for example the autostart file could not be written).
    void showApplyProblem(AppSettings::Field field, const QString &message);
    QString errorText(AppSettings::Field field) const;
    QCheckBox *kindCheckBox(NotificationKind kind) const { return m_kinds.value(kind); }

public slots:
    /// Validates; on success emits applied and returns true.
    bool apply();
    void accept() override;

signals:
    void applied(const rd::AppSettings &settings);
    /// The fields were valid and are applied: start signing in with them.
    void signInRequested();
    void signInCancelRequested();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldWidgets
    {
        QWidget *input = nullptr; ///< where the cursor goes to fix it
        QLabel *error = nullptr; ///< the message beside it
    };
    FieldWidgets widgets(AppSettings::Field field) const;
    QLabel *errorLabel(AppSettings::Field field) const;
    void clearErrors();
    void fill(const AppSettings &settings);
    void fillLanguages();
    /// The explanations under the sync interval and the undo window, with their ranges.
    void fillHints();
    void startSignIn();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QHash<NotificationKind, QCheckBox *> m_kinds;
    AppSettings m_base; ///< values the dialog does not edit (the pause) pass through
    bool m_signingIn = false;
    bool m_signedIn = false; ///< the account as last shown, said again after a language switch
    QString m_accountText;
};

} // namespace rd
