#pragma once

#include "domain/types.h"

#include <QObject>

class QAction;
class QLabel;
class QPushButton;
class QToolBar;

namespace rd {

class Store;

/// The toolbar's connection line: the state in words, with the last sync and the actions still
/// queued, and beside it the one button that can help (Retry, Connect…, Sign In… or Settings…),
/// hidden when none can.
class ConnectionStatus : public QObject
{
    Q_OBJECT
public:
    /// Adds the line and its button to `toolbar`; `store` gives the queue and the last sync.
    ConnectionStatus(Store *store, QToolBar *toolbar);

    QLabel *label() const { return m_label; }
    QPushButton *button() const { return m_button; }
    ConnectionState state() const { return m_state; }

    void setState(ConnectionState state, const QString &message);
    /// Whether anything can sign in here (not with a given token or in the sample).
    void setSignInAvailable(bool available);
    void setSample(bool sample);
    /// Settings that stop syncing: the button opens Settings instead of retrying.
    void setSettingsProblem(const QString &problem);
    /// A sync engine is attached, so Retry can do something.
    void setCanSync(bool canSync);

    /// Reads the queue and the last sync again.
    void refresh();
    void retranslate();

signals:
    void connectRequested();
    void settingsRequested();
    void retryRequested();

private:
    void updateButton();

    Store *m_store;
    QLabel *m_label;
    QPushButton *m_button;
    QAction *m_buttonAction; ///< a widget in a tool bar is shown and hidden through its action
    ConnectionState m_state = ConnectionState::NotConnected;
    QString m_message;
    QString m_settingsProblem;
    bool m_signInAvailable = false;
    bool m_sample = false;
    bool m_canSync = false;
};

} // namespace rd
