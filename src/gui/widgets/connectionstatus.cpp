#include "connectionstatus.h"

#include "store/store.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolBar>

namespace rd {

ConnectionStatus::ConnectionStatus(Store *store, QToolBar *toolbar)
    : QObject(toolbar)
    , m_store(store)
    , m_label(new QLabel(toolbar))
    , m_button(new QPushButton(toolbar))
{
    m_label->setObjectName(QStringLiteral("connectionState"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(m_label);
    m_button->setObjectName(QStringLiteral("connectionButton"));
    m_buttonAction = toolbar->addWidget(m_button);
    m_buttonAction->setVisible(false);
    connect(m_button, &QPushButton::clicked, this, [this] {
        switch (m_state) {
        case ConnectionState::NotConnected:
        case ConnectionState::SignedOut:
            emit connectRequested();
            return;
        default:
            break;
        }
        if (!m_settingsProblem.isEmpty()) {
            emit settingsRequested();
            return;
        }
        m_buttonAction->setVisible(false);
        emit retryRequested();
    });
    retranslate();
}

void ConnectionStatus::setState(ConnectionState state, const QString &message)
{
    m_state = state;
    m_message = message;
    refresh();
    updateButton();
}

void ConnectionStatus::setSignInAvailable(bool available)
{
    m_signInAvailable = available;
    updateButton();
}

void ConnectionStatus::setSample(bool sample)
{
    m_sample = sample;
    updateButton();
}

void ConnectionStatus::setSettingsProblem(const QString &problem)
{
    m_settingsProblem = problem;
    updateButton();
}

void ConnectionStatus::setCanSync(bool canSync)
{
    m_canSync = canSync;
    updateButton();
}

void ConnectionStatus::retranslate()
{
    // Room for the longest state, so the toolbar never clips it as the text changes.
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(
                                 tr("Offline, last sync 12:59 PM, 999 actions queued"))
        + 16);
    updateButton();
    refresh();
}

void ConnectionStatus::updateButton()
{
    // Only what can help: Retry for what a retry may cure, the way to an account otherwise.
    switch (m_state) {
    case ConnectionState::NotConnected:
        m_button->setText(tr("Connect…"));
        m_buttonAction->setVisible(m_signInAvailable && !m_sample);
        break;
    case ConnectionState::SignedOut:
        m_button->setText(tr("Sign In…"));
        m_buttonAction->setVisible(m_signInAvailable && !m_sample);
        break;
    case ConnectionState::Offline:
    case ConnectionState::Error:
    case ConnectionState::LocalProblem:
        m_button->setText(m_settingsProblem.isEmpty() ? tr("Retry") : tr("Settings…"));
        m_buttonAction->setVisible(m_canSync || !m_settingsProblem.isEmpty());
        break;
    case ConnectionState::Syncing:
    case ConnectionState::Online:
        // Hidden; its text still follows the language, as the next state may show it.
        m_button->setText(tr("Retry"));
        m_buttonAction->setVisible(false);
        break;
    }
    m_button->setAccessibleName(m_button->text().remove(QChar(0x2026)));
}

void ConnectionStatus::refresh()
{
    int queued = 0;
    for (const OutboxEntry &e : m_store->outbox()) {
        if (e.state == OutboxEntry::State::Queued || e.state == OutboxEntry::State::Sending)
            ++queued;
    }
    const QDateTime last = m_store->syncState().lastSuccess;
    const QString when = last.isValid()
        ? QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat)
        : tr("never");
    QString text;
    switch (m_state) {
    case ConnectionState::Syncing:
        text = tr("Syncing…");
        break;
    case ConnectionState::Online:
        text = tr("Online, synced at %1").arg(when);
        break;
    case ConnectionState::Offline:
        text = tr("Offline, last sync %1").arg(when);
        break;
    case ConnectionState::NotConnected:
        text = tr("Not connected");
        break;
    case ConnectionState::SignedOut:
        text = tr("Signed out");
        break;
    case ConnectionState::Error:
        text = tr("Sync failed");
        break;
    case ConnectionState::LocalProblem:
        text = tr("Local database problem");
        break;
    }
    if (queued > 0)
        text += QLatin1String(", ") + tr("%Ln action(s) queued", nullptr, queued);
    m_label->setText(text);
    m_label->setToolTip(m_message);
}

} // namespace rd
