#include "startup.h"

#include "store/store.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace rd {

bool openStoreInteractively(Store &store, const QString &path, QWidget *parent)
{
    QString movedTo;
    const StoreError error = store.openOrRecover(
        path,
        [parent](const StoreError &damaged) {
            QMessageBox box(QMessageBox::Warning,
                QApplication::translate("Startup", "Damaged local database"), damaged.message,
                QMessageBox::NoButton, parent);
            box.setInformativeText(QApplication::translate("Startup",
                "Referral Desk can keep the damaged file for inspection and rebuild the "
                "database from Partner Center at the next sync. Actions that were not sent "
                "yet are in the damaged file only."));
            QPushButton *rebuild
                = box.addButton(QApplication::translate("Startup", "Move Aside and Rebuild"),
                    QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(rebuild);
            box.exec();
            return box.clickedButton() == rebuild;
        },
        &movedTo);

    if (!error) {
        if (!movedTo.isEmpty()) {
            QMessageBox::information(parent, QApplication::translate("Startup", "Database rebuilt"),
                QApplication::translate("Startup", "The damaged database was kept as %1.")
                    .arg(movedTo));
        }
        return true;
    }
    if (error.kind != StoreError::Kind::Corrupt) // a declined rebuild needs no second message
        QMessageBox::critical(parent,
            QApplication::translate("Startup", "Referral Desk cannot start"), error.message);
    return false;
}

} // namespace rd
