#include "cli.h"

#include "databasecommands.h"
#include "domain/money.h"
#include "domain/referraljson.h"
#include "settings/appsettings.h"
#include "settings/connectionsettings.h"
#include "settings/settingsfileguard.h"
#include "store/store.h"
#include "store/storerepair.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace rd {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

Cli::Cli(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
}

Cli::~Cli() = default;

void Cli::done(int code)
{
    m_out.flush();
    m_err.flush();
    QMetaObject::invokeMethod(
        this, [this, code] { emit finished(code); }, Qt::QueuedConnection);
}

void Cli::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(t(
        "Referral Desk from the command line.\n\n"
        "Commands:\n"
        "  sign-in [--browser]      sign in (device code by default; the refresh token goes to the "
        "keychain)\n"
        "  sign-out                 forget the sign-in\n"
        "  status                   connection, last sync, queued actions\n"
        "  sync [--full]            send queued actions and fetch changes until up to date;\n"
        "                           --full also compares every referral Partner Center lists\n"
        "  list [--stage S] [--direction D] [--search TEXT] [--json]\n"
        "  show ID [--json]\n"
        "  act ID interested | no-thanks [--note T] | accept --value V --currency C --closing "
        "YYYY-MM-DD\n"
        "         | decline --reason R | won | lost --reason R\n"
        "  export --stage archived --csv FILE\n"
        "  inspect FILE...          what the rules make of referral JSON documents (no "
        "database)\n"
        "  repair                   keep a damaged database aside and start a new one with the\n"
        "                           queued actions and history that can still be read from it\n"
        "  compact                  make a database from an older version as small as a new one\n\n"
        "To connect: referral-desk-cli --tenant DOMAIN-OR-ID --client-id APP-ID sign-in\n"
        "(see docs/connect-partner-center.md).\n\n"
        "Exit codes: 0 done; 1 bad usage, input or settings; 2 sign-in needed; 3 Partner Center\n"
        "unreachable (queued work is kept); 4 conflicts or failed actions remain. act: 0 sent,\n"
        "3 queued while offline, 4 refused by Partner Center."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    const QList<QCommandLineOption> options {
        { QStringLiteral("profile"), t("Folder of the local database and settings."),
            QStringLiteral("dir") },
        { QStringLiteral("api-base"),
            t("Referrals API base URL (saved in the profile's settings)."), QStringLiteral("url") },
        { QStringLiteral("tenant"),
            t("Your directory (tenant) id or domain; sets the sign-in authority (saved)."),
            QStringLiteral("tenant") },
        { QStringLiteral("authority"), t("Sign-in authority URL (saved)."), QStringLiteral("url") },
        { QStringLiteral("client-id"), t("Application (client) id of your app registration (saved)."),
            QStringLiteral("id") },
        { QStringLiteral("scope"),
            t("Partner Center API permission (saved; default "
              "https://api.partner.microsoft.com/user_impersonation)."),
            QStringLiteral("scope") },
        { QStringLiteral("ca-cert"), t("Also trust this PEM CA certificate (for a test server)."),
            QStringLiteral("file") },
        { QStringLiteral("access-token"),
            t("Use this bearer token instead of signing in; it is never written anywhere."),
            QStringLiteral("token") },
        { QStringLiteral("browser"),
            t("sign-in: use the browser flow; the address to open is printed.") },
        { QStringLiteral("stage"), t("list/export: new, evaluating, negotiating or archived."),
            QStringLiteral("stage") },
        { QStringLiteral("direction"),
            t("list: incoming (the default: referrals to answer), outgoing (sent by you) or all."),
            QStringLiteral("direction") },
        { QStringLiteral("full"),
            t("sync: also compare every referral Partner Center lists, by id and eTag.") },
        { QStringLiteral("search"), t("list: words to look for."), QStringLiteral("text") },
        { QStringLiteral("json"), t("list/show: print JSON.") },
        { QStringLiteral("note"), t("act: a note."), QStringLiteral("text") },
        { QStringLiteral("value"), t("act accept: estimated deal value."),
            QStringLiteral("amount") },
        { QStringLiteral("currency"), t("act accept: ISO 4217 currency code."),
            QStringLiteral("code") },
        { QStringLiteral("closing"), t("act accept: estimated closing date, YYYY-MM-DD."),
            QStringLiteral("date") },
        { QStringLiteral("reason"), t("act decline/lost: the reason."), QStringLiteral("text") },
        { QStringLiteral("csv"), t("export: the file to write."), QStringLiteral("file") },
        { QStringLiteral("at"),
            t("inspect: evaluate deadlines at this ISO-8601 instant instead of now."),
            QStringLiteral("instant") },
    };
    m_parser.addOptions(options);
    m_parser.addPositionalArgument(QStringLiteral("command"), t("The command and its arguments."));
    if (!m_parser.parse(arguments)) {
        m_err << m_parser.errorText() << Qt::endl;
        return done(BadInput);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return done(Done);
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return done(Done);
    }
    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty()) {
        m_err << m_parser.helpText();
        return done(BadInput);
    }
    const QString command = args.first();
    if (command == QLatin1String("inspect"))
        return done(OfflineCommands(m_parser, m_out, m_err, nullptr, &m_clock).inspect(args.mid(1)));
    if (command == QLatin1String("repair") && args.size() == 1) {
        // Before setUp, which opens the database and would stop at the damage. The same file
        // as the other commands use.
        const QString profile = m_parser.value(QStringLiteral("profile"));
        return done(DatabaseCommands::repair(
            Store::defaultPath(profile.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : profile),
            m_out, m_err));
    }

    QString error;
    if (!setUp(&error)) {
        m_err << error << Qt::endl;
        return done(BadInput);
    }
    if (command == QLatin1String("status"))
        return cmdStatus();
    if (command == QLatin1String("sign-in"))
        return settingsUsable() ? cmdSignIn() : done(BadInput);
    if (command == QLatin1String("sign-out"))
        return cmdSignOut();
    if (command == QLatin1String("sync"))
        return settingsUsable() ? cmdSync() : done(BadInput);
    if (command == QLatin1String("act") && args.size() == 3)
        return cmdAct(args.mid(1));
    // The offline commands work whatever the settings say; they only mention the problem.
    warnAboutSettings();
    if (command == QLatin1String("list"))
        return done(offline().list());
    if (command == QLatin1String("show") && args.size() == 2)
        return done(offline().show(args.at(1)));
    if (command == QLatin1String("export"))
        return done(offline().exportArchive());
    if (command == QLatin1String("compact") && args.size() == 1)
        return done(DatabaseCommands::compact(m_engine->store(), m_out, m_err));
    m_err << t("Unknown command or wrong arguments: %1").arg(args.join(QLatin1Char(' ')))
          << Qt::endl
          << t("See referral-desk-cli --help.") << Qt::endl;
    done(BadInput);
}

