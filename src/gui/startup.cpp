#include "startup.h"

#include "store/store.h"
#include "store/storerepair.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace rd {

bool openStoreInteractively(Store &store, const QString &path, QWidget *parent)
{
    const QString cannotStart = QApplication::translate("Startup", "Referral Desk cannot start");
    const StoreError error = store.open(path);
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
