#include "startup.h"

#include "store/store.h"
#include "store/storerepair.h"

#include <QApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rd {

namespace {

/// Runs `work` on a thread of its own while the GUI thread keeps painting; a busy dialog says
/// what is happening when it takes more than a moment.
void runWithBusyDialog(const QString &title, const QString &text, const std::function<void()> &work,
    QWidget *parent)
{
    QProgressDialog progress(text, QString(), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(400); // a small database is done before anything shows
    progress.setAutoClose(false);
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create(work));
    worker->setObjectName(QStringLiteral("store startup"));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
}

/// A database of an earlier format is brought up to this one before the GUI thread opens it:
/// new indexes over a million archived referrals take a minute or more, once. A connection of
/// its own on a worker thread; opening it on the GUI thread afterwards finds nothing to do.
void migrateFirst(const QString &path, QWidget *parent)
{
    if (Store::formatOf(path) >= Store::schemaVersion)
        return; // current (or no file yet, or newer: the open below says so)
    runWithBusyDialog(QApplication::translate("Startup", "Updating the Local Database"),
        QApplication::translate("Startup",
            "Updating the local database for this version of Referral Desk. This happens once "
            "and can take a few minutes for a large archive…"),
        [path] {
            Store migrating;
            migrating.open(path); // errors are met again, and reported, by the open that follows
        },
        parent);
}

/// The whole-file check after a crash, on a thread of its own with its own connection: it
/// reads every page (seconds for a large archive).
StoreError checkAfterCrash(const QString &path, QWidget *parent)
{
    StoreError result;
    runWithBusyDialog(QApplication::translate("Startup", "Checking the Local Database"),
        QApplication::translate("Startup",
            "Referral Desk did not close properly last time. Checking the local database before "
            "it is used…"),
        [&result, path] { result = StoreRepair::check(path); }, parent);
    return result;
}

} // namespace

bool openStoreInteractively(Store &store, const QString &path, QWidget *parent)
{
    const QString cannotStart = QApplication::translate("Startup", "Referral Desk cannot start");
    migrateFirst(path, parent);
    StoreError error = store.open(path);
    if (!error && store.checkNeeded()) {
        const StoreError damage = checkAfterCrash(store.path(), parent);
        if (damage.kind == StoreError::Kind::Corrupt) {
            store.close();
            error = damage;
        } else if (damage) {
            // The check could not read the file; the open connection could. Go on, and ask
            // again at the next start.
            qCWarning(lcStore).noquote() << damage.message;
        }
    }
    if (!error)
        return true;
    // Only damage is repaired: a full disk, a read-only folder or a newer format each say what
    // to do instead, and moving such a file aside would only hide the person's data.
    if (error.kind != StoreError::Kind::Corrupt) {
        QMessageBox::critical(parent, cannotStart, error.message);
        return false;
    }
    QMessageBox box(QMessageBox::Warning,
        QApplication::translate("Startup", "Damaged local database"), error.message,
        QMessageBox::NoButton, parent);
    box.setInformativeText(QApplication::translate("Startup",
        "Referral Desk can keep the damaged file for inspection, start a new database with the "
        "actions not sent yet and the history that can still be read from it, and bring your "
        "referrals back from Partner Center at the next sync."));
    QPushButton *rebuild = box.addButton(
        QApplication::translate("Startup", "Move Aside and Rebuild"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(rebuild);
    box.exec();
    if (box.clickedButton() != rebuild)
        return false; // a declined rebuild needs no second message

    // Salvage first (issue 14): the person's unsent actions live in this file only.
    const SalvageReport report = StoreRepair::repair(error.path);
    if (report.error) {
        QMessageBox::critical(parent, cannotStart, report.error.message);
        return false;
    }
    if (const StoreError again = store.open(path)) {
        QMessageBox::critical(parent, cannotStart, again.message);
        return false;
    }
    QMessageBox::information(parent, QApplication::translate("Startup", "Database rebuilt"),
        StoreRepair::summary(report));
    return true;
}

} // namespace rd
