#pragma once

#include <QObject>

/// The enums of the referral domain, registered with Qt's meta-object system so that they print by
/// name in logs and test failures and travel through QVariant.
namespace rd {
Q_NAMESPACE

/// The board column a referral belongs to (docs/lifecycle.md, "Stages a person sees").
enum class Stage { New, Evaluating, Negotiating, Archived };
Q_ENUM_NS(Stage)

/// How an archived referral ended. Open referrals have Outcome::None.
enum class Outcome { None, Won, Lost, Skipped, Declined, Missed, Expired, Error, Unknown };
Q_ENUM_NS(Outcome)

/// What a person can do to a referral (docs/lifecycle.md, "Actions").
enum class Action { Interested, NoThanks, Accept, Decline, Won, Lost, EditDeal };
Q_ENUM_NS(Action)

/// The input fields an action can take; also names the field a validation message belongs beside.
enum class Field { None, DealValue, Currency, ClosingDate, Reason, Note };
Q_ENUM_NS(Field)

/// The badge a card shows (docs/lifecycle.md, "Deadlines").
enum class Badge {
    None, ///< no deadline applies (archived, or no date to count from)
    OnTime, ///< New: > 6 h left of the 24 h target; Evaluating: > 24 h left; Negotiating: closing
            ///< later than 3 days
    RespondSoon, ///< New: ≤ 6 h left of the 24 h response target
    Late, ///< New: the 24 h target passed, the 72 h limit not yet near
    Missing, ///< New: ≤ 12 h before the hard limit
    DecideSoon, ///< Evaluating: ≤ 24 h before the hard limit
    Expiring, ///< Evaluating: ≤ 4 h before the hard limit
    Closing, ///< Negotiating: the closing date is within 3 days
    Overdue, ///< Negotiating: the closing date passed; report Won or Lost
    Lapsed, ///< New/Evaluating: the hard limit passed; archived locally as Missed/Expired
};
Q_ENUM_NS(Badge)

/// Where the app stands with the remote (docs/architecture.md, core/sync). NotConnected: no
/// account was ever connected here; SignedOut: one was, and the person signed out (or must sign
/// in again). LocalProblem: the local database failed (disk full, read-only, locked, damaged);
/// the network is not the cause.
enum class ConnectionState { NotConnected, SignedOut, Offline, Syncing, Online, Error, LocalProblem };
Q_ENUM_NS(ConnectionState)

} // namespace rd
