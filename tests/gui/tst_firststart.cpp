// A first start as a new partner meets it: the welcome instead of empty columns, a connection line
// that never says "Offline" for an account that was never connected, the Connect dialog that
// checks its fields before any browser opens, a sign-in that can be cancelled and gives up, and
// settings that cannot be used named in the window without stopping it. Against the in-process
// simulator's OAuth endpoints; the "browser" follows the sign-in page's redirect as one would.

#include "boardwidget.h"
#include "desktop.h"
#include "mainwindow.h"
#include "models/referrallistmodel.h"
#include "simserver.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "support/simhelpers.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "widgets/banner.h"
#include "widgets/connectdialog.h"
#include "widgets/guidewindow.h"
#include "widgets/settingsdialog.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace rd;
using namespace rd::sim;
using namespace rd::test;

namespace {
const QString kClientId = QStringLiteral("5e0c7b7a-1d2f-4e3a-9b8c-7d6e5f4a3b21");
} // namespace

class FirstStartTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestClock m_clock { utc(2026, 3, 2, 9, 0) };
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials { QStringLiteral("Referral Desk first-start tests") };
    std::unique_ptr<Service> m_service;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<StaticTokenSource> m_token;
    std::unique_ptr<SignIn> m_signIn;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<Desktop> m_desktop;
    int m_browsed = 0;
    bool m_browserSignsIn = true;

    QUrl simAuthority() const
    {
        QUrl authority = m_server->url();
        authority.setPath(QStringLiteral("/organizations"));
        return authority;
    }

    /// The person's browser: it signs in (follows the page's redirect), unless
    /// `m_browserSignsIn` is off (the person walked away).
    bool browse(const QUrl &url)
    {
        ++m_browsed;
        if (m_browserSignsIn)
            followSignInPage(m_nam, url);
        return true;
    }

    /// The app as it starts: settings from the file, signing in (or with a given token).
    void start(bool givenToken = false)
    {
        static int run = 0;
        const QString db = m_dir.filePath(QStringLiteral("first-%1.sqlite").arg(++run));
        m_store = std::make_unique<Store>();
        QVERIFY(!m_store->open(db));
        m_window = std::make_unique<MainWindow>(m_store.get(), &m_clock);
        const AppSettings settings = AppSettings::load(QSettings());
        ApiSettings api;
        api.apiBase = settings.apiBase;
        api.timeoutMs = 2000;
        api.maxAttempts = 2;
        api.backoffBaseMs = 5;
        AuthSettings auth;
        auth.authority = settings.authority;
        auth.clientId = settings.clientId;
        auth.scope = settings.scope;
        TokenSource *tokens = nullptr;
        if (givenToken) {
            m_token = std::make_unique<StaticTokenSource>(QStringLiteral("first-start-token"));
            tokens = m_token.get();
        } else {
            m_signIn = std::make_unique<SignIn>(&m_nam, &m_credentials, auth, &m_clock);
            tokens = m_signIn.get();
        }
        m_engine = std::make_unique<SyncEngine>(db, api, tokens, &m_clock);
        m_scheduler = std::make_unique<SyncScheduler>(m_engine.get());
        m_desktop = std::make_unique<Desktop>(
            m_window.get(), m_store.get(), &m_clock, DesktopEnvironment { false, false });
        m_desktop->setBrowser([this](const QUrl &url) { return browse(url); });
        m_desktop->attachSync(m_engine.get(), m_scheduler.get(), m_signIn.get(), auth);
        m_window->show();
        m_engine->start();
    }

    int requests(const QString &kind) { return simRequests(*m_service, kind); }

    ConnectDialog *connectDialog() const
    {
        return m_window->findChild<ConnectDialog *>(QString(), Qt::FindDirectChildrenOnly);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init()
    {
        QSettings().clear();
        m_browsed = 0;
        m_browserSignsIn = true;
        m_service = std::make_unique<Service>(&m_clock);
        m_service->setDevToken(QStringLiteral("first-start-token"));
        m_server = std::make_unique<Server>(m_service.get());
        QVERIFY(m_server->listenOn() > 0);
        QSettings().setValue(QStringLiteral("api/base"), m_server->url().toString());
    }

    void cleanup()
    {
        m_desktop.reset();
        m_scheduler.reset();
        m_engine.reset();
        m_signIn.reset();
        m_token.reset();
        m_window.reset();
        m_store.reset();
        m_server.reset();
        m_service.reset();
    }

    void aFreshProfileShowsTheWelcomeAndNotOffline()
    {
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWelcomeVisible(), 20000);
        QCOMPARE(m_window->connectionLabel()->text(), QStringLiteral("Not connected"));
        QVERIFY(!m_window->connectionLabel()->text().contains(QStringLiteral("Offline")));
        QPushButton *button = m_window->connectionButton();
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Connect…")); // no Retry for nothing to retry
        // Nothing to sync as nobody: no "sign-in expired" for an account that never was
        QVERIFY(!m_window->fullSyncAction()->isEnabled());
        WelcomePage *welcome = m_window->welcome();
        QVERIFY(welcome->isVisible());
        QVERIFY(!m_window->board()->isVisible());
        // Both ways on are plain buttons, reachable by keyboard and named for screen readers.
        for (QPushButton *b : { welcome->connectButton(), welcome->sampleButton() }) {
            QVERIFY(b->isVisible());
            QVERIFY(b->focusPolicy() & Qt::TabFocus);
            QVERIFY(!b->accessibleName().isEmpty());
        }
        QCOMPARE(welcome->connectButton()->accessibleName(),
            QStringLiteral("Connect to Partner Center"));
        QCOMPARE(welcome->sampleButton()->accessibleName(),
            QStringLiteral("Explore with sample data"));
        QVERIFY(welcome->connectButton()->hasFocus());
        // Tab goes on from Connect to the guide's link and to the sample.
        QWidget *next = welcome->connectButton()->nextInFocusChain();
        QCOMPARE(next->objectName(), QStringLiteral("needs"));
        QCOMPARE(next->nextInFocusChain(), welcome->sampleButton());
    }

    void aStoreWithReferralsShowsTheBoardEvenWhenSignedOut()
    {
        QSettings().setValue(QStringLiteral("auth/signedOut"), true);
        start();
        m_store->upsert({ ReferralBuilder().set("id", QStringLiteral("kept")).build() });
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->connectionLabel()->text(), QStringLiteral("Signed out"), 20000);
        QVERIFY(!m_window->isWelcomeVisible());
        QCOMPARE(m_window->connectionButton()->text(), QStringLiteral("Sign In…"));
    }

    void theConnectDialogChecksEveryFieldBeforeABrowserOpens()
    {
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWelcomeVisible(), 20000);
        QTest::mouseClick(m_window->welcome()->connectButton(), Qt::LeftButton);
        ConnectDialog *dialog = connectDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect to Partner Center"));
        dialog->fill(QString(), QString(), QStringLiteral(""));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QVERIFY(!dialog->errorText(QStringLiteral("tenant")).isEmpty());
        QVERIFY(!dialog->errorText(QStringLiteral("clientId")).isEmpty());
        QVERIFY(!dialog->errorText(QStringLiteral("scope")).isEmpty());
        dialog->fill(QStringLiteral("contoso"), QStringLiteral("demo"),
            QStringLiteral("https://api.partner.microsoft.com/user_impersonation"));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QVERIFY(dialog->errorText(QStringLiteral("tenant")).contains(QStringLiteral("contoso")));
        QVERIFY(dialog->errorText(QStringLiteral("clientId")).contains(QStringLiteral("Overview")));
        QVERIFY(dialog->errorText(QStringLiteral("scope")).isEmpty());
        QVERIFY(!dialog->isWaiting());
        QCOMPARE(m_browsed, 0);
        QVERIFY(QSettings().value(QStringLiteral("auth/clientId")).toString().isEmpty());
        // The guide is one click away, inside the app.
        QSignalSpy guide(dialog, &ConnectDialog::guideRequested);
        dialog->guideRequested();
        GuideWindow *window = dialog->findChild<GuideWindow *>();
        QVERIFY(window);
        QVERIFY(window->browser()->toPlainText().contains(QStringLiteral("client")));
    }

    void connectingSignsInThroughTheBrowserAndFillsTheBoard()
    {
        if (!CredentialStore::backendProblem().isEmpty())
            QSKIP("needs the Secret Service of ./scripts/test");
        m_service->addReferrals(40, 3);
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWelcomeVisible(), 20000);
        ConnectDialog *dialog = m_desktop->openConnectDialog();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &QDialog::finished);
        dialog->fill(simAuthority().toString(), kClientId);
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        QCOMPARE(m_browsed, 1);
        QVERIFY(m_desktop->isSignedIn());
        QVERIFY(!m_window->isWelcomeVisible());
        // What was entered is kept, and the board fills from the first sync.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("auth/authority")).toString(),
            simAuthority().toString());
        QCOMPARE(settings.value(QStringLiteral("auth/clientId")).toString(), kClientId);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->connectionLabel()->text().startsWith(QStringLiteral("Online")), 20000);
        QVERIFY(!m_window->connectionButton()->isVisible());
        QVERIFY(m_window->fullSyncAction()->isEnabled());
        // Signed in, File › Sign In is not offered.
        auto *signIn = m_window->findChild<QAction *>(QStringLiteral("actionSignIn"));
        QVERIFY(signIn && !signIn->isVisible());
    }

    void aSignInCanBeCancelledAndGivesUpAfterAWhile()
    {
        m_browserSignsIn = false; // the person never finishes in the browser
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWelcomeVisible(), 20000);
        ConnectDialog *dialog = m_desktop->openConnectDialog();
        dialog->fill(simAuthority().toString(), kClientId);
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isWaiting(), 20000);
        QVERIFY(dialog->statusText().contains(QStringLiteral("browser")));
        QVERIFY(!dialog->signInButton()->isEnabled());
        // Escape cancels the sign-in, not the dialog
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isWaiting());
        QVERIFY(dialog->signInButton()->isEnabled());
        QVERIFY(dialog->statusText().contains(QStringLiteral("cancelled")));
        // And a sign-in left alone is given up with a message
        m_signIn->setSignInTimeoutMs(300);
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isWaiting(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWaiting(), 20000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("not completed")),
            qPrintable(dialog->statusText()));
        QCOMPARE(m_browsed, 2);
        QVERIFY(!m_desktop->isSignedIn());
    }

    void fileSignInWithoutAClientIdOpensTheConnectDialog()
    {
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWelcomeVisible(), 20000);
        auto *signIn = m_window->findChild<QAction *>(QStringLiteral("actionSignIn"));
        QVERIFY(signIn);
        signIn->trigger();
        QVERIFY(connectDialog());
        QVERIFY(connectDialog()->isVisible());
        QCOMPARE(m_browsed, 0);
        // The connection line's button leads to the same dialog (one at a time).
        QTest::mouseClick(m_window->connectionButton(), Qt::LeftButton);
        QCOMPARE(m_window->findChildren<ConnectDialog *>().size(), 1);
    }

    void signingInFromSettingsChecksFirstAndCanBeCancelled()
    {
        m_browserSignsIn = false;
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWelcomeVisible(), 20000);
        SettingsDialog *dialog = m_desktop->openSettings();
        auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signIn"));
        auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("clientId"));
        auto *authority = dialog->findChild<QLineEdit *>(QStringLiteral("authority"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("accountStatus"));
        QVERIFY(signIn && clientId && authority && status);
        // No client id: said beside the field, and no browser
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(!dialog->errorText(AppSettings::Field::ClientId).isEmpty());
        QVERIFY(!dialog->isSigningIn());
        QCOMPARE(m_browsed, 0);
        // With usable values the sign-in starts, and the same button stops it
        authority->setText(simAuthority().toString());
        clientId->setText(kClientId);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(dialog->isSigningIn());
        QTRY_COMPARE_WITH_TIMEOUT(m_browsed, 1, 20000);
        QCOMPARE(signIn->text(), QStringLiteral("&Cancel Sign-In"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(!dialog->isSigningIn());
        QCOMPARE(status->text(), QStringLiteral("Sign-in cancelled."));
        // Left alone, it gives up with a message
        m_signIn->setSignInTimeoutMs(300);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(dialog->isSigningIn());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("not completed")), qPrintable(status->text()));
        dialog->close();
    }

    void unusableSettingsAreNamedAndTheAppStillOpens()
    {
        QSettings().setValue(QStringLiteral("api/base"), QStringLiteral("http://partner.example.com"));
        start(true);
        Banner *banner = m_window->problemBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("api/base")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QSettings().fileName()), qPrintable(banner->text()));
        // The sync stops on the settings, not on a network it never tried.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->connectionLabel()->text(), QStringLiteral("Sync failed"), 20000);
        QVERIFY(m_window->connectionLabel()->toolTip().contains(QStringLiteral("api/base")));
        QCOMPARE(m_window->connectionButton()->text(), QStringLiteral("Settings…"));
        QCOMPARE(requests(QStringLiteral("list")), 0);
    }
};

QTEST_MAIN(FirstStartTest)
#include "tst_firststart.moc"
