#include "databasecommands.h"

#include "cli.h"
#include "store/store.h"
#include "store/storecompaction.h"
#include "store/storerepair.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace rd::DatabaseCommands {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

/// `repair`: keeps a damaged database aside and starts a new one with what can still be read of
/// it (StoreRepair); a database that is not damaged is left exactly as it is.
int repair(const QString &path, QTextStream &out, QTextStream &err)
{
    const QString shown = QDir::toNativeSeparators(path);
    const StoreError state = StoreRepair::check(path);
    if (state.kind == StoreError::Kind::None) {
        out << (QFile::exists(path) ? t("The database %1 is not damaged; nothing was changed.")
                                    : t("There is no database at %1; nothing was changed."))
                   .arg(shown)
            << Qt::endl;
        return Cli::Done;
    }
    if (state.kind != StoreError::Kind::Corrupt) {
        err << state.message << Qt::endl;
        return Cli::BadInput;
    }
    const SalvageReport report = StoreRepair::repair(path);
    if (report.error) {
        err << report.error.message << Qt::endl;
        return Cli::BadInput;
    }
    out << StoreRepair::summary(report) << Qt::endl
        << t("Queued actions: %1 saved, %2 lost").arg(report.actionsSaved).arg(report.actionsLost)
        << Qt::endl
        << t("History entries: %1 saved, %2 lost").arg(report.historySaved).arg(report.historyLost)
        << Qt::endl
        << t("Notifications given: %1 saved, %2 lost")
               .arg(report.notifiedSaved)
               .arg(report.notifiedLost)
        << Qt::endl;
    return Cli::Done;
}

/// `compact`: an older database made as small as a new one (StoreCompaction).
int compact(Store &store, QTextStream &out, QTextStream &err)
{
    out << t("Compacting %1. With a large archive this takes minutes.")
               .arg(QDir::toNativeSeparators(store.path()))
        << Qt::endl;
    const CompactionReport report = StoreCompaction::run(store);
    if (report.error) {
        err << report.error.message << Qt::endl;
        return Cli::BadInput;
    }
    const QLocale locale;
    out << t("Done: %1 before, %2 now. Referrals stored compressed: %3.")
               .arg(locale.formattedDataSize(report.bytesBefore),
                   locale.formattedDataSize(report.bytesAfter),
                   locale.toString(report.rowsRewritten))
        << Qt::endl;
    return Cli::Done;
}

} // namespace rd::DatabaseCommands
