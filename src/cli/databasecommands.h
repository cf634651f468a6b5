#pragma once

#include <QString>
#include <QTextStream>

namespace rd {

class Store;

/// The commands that look after the database file itself rather than the referrals in it. Each
/// returns the command's exit code (Cli::Exit).
namespace DatabaseCommands {

/// `repair`: keeps a damaged database at `path` aside and starts a new one with what can still
/// be read of it (StoreRepair); a database that is not damaged is left exactly as it is. Runs
/// before the store is opened, which would stop at the damage.
int repair(const QString &path, QTextStream &out, QTextStream &err);

/// `compact`: an older database made as small as a new one (StoreCompaction).
int compact(Store &store, QTextStream &out, QTextStream &err);

} // namespace DatabaseCommands

} // namespace rd
