#pragma once

#include <QString>

class QWidget;

namespace rd {

class Store;

/// Opens the local database at startup, talking to the person when it cannot: a damaged file is
/// moved aside (after asking) and rebuilt from Partner Center; a file from a newer version is
/// left alone. Returns false when the app cannot go on.
bool openStoreInteractively(Store &store, const QString &path, QWidget *parent = nullptr);

} // namespace rd
