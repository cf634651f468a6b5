#include "storefailure.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

ApiError storeFailure(const Store &store)
{
    return storeFailure(store.lastError(), store.path());
}

ApiError storeFailure(const StoreError &error, const QString &path)
{
    if (error && !error.message.isEmpty())
        return ApiError::local(error.message);
    // A call that failed without saying why: still the database, never the service or the
    // network, and the file is named so the person knows which one.
    return ApiError::local(QCoreApplication::translate(
        "rd::ReferralPuller", "The local database %1 could not be read or written.")
                               .arg(QDir::toNativeSeparators(path)));
}

} // namespace rd
