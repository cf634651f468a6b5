#include "appsession.h"

#include "auth/signin.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "startup.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace rd {

AppSession::AppSession(SessionOptions options, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("sync"));
}

AppSession::~AppSession()
{
    // The desktop side first (it points at the window and the engine), then the engine's thread
    // (which deletes the engine), then the window and the database it reads.
    m_desktop.reset();
    m_scheduler.reset();
    m_thread.quit();
    m_thread.wait();
    if (m_window)
        m_window->hide();
    m_window.reset();
    m_store.reset();
}

bool AppSession::open()
{
    m_store = std::make_unique<Store>();
    if (!openStoreInteractively(*m_store, m_options.databasePath))
        return false;
    m_window = std::make_unique<MainWindow>(m_store.get(), m_clock);

    const AppSettings settings = AppSettings::load(QSettings());
    ApiSettings api;
    api.apiBase = m_options.apiBase.isEmpty() ? settings.apiBase : m_options.apiBase;
    AuthSettings auth;
    auth.authority = settings.authority;
    auth.clientId = settings.clientId;
    auth.scope = settings.scope;

    // Sync lives on its own thread with its own connection, network and tokens.
    auto *nam = new QNetworkAccessManager;
    TokenSource *tokens = nullptr;
    SignIn *signIn = nullptr;
    if (!m_options.accessToken.isEmpty()) {
        tokens = new StaticTokenSource(m_options.accessToken);
    } else {
        auto *credentials = new CredentialStore(QStringLiteral("Referral Desk"), nam);
        signIn = new SignIn(nam, credentials, auth, m_clock);
        tokens = signIn;
    }
    m_engine = new SyncEngine(m_options.databasePath, api, tokens, m_clock, nam);
    nam->setParent(m_engine);
    tokens->setParent(m_engine);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    m_scheduler = std::make_unique<SyncScheduler>(m_engine);
    m_desktop = std::make_unique<Desktop>(m_window.get(), m_store.get(), m_clock,
        m_options.environment);
    m_desktop->setSampleMode(m_options.sample);
    m_desktop->attachSync(m_engine, m_scheduler.get(), signIn, auth);
    m_desktop->setStartArguments(m_options.startArguments);
    return true;
}

void AppSession::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
    m_window->show();
}

} // namespace rd
