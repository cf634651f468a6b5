#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace rd {

/// An amount in its currency's ISO 4217 minor units (cents of EUR, yen, fils of KWD), so that deal
/// values add up exactly: a whole number that means nothing without its currency (Money says how
/// many decimals each has). The remote's decimal is converted at the JSON boundary.
using MinorUnits = qint64;

struct Contact
{
    QString firstName;
    QString lastName;
    QString email;
    QString phoneNumber;
    QString title;
    QString locale;
    std::optional<bool> disableNotifications;

    QString displayName() const;
    bool operator==(const Contact &) const = default;
};

struct Address
{
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString state;
    QString postalCode;
    QString country; ///< ISO 3166 alpha-2, as sent
    QString region;

    bool operator==(const Address &) const = default;
};

struct ProfileId
{
    QString profileType;
    QString id;
    bool operator==(const ProfileId &) const = default;
};

struct CustomerProfile
{
    QString name;
    QString size; ///< remote value such as "10to50employees", kept verbatim
    Address address;
    QList<Contact> team;
    QList<ProfileId> ids;
    bool operator==(const CustomerProfile &) const = default;
};

struct Consent
{
    std::optional<bool> consentToContact;
    std::optional<bool> consentToShareReferralWithMicrosoftSellers;
    bool operator==(const Consent &) const = default;
};

struct Solution
{
    QString id;
    QString name;
    QString type;
    bool operator==(const Solution &) const = default;
};

struct Requirements
{
    QList<Solution> industries;
    QList<Solution> products;
    QList<Solution> services;
    QList<Solution> solutions;
    bool operator==(const Requirements &) const = default;
};

struct Details
{
    QString notes;
    std::optional<MinorUnits> dealValue; ///< in the minor units of `currency`
    QString currency; ///< ISO 4217
    QDateTime closingDateTime;
    Requirements requirements;
    bool operator==(const Details &) const = default;
};

struct InviteContext
{
    QString notes;
    QString invitedByOrganizationId;
    QString invitedByOrganizationName;
    bool operator==(const InviteContext &) const = default;
};

struct Target
{
    QString type;
    QString id;
    bool operator==(const Target &) const = default;
};

/// One referral as the remote sends it, plus the few facts the client remembers about it. Enum-like
/// fields hold the remote's text verbatim so that values added by the remote later survive; the
/// derived stage() and outcome() interpret them as docs/lifecycle.md says.
struct Referral
{
    Q_DECLARE_TR_FUNCTIONS(Referral)

public:
    QString id;
    QString engagementId;
    QString name;
    QString organizationId;
    QString organizationName;
    QString externalReferenceId;
    QDateTime createdDateTime;
    QDateTime updatedDateTime;
    QDateTime expirationDateTime;
    QDateTime acceptedDateTime;
    QDateTime closedDateTime;
    QString status;
    QString substatus;
    QString statusReason;
    QString type;
    QString qualification;
    QString direction;
    QString eTag;
    CustomerProfile customerProfile;
    Consent consent;
    Details details;
    QList<Contact> team;
    InviteContext inviteContext;
    QList<Target> target;

    /// The whole remote document, so fields this version does not know survive a round trip.
    QJsonObject raw;

    // Client-side memory, not part of the remote document.
    /// The last substatus seen while the referral was open (tells Skipped from Declined and Missed
    /// from Expired when the remote's statusReason does not).
    QString lastOpenSubstatus;
    /// When the partner said "I'm interested": starts the 7-day decision clock.
    QDateTime interestedDateTime;
    /// Its stored copy could not be read: only the few facts kept in columns beside it (name,
    /// customer, status, dates, deal) are known until the next sync reads it again.
    bool needsRefresh = false;

    Stage stage() const;
    Outcome outcome() const;
    bool isOpen() const { return stage() != Stage::Archived; }
    /// Sent by this partner to another one (`direction` is "Outgoing"). A missing or other
    /// direction means incoming: a request this partner is asked to answer.
    bool isOutgoing() const;
    /// True when the remote's status is one this version does not know.
    bool hasUnknownStatus() const;
    /// True when the substatus is not one docs/lifecycle.md lists for the status (kept verbatim).
    bool hasUnknownSubstatus() const;
    /// "Negotiating", "Archived · Won", "Unknown (Paused)", "Evaluating (OnHold)".
    QString stageText() const;

    bool operator==(const Referral &) const = default;
};

Stage stageFor(const QString &status, const QString &substatus);
Outcome outcomeFor(const QString &status, const QString &substatus, const QString &statusReason,
    const QString &lastOpenSubstatus);

QString stageName(Stage stage);
QString outcomeName(Outcome outcome);
QList<Stage> allStages();

} // namespace rd

Q_DECLARE_METATYPE(rd::Referral)
