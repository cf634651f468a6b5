// Deal values through the lifecycle and the archive: validated, sent and queued in their
// currency's own minor units (docs/lifecycle.md, "Validation"; docs/remote-api.md, deal values),
// and sorted by the number each shows.

#include "domain/lifecycle.h"
#include "domain/money.h"
#include "store/store.h"
#include "support/referralbuilder.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QDate kToday(2026, 1, 5);

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

class DealValueTest : public QObject
{
    Q_OBJECT
private slots:
    void dealValuesAreSentExactlyInTheirCurrencysUnits()
    {
        const Referral evaluating = ReferralBuilder().inEvaluating();
        ActionInput in;
        in.dealValue = 12'345'678;
        in.currency = QStringLiteral("kwd");
        in.closingDate = kToday.addDays(10);
        QVERIFY(Lifecycle::validate(evaluating, Action::Accept, in, kToday).isEmpty());
        const QByteArray sent = QJsonDocument(Lifecycle::patch(evaluating, Action::Accept, in))
                                    .toJson(QJsonDocument::Compact);
        QVERIFY2(sent.contains(R"("dealValue":12345.678)"), sent.constData());
        // Applied locally, the referral holds the same minor units the person typed.
        const Referral accepted
            = Lifecycle::applied(evaluating, Action::Accept, in, QDateTime(kToday, QTime(9, 0)));
        QCOMPARE(accepted.details.dealValue, std::optional<MinorUnits>(12'345'678));
        QCOMPARE(accepted.details.currency, QStringLiteral("KWD"));

        // The limit is 10^12 units in every currency: 10^12 yen, 10^15 fils.
        in.dealValue = 1'000'000'000'001;
        in.currency = QStringLiteral("JPY");
        const QList<FieldError> yen = Lifecycle::validate(evaluating, Action::Accept, in, kToday);
        QCOMPARE(fieldsOf(yen), QList<Field> { Field::DealValue });
        QCOMPARE(yen.first().message,
            QStringLiteral("The deal value can be at most %1.")
                .arg(QLocale().toString(qint64(1'000'000'000'000))));
        in.dealValue = 1'000'000'000'000'000;
        in.currency = QStringLiteral("KWD");
        QVERIFY(Lifecycle::validate(evaluating, Action::Accept, in, kToday).isEmpty());
    }

    void editDealSendsAValueWithTheCurrencyItIsIn()
    {
        const Referral r
            = ReferralBuilder().inNegotiating(1'301'000, QStringLiteral("JPY"), QDate(2026, 3, 31));
        QCOMPARE(r.details.dealValue, std::optional<MinorUnits>(1'301'000));

        // The value alone: sent in yen, and queued with its currency so that it is never read
        // in another one.
        ActionInput value;
        value.dealValue = 1'400'000;
        QCOMPARE(Lifecycle::patch(r, Action::EditDeal, value),
            QJsonArray { op("replace", "/details/dealValue", 1400000) });
        const ActionInput queued = Lifecycle::editedOnly(r, Action::EditDeal, value);
        QCOMPARE(queued.dealValue, std::optional<MinorUnits>(1'400'000));
        QCOMPARE(queued.currency, QStringLiteral("JPY"));

        // The same minor units in another currency are another amount: both are sent.
        ActionInput dinars;
        dinars.dealValue = 1'301'000;
        dinars.currency = QStringLiteral("KWD");
        QCOMPARE(Lifecycle::patch(r, Action::EditDeal, dinars),
            (QJsonArray { op("replace", "/details/dealValue", 1301.0),
                op("replace", "/details/currency", QStringLiteral("KWD")) }));
        QCOMPARE(Lifecycle::editedOnly(r, Action::EditDeal, dinars).dealValue,
            std::optional<MinorUnits>(1'301'000));

        // Nothing of the deal changed: neither value nor currency is queued.
        ActionInput notes;
        notes.dealValue = 1'301'000;
        notes.currency = QStringLiteral("JPY");
        notes.note = QStringLiteral("Budget approved");
        const ActionInput notesOnly = Lifecycle::editedOnly(r, Action::EditDeal, notes);
        QVERIFY(!notesOnly.dealValue);
        QVERIFY(notesOnly.currency.isEmpty());
    }

    void theArchiveSortsDealsByTheNumberTheyShow()
    {
        // In minor units 50 000 JPY is the smallest and 2 000.000 KWD the largest; shown, the
        // numbers are 1 000.00, 2 000.000 and 50 000.
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Store store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const auto won = [](const char *id, const QJsonValue &value, const char *currency) {
            return ReferralBuilder()
                .set("id", QLatin1String(id))
                .archived(QStringLiteral("Won"))
                .detail("dealValue", value)
                .detail("currency", QLatin1String(currency))
                .build();
        };
        store.upsert(
            { won("yen", 50000, "JPY"), won("dollars", 1000, "USD"), won("dinars", 2000, "KWD") });
        QStringList ids;
        for (const ArchiveRow &r :
            store.archive({}, ArchiveColumn::DealValue, Qt::AscendingOrder, 0, 10))
            ids.append(r.id);
        QCOMPARE(ids,
            (QStringList {
                QStringLiteral("dollars"), QStringLiteral("dinars"), QStringLiteral("yen") }));
    }
};

QTEST_GUILESS_MAIN(DealValueTest)
#include "tst_dealvalue.moc"
