// The JSON Patch each action sends (Lifecycle::patch and the PatchBuilder in
// src/core/domain/lifecycle.cpp), built against any referral the remote could send.
//
// Input: a referral document, optionally followed by a NUL byte and bytes that choose one action
// and its input (FuzzedDataProvider). A document alone (the simulator's seeds) is tried with
// every action and a typical valid input for each. Whenever validate() accepts the input, the
// patch must be valid JSON of add/replace operations on JSON Pointers, apply cleanly to the
// referral's own document (the simulator applies it the same way), move the referral to the
// action's stage, count as reflected in that result (else the sync would send it again), and
// be the same built from the input as queued (editedOnly) as from the input typed.

#include "fuzzsupport.h"

#include "domain/clock.h"
#include "domain/jsonpatch.h"
#include "domain/lifecycle.h"
#include "domain/referraljson.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QJsonDocument>

using namespace rd;
using rd::fuzz::check;

namespace {

const QDate kToday(2026, 12, 1);
const QDateTime kNow = utcDateTime(kToday, QTime(12, 0));

QByteArray describe(Action action, const QJsonArray &patch)
{
    return Lifecycle::actionKey(action).toUtf8() + ' '
        + QJsonDocument(patch).toJson(QJsonDocument::Compact);
}

void tryAction(const Referral &ref, Action action, const ActionInput &input)
{
    const QList<FieldError> errors = Lifecycle::validate(ref, action, input, kToday);
    for (const FieldError &e : errors)
        check(!e.message.isEmpty(), "a refusal without words");
    if (!errors.isEmpty())
        return;

    const ActionInput queued = Lifecycle::editedOnly(ref, action, input);
    const QJsonArray patch = Lifecycle::patch(ref, action, queued);
    check(!patch.isEmpty(), "a valid action with nothing to send",
        Lifecycle::actionKey(action).toUtf8());
    check(patch == Lifecycle::patch(ref, action, input), "the queued input sends something else",
        describe(action, patch));

    const QByteArray body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    QJsonParseError parseError;
    const QJsonDocument reread = QJsonDocument::fromJson(body, &parseError);
    check(parseError.error == QJsonParseError::NoError && reread.isArray()
            && reread.array() == patch,
        "the PATCH body is not the JSON it was built from", body);
    for (const QJsonValue &op : patch) {
        const QString name = op.toObject().value(QLatin1String("op")).toString();
        QStringList tokens;
        check(name == QLatin1String("add") || name == QLatin1String("replace"), "operation", body);
        check(JsonPatch::parsePointer(op.toObject().value(QLatin1String("path")).toString(), &tokens)
                && !tokens.isEmpty(),
            "path", body);
    }

    QJsonObject document = ref.raw;
    QString why;
    check(JsonPatch::apply(document, patch, &why), "the patch does not apply to its referral",
        describe(action, patch) + '\n' + why.toUtf8());

    const Referral next = Lifecycle::applied(ref, action, queued, kNow);
    check(next.stage() == Lifecycle::stageAfter(action), "the action ends in another stage",
        describe(action, patch));
    check(Lifecycle::isReflectedIn(next, action, queued),
        "an applied action does not count as reflected (it would be sent again)",
        describe(action, patch));
    if (action == Action::EditDeal) {
        check(Lifecycle::patch(next, action, queued).isEmpty(),
            "an applied deal edit still has something to send", describe(action, patch));
    }
}

/// A typical valid input for each action, for documents without an input of their own.
void tryEveryAction(const Referral &ref)
{
    const QDate closing = kToday.addDays(120);
    tryAction(ref, Action::Interested, {});
    tryAction(ref, Action::NoThanks, { {}, {}, {}, {}, QStringLiteral("Not for us") });
    tryAction(ref, Action::Accept, { 1'250'000, QStringLiteral("EUR"), closing, {}, {} });
    tryAction(ref, Action::Decline,
        { {}, {}, {}, QStringLiteral("Deal too small"), QStringLiteral("below our minimum") });
    tryAction(ref, Action::Won, {});
    tryAction(ref, Action::Lost, { {}, {}, {}, QStringLiteral("Price"), {} });
    tryAction(ref, Action::EditDeal,
        { 990'000, QStringLiteral("usd"), closing.addDays(30), {}, QStringLiteral("bigger") });
    // Only the value: the notes stay as they were (a null note).
    tryAction(ref, Action::EditDeal, { 990'001, {}, {}, {}, QString() });
    // Only the notes, cleared.
    tryAction(ref, Action::EditDeal, { {}, {}, {}, {}, QStringLiteral("") });
}

QString text(FuzzedDataProvider &in, size_t maxLength)
{
    return QString::fromStdString(in.ConsumeRandomLengthString(maxLength));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    rd::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray all = rd::fuzz::bytes(data, size);
    const qsizetype split = all.indexOf('\0');
    const ParseResult parsed = ReferralJson::parse(split < 0 ? all : all.left(split));
    if (!parsed.ok())
        return 0;
    const Referral &ref = *parsed.referral;
    if (split < 0) {
        tryEveryAction(ref);
        return 0;
    }

    FuzzedDataProvider in(data + split + 1, size - size_t(split) - 1);
    const Action action = in.PickValueInArray({ Action::Interested, Action::NoThanks,
        Action::Accept, Action::Decline, Action::Won, Action::Lost, Action::EditDeal });
    ActionInput input;
    if (in.ConsumeBool())
        input.dealValue = in.ConsumeIntegral<MinorUnits>();
    if (in.ConsumeBool())
        input.closingDate = kToday.addDays(in.ConsumeIntegralInRange<int>(-800, 40'000));
    input.currency = text(in, 8);
    input.reason = text(in, 600);
    input.note = in.ConsumeBool() ? QString() : text(in, 12'000);
    tryAction(ref, action, input);
    return 0;
}
