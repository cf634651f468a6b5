// docs/lifecycle.md, "Actions": every legal and illegal transition, the input each action needs,
// its validation at the boundaries, the JSON Patch it sends and the local state it leaves.

#include "domain/jsonpatch.h"
#include "domain/lifecycle.h"
#include "domain/money.h"
#include "support/referralbuilder.h"

#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QDate kToday(2026, 1, 5);

Referral inStage(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return ReferralBuilder().inNew();
    case Stage::Evaluating:
        return ReferralBuilder().inEvaluating();
    case Stage::Negotiating:
        return ReferralBuilder().inNegotiating();
    case Stage::Archived:
        return ReferralBuilder().archived();
    }
    return {};
}

ActionInput validInput(Action action)
{
    ActionInput in;
    switch (action) {
    case Action::Accept:
        in.dealValue = 2500000;
        in.currency = QStringLiteral("USD");
        in.closingDate = kToday.addDays(30);
        break;
    case Action::Decline:
    case Action::Lost:
        in.reason = QStringLiteral("Price");
        break;
    case Action::EditDeal:
        in.dealValue = 1;
        break;
    default:
        break;
    }
    return in;
}

QJsonObject op(const char *name, const char *path, const QJsonValue &value)
{
    return QJsonObject { { QStringLiteral("op"), QLatin1String(name) },
        { QStringLiteral("path"), QLatin1String(path) }, { QStringLiteral("value"), value } };
}

QList<Field> fieldsOf(const QList<FieldError> &errors)
{
    QList<Field> out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}

} // namespace

class LifecycleTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void transitions_data()
    {
        QTest::addColumn<Stage>("from");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<Stage>("to");
        // Every stage × every action: the table of docs/lifecycle.md and nothing else is legal.
        const QMap<QPair<Stage, Action>, Stage> legal {
            { { Stage::New, Action::Interested }, Stage::Evaluating },
            { { Stage::New, Action::NoThanks }, Stage::Archived },
            { { Stage::Evaluating, Action::Accept }, Stage::Negotiating },
            { { Stage::Evaluating, Action::Decline }, Stage::Archived },
            { { Stage::Negotiating, Action::Won }, Stage::Archived },
            { { Stage::Negotiating, Action::Lost }, Stage::Archived },
            { { Stage::Negotiating, Action::EditDeal }, Stage::Negotiating },
        };
        for (Stage from : allStages()) {
            for (Action action : Lifecycle::allActions()) {
                const bool ok = legal.contains({ from, action });
                const QByteArray name
                    = QByteArray(QMetaEnum::fromType<Stage>().valueToKey(int(from))) + " "
                    + QMetaEnum::fromType<Action>().valueToKey(int(action));
                QTest::newRow(name.constData())
                    << from << action << ok << legal.value({ from, action }, from);
            }
        }
    }

    void transitions()
    {
        QFETCH(Stage, from);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QFETCH(Stage, to);
        const Referral r = inStage(from);
        QCOMPARE(Lifecycle::isAllowed(r, action), allowed);
        QCOMPARE(Lifecycle::actionsFrom(from).contains(action), allowed);
        const QList<FieldError> errors = Lifecycle::validate(r, action, validInput(action), kToday);
        if (!allowed) {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, Field::None);
            QVERIFY2(errors.first().message.contains(Lifecycle::actionName(action)),
                qPrintable(errors.first().message));
            if (from == Stage::Archived)
                QVERIFY(errors.first().message.contains(QStringLiteral("read only")));
            else
                QVERIFY(errors.first().message.contains(QStringLiteral("Allowed:")));
            return;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        QCOMPARE(Lifecycle::stageAfter(action), to);
        const Referral after
            = Lifecycle::applied(r, action, validInput(action), utc(2026, 1, 5, 10, 0));
        QCOMPARE(after.stage(), to);
        QCOMPARE(after.id, r.id);
    }

    void refusalNamesTheAllowedActions()
    {
        const Referral r = inStage(Stage::New);
        const QString message = Lifecycle::validate(r, Action::Won, {}, kToday).first().message;
        QCOMPARE(message,
            QStringLiteral("“Won” is not possible for a referral in New. Allowed: I’m interested "
                           "and No thanks."));
    }

    void unknownStatusIsReadOnly()
    {
        const Referral r
            = ReferralBuilder().status(QStringLiteral("Paused"), QStringLiteral("Pending"));
        for (Action a : Lifecycle::allActions())
            QVERIFY(!Lifecycle::isAllowed(r, a));
        QVERIFY(Lifecycle::move(r, Stage::Evaluating).actions.isEmpty());
        QVERIFY(Lifecycle::refusal(r, Action::Interested).contains(QStringLiteral("Paused")));
    }

    void moves_data()
    {
        QTest::addColumn<Stage>("from");
        QTest::addColumn<Stage>("to");
        QTest::addColumn<QList<Action>>("actions");
        for (Stage from : allStages()) {
            for (Stage to : allStages()) {
                QList<Action> expected;
                if (from == Stage::New && to == Stage::Evaluating)
                    expected = { Action::Interested };
                else if (from == Stage::New && to == Stage::Archived)
                    expected = { Action::NoThanks };
                else if (from == Stage::Evaluating && to == Stage::Negotiating)
                    expected = { Action::Accept };
                else if (from == Stage::Evaluating && to == Stage::Archived)
                    expected = { Action::Decline };
                else if (from == Stage::Negotiating && to == Stage::Archived)
                    expected = { Action::Won, Action::Lost };
                const QByteArray name
                    = QByteArray(QMetaEnum::fromType<Stage>().valueToKey(int(from))) + " to "
                    + QMetaEnum::fromType<Stage>().valueToKey(int(to));
                QTest::newRow(name.constData()) << from << to << expected;
            }
        }
    }

    void moves()
    {
        QFETCH(Stage, from);
        QFETCH(Stage, to);
        QFETCH(QList<Action>, actions);
        const Move m = Lifecycle::move(inStage(from), to);
        QCOMPARE(m.actions, actions);
        QCOMPARE(m.refusal.isEmpty(), !actions.isEmpty());
        if (!actions.isEmpty())
            return;
        if (from == to)
            QVERIFY(m.refusal.contains(QStringLiteral("already")));
        else if (from == Stage::Archived)
            QVERIFY(m.refusal.contains(QStringLiteral("read only")));
        else
            QVERIFY2(m.refusal.contains(QStringLiteral("Allowed: ")), qPrintable(m.refusal));
    }

    void dragFromNewToNegotiatingExplainsWhy()
    {
        const Move m = Lifecycle::move(inStage(Stage::New), Stage::Negotiating);
        QCOMPARE(m.refusal,
            QStringLiteral("A referral in New can’t be moved to Negotiating. Allowed: I’m "
                           "interested and No thanks."));
    }

    void requiredInput()
    {
        QCOMPARE(Lifecycle::requiredFields(Action::Accept),
            (QList<Field> { Field::DealValue, Field::Currency, Field::ClosingDate }));
        QCOMPARE(Lifecycle::requiredFields(Action::Decline), QList<Field> { Field::Reason });
        QCOMPARE(Lifecycle::requiredFields(Action::Lost), QList<Field> { Field::Reason });
        QVERIFY(Lifecycle::requiredFields(Action::Interested).isEmpty());
        QVERIFY(Lifecycle::requiredFields(Action::NoThanks).isEmpty());
        QVERIFY(Lifecycle::requiredFields(Action::Won).isEmpty());
        QCOMPARE(Lifecycle::acceptedFields(Action::NoThanks), QList<Field> { Field::Note });
    }

    void acceptValidation_data()
    {
        QTest::addColumn<qint64>("cents"); // -1: not given
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QDate>("closing");
        QTest::addColumn<QList<Field>>("invalid");
        const QDate ok = kToday.addDays(10);
        QTest::newRow("all valid") << qint64(100) << "EUR" << ok << QList<Field> {};
        QTest::newRow("nothing given")
            << qint64(-1) << "" << QDate()
            << QList<Field> { Field::DealValue, Field::Currency, Field::ClosingDate };
        QTest::newRow("value 0") << qint64(0) << "EUR" << ok << QList<Field> { Field::DealValue };
        QTest::newRow("value negative")
            << qint64(-500) << "EUR" << ok << QList<Field> { Field::DealValue };
        QTest::newRow("value 0.01") << qint64(1) << "EUR" << ok << QList<Field> {};
        QTest::newRow("value 10^12")
            << Money::maxDealValue(QStringLiteral("EUR")) << "EUR" << ok << QList<Field> {};
        QTest::newRow("value 10^12 + 0.01") << Money::maxDealValue(QStringLiteral("EUR")) + 1
                                            << "EUR" << ok << QList<Field> { Field::DealValue };
        QTest::newRow("currency lower case") << qint64(100) << "usd" << ok << QList<Field> {};
        QTest::newRow("currency unknown")
            << qint64(100) << "ABC" << ok << QList<Field> { Field::Currency };
        QTest::newRow("currency too long")
            << qint64(100) << "EURO" << ok << QList<Field> { Field::Currency };
        QTest::newRow("currency symbol")
            << qint64(100) << "€" << ok << QList<Field> { Field::Currency };
        QTest::newRow("closing yesterday")
            << qint64(100) << "EUR" << kToday.addDays(-1) << QList<Field> { Field::ClosingDate };
        QTest::newRow("closing today") << qint64(100) << "EUR" << kToday << QList<Field> {};
        QTest::newRow("closing tomorrow")
            << qint64(100) << "EUR" << kToday.addDays(1) << QList<Field> {};
    }

    void acceptValidation()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, currency);
        QFETCH(QDate, closing);
        QFETCH(QList<Field>, invalid);
        ActionInput in;
        if (cents != -1)
            in.dealValue = cents;
        in.currency = currency;
        in.closingDate = closing;
        const QList<FieldError> errors
            = Lifecycle::validate(inStage(Stage::Evaluating), Action::Accept, in, kToday);
        QCOMPARE(fieldsOf(errors), invalid);
        for (const FieldError &e : errors)
            QVERIFY(!e.message.isEmpty());
    }

    void reasonValidation_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QList<Field>>("invalid");
        for (Action a : { Action::Decline, Action::Lost }) {
            const QByteArray n = a == Action::Decline ? "decline " : "lost ";
            QTest::newRow(n + "listed reason")
                << a << Lifecycle::declineReasons().first() << "" << QList<Field> {};
            QTest::newRow(n + "free text") << a << "Customer wants on-site staff only"
                                           << "" << QList<Field> {};
            QTest::newRow(n + "empty") << a << ""
                                       << "" << QList<Field> { Field::Reason };
            QTest::newRow(n + "blank") << a << "  \t "
                                       << "" << QList<Field> { Field::Reason };
            QTest::newRow(n + "500 chars")
                << a << QString(500, QLatin1Char('r')) << "" << QList<Field> {};
            QTest::newRow(n + "501 chars")
                << a << QString(501, QLatin1Char('r')) << "" << QList<Field> { Field::Reason };
            QTest::newRow(n + "reserved word") << a << "expired"
                                               << "" << QList<Field> { Field::Reason };
            QTest::newRow(n + "note at limit")
                << a << "Price" << QString(10000, QLatin1Char('n')) << QList<Field> {};
            QTest::newRow(n + "note over limit")
                << a << "Price" << QString(10001, QLatin1Char('n')) << QList<Field> { Field::Note };
        }
    }

    void reasonValidation()
    {
        QFETCH(Action, action);
        QFETCH(QString, reason);
        QFETCH(QString, note);
        QFETCH(QList<Field>, invalid);
        const Stage from = action == Action::Decline ? Stage::Evaluating : Stage::Negotiating;
        ActionInput in;
        in.reason = reason;
        in.note = note;
        QCOMPARE(fieldsOf(Lifecycle::validate(inStage(from), action, in, kToday)), invalid);
    }

    void noThanksNoteIsOptionalButBounded()
    {
        const Referral r = inStage(Stage::New);
        QVERIFY(Lifecycle::validate(r, Action::NoThanks, {}, kToday).isEmpty());
        ActionInput in;
        in.note = QString(10001, QLatin1Char('x'));
        QCOMPARE(fieldsOf(Lifecycle::validate(r, Action::NoThanks, in, kToday)),
            QList<Field> { Field::Note });
    }

    void editDealNeedsAChange()
    {
        const Referral r = ReferralBuilder()
                               .inNegotiating(500000, QStringLiteral("EUR"), QDate(2026, 3, 31))
                               .detail("notes", QStringLiteral("n"));
        ActionInput same;
        same.dealValue = 500000;
        same.currency = QStringLiteral("eur");
        same.closingDate = QDate(2026, 3, 31);
        same.note = QStringLiteral("n");
        const QList<FieldError> errors = Lifecycle::validate(r, Action::EditDeal, same, kToday);
        QCOMPARE(fieldsOf(errors), QList<Field> { Field::None });
        QVERIFY(errors.first().message.startsWith(QStringLiteral("Nothing changed")));

        ActionInput past = same;
        past.closingDate = kToday.addDays(-1);
        QCOMPARE(fieldsOf(Lifecycle::validate(r, Action::EditDeal, past, kToday)),
            QList<Field> { Field::ClosingDate });

        ActionInput changed = same;
        changed.dealValue = 750000;
        QVERIFY(Lifecycle::validate(r, Action::EditDeal, changed, kToday).isEmpty());
        QCOMPARE(Lifecycle::patch(r, Action::EditDeal, changed),
            QJsonArray { op("replace", "/details/dealValue", 7500.0) });
    }

    void editDealKeepsAPassedClosingDateUntilItIsEdited()
    {
        // The service's own closing time is not midnight; the deal slipped past it.
        Referral r = ReferralBuilder().inNegotiating(500000, QStringLiteral("EUR"), QDate(2025, 12, 9));
        QJsonObject raw = r.raw;
        QJsonObject details = raw.value(QStringLiteral("details")).toObject();
        details.insert(QStringLiteral("closingDateTime"), QStringLiteral("2025-12-09T17:30:00Z"));
        raw.insert(QStringLiteral("details"), details);
        r = *ReferralJson::fromObject(raw).referral;
        QVERIFY(QDate(2025, 12, 9) < kToday);

        ActionInput notesOnly;
        notesOnly.dealValue = 500000;
        notesOnly.currency = QStringLiteral("EUR");
        notesOnly.closingDate = QDate(2025, 12, 9); // as the dialog shows it, untouched
        notesOnly.note = QStringLiteral("Slipped to spring");
        QVERIFY(Lifecycle::validate(r, Action::EditDeal, notesOnly, kToday).isEmpty());
        QCOMPARE(Lifecycle::patch(r, Action::EditDeal, notesOnly),
            QJsonArray { op("add", "/details/notes", QStringLiteral("Slipped to spring")) });

        ActionInput untouched = notesOnly;
        untouched.note.clear();
        QVERIFY(Lifecycle::patch(r, Action::EditDeal, untouched).isEmpty());

        ActionInput anotherPastDay = notesOnly;
        anotherPastDay.closingDate = QDate(2025, 12, 10);
        QCOMPARE(fieldsOf(Lifecycle::validate(r, Action::EditDeal, anotherPastDay, kToday)),
            QList<Field> { Field::ClosingDate });
    }

    void patches_data()
    {
        QTest::addColumn<Stage>("from");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QJsonArray>("expected");
        QTest::newRow("interested")
            << Stage::New << Action::Interested
            << QJsonArray { op("replace", "/substatus", QStringLiteral("Received")) };
        QTest::newRow("no thanks")
            << Stage::New << Action::NoThanks
            << QJsonArray { op("replace", "/status", QStringLiteral("Closed")),
                   op("replace", "/substatus", QStringLiteral("Declined")),
                   op("add", "/statusReason", QStringLiteral("Skipped")) };
        QTest::newRow("accept") << Stage::Evaluating << Action::Accept
                                << QJsonArray { op("replace", "/status", QStringLiteral("Active")),
                                       op("replace", "/substatus", QStringLiteral("Accepted")),
                                       op("add", "/details",
                                           QJsonObject { { QStringLiteral("dealValue"), 25000.0 },
                                               { QStringLiteral("currency"),
                                                   QStringLiteral("USD") },
                                               { QStringLiteral("closingDateTime"),
                                                   QStringLiteral("2026-02-04T00:00:00Z") } }) };
        QTest::newRow("decline") << Stage::Evaluating << Action::Decline
                                 << QJsonArray { op("replace", "/status", QStringLiteral("Closed")),
                                        op("replace", "/substatus", QStringLiteral("Declined")),
                                        op("add", "/statusReason", QStringLiteral("Price")) };
        QTest::newRow("won") << Stage::Negotiating << Action::Won
                             << QJsonArray { op("replace", "/status", QStringLiteral("Closed")),
                                    op("replace", "/substatus", QStringLiteral("Won")) };
        QTest::newRow("lost") << Stage::Negotiating << Action::Lost
                              << QJsonArray { op("replace", "/status", QStringLiteral("Closed")),
                                     op("replace", "/substatus", QStringLiteral("Lost")),
                                     op("add", "/statusReason", QStringLiteral("Price")) };
    }

    void patches()
    {
        QFETCH(Stage, from);
        QFETCH(Action, action);
        QFETCH(QJsonArray, expected);
        const Referral r = inStage(from);
        const QJsonArray patch = Lifecycle::patch(r, action, validInput(action));
        QCOMPARE(patch, expected);
        // The patch applies cleanly to the referral's own document, as the remote will apply it.
        QJsonObject doc = r.raw;
        QString error;
        QVERIFY2(JsonPatch::apply(doc, patch, &error), qPrintable(error));
    }

    void acceptIntoExistingDetailsReplacesMembers()
    {
        const Referral r = ReferralBuilder()
                               .inEvaluating()
                               .detail("dealValue", QJsonValue::Null)
                               .detail("notes", QStringLiteral("x"));
        const QJsonArray patch = Lifecycle::patch(r, Action::Accept, validInput(Action::Accept));
        QCOMPARE(patch.at(2).toObject(), op("replace", "/details/dealValue", 25000.0));
        QCOMPARE(patch.at(3).toObject(), op("add", "/details/currency", QStringLiteral("USD")));
        QCOMPARE(patch.at(4).toObject(),
            op("add", "/details/closingDateTime", QStringLiteral("2026-02-04T00:00:00Z")));
    }

    void reasonAndNoteAreSentTogether()
    {
        ActionInput in;
        in.reason = QStringLiteral("Other");
        in.note = QStringLiteral(" only wants licences ");
        const QJsonArray patch = Lifecycle::patch(inStage(Stage::Evaluating), Action::Decline, in);
        QCOMPARE(patch.last().toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("Other: only wants licences"));
    }

    void appliedLocally()
    {
        const QDateTime now = utc(2026, 1, 5, 10, 30);
        const Referral fresh = inStage(Stage::New);

        const Referral interested = Lifecycle::applied(fresh, Action::Interested, {}, now);
        QCOMPARE(interested.stage(), Stage::Evaluating);
        QCOMPARE(interested.interestedDateTime, now);
        QCOMPARE(interested.lastOpenSubstatus, QStringLiteral("Received"));
        QCOMPARE(interested.raw.value(QStringLiteral("substatus")).toString(),
            QStringLiteral("Received"));
        QCOMPARE(interested.customerProfile.name, QStringLiteral("Contoso"));

        const Referral skipped = Lifecycle::applied(fresh, Action::NoThanks, {}, now);
        QCOMPARE(skipped.outcome(), Outcome::Skipped);
        QCOMPARE(skipped.closedDateTime, now);

        const Referral accepted = Lifecycle::applied(
            interested, Action::Accept, validInput(Action::Accept), now.addSecs(60));
        QCOMPARE(accepted.stage(), Stage::Negotiating);
        QCOMPARE(accepted.details.dealValue, std::optional<MinorUnits>(2500000));
        QCOMPARE(accepted.details.currency, QStringLiteral("USD"));
        QCOMPARE(accepted.details.closingDateTime, Lifecycle::closingInstant(kToday.addDays(30)));
        QCOMPARE(accepted.acceptedDateTime, now.addSecs(60));
        QCOMPARE(accepted.interestedDateTime, now); // history is kept

        ActionInput reason;
        reason.reason = QStringLiteral("Deal too small");
        const Referral declined = Lifecycle::applied(interested, Action::Decline, reason, now);
        QCOMPARE(
            declined.outcome(), Outcome::Declined); // not Skipped: the partner had shown interest
        QCOMPARE(declined.statusReason, QStringLiteral("Deal too small"));

        QCOMPARE(Lifecycle::applied(accepted, Action::Won, {}, now).outcome(), Outcome::Won);
        QCOMPARE(Lifecycle::applied(accepted, Action::Lost, reason, now).outcome(), Outcome::Lost);
    }

    void outgoingReferralsTakeNoAction()
    {
        Referral sent = ReferralBuilder().inNew();
        sent.direction = QStringLiteral("Outgoing");
        for (Action a : Lifecycle::allActions())
            QVERIFY(!Lifecycle::isAllowed(sent, a));
        const QList<FieldError> errors
            = Lifecycle::validate(sent, Action::Interested, {}, kToday);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QStringLiteral("sent this referral")),
            qPrintable(errors.first().message));
        QVERIFY(Lifecycle::move(sent, Stage::Evaluating).actions.isEmpty());
        // "outgoing" in any case; anything else (or nothing) is incoming
        sent.direction = QStringLiteral("outgoing");
        QVERIFY(sent.isOutgoing());
        sent.direction = QString();
        QVERIFY(!sent.isOutgoing());
        QVERIFY(Lifecycle::isAllowed(sent, Action::Interested));
    }

    void whatTheServiceAlreadyShowsCountsAsDone_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        QTest::addColumn<bool>("reflected");
        QTest::newRow("interested, now Received")
            << int(Action::Interested) << "New" << "Received" << true;
        QTest::newRow("interested, still Pending")
            << int(Action::Interested) << "New" << "Pending" << false;
        QTest::newRow("interested, closed meanwhile")
            << int(Action::Interested) << "Closed" << "Expired" << false;
        QTest::newRow("no thanks, Declined") << int(Action::NoThanks) << "Closed" << "Declined" << true;
        QTest::newRow("won, Won") << int(Action::Won) << "Closed" << "Won" << true;
        QTest::newRow("won, Lost") << int(Action::Won) << "Closed" << "Lost" << false;
        QTest::newRow("lost, Lost") << int(Action::Lost) << "Closed" << "Lost" << true;
        QTest::newRow("decline, Declined") << int(Action::Decline) << "Closed" << "Declined" << true;
    }

    void whatTheServiceAlreadyShowsCountsAsDone()
    {
        QFETCH(int, action);
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        QFETCH(bool, reflected);
        const Referral remote = ReferralBuilder().status(status, substatus);
        QCOMPARE(Lifecycle::isReflectedIn(remote, Action(action), validInput(Action(action))),
            reflected);
    }

    void anAcceptCountsAsDoneOnlyWithItsOwnDeal()
    {
        const ActionInput in = validInput(Action::Accept);
        const Referral same = ReferralBuilder().inNegotiating(*in.dealValue, in.currency, in.closingDate);
        QVERIFY(Lifecycle::isReflectedIn(same, Action::Accept, in));
        const Referral other = ReferralBuilder().inNegotiating(1, in.currency, in.closingDate);
        QVERIFY(!Lifecycle::isReflectedIn(other, Action::Accept, in)); // a colleague's deal
    }

    void anEditOfTheValueAloneCountsAsDoneWhateverTheNotes()
    {
        // Found by tests/fuzz/fuzz_jsonpatch: the queued input of an edit that left the notes as
        // they were has a null note, which never matched a referral with notes.
        const Referral r = ReferralBuilder()
                               .inNegotiating(500000, QStringLiteral("EUR"), QDate(2026, 3, 31))
                               .detail("notes", QStringLiteral("first call went well"));
        ActionInput in;
        in.dealValue = 750000;
        in.currency = QStringLiteral("EUR");
        in.closingDate = QDate(2026, 3, 31);
        in.note = QStringLiteral("first call went well");
        const ActionInput queued = Lifecycle::editedOnly(r, Action::EditDeal, in);
        QVERIFY(queued.note.isNull());
        const Referral remote
            = Lifecycle::applied(r, Action::EditDeal, queued, utc(2026, 1, 5, 10, 0));
        QVERIFY(Lifecycle::isReflectedIn(remote, Action::EditDeal, queued));
        QVERIFY(!Lifecycle::isReflectedIn(r, Action::EditDeal, queued)); // not before it lands
    }

    void actionKeysRoundTrip()
    {
        for (Action a : Lifecycle::allActions()) {
            QCOMPARE(Lifecycle::actionFromKey(Lifecycle::actionKey(a)), std::optional<Action>(a));
            QVERIFY(!Lifecycle::actionName(a).isEmpty());
        }
        QCOMPARE(Lifecycle::actionFromKey(QStringLiteral("NO-THANKS")),
            std::optional<Action>(Action::NoThanks));
        QVERIFY(!Lifecycle::actionFromKey(QStringLiteral("delete")));
    }
};

QTEST_GUILESS_MAIN(LifecycleTest)
#include "tst_lifecycle.moc"
