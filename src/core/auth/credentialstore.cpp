#include "credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

#include <memory>

Q_LOGGING_CATEGORY(lcCredentials, "rd.auth.keychain")

namespace rd {

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::backendProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return tr("There is no desktop session bus, so no keyring can be reached. Sign in from a "
                  "desktop session.");
    const QString name = QStringLiteral("org.freedesktop.secrets");
    QDBusConnectionInterface *iface = bus.interface();
    if (iface && iface->isServiceRegistered(name).value())
        return {};
    const QDBusReply<QStringList> activatable
        = iface ? iface->call(QStringLiteral("ListActivatableNames")) : QDBusReply<QStringList>();
    if (activatable.isValid() && activatable.value().contains(name))
        return {};
    return tr("No keyring service is running. Install GNOME Keyring (gnome-keyring) or KWallet and "
              "unlock it, then sign in again.");
#else
    return {};
#endif
}

void CredentialStore::read(const QString &account, Callback done)
{
    run(Kind::Read, account, QString(), std::move(done));
}

void CredentialStore::write(const QString &account, const QString &secret, Callback done)
{
    run(Kind::Write, account, secret, std::move(done));
}

void CredentialStore::remove(const QString &account, Callback done)
{
    run(Kind::Remove, account, QString(), std::move(done));
}

void CredentialStore::run(Kind kind, const QString &account, const QString &secret, Callback done)
{
    // A read that finds nothing is only "not signed in" when a keyring could have answered:
    // without a service, libsecret reports EntryNotFound too.
    const QString problem = backendProblem();
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done, problem] {
                done({ Status::Unavailable, QString(), problem });
            },
            Qt::QueuedConnection);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(account);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the job or the timeout, answers; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [done, answered, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        done({ Status::Unavailable, QString(),
            tr("The keyring did not answer. It may be locked: unlock it (for example by signing in "
               "to the desktop) and try again.") });
    });
    connect(job, &QKeychain::Job::finished, this,
        [done, answered, timer, kind](QKeychain::Job *finished) {
            timer->stop();
            timer->deleteLater();
            if (*answered)
                return;
            *answered = true;
            Result r;
            switch (finished->error()) {
            case QKeychain::NoError:
                if (kind == Kind::Read)
                    r.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                break;
            case QKeychain::EntryNotFound:
                // Deleting what is not there is what sign-out wanted anyway.
                r.status = kind == Kind::Remove ? Status::Ok : Status::NotFound;
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
                r.status = Status::Unavailable;
                r.message = tr("No keychain is available on this system; Referral Desk keeps "
                               "sign-in secrets only there.");
                break;
            case QKeychain::AccessDeniedByUser:
            case QKeychain::AccessDenied:
                r.status = Status::Unavailable;
                r.message = tr("Access to the keychain was denied. Allow Referral Desk to use it, "
                               "or unlock it, and try again.");
                break;
            default:
                r.status = Status::Failed;
                r.message = tr("The keychain reported an error: %1").arg(finished->errorString());
                break;
            }
            if (r.status != Status::Ok && r.status != Status::NotFound)
                qCWarning(lcCredentials).noquote()
                    << "keychain job failed:" << finished->errorString();
            done(r);
        });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace rd
