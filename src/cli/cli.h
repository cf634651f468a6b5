#pragma once

#include "auth/signin.h"
#include "domain/clock.h"
#include "offlinecommands.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QObject>
#include <QSettings>
#include <QTextStream>
#include <memory>

namespace rd {

/// referral-desk-cli: the commands, on core alone. Exit codes: 0 done; 1 bad usage or input;
/// 2 sign-in needed; 3 remote unreachable (queued work kept); 4 conflicts or failed actions remain.
class Cli : public QObject
{
    Q_OBJECT
public:
    enum Exit { Done = 0, BadInput = 1, SignInNeeded = 2, Unreachable = 3, Unresolved = 4 };

    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    /// Parses the arguments and starts the command; the process exits with finished's code.
    void start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    void done(int code);
    bool setUp(QString *error);
    void withTokens(const std::function<void()> &next);
    void runSync(const std::function<void(const SyncSummary &)> &next, bool full = false);
    int exitFor(const SyncSummary &summary);
    /// act's exit code: what became of the queued entry `seq` of referral `id`.
    int actExit(const QString &id, qint64 seq, const SyncSummary &summary);
    /// False (after printing why) when the settings name no usable address.
    bool settingsUsable();
    void warnAboutSettings();

    void cmdStatus();
    void cmdSignIn();
    void cmdSignOut();
    void cmdSync();
    void cmdAct(const QStringList &args);
    /// The commands that need no network (list, show, export, inspect).
    OfflineCommands offline();

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    SystemClock m_clock;
    std::unique_ptr<QSettings> m_settings;
    QStringList m_settingsProblems;
    QString m_profile;
    ApiSettings m_api;
    AuthSettings m_auth;
    QNetworkAccessManager *m_nam = nullptr;
    CredentialStore *m_credentials = nullptr;
    TokenSource *m_tokens = nullptr;
    SignIn *m_signIn = nullptr;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace rd
