#include "simquirks.h"

namespace rd::sim {

Quirks Quirks::live()
{
    Quirks q;
    q.refuseUpdatedFilter = true;
    q.ignoreRequestId = true;
    q.retryAfterAsDate = true;
    q.serviceExpiry = true;
    q.outgoingReferrals = true;
    return q;
}

namespace {

struct QuirkField
{
    const char *name;
    bool Quirks::*member;
};

constexpr QuirkField kQuirkFields[] = {
    { "refuseUpdatedFilter", &Quirks::refuseUpdatedFilter },
    { "ignoreRequestId", &Quirks::ignoreRequestId },
    { "retryAfterAsDate", &Quirks::retryAfterAsDate },
    { "serviceExpiry", &Quirks::serviceExpiry },
    { "outgoingReferrals", &Quirks::outgoingReferrals },
    { "ignoreSelect", &Quirks::ignoreSelect },
};

} // namespace

QJsonObject Quirks::toJson() const
{
    QJsonObject o;
    for (const QuirkField &f : kQuirkFields)
        o.insert(QLatin1String(f.name), this->*f.member);
    return o;
}

bool Quirks::apply(const QJsonObject &o, QString *error)
{
    if (o.value(QLatin1String("live")).toBool())
        *this = live();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("live"))
            continue;
        bool known = false;
        for (const QuirkField &f : kQuirkFields) {
            if (it.key() == QLatin1String(f.name)) {
                this->*f.member = it.value().toBool();
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral("unknown quirk \"%1\"").arg(it.key());
            return false;
        }
    }
    return true;
}

} // namespace rd::sim
