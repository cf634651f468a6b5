#pragma once

#include "referral.h"

#include <QDate>
#include <QJsonArray>

namespace rd {

/// Everything any action can be given; each action reads only its own fields.
struct ActionInput
{
    std::optional<MinorUnits> dealValue; ///< in the minor units of `currency`, or of the
                                         ///< referral's currency when that is empty
    QString currency;
    QDate closingDate; ///< a calendar date in the partner's time zone
    QString reason; ///< Decline and Lost: chosen from the list, or typed
    QString note; ///< free text: No thanks, Decline and Lost details, Edit deal notes (null: as
                  ///< they were, empty: cleared)
};

struct FieldError
{
    Field field = Field::None;
    QString message; ///< translated, ready to show
    bool operator==(const FieldError &) const = default;
};

/// What dropping a card of one column on another means.
struct Move
{
    QList<Action> actions; ///< empty when the move is refused; two when the person must choose
    QString refusal; ///< why not, naming the allowed actions
};

/// The one implementation of docs/lifecycle.md's action table, used by the board, the command-line
/// tool, the sync engine and the simulator alike.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    static constexpr int maxReasonLength = 500;
    static constexpr int maxNoteLength = 10000;

    static QList<Action> allActions();
    static QList<Action> actionsFrom(Stage stage);
    /// Whether the action can be taken on this referral now (its stage allows it, its status is
    /// one this version understands).
    static bool isAllowed(const Referral &referral, Action action);
    /// Whether the remote copy already shows what the action asked for (the answer to a write
    /// was lost and the write had been applied): the action then counts as done.
    static bool isReflectedIn(const Referral &remote, Action action, const ActionInput &input);
    static Stage stageAfter(Action action);
    static Move move(const Referral &referral, Stage to);

    /// The fields the person must fill in; Edit deal needs at least one change instead.
    static QList<Field> requiredFields(Action action);
    static QList<Field> acceptedFields(Action action);

    /// Every reason the action cannot be taken with this input, each beside its field. `today`
    /// is the partner's local date (the closing date may be today or later). Empty means valid.
    static QList<FieldError> validate(
        const Referral &referral, Action action, const ActionInput &input, const QDate &today);

    /// The JSON Patch (add/replace) that tells the remote about the action. Only for valid input.
    static QJsonArray patch(const Referral &referral, Action action, const ActionInput &input);

    /// The referral as it looks once the action is applied locally, before the remote confirms.
    static Referral applied(
        const Referral &referral, Action action, const ActionInput &input, const QDateTime &now);

    static QString actionName(Action action);
    /// Stable identifier for the outbox and the command line: "interested", "no-thanks", ...
    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString &key);
    static QString refusal(const Referral &referral, Action action);
    /// "Allowed: I’m interested and No thanks." or why nothing is.
    static QString whatIsAllowed(const Referral &referral);

    static QStringList declineReasons();
    static QStringList lostReasons();
    /// The closing date as the remote stores it (midnight UTC of that calendar date).
    static QDateTime closingInstant(const QDate &date);
    /// Edit deal leaves the closing date as it was: it may then lie in the past (a deal that
    /// slipped), and it is not sent again.
    static bool keepsClosingDate(const Referral &referral, Action action, const ActionInput &input);
    /// Edit deal: the input with only the fields that differ from the referral (a null note,
    /// no value, no currency, no date for the others), as it is queued and sent. A changed value
    /// keeps its currency, changed or not: minor units mean nothing without one.
    static ActionInput editedOnly(const Referral &referral, Action action, const ActionInput &input);
};

QString fieldName(Field field);

} // namespace rd
