#pragma once

#include "store/store.h"

/// Runs what the app's sync engine does at idle after a first sync (SearchFill, then
/// FitStore::fill) until nothing is left: a test that stores many referrals at once searches
/// and counts them afterwards, as the app does once it is idle. False when a step failed.
inline bool runFills(rd::Store &store)
{
    for (int done = store.indexForSearch(100000); done != 0; done = store.indexForSearch(100000)) {
        if (done < 0)
            return false;
    }
    for (int done = store.countFits(100000); done != 0; done = store.countFits(100000)) {
        if (done < 0)
            return false;
    }
    return true;
}
