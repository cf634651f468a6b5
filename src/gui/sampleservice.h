#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QProcess;
class QTimer;

namespace rd {

/// The bundled referral service simulator (referral-sim, installed beside the app) run as a child
/// process on loopback, for "Explore with sample data". It behaves like the live service
/// (--live-quirks) and never outlives the app: it ends when stop() is called or this object goes,
/// and on its own when the app's end closes its standard input, even after a crash; on Linux the
/// kernel also ends it with the app (PR_SET_PDEATHSIG).
class SampleService : public QObject
{
    Q_OBJECT
public:
    explicit SampleService(QObject *parent = nullptr);
    ~SampleService() override;

    /// Where the simulator is looked for: beside the running executable.
    static QString defaultProgram();
    void setProgram(const QString &path) { m_program = path; }
    /// How many referrals the sample starts with (default 400).
    void setReferralCount(int count) { m_count = count; }

    /// Starts it; ends with ready (its address and the token it accepts) or failed.
    void start();
    /// Ends it and waits (briefly) until it has gone.
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    qint64 processId() const;

signals:
    void ready(const QUrl &url, const QString &token);
    void failed(const QString &message);

private:
    void onOutput();
    void fail(const QString &message);

    QString m_program;
    int m_count = 400;
    QPointer<QProcess> m_process;
    QTimer *m_startTimeout;
    QByteArray m_buffer;
    QUrl m_url;
    QString m_token;
    bool m_announced = false;
};

} // namespace rd
