#pragma once

// How the sync run learns that a store call failed, and the error that then stops it. Shared by
// the engine, the pusher and the puller.

#include "remote/apierror.h"
#include "store/store.h"

namespace rd {

/// A store call of a sync run failed: the error that stops the run, ApiError::Kind::Local with
/// the store's own message (Store::lastError(); read it right after the failed call, as the
/// next failure replaces it), or one naming the file where the store gave no reason.
ApiError storeFailure(const Store &store);
/// The same for `error`, a failure of a store on the file `path` (another thread's).
ApiError storeFailure(const StoreError &error, const QString &path);

/// Whether a store call whose result is also a normal answer (an empty list, nothing found, no
/// row changed) failed: made just before the call (it clears Store::lastError()), asked after.
class StoreWatch
{
public:
    explicit StoreWatch(const Store &store)
        : m_store(store)
    {
        store.clearLastError(); // whatever it records from here on is this call's failure
    }
    bool failed() const { return bool(m_store.lastError()); }

private:
    const Store &m_store;
};

} // namespace rd
