#include "sampleservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcSample, "rd.sample")

namespace rd {

SampleService::SampleService(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
    , m_startTimeout(new QTimer(this))
{
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(20000);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The sample data service did not start within 20 seconds."));
    });
}

SampleService::~SampleService()
{
    stop();
}

QString SampleService::defaultProgram()
{
    QString name = QStringLiteral("referral-sim");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

bool SampleService::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SampleService::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SampleService::start()
{
    if (isRunning()) {
        if (m_announced)
            emit ready(m_url, m_token);
        return;
    }
    if (!QFileInfo(m_program).isExecutable()) {
        fail(tr("The sample data service (%1) is not installed beside Referral Desk.")
                 .arg(QDir::toNativeSeparators(m_program)));
        return;
    }
    m_buffer.clear();
    m_url = QUrl();
    m_announced = false;
    // A token of this run only: nothing else on this computer can use the sample's service.
    m_token = QUuid::createUuid().toString(QUuid::Id128);
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_program);
    process->setArguments({ QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--referrals"), QString::number(m_count), QStringLiteral("--seed"),
        QStringLiteral("7"), QStringLiteral("--dev-token"), m_token,
        QStringLiteral("--live-quirks"), QStringLiteral("--exit-with-parent") });
    process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Ended by the kernel if the app dies without a chance to stop it (SIGKILL, a crash).
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(process, &QProcess::readyReadStandardOutput, this, &SampleService::onOutput);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("The sample data service could not be started: %1")
                     .arg(process->errorString()));
    });
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus) {
        const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (!m_announced)
            fail(tr("The sample data service stopped at once (exit code %1). %2").arg(code).arg(err));
        else
            qCInfo(lcSample) << "the sample data service ended with" << code;
    });
    m_startTimeout->start();
    process->start(QIODevice::ReadWrite); // stdin stays open: its end tells the child to go
}

void SampleService::onOutput()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    if (m_announced)
        return;
    // Its first line: "referral-sim listening on http://127.0.0.1:<port> with N referrals".
    static const QRegularExpression address(QStringLiteral("listening on (https?://[0-9.:]+)"));
    const QRegularExpressionMatch m = address.match(QString::fromUtf8(m_buffer));
    if (!m.hasMatch())
        return;
    m_startTimeout->stop();
    m_url = QUrl(m.captured(1));
    m_announced = true;
    qCInfo(lcSample).noquote() << "sample data service at" << m_url.toString();
    emit ready(m_url, m_token);
}

void SampleService::fail(const QString &message)
{
    m_startTimeout->stop();
    if (m_announced)
        return;
    stop();
    emit failed(message);
}

void SampleService::stop()
{
    m_startTimeout->stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // Closing its input is the polite way (it saves nothing and quits); then insist.
        process->closeWriteChannel();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    process->deleteLater();
    m_announced = false;
}

} // namespace rd
