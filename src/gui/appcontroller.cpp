#include "appcontroller.h"

#include "mainwindow.h"
#include "sampleservice.h"
#include "store/store.h"
#include "widgets/welcomepage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>

namespace rd {

AppController::AppController(Options options, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_sampleService(std::make_unique<SampleService>())
{
    connect(m_sampleService.get(), &SampleService::ready, this,
        [this](const QUrl &url, const QString &token) {
            SessionOptions sample;
            sample.databasePath = sampleDatabasePath();
            sample.apiBase = url;
            sample.accessToken = token;
            sample.sample = true;
            sample.environment = m_options.environment;
            // A fresh sample every time: the simulator starts again from its seed.
            QDir().mkpath(QFileInfo(sample.databasePath).absolutePath());
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(sample.databasePath + QLatin1String(suffix));
            if (!openSession(sample)) {
                m_sampleService->stop();
                if (!openSession(realOptions()))
                    QApplication::exit(1); // no database can be opened: nothing to show
            }
        });
    connect(m_sampleService.get(), &SampleService::failed, this, [this](const QString &message) {
        // --sample, and no sample: the person's own board, or the end when that cannot open.
        if (!m_session && !openSession(realOptions())) {
            QApplication::exit(1);
            return;
        }
        if (m_session && m_session->window())
            m_session->window()->welcome()->setSampleProblem(message);
        emit sampleFailed(message);
    });
}

AppController::~AppController()
{
    m_session.reset();
    m_sampleService->stop();
}

QString AppController::databasePath() const
{
    return Store::defaultPath(m_options.profileDir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            : m_options.profileDir);
}

QString AppController::sampleDatabasePath() const
{
    // A profile of its own beside the partner's: nothing of the sample lands in the real one.
    const QString dir = m_options.profileDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : m_options.profileDir;
    return Store::defaultPath(QDir(dir).filePath(QStringLiteral("sample")));
}

SessionOptions AppController::realOptions() const
{
    SessionOptions o;
    o.databasePath = databasePath();
    o.accessToken = m_options.accessToken;
    o.environment = m_options.environment;
    if (!m_options.profileDir.isEmpty())
        o.startArguments
            = { QStringLiteral("--profile"), QDir(m_options.profileDir).absolutePath() };
    return o;
}

bool AppController::start()
{
    if (m_options.sample) {
        exploreSample();
        return true;
    }
    return openSession(realOptions());
}

bool AppController::openSession(SessionOptions options)
{
    // The old session goes first (its database and sync thread are closed before the next
    // opens); meanwhile no window is shown, so the app must not take that for "last window
    // closed" and quit.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    std::unique_ptr<AppSession> old = std::move(m_session);
    if (old)
        old->window()->saveLayout(); // the new window opens where this one was
    old.reset();
    auto session = std::make_unique<AppSession>(std::move(options), m_clock);
    const bool ok = session->open();
    if (ok) {
        m_session = std::move(session);
        wire(m_session.get());
        m_session->start();
    }
    if (!m_session || !m_session->desktop()->tray())
        QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (ok)
        emit sessionChanged(m_session.get());
    return ok;
}

void AppController::wire(AppSession *session)
{
    MainWindow *window = session->window();
    // Queued: leaving the sample deletes the window whose button asked for it.
    connect(window, &MainWindow::sampleRequested, this, &AppController::exploreSample,
        Qt::QueuedConnection);
    connect(window, &MainWindow::leaveSampleRequested, this, &AppController::leaveSample,
        Qt::QueuedConnection);
}

void AppController::exploreSample()
{
    if (m_session && m_session->window())
        m_session->window()->welcome()->setSampleStarting(true);
    m_sampleService->start();
}

void AppController::leaveSample()
{
    m_sampleService->stop();
    if (!openSession(realOptions())) {
        QApplication::quit();
        return;
    }
    m_session->desktop()->openConnectDialog();
}

} // namespace rd
