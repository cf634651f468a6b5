#include "referralrepository.h"
#include "relatedquery.h"
#include "sqlvalues.h"

namespace rd {

// What a referral's row holds beside its document, made from the referral alone: by
// ReferralRepository::write, and beforehand on a sync's worker thread (PackedReferral).

SearchColumns SearchColumns::of(const Referral &r)
{
    SearchColumns t;
    QStringList products;
    const Requirements &req = r.details.requirements;
    for (const QList<Solution> *list : { &req.products, &req.solutions, &req.services }) {
        for (const Solution &s : *list) {
            if (!s.name.trimmed().isEmpty())
                products.append(s.name.trimmed());
        }
    }
    if (!products.isEmpty())
        t.products = QLatin1Char('\n') + products.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QStringList contacts;
    for (const QList<Contact> *list : { &r.customerProfile.team, &r.team }) {
        for (const Contact &c : *list)
            contacts.append(c.displayName());
    }
    t.contacts = contacts.join(QLatin1Char('\n'));
    return t;
}

QVariantList ReferralRepository::customerColumns(const Referral &view)
{
    // Who the customer is, for "Also from this customer" (RelatedQuery); never NULL, which is
    // what CustomerBackfill looks for.
    return { CustomerColumns::key(view.customerProfile.name),
        CustomerColumns::mailDomain(view.customerProfile.team) };
}

QVariantList ReferralRepository::featureColumns(const Referral &view)
{
    // As FitStore read them from the document before: the first industry's name and the
    // qualification, '' where the document has none.
    const QJsonValue industry = view.raw.value(QLatin1String("details"))
                                    .toObject()
                                    .value(QLatin1String("requirements"))
                                    .toObject()
                                    .value(QLatin1String("industries"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("name"));
    return { sql::text(industry.toString()),
        sql::text(view.raw.value(QLatin1String("qualification")).toString()) };
}

QStringList ReferralRepository::boundSearchColumns(
    const Referral &view, const SearchColumns &columns)
{
    QStringList bound;
    bound.reserve(7);
    for (const QString *column : { &view.customerProfile.name, &view.name, &view.details.notes,
             &view.customerProfile.address.city })
        bound.append(sql::text(*column).toString());
    bound.append(sql::text(view.customerProfile.address.country.toUpper()).toString());
    bound.append(sql::text(columns.products).toString());
    bound.append(sql::text(columns.contacts).toString());
    return bound;
}

} // namespace rd
