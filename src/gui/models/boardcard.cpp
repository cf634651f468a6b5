#include "boardcard.h"

namespace rd {

BoardCard::BoardCard(const Referral &r)
    : id(r.id)
    , name(r.name)
    , customer(r.customerProfile.name)
    , country(r.customerProfile.address.country)
    , size(r.customerProfile.size)
    , status(r.status)
    , substatus(r.substatus)
    , statusReason(r.statusReason)
    , lastOpenSubstatus(r.lastOpenSubstatus)
    , currency(r.details.currency)
    , created(r.createdDateTime)
    , updated(r.updatedDateTime)
    , expiration(r.expirationDateTime)
    , accepted(r.acceptedDateTime)
    , closed(r.closedDateTime)
    , interested(r.interestedDateTime)
    , closing(r.details.closingDateTime)
    , dealValue(r.details.dealValue)
    , stage(r.stage())
    , outgoing(r.isOutgoing())
    , needsRefresh(r.needsRefresh)
{
}

Referral BoardCard::referral() const
{
    Referral r;
    r.id = id;
    r.name = name;
    r.customerProfile.name = customer;
    r.customerProfile.address.country = country;
    r.customerProfile.size = size;
    r.status = status;
    r.substatus = substatus;
    r.statusReason = statusReason;
    r.lastOpenSubstatus = lastOpenSubstatus;
    r.details.currency = currency;
    r.createdDateTime = created;
    r.updatedDateTime = updated;
    r.expirationDateTime = expiration;
    r.acceptedDateTime = accepted;
    r.closedDateTime = closed;
    r.interestedDateTime = interested;
    r.details.closingDateTime = closing;
    r.details.dealValue = dealValue;
    if (outgoing)
        r.direction = QStringLiteral("Outgoing");
    r.needsRefresh = needsRefresh;
    return r;
}

} // namespace rd
