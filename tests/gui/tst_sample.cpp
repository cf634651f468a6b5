// "Explore with sample data": the bundled referral-sim started as a child process on loopback,
// its own database beside the partner's, a banner that says so, the way back to connect for
// real; and the simulator never outliving the app, whether the app quits, is ended by a signal
// (a logout sends SIGTERM) or is killed outright.

#include "appcontroller.h"
#include "mainwindow.h"
#include "models/referrallistmodel.h"
#include "sampleservice.h"
#include "store/store.h"
#include "widgets/banner.h"
#include "widgets/connectdialog.h"
#include "widgets/welcomepage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace rd;

namespace {

bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    // Signal 0 asks only whether it could be delivered; a zombie still counts, so the state is
    // read too where /proc tells it.
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close < 0 || line.mid(close + 2, 1) != "Z";
    }
    return true;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

/// The children of a process, from /proc (Linux).
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(task + QStringLiteral("/children")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : f.readAll().split(' ')) {
            if (const qint64 c = child.trimmed().toLongLong(); c > 0)
                out.append(c);
        }
    }
    return out;
}

} // namespace

class SampleTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;

    AppController::Options options(const QString &profile) const
    {
        AppController::Options o;
        o.profileDir = profile;
        o.environment = DesktopEnvironment { false, false };
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void exploringTheSampleFillsTheBoardAndLeavingItConnects()
    {
        const QString profile = m_dir.filePath(QStringLiteral("explore"));
        AppController controller(options(profile), &m_clock);
        controller.sampleService()->setProgram(QStringLiteral(SIM_EXECUTABLE));
        controller.sampleService()->setReferralCount(120);
        QVERIFY(controller.start());
        MainWindow *window = controller.session()->window();
        QTRY_VERIFY_WITH_TIMEOUT(window->isWelcomeVisible(), 20000);

        // When the person presses "Explore with sample data"
        QSignalSpy changed(&controller, &AppController::sessionChanged);
        QTest::mouseClick(window->welcome()->sampleButton(), Qt::LeftButton);
        QVERIFY(changed.wait(60000));
        AppSession *sample = controller.session();
        QVERIFY(sample->options().sample);
        QCOMPARE(sample->options().databasePath, controller.sampleDatabasePath());
        QVERIFY(controller.sampleDatabasePath() != controller.databasePath());
        window = sample->window();
        QVERIFY(window->isVisible());
        QVERIFY(!window->isWelcomeVisible());
        // Then the board fills within a minute, with a banner that says what this is
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->rowCount() > 0, 60000);
        QVERIFY(window->sampleBanner()->isVisible());
        QVERIFY(window->sampleBanner()->text().contains(QStringLiteral("Nothing you do here")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("sample")));
        const qint64 pid = controller.sampleService()->processId();
        QVERIFY(processExists(pid));
        // Nothing of the sample reached the partner's own database
        {
            Store real;
            QVERIFY(!real.open(controller.databasePath()));
            QVERIFY(!real.hasReferrals());
        }

        // When they leave it to connect for real
        changed.clear();
        QTest::mouseClick(window->sampleBanner()->button(), Qt::LeftButton);
        QVERIFY(changed.wait(20000));
        QVERIFY(!controller.session()->options().sample);
        QVERIFY(!processExists(pid)); // the simulator is gone at once
        QTRY_VERIFY_WITH_TIMEOUT(controller.session()->window()->findChild<ConnectDialog *>(), 5000);
        QVERIFY(!controller.session()->window()->sampleBanner()->isVisible());
    }

    void theSimulatorEndsWithTheController()
    {
        const QString profile = m_dir.filePath(QStringLiteral("ends"));
        qint64 pid = 0;
        {
            AppController::Options o = options(profile);
            o.sample = true; // --sample
            AppController controller(o, &m_clock);
            controller.sampleService()->setProgram(QStringLiteral(SIM_EXECUTABLE));
            controller.sampleService()->setReferralCount(50);
            QSignalSpy changed(&controller, &AppController::sessionChanged);
            QVERIFY(controller.start());
            QVERIFY(changed.wait(60000));
            pid = controller.sampleService()->processId();
            QVERIFY(processExists(pid));
        }
        QVERIFY(!processExists(pid));
    }

    void aMissingSimulatorIsSaidOnTheWelcome()
    {
        AppController controller(options(m_dir.filePath(QStringLiteral("missing"))), &m_clock);
        controller.sampleService()->setProgram(m_dir.filePath(QStringLiteral("no-such-sim")));
        QVERIFY(controller.start());
        QSignalSpy failed(&controller, &AppController::sampleFailed);
        controller.exploreSample();
        if (failed.isEmpty())
            QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("not installed")));
        QVERIFY(!controller.session()->options().sample);
        QVERIFY(controller.session()->window()->welcome()->sampleButton()->isEnabled());
    }

    void theSimulatorNeverOutlivesTheAppProcess_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM (a logout)") << int(SIGTERM);
        QTest::newRow("SIGKILL (no chance to clean up)") << int(SIGKILL);
    }

    void theSimulatorNeverOutlivesTheAppProcess()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the process tree from /proc");
#else
        QFETCH(int, signal);
        QTemporaryDir profile;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(APP_EXECUTABLE),
            { QStringLiteral("--profile"), profile.path(), QStringLiteral("--sample") });
        QVERIFY(app.waitForStarted());
        qint64 sim = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (qint64 child : childrenOf(app.processId())) {
                    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(child));
                    if (cmdline.open(QIODevice::ReadOnly)
                        && cmdline.readAll().contains("referral-sim"))
                        sim = child;
                }
                return sim > 0;
            }(),
            30000);
        ::kill(pid_t(app.processId()), signal);
        QVERIFY(app.waitForFinished(20000));
        if (signal == SIGTERM) {
            QCOMPARE(app.exitStatus(), QProcess::NormalExit); // it quit in order
            QVERIFY(!processExists(sim)); // and took the simulator with it
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!processExists(sim), 10000);
        }
#endif
    }
};

QTEST_MAIN(SampleTest)
#include "tst_sample.moc"
