#pragma once

#include "settings/connectionsettings.h"

#include <QDialog>
#include <QUrl>
#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class ConnectDialog;
}

namespace rd {

/// Connect to Partner Center: the tenant, the application (client) id of the partner's app
/// registration and the API permission, each explained in one line and checked beside its field.
/// Sign In starts only when all three are valid; while the browser sign-in runs the dialog says so,
/// offers the page again, and Cancel (or Escape) stops the sign-in instead of closing.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const ConnectionSettings &initial, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    ConnectionSettings value() const;
    /// For tests and scripts: fills the fields as a person would (a null scope keeps the one
    /// shown).
    void fill(const QString &tenant, const QString &clientId, const QString &scope = QString());
    /// The message beside "tenant", "clientId" or "scope"; empty when there is none.
    QString errorText(const QString &field) const;
    QString statusText() const;
    QPushButton *signInButton() const { return m_signIn; }
    bool isWaiting() const { return m_waiting; }

public slots:
    /// The sign-in page is open in the browser (or could not be opened: then the address is
    /// offered to copy).
    void setWaiting(const QUrl &signInPage, bool browserOpened);
    /// The sign-in failed or gave up: says why, and the fields can be changed again.
    void setFailed(const QString &message);
    /// Validates; when every field is right emits signInRequested (the dialog stays open).
    void accept() override;
    /// While waiting: cancels the sign-in. Otherwise closes.
    void reject() override;

signals:
    void signInRequested(const rd::ConnectionSettings &settings);
    void cancelRequested();
    void guideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setEditable(bool editable);
    QLabel *errorLabel(const QString &field) const;

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QPushButton *m_signIn;
    bool m_waiting = false;
    QUrl m_page;
};

} // namespace rd