bool Cli::setUp(QString *error)
{
    m_profile = m_parser.value(QStringLiteral("profile"));
    const QString dir = m_profile.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        : m_profile;
    QDir().mkpath(dir);
    if (!m_profile.isEmpty()) {
        // The same settings file as the app started with the same --profile.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_profile);
    }
    SettingsFileGuard::repairDefault(); // before any value is read
    m_settings = std::make_unique<QSettings>();

    // Options given are checked, then remembered for the next run; a token never is.
    if (m_parser.isSet(QStringLiteral("tenant"))) {
        const QString tenant = m_parser.value(QStringLiteral("tenant"));
        if (const QString p = ConnectionSettings::tenantProblem(tenant); !p.isEmpty()) {
            *error = QStringLiteral("--tenant: ") + p;
            return false;
        }
        m_settings->setValue(QStringLiteral("auth/authority"),
            ConnectionSettings::authorityFor(tenant).toString());
    }
    if (m_parser.isSet(QStringLiteral("scope"))) {
        if (const QString p = ConnectionSettings::scopeProblem(m_parser.value(QStringLiteral("scope")));
            !p.isEmpty()) {
            *error = QStringLiteral("--scope: ") + p;
            return false;
        }
    }
    for (const auto &[option, key] :
        { std::pair { "api-base", "api/base" }, std::pair { "authority", "auth/authority" },
            std::pair { "client-id", "auth/clientId" }, std::pair { "scope", "auth/scope" },
            std::pair { "ca-cert", "api/caCertificate" } }) {
        if (m_parser.isSet(QLatin1String(option)))
            m_settings->setValue(QLatin1String(key), m_parser.value(QLatin1String(option)));
    }
    m_settings->sync();
    const AppSettings app = AppSettings::load(*m_settings);
    m_api.apiBase = app.apiBase;
    m_auth.authority = app.authority;
    m_auth.clientId = app.clientId;
    m_auth.scope = app.scope;
    // A value that cannot be used stops syncing and signing in, not the offline commands.
    m_settingsProblems = AppSettings::fileProblems(*m_settings);
    const QString ca = m_settings->value(QStringLiteral("api/caCertificate")).toString();
    if (!ca.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(ca, QSsl::Pem);
        if (certs.isEmpty()) {
            // Like any unusable setting: only what needs the network waits for a fix.
            m_settingsProblems.append(AppSettings::problemText(QStringLiteral("api/caCertificate"),
                m_settings->fileName(), ca, t("No PEM certificate could be read from it.")));
        }
        m_api.extraCaCertificates = certs;
        m_auth.extraCaCertificates = certs;
    }

    m_nam = new QNetworkAccessManager(this);
    m_credentials = new CredentialStore(QStringLiteral("Referral Desk"), this);
    if (m_parser.isSet(QStringLiteral("access-token"))) {
        m_tokens = new StaticTokenSource(m_parser.value(QStringLiteral("access-token")), this);
    } else {
        m_signIn = new SignIn(m_nam, m_credentials, m_auth, &m_clock, this);
        m_tokens = m_signIn;
    }
    m_engine = std::make_unique<SyncEngine>(
        Store::defaultPath(m_profile.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                : m_profile),
        m_api, m_tokens, &m_clock, m_nam);
    m_engine->setSettingsProblem(m_settingsProblems.join(QLatin1Char(' ')));
    if (const StoreError e = m_engine->open()) {
        *error = e.message;
        return false;
    }
    // After a crash, the one whole-file check (a normal start reads none of the archive): a
    // command-line call may take the time, and must not act on a damaged file.
    if (m_engine->store().checkNeeded()) {
        const StoreError damage = StoreRepair::check(m_engine->store().path());
        if (damage.kind == StoreError::Kind::Corrupt) {
            *error = damage.message + QLatin1Char(' ')
                + t("Run referral-desk-cli repair to keep it aside and rebuild it from Partner "
                    "Center with your queued actions.");
            return false;
        }
    }
    return true;
}

