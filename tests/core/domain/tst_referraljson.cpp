// Parsing the remote's JSON: every quirk docs/remote-api.md warns about, and the errors that must
// be typed instead of crashing.

#include "domain/clock.h"
#include "domain/referraljson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace rd;

namespace {

QByteArray sample()
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/referral-new.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample referral");
    return file.readAll();
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(sample()).object();
}

Referral parseOk(const QJsonObject &object)
{
    const ParseResult r = ReferralJson::fromObject(object);
    if (!r.ok())
        qFatal("parse failed: %s", qPrintable(r.error.message));
    return *r.referral;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return utcDateTime(QDate(y, mo, d), QTime(h, mi, s, ms));
}

} // namespace

class ReferralJsonTest : public QObject
{
    Q_OBJECT
private slots:
    void givenTheSampleDocument_whenParsed_thenEveryFieldIsRead()
    {
        const ParseResult result = ReferralJson::parse(sample());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(result.warnings.isEmpty());
        const Referral &r = *result.referral;
        QCOMPARE(r.id, QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        QCOMPARE(r.engagementId, QStringLiteral("3f1c5b2a-9d7e-4c3b-8f7a-1e2d3c4b5a69"));
        QCOMPARE(r.name, QStringLiteral("Migrate pharmacy stores to Microsoft 365"));
        QCOMPARE(r.organizationName, QStringLiteral("Fabrikam Consulting"));
        QVERIFY(r.externalReferenceId.isEmpty());
        QCOMPARE(r.createdDateTime, utc(2026, 11, 24, 9, 0, 0, 123));
        QVERIFY(!r.expirationDateTime.isValid());
        QCOMPARE(r.status, QStringLiteral("New"));
        QCOMPARE(r.substatus, QStringLiteral("Pending"));
        QCOMPARE(r.type, QStringLiteral("Independent"));
        QCOMPARE(r.qualification, QStringLiteral("MarketingQualified"));
        QCOMPARE(r.direction, QStringLiteral("Incoming"));
        QCOMPARE(r.eTag, QStringLiteral("\"1a00c2d5-0000-0800-0000-5f7e1c2d0000\""));
        QCOMPARE(r.customerProfile.name, QStringLiteral("Contoso Pharmacy"));
        QCOMPARE(r.customerProfile.size, QStringLiteral("10to50employees"));
        QCOMPARE(r.customerProfile.address.city, QStringLiteral("Redmond"));
        QCOMPARE(r.customerProfile.address.country, QStringLiteral("US"));
        QVERIFY(r.customerProfile.address.region.isEmpty());
        QCOMPARE(r.customerProfile.team.size(), 1);
        QCOMPARE(r.customerProfile.team.first().displayName(), QStringLiteral("Avery Howard"));
        QCOMPARE(r.customerProfile.team.first().locale, QStringLiteral("en-US"));
        QCOMPARE(r.customerProfile.team.first().disableNotifications, std::optional<bool>(false));
        QCOMPARE(r.customerProfile.ids.first().profileType, QStringLiteral("Tenant"));
        QCOMPARE(r.consent.consentToContact, std::optional<bool>(true));
        QCOMPARE(r.consent.consentToShareReferralWithMicrosoftSellers, std::optional<bool>(false));
        QVERIFY(!r.details.dealValue.has_value());
        QCOMPARE(r.details.currency, QStringLiteral("USD"));
        QCOMPARE(r.details.requirements.products.first().name, QStringLiteral("Microsoft 365 E3"));
        QCOMPARE(r.details.requirements.solutions.first().id, QStringLiteral("sol-1"));
        QVERIFY(r.details.requirements.services.isEmpty());
        QCOMPARE(r.inviteContext.notes, QStringLiteral("Sent to 3 partners"));
        QCOMPARE(r.target.first().type, QStringLiteral("Solution"));
        QCOMPARE(r.stage(), Stage::New);
        QCOMPARE(r.lastOpenSubstatus, QStringLiteral("Pending"));
    }

    void givenUnknownFields_whenParsed_thenTheRawDocumentKeepsThem()
    {
        const Referral r = parseOk(sampleObject());
        QCOMPARE(r.raw, sampleObject());
        QCOMPARE(r.raw.value(QStringLiteral("futureField"))
                     .toObject()
                     .value(QStringLiteral("kept"))
                     .toBool(),
            true);
    }

    void givenHtmlAndControlCharacters_whenParsed_thenTheyAreKeptVerbatimAsText()
    {
        QJsonObject o = sampleObject();
        const QString hostile
            = QStringLiteral("<script>alert(1)</script>\u202Egnp.exe\x01\n<b>bold</b>");
        QJsonObject details = o.value(QStringLiteral("details")).toObject();
        details.insert(QStringLiteral("notes"), hostile);
        o.insert(QStringLiteral("details"), details);
        o.insert(QStringLiteral("name"), QString(1024 * 1024, QLatin1Char('x')));
        const Referral r = parseOk(o);
        QCOMPARE(r.details.notes, hostile);
        QCOMPARE(r.name.size(), 1024 * 1024);
    }

    void instants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("no fraction") << "2024-11-02T09:15:12Z" << utc(2024, 11, 2, 9, 15, 12);
        QTest::newRow("1 digit") << "2024-11-02T09:15:12.1Z" << utc(2024, 11, 2, 9, 15, 12, 100);
        QTest::newRow("3 digits") << "2024-11-02T09:15:12.123Z" << utc(2024, 11, 2, 9, 15, 12, 123);
        QTest::newRow("7 digits") << "2024-11-02T09:15:12.1234567Z"
                                  << utc(2024, 11, 2, 9, 15, 12, 123);
        QTest::newRow("7 digits, 9s")
            << "2024-11-02T09:15:12.9999999Z" << utc(2024, 11, 2, 9, 15, 12, 999);
        QTest::newRow("lower z") << "2024-11-02T09:15:12z" << utc(2024, 11, 2, 9, 15, 12);
        QTest::newRow("no zone is UTC")
            << "2024-11-02T09:15:12.5" << utc(2024, 11, 2, 9, 15, 12, 500);
        QTest::newRow("positive offset")
            << "2024-11-02T11:15:12+02:00" << utc(2024, 11, 2, 9, 15, 12);
        QTest::newRow("negative offset")
            << "2024-11-02T01:15:12.0000001-0800" << utc(2024, 11, 2, 9, 15, 12);
        QTest::newRow("no seconds") << "2024-11-02T09:15Z" << utc(2024, 11, 2, 9, 15);
        QTest::newRow("null marker") << "0001-01-01T00:00:00" << QDateTime();
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("bad month") << "2024-13-02T09:15:12Z" << QDateTime();
        QTest::newRow("bad hour") << "2024-11-02T25:15:12Z" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }

