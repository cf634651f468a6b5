// The Referrals API's JSON read into a Referral (src/core/domain/referraljson.cpp): what every
// page the sync pulls and every stored copy goes through. Any bytes: never a crash, never
// undefined behaviour; a refusal always says why; what was read reads again the same way from
// the compact text the store keeps; instants and deal values survive their own formatting.

#include "fuzzsupport.h"

#include "domain/money.h"
#include "domain/referraljson.h"

#include <QJsonDocument>

using namespace rd;
using rd::fuzz::check;

namespace {

void checkInstant(const QDateTime &t, const char *field)
{
    if (!t.isValid())
        return;
    const QString text = ReferralJson::formatInstant(t);
    check(ReferralJson::parseInstant(text) == t, field, text.toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    rd::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ParseResult r = ReferralJson::parse(rd::fuzz::bytes(data, size));
    if (!r.ok()) {
        check(r.error.code != ParseError::Code::None && !r.error.message.isEmpty(),
            "a document refused without a reason");
        return 0;
    }
    check(r.error.code == ParseError::Code::None, "a referral read with an error");
    const Referral &ref = *r.referral;
    check(!ref.id.isEmpty() && ref.id == ref.id.trimmed(), "an id that cannot match", ref.id.toUtf8());

    // The store keeps raw as compact JSON and reads it back with fromObject (sqlvalues.h).
    const QByteArray stored = QJsonDocument(ref.raw).toJson(QJsonDocument::Compact);
    const ParseResult again = ReferralJson::parse(stored);
    check(again.ok() && *again.referral == ref, "the stored copy reads differently", stored);

    checkInstant(ref.createdDateTime, "createdDateTime");
    checkInstant(ref.updatedDateTime, "updatedDateTime");
    checkInstant(ref.expirationDateTime, "expirationDateTime");
    checkInstant(ref.details.closingDateTime, "details.closingDateTime");

    // A deal value in range goes back to the remote as the same number (Money::toJson), and to
    // files and scripts as decimal text that reads back the same.
    if (const std::optional<MinorUnits> value = ref.details.dealValue) {
        const QString &currency = ref.details.currency;
        const QString text = Money::toDecimal(*value, currency);
        check(Money::fromDecimal(text, currency).value == value, "deal value as text", text.toUtf8());
        if (*value >= -Money::maxMinorUnits && *value <= Money::maxMinorUnits) {
            const Money::Decimal json = Money::fromJson(Money::toJson(*value, currency), currency);
            check(json.value == value && !json.rounded, "deal value as JSON", text.toUtf8());
        }
    }

    // Derived facts the board shows: any text in status fields must be handled.
    (void)ref.stage();
    (void)ref.outcome();
    (void)ref.stageText();
    (void)ref.isOutgoing();
    return 0;
}