bool Cli::settingsUsable()
{
    for (const QString &problem : std::as_const(m_settingsProblems))
        m_err << problem << Qt::endl;
    return m_settingsProblems.isEmpty();
}

void Cli::warnAboutSettings()
{
    for (const QString &problem : std::as_const(m_settingsProblems))
        m_err << t("warning: %1").arg(problem) << Qt::endl;
}

void Cli::withTokens(const std::function<void()> &next)
{
    if (!m_signIn)
        return next();
    connect(
        m_signIn, &SignIn::restored, this,
        [this, next](bool signedIn, const QString &problem) {
            if (!signedIn) {
                m_err << (problem.isEmpty() ? t("Not signed in: run referral-desk-cli sign-in (or "
                                                "pass --access-token).")
                                            : problem)
                      << Qt::endl;
                return done(SignInNeeded);
            }
            next();
        },
        Qt::SingleShotConnection);
    m_signIn->restore();
}

OfflineCommands Cli::offline()
{
    return OfflineCommands(m_parser, m_out, m_err, &m_engine->store(), &m_clock);
}

int Cli::exitFor(const SyncSummary &summary)
{
    if (summary.error.kind == ApiError::Kind::Unauthorized)
        return SignInNeeded;
    if (summary.error && summary.error.isRetryable())
        return Unreachable;
    if (summary.error)
        return BadInput;
    for (const OutboxEntry &e : m_engine->store().outbox()) {
        if (e.state == OutboxEntry::State::Conflict || e.state == OutboxEntry::State::Failed)
            return Unresolved;
    }
    return Done;
}

void Cli::runSync(const std::function<void(const SyncSummary &)> &next, bool full)
{
    connect(
        m_engine.get(), &SyncEngine::finished, this, [next](const SyncSummary &s) { next(s); },
        Qt::SingleShotConnection);
    m_engine->sync(full);
}

// -- commands ------------------------------------------------------------------------------------