    void instants()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ReferralJson::parseInstant(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void formatInstantRoundTrips()
    {
        QCOMPARE(ReferralJson::formatInstant(utc(2026, 1, 2, 3, 4, 5)),
            QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(ReferralJson::formatInstant(utc(2026, 1, 2, 3, 4, 5, 60)),
            QStringLiteral("2026-01-02T03:04:05.060Z"));
        QVERIFY(ReferralJson::formatInstant(QDateTime()).isEmpty());
        const QDateTime t = utc(2026, 7, 8, 23, 59, 59, 999);
        QCOMPARE(ReferralJson::parseInstant(ReferralJson::formatInstant(t)), t);
    }

    void givenOnlyAnId_whenParsed_thenEverythingElseIsEmptyAndTheReferralIsKept()
    {
        const ParseResult r = ReferralJson::parse(R"({"id":"abc"})");
        QVERIFY(r.ok());
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.referral->id, QStringLiteral("abc"));
        QVERIFY(r.referral->status.isEmpty());
        QVERIFY(!r.referral->createdDateTime.isValid());
        QVERIFY(!r.referral->details.dealValue);
        QCOMPARE(r.referral->stage(), Stage::Archived); // no status: read-only "Unknown"
        QCOMPARE(r.referral->outcome(), Outcome::Unknown);
    }

    void givenNullsEverywhere_whenParsed_thenTheyReadAsMissing()
    {
        const ParseResult r
            = ReferralJson::parse(R"({"id":"n1","name":null,"status":null,"createdDateTime":null,
            "customerProfile":null,"details":{"dealValue":null,"requirements":null},"team":null,"consent":null,
            "inviteContext":{"invitedBy":null},"target":null})");
        QVERIFY(r.ok());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QVERIFY(r.referral->name.isEmpty());
        QVERIFY(r.referral->customerProfile.team.isEmpty());
        QVERIFY(!r.referral->consent.consentToContact);
    }

