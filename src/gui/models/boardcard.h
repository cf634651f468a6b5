#pragma once

#include "domain/referral.h"

#include <optional>

namespace rd {

/// What the board keeps of an open referral: what a card, its deadline, the tray and the
/// notifications read. Not a Referral: one of those is about a kilobyte even with its document
/// and contacts left out (forty-odd members, most of them empty), which at ten thousand open
/// referrals was most of the board's memory. The details pane reads the whole referral from the
/// store for the selected one.
struct BoardCard
{
    BoardCard() = default;
    explicit BoardCard(const Referral &r);

    /// The same facts as a Referral (its other members empty), for DeadlinePolicy and the
    /// notifications, which take one.
    Referral referral() const;

    QString id;
    QString name;
    QString customer;
    QString country;
    QString size;
    QString status;
    QString substatus;
    QString statusReason;
    QString lastOpenSubstatus;
    QString currency;
    QDateTime created;
    QDateTime updated;
    QDateTime expiration;
    QDateTime accepted;
    QDateTime closed;
    QDateTime interested;
    QDateTime closing;
    std::optional<MinorUnits> dealValue;
    Stage stage = Stage::New;
    bool outgoing = false;
    bool needsRefresh = false;
};

} // namespace rd
