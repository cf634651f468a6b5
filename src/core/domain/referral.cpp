#include "referral.h"

namespace rd {

namespace {

bool is(const QString &value, QLatin1String name)
{
    return value.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

QString Contact::displayName() const
{
    const QString full = QStringList { firstName, lastName }.join(QLatin1Char(' ')).trimmed();
    return full.isEmpty() ? email : full;
}

Stage stageFor(const QString &status, const QString &substatus)
{
    if (is(status, QLatin1String("New")))
        return is(substatus, QLatin1String("Received")) ? Stage::Evaluating : Stage::New;
    if (is(status, QLatin1String("Active")))
        return Stage::Negotiating;
    // Closed, and any status this version does not know: read only, never dropped.
    return Stage::Archived;
}

Outcome outcomeFor(const QString &status, const QString &substatus, const QString &statusReason,
    const QString &lastOpenSubstatus)
{
    const Stage stage = stageFor(status, substatus);
    if (stage != Stage::Archived)
        return Outcome::None;
    if (!is(status, QLatin1String("Closed")))
        return Outcome::Unknown;

    // The remote has only Declined and Expired; its statusReason, where it sets one, decides.
    if (is(statusReason, QLatin1String("Skipped")))
        return Outcome::Skipped;
    if (is(statusReason, QLatin1String("Missed")))
        return Outcome::Missed;
    if (is(statusReason, QLatin1String("Expired")))
        return Outcome::Expired;

    const bool wasPending = is(lastOpenSubstatus, QLatin1String("Pending"));
    if (is(substatus, QLatin1String("Won")))
        return Outcome::Won;
    if (is(substatus, QLatin1String("Lost")))
        return Outcome::Lost;
    if (is(substatus, QLatin1String("Error")))
        return Outcome::Error;
    if (is(substatus, QLatin1String("Declined")))
        return wasPending ? Outcome::Skipped : Outcome::Declined;
    if (is(substatus, QLatin1String("Expired")))
        return wasPending ? Outcome::Missed : Outcome::Expired;
    return Outcome::Unknown;
}

Stage Referral::stage() const
{
    return stageFor(status, substatus);
}

Outcome Referral::outcome() const
{
    return outcomeFor(status, substatus, statusReason, lastOpenSubstatus);
}

bool Referral::isOutgoing() const
{
    return is(direction, QLatin1String("Outgoing"));
}

bool Referral::hasUnknownStatus() const
{
    return !is(status, QLatin1String("New")) && !is(status, QLatin1String("Active"))
        && !is(status, QLatin1String("Closed"));
}

bool Referral::hasUnknownSubstatus() const
{
    static const char *const forNew[] = { "Pending", "Received" };
    static const char *const forActive[] = { "Accepted" };
    static const char *const forClosed[] = { "Won", "Lost", "Declined", "Expired", "Error" };
    auto listed = [this](const auto &names) {
        for (const char *name : names) {
            if (is(substatus, QLatin1String(name)))
                return true;
        }
        return false;
    };
    if (is(status, QLatin1String("New")))
        return !listed(forNew);
    if (is(status, QLatin1String("Active")))
        return !listed(forActive);
    if (is(status, QLatin1String("Closed")))
        return !listed(forClosed);
    return false; // an unknown status already says everything
}

QString Referral::stageText() const
{
    if (hasUnknownStatus()) {
        //: An archived referral whose remote status this version does not know; %1 is that status
        return tr("Unknown (%1)").arg(status.isEmpty() ? tr("no status") : status);
    }
    QString text = stageName(stage());
    if (stage() == Stage::Archived) {
        const Outcome o = outcome();
        //: Stage and outcome of an archived referral, e.g. "Archived · Won"
        text = tr("%1 · %2").arg(
            text, o == Outcome::Unknown && !substatus.isEmpty() ? substatus : outcomeName(o));
        return text;
    }
    if (hasUnknownSubstatus() && !substatus.isEmpty()) {
        //: A stage followed by a remote substatus this version does not know
        text = tr("%1 (%2)").arg(text, substatus);
    }
    return text;
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return Referral::tr("New");
    case Stage::Evaluating:
        return Referral::tr("Evaluating");
    case Stage::Negotiating:
        return Referral::tr("Negotiating");
    case Stage::Archived:
        return Referral::tr("Archived");
    }
    return {};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return Referral::tr("Open");
    case Outcome::Won:
        return Referral::tr("Won");
    case Outcome::Lost:
        return Referral::tr("Lost");
    case Outcome::Skipped:
        return Referral::tr("Skipped");
    case Outcome::Declined:
        return Referral::tr("Declined");
    case Outcome::Missed:
        return Referral::tr("Missed");
    case Outcome::Expired:
        return Referral::tr("Expired");
    case Outcome::Error:
        return Referral::tr("Closed as error");
    case Outcome::Unknown:
        return Referral::tr("Unknown");
    }
    return {};
}

QList<Stage> allStages()
{
    return { Stage::New, Stage::Evaluating, Stage::Negotiating, Stage::Archived };
}

} // namespace rd
