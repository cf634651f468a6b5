#include "lifecycle.h"

#include "clock.h"
#include "jsonpatch.h"
#include "money.h"
#include "referraljson.h"

#include <QLocale>

namespace rd {

namespace {

struct ActionInfo
{
    Action action;
    Stage from;
    Stage to;
    const char *key;
};

constexpr ActionInfo kActions[] = {
    { Action::Interested, Stage::New, Stage::Evaluating, "interested" },
    { Action::NoThanks, Stage::New, Stage::Archived, "no-thanks" },
    { Action::Accept, Stage::Evaluating, Stage::Negotiating, "accept" },
    { Action::Decline, Stage::Evaluating, Stage::Archived, "decline" },
    { Action::Won, Stage::Negotiating, Stage::Archived, "won" },
    { Action::Lost, Stage::Negotiating, Stage::Archived, "lost" },
    { Action::EditDeal, Stage::Negotiating, Stage::Negotiating, "edit-deal" },
};

const ActionInfo &info(Action action)
{
    for (const ActionInfo &i : kActions) {
        if (i.action == action)
            return i;
    }
    Q_UNREACHABLE();
}

// The outcome words the client reads out of statusReason; a typed reason must not collide.
bool isReservedReason(const QString &reason)
{
    for (const char *word : { "Skipped", "Missed", "Expired" }) {
        if (reason.trimmed().compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString reasonText(const ActionInput &input)
{
    const QString reason = input.reason.trimmed();
    const QString note = input.note.trimmed();
    //: A decline or loss reason followed by the person's own words
    return note.isEmpty() ? reason : Lifecycle::tr("%1: %2").arg(reason, note);
}

/// The currency an input's deal value is in: the one given with it, or the referral's own.
QString valueCurrency(const Referral &referral, const ActionInput &input)
{
    const QString given = input.currency.trimmed().toUpper();
    return given.isEmpty() ? referral.details.currency : given;
}

/// Builds a patch against the referral's raw document: "replace" where the member exists, "add"
/// where it does not (RFC 6902 replace on a missing member fails).
class PatchBuilder
{
public:
    explicit PatchBuilder(const QJsonObject &raw)
        : m_raw(raw)
    {
    }

    void set(const char *key, const QJsonValue &value)
    {
        const QString path = QLatin1Char('/') + QLatin1String(key);
        m_ops.append(m_raw.contains(QLatin1String(key)) ? JsonPatch::replace(path, value)
                                                        : JsonPatch::add(path, value));
    }

    void setDetail(const char *key, const QJsonValue &value)
    {
        const QJsonValue details = m_raw.value(QLatin1String("details"));
        if (!details.isObject()) {
            // No details object at all yet: add one holding every detail of this patch.
            m_newDetails.insert(QLatin1String(key), value);
            return;
        }
        const QString path = QStringLiteral("/details/") + QLatin1String(key);
        m_ops.append(details.toObject().contains(QLatin1String(key))
                ? JsonPatch::replace(path, value)
                : JsonPatch::add(path, value));
    }

    QJsonArray take()
    {
        if (!m_newDetails.isEmpty())
            m_ops.append(JsonPatch::add(QStringLiteral("/details"), m_newDetails));
        return m_ops;
    }

private:
    QJsonObject m_raw;
    QJsonArray m_ops;
    QJsonObject m_newDetails;
};

} // namespace

QList<Action> Lifecycle::allActions()
{
    QList<Action> out;
    for (const ActionInfo &i : kActions)
        out.append(i.action);
    return out;
}

QList<Action> Lifecycle::actionsFrom(Stage stage)
{
    QList<Action> out;
    for (const ActionInfo &i : kActions) {
        if (i.from == stage)
            out.append(i.action);
    }
    return out;
}

bool Lifecycle::isAllowed(const Referral &referral, Action action)
{
    // The partner a referral was sent to answers it; the sender only follows it.
    return !referral.hasUnknownStatus() && !referral.isOutgoing()
        && info(action).from == referral.stage();
}

bool Lifecycle::isReflectedIn(const Referral &remote, Action action, const ActionInput &input)
{
    auto is = [](const QString &value, const char *name) {
        return value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    auto dealMatches = [&] {
        const Details &d = remote.details;
        return (!input.dealValue || d.dealValue == input.dealValue)
            && (input.currency.trimmed().isEmpty()
                || d.currency.compare(input.currency.trimmed(), Qt::CaseInsensitive) == 0)
            && (!input.closingDate.isValid()
                || d.closingDateTime.toUTC().date() == input.closingDate);
    };
    switch (action) {
    case Action::Interested:
        return remote.stage() == Stage::Evaluating;
    case Action::NoThanks:
    case Action::Decline:
        return is(remote.status, "Closed") && is(remote.substatus, "Declined");
    case Action::Accept:
        return remote.stage() == Stage::Negotiating && dealMatches();
    case Action::Won:
        return is(remote.status, "Closed") && is(remote.substatus, "Won");
    case Action::Lost:
        return is(remote.status, "Closed") && is(remote.substatus, "Lost");
    case Action::EditDeal:
        // A null note is "the notes as they were" (editedOnly): whatever notes the remote has
        // then, they do not make the edit undone. (Found by tests/fuzz/fuzz_jsonpatch: an edit of
        // the value alone never counted as done, so a lost answer made it a conflict.)
        return remote.stage() == Stage::Negotiating && dealMatches()
            && (input.note.isNull() || input.note == remote.details.notes
                || (input.note.isEmpty() && remote.details.notes.isEmpty()));
    }
    return false;
}

Stage Lifecycle::stageAfter(Action action)
{
    return info(action).to;
}

Move Lifecycle::move(const Referral &referral, Stage to)
{
    Move result;
    const Stage from = referral.stage();
    if (!referral.hasUnknownStatus() && !referral.isOutgoing()) {
        for (const ActionInfo &i : kActions) {
            if (i.from == from && i.to == to && i.from != i.to)
                result.actions.append(i.action);
        }
    }
    if (result.actions.isEmpty()) {
        //: %1 and %2 are stages; %3 says what is possible instead
        result.refusal = referral.isOutgoing() ? whatIsAllowed(referral)
            : from == to
            ? tr("The referral is already in %1.").arg(stageName(to))
            : tr("A referral in %1 can’t be moved to %2. %3")
                  .arg(stageName(from), stageName(to), whatIsAllowed(referral));
    }
    return result;
}

QList<Field> Lifecycle::requiredFields(Action action)
{
    switch (action) {
    case Action::Accept:
        return { Field::DealValue, Field::Currency, Field::ClosingDate };
    case Action::Decline:
    case Action::Lost:
        return { Field::Reason };
    case Action::Interested:
    case Action::NoThanks:
    case Action::Won:
    case Action::EditDeal:
        return {};
    }
    return {};
}

QList<Field> Lifecycle::acceptedFields(Action action)
{
    switch (action) {
    case Action::Interested:
    case Action::Won:
        return {};
    case Action::NoThanks:
        return { Field::Note };
    case Action::Accept:
        return { Field::DealValue, Field::Currency, Field::ClosingDate };
    case Action::Decline:
    case Action::Lost:
        return { Field::Reason, Field::Note };
    case Action::EditDeal:
        return { Field::DealValue, Field::Currency, Field::ClosingDate, Field::Note };
    }
    return {};
}

QList<FieldError> Lifecycle::validate(
    const Referral &referral, Action action, const ActionInput &input, const QDate &today)
{
    QList<FieldError> errors;
    if (!isAllowed(referral, action)) {
        errors.append({ Field::None, refusal(referral, action) });
        return errors;
    }
    const QList<Field> required = requiredFields(action);
    const QList<Field> accepted = acceptedFields(action);
    const QLocale locale;

    if (accepted.contains(Field::DealValue)) {
        const QString currency = valueCurrency(referral, input);
        if (!input.dealValue) {
            if (required.contains(Field::DealValue))
                errors.append({ Field::DealValue, tr("Enter the estimated deal value.") });
        } else if (*input.dealValue <= 0) {
            errors.append({ Field::DealValue, tr("The deal value must be more than 0.") });
        } else if (*input.dealValue > Money::maxDealValue(currency)) {
            errors.append({ Field::DealValue,
                tr("The deal value can be at most %1.")
                    .arg(locale.toString(
                        Money::maxDealValue(currency) / Money::minorPerUnit(currency))) });
        }
    }
    if (accepted.contains(Field::Currency)) {
        const QString code = input.currency.trimmed().toUpper();
        if (code.isEmpty()) {
            if (required.contains(Field::Currency))
                errors.append({ Field::Currency, tr("Choose the currency of the deal.") });
        } else if (!Money::isCurrencyCode(code)) {
            errors.append({ Field::Currency,
                tr("“%1” is not an ISO 4217 currency code such as EUR or USD.").arg(code) });
        }
    }
    if (accepted.contains(Field::ClosingDate)) {
        if (!input.closingDate.isValid()) {
            if (required.contains(Field::ClosingDate))
                errors.append({ Field::ClosingDate, tr("Enter the estimated closing date.") });
        } else if (input.closingDate < today && !keepsClosingDate(referral, action, input)) {
            errors.append({ Field::ClosingDate,
                tr("The closing date can’t be in the past; choose today (%1) or later.")
                    .arg(locale.toString(today, QLocale::ShortFormat)) });
        }
    }
    if (accepted.contains(Field::Reason)) {
        const QString reason = input.reason.trimmed();
        if (reason.isEmpty()) {
            errors.append({ Field::Reason,
                action == Action::Lost ? tr("Say why the deal was lost.")
                                       : tr("Say why you decline this referral.") });
        } else if (reason.size() > maxReasonLength) {
            errors.append({ Field::Reason,
                tr("The reason is too long: %1 characters, at most %2.")
                    .arg(reason.size())
                    .arg(maxReasonLength) });
        } else if (isReservedReason(reason)) {
            errors.append({ Field::Reason,
                tr("“%1” names an outcome, not a reason; describe why.").arg(reason) });
        }
    }
    if (accepted.contains(Field::Note) && input.note.size() > maxNoteLength) {
        errors.append({ Field::Note,
            tr("The note is too long: %1 characters, at most %2.")
                .arg(input.note.size())
                .arg(maxNoteLength) });
    }
    if (action == Action::EditDeal && errors.isEmpty() && patch(referral, action, input).isEmpty())
        errors.append({ Field::None,
            tr("Nothing changed: edit the deal value, currency, closing date or notes.") });
    return errors;
}

QJsonArray Lifecycle::patch(const Referral &referral, Action action, const ActionInput &input)
{
    PatchBuilder p(referral.raw);
    switch (action) {
    case Action::Interested:
        p.set("substatus", QStringLiteral("Received"));
        break;
    case Action::NoThanks:
        // The note stays local (history); the remote has no field for a skip comment.
        p.set("status", QStringLiteral("Closed"));
        p.set("substatus", QStringLiteral("Declined"));
        p.set("statusReason", QStringLiteral("Skipped"));
        break;
    case Action::Accept:
        p.set("status", QStringLiteral("Active"));
        p.set("substatus", QStringLiteral("Accepted"));
        p.setDetail("dealValue",
            Money::toJson(input.dealValue.value_or(0), input.currency.trimmed().toUpper()));
        p.setDetail("currency", input.currency.trimmed().toUpper());
        p.setDetail(
            "closingDateTime", ReferralJson::formatInstant(closingInstant(input.closingDate)));
        break;
    case Action::Decline:
        p.set("status", QStringLiteral("Closed"));
        p.set("substatus", QStringLiteral("Declined"));
        p.set("statusReason", reasonText(input));
        break;
    case Action::Won:
        p.set("status", QStringLiteral("Closed"));
        p.set("substatus", QStringLiteral("Won"));
        break;
    case Action::Lost:
        p.set("status", QStringLiteral("Closed"));
        p.set("substatus", QStringLiteral("Lost"));
        p.set("statusReason", reasonText(input));
        break;
    case Action::EditDeal: {
        const Details &d = referral.details;
        // The same number of minor units is another amount in another currency: a value given
        // with a new currency is sent whatever it was.
        const QString inCurrency = valueCurrency(referral, input);
        if (input.dealValue && (input.dealValue != d.dealValue || inCurrency != d.currency))
            p.setDetail("dealValue", Money::toJson(*input.dealValue, inCurrency));
        const QString currency = input.currency.trimmed().toUpper();
        if (!currency.isEmpty() && currency != d.currency)
            p.setDetail("currency", currency);
        if (input.closingDate.isValid() && !keepsClosingDate(referral, action, input))
            p.setDetail(
                "closingDateTime", ReferralJson::formatInstant(closingInstant(input.closingDate)));
        // A null note is "left as it was"; an empty one clears the notes.
        if (!input.note.isNull() && input.note != d.notes
            && !(input.note.isEmpty() && d.notes.isEmpty()))
            p.setDetail("notes", input.note);
        break;
    }
    }
    return p.take();
}

Referral Lifecycle::applied(
    const Referral &referral, Action action, const ActionInput &input, const QDateTime &now)
{
    QJsonObject raw = referral.raw;
    if (raw.isEmpty())
        raw.insert(QStringLiteral("id"), referral.id);
    QString error;
    const bool ok = JsonPatch::apply(raw, patch(referral, action, input), &error);
    Q_ASSERT_X(ok, "Lifecycle::applied", qPrintable(error));
    Q_UNUSED(ok);

    // Re-read the patched document so the fields and the raw JSON can never disagree.
    Referral next = ReferralJson::fromObject(raw).referral.value_or(referral);
    next.lastOpenSubstatus = referral.lastOpenSubstatus;
    next.interestedDateTime = referral.interestedDateTime;
    next.acceptedDateTime = referral.acceptedDateTime;
    next.closedDateTime = referral.closedDateTime;
    if (next.isOpen())
        next.lastOpenSubstatus = next.substatus;
    switch (action) {
    case Action::Interested:
        next.interestedDateTime = now;
        break;
    case Action::Accept:
        next.acceptedDateTime = now;
        break;
    case Action::NoThanks:
    case Action::Decline:
    case Action::Won:
    case Action::Lost:
        next.closedDateTime = now;
        break;
    case Action::EditDeal:
        break;
    }
    return next;
}

QString Lifecycle::actionName(Action action)
{
    switch (action) {
    case Action::Interested:
        return tr("I’m interested");
    case Action::NoThanks:
        return tr("No thanks");
    case Action::Accept:
        return tr("Accept");
    case Action::Decline:
        return tr("Decline");
    case Action::Won:
        return tr("Won");
    case Action::Lost:
        return tr("Lost");
    case Action::EditDeal:
        return tr("Edit deal");
    }
    return {};
}

QString Lifecycle::actionKey(Action action)
{
    return QString::fromLatin1(info(action).key);
}

std::optional<Action> Lifecycle::actionFromKey(const QString &key)
{
    for (const ActionInfo &i : kActions) {
        if (key.compare(QLatin1String(i.key), Qt::CaseInsensitive) == 0)
            return i.action;
    }
    return std::nullopt;
}

QString Lifecycle::whatIsAllowed(const Referral &referral)
{
    if (referral.isOutgoing())
        return tr("You sent this referral to another partner: they answer it, and Referral Desk "
                  "only shows how it goes.");
    if (referral.hasUnknownStatus())
        return tr("Its status “%1” is unknown to Referral Desk, so it is read only.")
            .arg(referral.status);
    const Stage stage = referral.stage();
    if (stage == Stage::Archived)
        return tr("Archived referrals are read only.");
    QStringList allowed;
    for (Action a : actionsFrom(stage))
        allowed.append(actionName(a));
    //: %1 is the list of actions allowed, e.g. "I’m interested and No thanks"
    return tr("Allowed: %1.").arg(QLocale().createSeparatedList(allowed));
}

QString Lifecycle::refusal(const Referral &referral, Action action)
{
    if (referral.isOutgoing()) {
        //: %1 an action; the rest explains why outgoing referrals take none
        return tr("“%1” is not possible: %2").arg(actionName(action), whatIsAllowed(referral));
    }
    //: %1 an action, %2 a stage, %3 what is allowed instead
    return tr("“%1” is not possible for a referral in %2. %3")
        .arg(actionName(action), referral.stageText(), whatIsAllowed(referral));
}

QStringList Lifecycle::declineReasons()
{
    return { tr("Not a fit for our offerings"), tr("Outside the regions we serve"),
        tr("Deal too small"), tr("No capacity at the moment"), tr("Customer unreachable"),
        tr("Other") };
}

QStringList Lifecycle::lostReasons()
{
    return { tr("Customer chose another partner"), tr("Price"),
        tr("Customer postponed or cancelled"), tr("Requirements changed"),
        tr("Customer unreachable"), tr("Other") };
}

ActionInput Lifecycle::editedOnly(const Referral &referral, Action action, const ActionInput &input)
{
    if (action != Action::EditDeal)
        return input;
    // What the person did not change is not part of the request: if someone else changes it
    // before this is sent, their value stands (the patch is built again against their copy).
    const Details &d = referral.details;
    ActionInput out = input;
    const QString currency = valueCurrency(referral, input);
    const bool sameCurrency = currency == d.currency;
    if (out.dealValue == d.dealValue && sameCurrency)
        out.dealValue.reset();
    // A value keeps the currency it is in, even an unchanged one: its minor units mean nothing
    // without it, and must not be read in a currency someone else sets meanwhile.
    out.currency = out.dealValue || !sameCurrency ? currency : QString();
    if (keepsClosingDate(referral, action, input))
        out.closingDate = QDate();
    if (out.note == d.notes || (out.note.isEmpty() && d.notes.isEmpty()))
        out.note = QString();
    return out;
}

bool Lifecycle::keepsClosingDate(const Referral &referral, Action action, const ActionInput &input)
{
    // Compared as dates, as the person sees them: a stored closing time that is not midnight
    // (the service's own, or another tool's) is not "changed" by saving the same day.
    const QDateTime stored = referral.details.closingDateTime;
    return action == Action::EditDeal && stored.isValid()
        && input.closingDate == stored.toUTC().date();
}

QDateTime Lifecycle::closingInstant(const QDate &date)
{
    return date.isValid() ? utcDateTime(date) : QDateTime();
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::None:
        return {};
    case Field::DealValue:
        return Lifecycle::tr("Estimated deal value");
    case Field::Currency:
        return Lifecycle::tr("Currency");
    case Field::ClosingDate:
        return Lifecycle::tr("Estimated closing date");
    case Field::Reason:
        return Lifecycle::tr("Reason");
    case Field::Note:
        return Lifecycle::tr("Note");
    }
    return {};
}

} // namespace rd
