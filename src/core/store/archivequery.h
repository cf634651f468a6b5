#pragma once

#include "domain/referral.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace rd {

class StoreDb;

/// One line of the archive table: the columns only, no JSON parsing.
struct ArchiveRow
{
    QString id;
    QString customerName;
    QString name;
    Outcome outcome = Outcome::Unknown;
    QString status;
    QString country;
    QString size;
    std::optional<MinorUnits> dealValue;
    QString currency;
    QDateTime closingDateTime;
    QDateTime createdDateTime;
    QDateTime closedDateTime;
    QString statusReason;
};

struct ArchiveFilter
{
    QString text; ///< what the person typed; each fragment found anywhere, never parsed as syntax
    QList<Outcome> outcomes; ///< empty: all
    QDate closedFrom; ///< inclusive, UTC date of closing; invalid: open-ended
    QDate closedTo; ///< inclusive
    QStringList countries; ///< ISO 3166 alpha-2; empty: all
    QStringList sizes; ///< remote size values; empty: all
    QString product; ///< a product or solution name, matched exactly
    bool outgoing = false; ///< referrals this partner sent instead of the ones it received
};

enum class ArchiveColumn {
    Relevance, ///< most recently closed first (fragment matches are not ranked)
    Customer,
    Name,
    Outcome,
    Country,
    Size,
    DealValue,
    ClosingDate,
    Created,
    Closed,
    Reason,
};

/// Reads the archive (the referrals that left the board) from its columns and its full-text
/// index: pages of rows, counts and the values the filters offer. Reads only; a failed call
/// records why in StoreDb::lastError() and returns an empty answer.
class ArchiveQuery
{
public:
    explicit ArchiveQuery(StoreDb &db);

    /// A page of rows. Sorted by Country or Size with `valueOrder` (the column's values in the
    /// order their labels sort), in that order; values it does not list after the ones it does.
    QList<ArchiveRow> rows(const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order,
        int offset, int limit, const QStringList &valueOrder = {}) const;
    int count(const ArchiveFilter &filter) const;
    /// count() with no filter but the direction, read from indexes alone: the outgoing column
    /// sits after the stored documents, so testing it row by row reads every archived
    /// referral's JSON from disk (about 0.5 s per 300 000, warm).
    int total(bool outgoing) const;
    /// The distinct countries ("country") or company sizes ("size") in the archive.
    QStringList values(const char *column) const;

    /// Whether typed text has anything to look for (SearchText::terms); punctuation alone has not.
    static bool hasSearchText(const QString &text);

private:
    StoreDb *m_db;
};

} // namespace rd
