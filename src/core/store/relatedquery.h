#pragma once

#include "domain/referral.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>

namespace rd {

class StoreDb;

/// Another referral from the same customer (issue 18): what the details pane and `show` list
/// under "Also from this customer".
struct RelatedReferral
{
    QString id;
    QString name;
    QString customer;
    Stage stage = Stage::New;
    Outcome outcome = Outcome::None;
    QString status; ///< the service's status, for an outcome Labels does not know
    QDateTime created;
    QDateTime closed;
    bool operator==(const RelatedReferral &) const = default;
};

/// The two columns a referral is matched on, as ReferralRepository writes them and
/// CustomerBackfill fills them for older rows. Never null: '' is "nothing to match on".
namespace CustomerColumns {
/// CustomerKey::ofName of the customer's name.
QString key(const QString &customerName);
/// The first organisation mail domain (CustomerKey::ofEmail) among the customer's contacts.
QString mailDomain(const QList<Contact> &customerTeam);
/// The same from a stored document, without reading the whole referral (the backfill reads a
/// million of them).
QString mailDomain(const QJsonObject &document);
} // namespace CustomerColumns

/// Finds referrals from the same customer: the same customer key or the same organisation mail
/// domain. Both read the partial indexes of format 15 (referrals_by_customer_key,
/// referrals_by_mail_domain), so their cost follows the matches, not the archive.
class RelatedQuery
{
public:
    explicit RelatedQuery(StoreDb &db);

    /// The other received referrals of `id`'s customer, open and archived, newest first, at
    /// most `limit`. Empty when there are none, when `id` is unknown, or when reading failed
    /// (StoreDb::lastError()).
    QList<RelatedReferral> of(const QString &id, int limit = 20) const;
    /// The New and Evaluating referrals that have at least one related referral: the board's
    /// mark. One query over the open referrals against the indexes.
    QSet<QString> openWithRelated() const;

    /// The statements above, for tests that read their query plans.
    static QString relatedSql();
    static QString openWithRelatedSql();

private:
    StoreDb *m_db;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::RelatedReferral)
