#pragma once

#include "appsession.h"

#include <QObject>
#include <memory>

namespace rd {

class Clock;
class SampleService;

/// The application above its sessions: opens the partner's own database at start, and swaps it
/// for the sample (the bundled simulator on loopback, a separate database) when the person
/// explores, and back when they leave the sample to connect for real. The simulator ends with the
/// sample session, and with the app.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString profileDir; ///< --profile, or empty for the standard places
        QString accessToken; ///< --access-token
        bool sample = false; ///< --sample: start in the sample
        DesktopEnvironment environment;
    };

    AppController(Options options, Clock *clock, QObject *parent = nullptr);
    ~AppController() override;

    /// Opens the first session; false when the app cannot start (the database cannot be used).
    bool start();
    AppSession *session() const { return m_session.get(); }
    SampleService *sampleService() const { return m_sampleService.get(); }
    /// Where the partner's database lives, and the sample's beside it.
    QString databasePath() const;
    QString sampleDatabasePath() const;

public slots:
    /// Starts the simulator and, once it listens, switches to the sample session.
    void exploreSample();
    /// Back to the partner's own database, with the Connect dialog open.
    void leaveSample();

signals:
    /// A new session is open and shown (the old one is gone).
    void sessionChanged(rd::AppSession *session);
    void sampleFailed(const QString &message);

private:
    bool openSession(SessionOptions options);
    void wire(AppSession *session);
    SessionOptions realOptions() const;

    Options m_options;
    Clock *m_clock;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<SampleService> m_sampleService;
};

} // namespace rd