void Cli::cmdStatus()
{
    const SyncState s = m_engine->store().syncState();
    const QLocale locale;
    int queued = 0, problems = 0;
    for (const OutboxEntry &e : m_engine->store().outbox())
        (e.state == OutboxEntry::State::Conflict || e.state == OutboxEntry::State::Failed
                ? problems
                : queued)++;
    m_out << t("Partner Center: %1").arg(m_api.apiBase.toString()) << Qt::endl
          << t("Database: %1").arg(QDir::toNativeSeparators(m_engine->store().path())) << Qt::endl
          << t("Last sync: %1")
                 .arg(s.lastSuccess.isValid()
                         ? locale.toString(s.lastSuccess.toLocalTime(), QLocale::ShortFormat)
                         : t("never"))
          << Qt::endl;
    if (!s.lastError.isEmpty())
        m_out << t("Last error: %1").arg(s.lastError) << Qt::endl;
    for (const QString &problem : std::as_const(m_settingsProblems))
        m_out << t("Settings: %1").arg(problem) << Qt::endl;
    m_out << t("Queued actions: %1; conflicts or failures: %2").arg(queued).arg(problems)
          << Qt::endl;
    if (!m_signIn)
        return done(problems ? Unresolved : Done);
    connect(
        m_signIn, &SignIn::restored, this,
        [this, problems](bool signedIn, const QString &problem) {
            m_out << (signedIn          ? t("Signed in.")
                    : problem.isEmpty() ? t("Not signed in.")
                                        : problem)
                  << Qt::endl;
            done(!signedIn ? SignInNeeded : problems ? Unresolved : Done);
        },
        Qt::SingleShotConnection);
    m_signIn->restore();
}

void Cli::cmdSignIn()
{
    if (!m_signIn) {
        m_err << t("--access-token is used as given; there is nothing to sign in to.") << Qt::endl;
        return done(BadInput);
    }
    if (const QString problem = ConnectionSettings::clientIdProblem(m_auth.clientId);
        !problem.isEmpty()) {
        m_err << problem << Qt::endl
              << t("Connect with: referral-desk-cli --tenant DOMAIN-OR-ID --client-id APP-ID "
                   "sign-in (see docs/connect-partner-center.md).")
              << Qt::endl;
        return done(BadInput);
    }
    connect(m_signIn, &SignIn::deviceCode, this,
        [this](const QString &message) { m_out << message << Qt::endl; });
    connect(m_signIn, &SignIn::signedIn, this, [this] {
        m_out << t("Signed in.") << Qt::endl;
        done(Done);
    });
    connect(m_signIn, &SignIn::failed, this, [this](const QString &message) {
        m_err << message << Qt::endl;
        done(SignInNeeded);
    });
    if (m_parser.isSet(QStringLiteral("browser"))) {
        m_signIn->signInWithBrowser([this](const QUrl &url) {
            m_out << t("Open this address in a browser on this computer to sign in:") << Qt::endl
                  << url.toString(QUrl::FullyEncoded) << Qt::endl;
        });
    } else {
        m_signIn->signInWithDeviceCode();
    }
}

void Cli::cmdSignOut()
{
    if (!m_signIn)
        return done(Done);
    connect(m_signIn, &SignIn::signedOut, this, [this](const QString &problem) {
        if (!problem.isEmpty()) {
            m_err << problem << Qt::endl;
            return done(BadInput);
        }
        m_out << t("Signed out.") << Qt::endl;
        done(Done);
    });
    m_signIn->signOut();
}

void Cli::cmdSync()
{
    const bool full = m_parser.isSet(QStringLiteral("full"));
    withTokens([this, full] {
        runSync(
            [this](const SyncSummary &s) {
                m_out << t("Fetched %1 referrals (%2 changed); sent %3 actions; %4 conflicts; %5 "
                           "failed.")
                             .arg(s.fetched)
                             .arg(s.changed)
                             .arg(s.pushed)
                             .arg(s.conflicts)
                             .arg(s.failed)
                      << Qt::endl;
                if (s.full)
                    m_out << t("Compared every referral Partner Center lists: %1 read again, %2 "
                               "no longer listed.")
                                 .arg(s.refetched)
                                 .arg(s.hidden)
                          << Qt::endl;
                if (s.error)
                    m_err << s.error.describe() << Qt::endl;
                done(exitFor(s));
            },
            full);
    });
}

