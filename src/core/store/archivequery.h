#pragma once

#include "domain/referral.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <functional>
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

/// Where a page of the archive ended: the next page starts after this row, in the page's order
/// (keyset paging: reading page 500 costs what reading page 1 does, unlike an OFFSET).
struct ArchiveKey
{
    int group = 0; ///< orders by value (outcome, country, size, reason): the value's place
    QVariant value; ///< the sorted column's value as the index holds it
    qint64 at = 0; ///< when the row was archived (ms since the epoch)
    qint64 rowid = 0; ///< the row itself: a unique last key
};

struct ArchivePage
{
    QList<ArchiveRow> rows;
    std::optional<ArchiveKey> next; ///< where the following page starts; empty: no more rows
    /// The order of values the page was read in (sorted by labels); the next page must be
    /// asked for in the same one.
    QStringList valueOrder;
};

struct ArchiveSql; // a filter as SQL (archivequery.cpp)

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
    /// A page of rows after `after` (from the first row without it), read in the order of an
    /// index wherever one serves (issue 15): the most recently archived first, any column
    /// either way, fragment searches in the order of the search index (newest stored first)
    /// when sorted by relevance. `valueOrder` as for rows(). Within equal values, the most
    /// recently archived first.
    ArchivePage page(const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order,
        const std::optional<ArchiveKey> &after, int limit,
        const QStringList &valueOrder = {}) const;
    int count(const ArchiveFilter &filter) const;
    /// count(), counting no further than `cap` + 1: the answer is more than `cap` when it
    /// exceeds it. Without a filter, the exact total from the indexes; a negative cap counts
    /// everything.
    int count(const ArchiveFilter &filter, int cap) const;
    /// count() with no filter but the direction, read from indexes alone: the outgoing column
    /// sits after the stored documents, so testing it row by row reads every archived
    /// referral's JSON from disk (about 0.5 s per 300 000, warm).
    int total(bool outgoing) const;
    /// The distinct countries ("country") or company sizes ("size") in the archive.
    QStringList values(const char *column) const;

    /// The deal value in whole units of its currency (`table` is "r." or empty), as the column
    /// sorts and its index (format 11) holds it.
    static QString dealUnits(const QString &table);

    /// Whether typed text has anything to look for (SearchText::terms); punctuation alone has not.
    static bool hasSearchText(const QString &text);

    /// The index format 11 made for sorting the received archive by `column`.
    static QString indexFor(ArchiveColumn column);

    /// For tests: called with each page statement's text and its query plan (SQLite's
    /// EXPLAIN QUERY PLAN details) before the statement runs; empty to stop. Process-wide.
    using PlanObserver = std::function<void(const QString &sql, const QStringList &plan)>;
    static void observePlans(PlanObserver observer);

private:
    ArchivePage groupedPage(const ArchiveFilter &filter, ArchiveColumn sort, Qt::SortOrder order,
        const std::optional<ArchiveKey> &after, int limit, const QStringList &valueOrder) const;
    /// The distinct values of a grouped column among the archived referrals of one direction,
    /// one index step per value.
    QVariantList distinct(ArchiveColumn column, bool outgoing) const;
    /// Hands the statement's plan to the observer, when a test set one.
    void explain(const QString &sql, const QVariantList &binds) const;
    /// The rows of a page statement (selectColumns) up to `limit`, each checked against
    /// `check` (then selected with its text columns too) where the search index only narrowed
    /// them down; `last` is the key of the last one kept, `seen` of the last one read, and
    /// `examined` counts the rows read.
    QList<ArchiveRow> read(const QString &sql, const QVariantList &binds,
        std::optional<ArchiveKey> *last, const char *what, const QStringList &check = {},
        int limit = -1, std::optional<ArchiveKey> *seen = nullptr, int *examined = nullptr) const;
    /// How many rows of `s` hold its terms to check, stopping at `stopAt` (negative: all).
    int countChecked(const ArchiveSql &s, int stopAt) const;

    StoreDb *m_db;
};

} // namespace rd
