#pragma once

#include "store/store.h"

/// Runs what the app's sync engine does at idle after a first sync (SearchFill, then
/// FitStore::fill) until nothing is left: a test that stores many referrals at once searches
/// and counts them afterwards, as the app does once it is idle; `batch` rowids a transaction.
/// False when a step failed (Store::lastError says why).
inline bool runFills(rd::Store &store, int batch = 100000)
{
    for (const auto step : { &rd::Store::indexForSearch, &rd::Store::countFits }) {
        for (int done = (store.*step)(batch); done != 0; done = (store.*step)(batch)) {
            if (done < 0)
                return false;
        }
    }
    return true;
}