void Cli::cmdAct(const QStringList &args)
{
    const QString id = args.at(0);
    const std::optional<Action> action = Lifecycle::actionFromKey(args.at(1));
    if (!action || *action == Action::EditDeal) {
        m_err << t("Unknown action “%1”: use interested, no-thanks, accept, decline, won or lost.")
                     .arg(args.at(1))
              << Qt::endl;
        return done(BadInput);
    }
    ActionInput input;
    input.note = m_parser.value(QStringLiteral("note"));
    input.reason = m_parser.value(QStringLiteral("reason"));
    input.currency = m_parser.value(QStringLiteral("currency"));
    if (m_parser.isSet(QStringLiteral("value"))) {
        // Scripts write amounts the C way ("12500.50"), whatever the locale, with the decimals
        // of the --currency they give ("1301000" JPY, "12345.678" KWD).
        const Money::Parsed value = Money::parse(m_parser.value(QStringLiteral("value")),
            input.currency.trimmed().toUpper(), QLocale::c());
        if (!value.value) {
            m_err << value.error << Qt::endl;
            return done(BadInput);
        }
        input.dealValue = value.value;
    }
    if (m_parser.isSet(QStringLiteral("closing"))) {
        input.closingDate
            = QDate::fromString(m_parser.value(QStringLiteral("closing")), Qt::ISODate);
        if (!input.closingDate.isValid()) {
            m_err << t("--closing takes a date as YYYY-MM-DD.") << Qt::endl;
            return done(BadInput);
        }
    }
    const Store::ActionResult result
        = m_engine->store().applyAction(id, *action, input, m_clock.now());
    if (!result.ok()) {
        for (const FieldError &e : result.errors)
            m_err << (e.field == Field::None
                    ? e.message
                    : fieldName(e.field) + QStringLiteral(": ") + e.message)
                  << Qt::endl;
        if (result.error)
            m_err << result.error.message << Qt::endl;
        return done(BadInput);
    }
    m_out << t("%1: %2 (queued)").arg(Lifecycle::actionName(*action), result.referral->stageText())
          << Qt::endl;
    if (!settingsUsable()) {
        m_err << t("The action is queued and will be sent once the settings are corrected.")
              << Qt::endl;
        return done(BadInput);
    }
    const qint64 seq = result.entry->seq;
    withTokens([this, id, seq] {
        runSync([this, id, seq](const SyncSummary &s) { done(actExit(id, seq, s)); });
    });
}

int Cli::actExit(const QString &id, qint64 seq, const SyncSummary &s)
{
    // Only what became of this action decides: a listing that failed after it was sent (or
    // refused) changes nothing about it, and is mentioned as what it is.
    std::optional<OutboxEntry> entry;
    for (const OutboxEntry &e : m_engine->store().outboxFor(id)) {
        if (e.seq == seq)
            entry = e;
    }
    if (!entry) {
        m_out << t("Sent to Partner Center.") << Qt::endl;
        if (s.error)
            m_err << t("The action was sent, but updating the list afterwards failed: %1")
                         .arg(s.error.describe())
                  << Qt::endl;
        return Done;
    }
    switch (entry->state) {
    case OutboxEntry::State::Conflict:
    case OutboxEntry::State::Failed:
        m_err << t("Partner Center did not apply it: %1").arg(entry->lastError) << Qt::endl;
        return Unresolved;
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sending:
        break;
    }
    // Queued after an earlier action on the same referral that Partner Center did not apply: it
    // waits for that one to be resolved, which no sync does by itself.
    for (const OutboxEntry &e : m_engine->store().outboxFor(id)) {
        if (e.seq < seq
            && (e.state == OutboxEntry::State::Conflict || e.state == OutboxEntry::State::Failed)) {
            m_err << t("It waits behind an earlier action on this referral that Partner Center "
                       "did not apply (%1): resolve that one in Referral Desk first.")
                         .arg(e.lastError)
                  << Qt::endl;
            return Unresolved;
        }
    }
    if (s.error)
        m_err << s.error.describe() << Qt::endl;
    if (s.error.kind == ApiError::Kind::Unauthorized)
        return SignInNeeded;
    if (!entry->lastError.isEmpty() && !s.error)
        m_err << entry->lastError << Qt::endl; // this write alone failed; the sync went on
    m_err << t("The action stays queued and is sent by the next sync.") << Qt::endl;
    return s.error && !s.error.isRetryable() ? BadInput : Unreachable;
}

} // namespace rd
