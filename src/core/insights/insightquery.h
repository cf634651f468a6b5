#pragma once

#include "insights.h"

namespace rd {

class DeadlinePolicy;
class Store;

/// Reads the rows the insights are computed from: every referral received in [from, to), open or
/// archived, from the store's columns (no document is parsed). On failure the rows are empty
/// and the store's lastError() says why.
namespace InsightQuery {

QList<InsightRow> rows(
    const Store &store, const QDateTime &from, const QDateTime &to, const DeadlinePolicy &policy);

} // namespace InsightQuery

} // namespace rd