    void givenUnknownEnumValues_whenParsed_thenTheyAreKeptVerbatim()
    {
        const ParseResult r
            = ReferralJson::parse(R"({"id":"e1","status":"Paused","substatus":"OnHold",
            "type":"Joint","qualification":"AiQualified","direction":"Sideways"})");
        QVERIFY(r.ok());
        QCOMPARE(r.referral->status, QStringLiteral("Paused"));
        QCOMPARE(r.referral->substatus, QStringLiteral("OnHold"));
        QCOMPARE(r.referral->type, QStringLiteral("Joint"));
        QCOMPARE(r.referral->qualification, QStringLiteral("AiQualified"));
        QCOMPARE(r.referral->direction, QStringLiteral("Sideways"));
        QCOMPARE(r.referral->stage(), Stage::Archived);
        QCOMPARE(r.referral->stageText(), QStringLiteral("Unknown (Paused)"));
    }

    void givenNumbersAsText_whenParsed_thenTheyAreReadAsNumbers()
    {
        const ParseResult r = ReferralJson::parse(R"({"id":"m1","details":{"dealValue":"5000"}})");
        QVERIFY(r.ok());
        QCOMPARE(r.referral->details.dealValue, std::optional<MinorUnits>(500000));

        const ParseResult decimals = ReferralJson::parse(
            R"({"id":"m2","details":{"dealValue":12500.55,"currency":"eur"}})");
        QCOMPARE(decimals.referral->details.dealValue, std::optional<MinorUnits>(1250055));
        QCOMPARE(decimals.referral->details.currency, QStringLiteral("EUR"));

        const ParseResult boolText
            = ReferralJson::parse(R"({"id":"m3","consent":{"consentToContact":"TRUE"}})");
        QCOMPARE(boolText.referral->consent.consentToContact, std::optional<bool>(true));

        const ParseResult numericId = ReferralJson::parse(R"({"id":12345})");
        QVERIFY(numericId.ok());
        QCOMPARE(numericId.referral->id, QStringLiteral("12345"));
    }

    void givenAFieldOfTheWrongType_whenParsed_thenItIsMissingWithAWarningNamingIt()
    {
        QTest::ignoreMessage(QtWarningMsg, "field \"name\" is not text; read as missing");
        QTest::ignoreMessage(
            QtWarningMsg, "field \"details.dealValue\" is not a number; read as missing");
        QTest::ignoreMessage(
            QtWarningMsg, "field \"customerProfile.address\" is not an object; read as missing");
        QTest::ignoreMessage(
            QtWarningMsg, "field \"createdDateTime\" is not a date and time; read as missing");
        QTest::ignoreMessage(QtWarningMsg, "field \"team[0]\" is not an object; read as missing");
        QTest::ignoreMessage(
            QtWarningMsg, "field \"customerProfile.team\" is not a list; read as missing");
        const ParseResult r = ReferralJson::parse(R"({"id":"w1","name":{"text":"oops"},
            "details":{"dealValue":"lots","notes":"kept"},"customerProfile":{"name":"Kept Ltd","address":"Main St","team":{}},
            "createdDateTime":"not a date","team":["x",{"firstName":"Kim"}]})");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 6);
        QVERIFY(r.referral->name.isEmpty());
        QVERIFY(!r.referral->details.dealValue);
        QCOMPARE(r.referral->details.notes, QStringLiteral("kept"));
        QCOMPARE(r.referral->customerProfile.name, QStringLiteral("Kept Ltd"));
        QVERIFY(r.referral->customerProfile.address.city.isEmpty());
        QCOMPARE(r.referral->team.size(), 1);
        QCOMPARE(r.referral->team.first().firstName, QStringLiteral("Kim"));
    }

    void givenDealValues_whenParsed_thenTheyAreInTheirCurrencysMinorUnitsExactly_data()
    {
        QTest::addColumn<QByteArray>("details");
        QTest::addColumn<qint64>("value");
        QTest::newRow("KWD") << QByteArray(R"("dealValue":12345.678,"currency":"KWD")")
                             << qint64(12'345'678);
        QTest::newRow("KWD largest")
            << QByteArray(R"("dealValue":999999999999.999,"currency":"KWD")")
            << qint64(999'999'999'999'999);
        QTest::newRow("currency after the value")
            << QByteArray(R"("currency":"kwd","dealValue":0.001)") << qint64(1);
        QTest::newRow("JPY") << QByteArray(R"("dealValue":1301000,"currency":"JPY")")
                             << qint64(1'301'000);
        QTest::newRow("USD") << QByteArray(R"("dealValue":280000.00,"currency":"USD")")
                             << qint64(28'000'000);
        QTest::newRow("USD cents") << QByteArray(R"("dealValue":999999999999.99,"currency":"USD")")
                                   << qint64(99'999'999'999'999);
        QTest::newRow("KWD as text")
            << QByteArray(R"("dealValue":"12345.678","currency":"KWD")") << qint64(12'345'678);
        QTest::newRow("CLF") << QByteArray(R"("dealValue":1.2345,"currency":"CLF")")
                             << qint64(12'345);
        QTest::newRow("no currency: two decimals")
            << QByteArray(R"("dealValue":12.34)") << qint64(1234);
    }

    void givenDealValues_whenParsed_thenTheyAreInTheirCurrencysMinorUnitsExactly()
    {
        QFETCH(QByteArray, details);
        QFETCH(qint64, value);
        const ParseResult r = ReferralJson::parse(R"({"id":"d","details":{)" + details + "}}");
        QVERIFY(r.ok());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(r.referral->details.dealValue, std::optional<MinorUnits>(value));
    }

    void givenMoreDecimalsThanTheCurrencyHas_whenParsed_thenRoundedWithAWarning()
    {
        // What the issue saw: yen with a fraction, shown as "1,301,000.50 JPY".
        QTest::ignoreMessage(QtWarningMsg,
            "field \"details.dealValue\" has more decimals than JPY has; rounded to 1301001");
        const ParseResult r = ReferralJson::parse(
            R"({"id":"y","details":{"dealValue":1301000.5,"currency":"JPY"}})");
        QVERIFY(r.ok());
        QCOMPARE(r.referral->details.dealValue, std::optional<MinorUnits>(1'301'001));
        QCOMPARE(r.warnings.size(), 1);
    }

    void givenAnAbsurdAmount_whenParsed_thenItIsMissingRatherThanOverflowing()
    {
        QTest::ignoreMessage(
            QtWarningMsg, "field \"details.dealValue\" is not an amount in range; read as missing");
        const ParseResult r = ReferralJson::parse(R"({"id":"big","details":{"dealValue":1e300}})");
        QVERIFY(r.ok());
        QVERIFY(!r.referral->details.dealValue);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>")
                                  << int(ParseError::Code::NotJson) << "not a JSON document";
        QTest::newRow("truncated") << QByteArray(R"({"id":"abc","name":"Cont)")
                                   << int(ParseError::Code::NotJson) << "offset";
        QTest::newRow("empty") << QByteArray() << int(ParseError::Code::NotJson)
                               << "not a JSON document";
        QTest::newRow("array") << QByteArray(R"([{"id":"a"}])")
                               << int(ParseError::Code::NotAnObject) << "an array";
        QTest::newRow("no id") << QByteArray(R"({"name":"x"})") << int(ParseError::Code::MissingId)
                               << "\"id\"";
        QTest::newRow("null id") << QByteArray(R"({"id":null})") << int(ParseError::Code::MissingId)
                                 << "\"id\"";
        QTest::newRow("blank id") << QByteArray(R"({"id":"  "})")
                                  << int(ParseError::Code::MissingId) << "\"id\"";
    }

    void errors()
    {
        QFETCH(QByteArray, document);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const ParseResult r = ReferralJson::parse(document);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.code), code);
        QVERIFY2(r.error.message.contains(mentions), qPrintable(r.error.message));
    }

    void givenAnEvaluatingReferral_whenParsed_thenInterestStartsAtItsLastUpdate()
    {
        const Referral r
            = parseOk(QJsonDocument::fromJson(R"({"id":"x","status":"New","substatus":"Received",
            "createdDateTime":"2026-01-01T00:00:00Z","updatedDateTime":"2026-01-01T05:00:00Z"})")
                          .object());
        QCOMPARE(r.stage(), Stage::Evaluating);
        QCOMPARE(r.interestedDateTime, utc(2026, 1, 1, 5, 0));
        QCOMPARE(r.lastOpenSubstatus, QStringLiteral("Received"));
    }
};

QTEST_GUILESS_MAIN(ReferralJsonTest)
#include "tst_referraljson.moc"
