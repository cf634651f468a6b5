#pragma once

class QString;

namespace rd {

class StoreDb;

/// Keys the referrals stored before format 15 (customer_key and mail_domain, see
/// RelatedQuery), a batch at a time. The migration only adds the columns, so opening a million
/// archived referrals stays quick; the sync engine calls step() while it is idle, on its own
/// thread and connection, and the GUI thread never waits for it.
///
/// It walks the table once in rowid order and remembers in sync_state where it got to and that
/// it is done, so a restart resumes and a finished store is never read again. Rows written since
/// format 15 are keyed by ReferralRepository::write and merely passed over.
class CustomerBackfill
{
public:
    explicit CustomerBackfill(StoreDb &db);

    static constexpr int batchSize = 2000;

    /// Keys up to `batch` rows in one write transaction. Returns how many rows it keyed, 0 when
    /// nothing is left (then it records that it is done), -1 when the database failed
    /// (StoreDb::lastError(); a later step tries again).
    int step(int batch = batchSize);
    /// Whether every row has been keyed (read from sync_state; cheap).
    bool done() const;

private:
    bool record(const char *key, const QString &value);
    StoreDb *m_db;
};

} // namespace rd
