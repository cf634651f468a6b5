// docs/lifecycle.md, "Deadlines": each badge at and around each threshold, the expirationDateTime
// override, the countdown text, and the next instant anything on the card changes.

#include "domain/deadlinepolicy.h"
#include "support/referralbuilder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QDateTime kCreated = utc(2026, 1, 5, 9, 0);
constexpr qint64 H = 3600; // seconds

DeadlinePolicy policy()
{
    return DeadlinePolicy({}, QTimeZone::utc());
}

} // namespace

class DeadlinePolicyTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void newReferral_data()
    {
        QTest::addColumn<qint64>("msecsAfterCreation");
        QTest::addColumn<Badge>("badge");
        QTest::addColumn<QString>("text");
        const qint64 ms = 1000;
        QTest::newRow("just arrived") << qint64(0) << Badge::OnTime << "Respond in 24 h";
        QTest::newRow("18 h - 1 ms") << 18 * H * ms - 1 << Badge::OnTime << "Respond in 6 h 1 min";
        QTest::newRow("18 h: 6 h left") << 18 * H * ms << Badge::RespondSoon << "Respond in 6 h";
        QTest::newRow("18 h + 1 ms") << 18 * H * ms + 1 << Badge::RespondSoon << "Respond in 6 h";
        QTest::newRow("23 h 20 min")
            << (23 * H + 20 * 60) * ms << Badge::RespondSoon << "Respond in 40 min";
        QTest::newRow("24 h - 1 ms") << 24 * H * ms - 1 << Badge::RespondSoon << "Respond in 1 min";
        QTest::newRow("24 h: late") << 24 * H * ms << Badge::Late << "Late · missed in 48 h";
        QTest::newRow("24 h + 1 ms") << 24 * H * ms + 1 << Badge::Late << "Late · missed in 48 h";
        QTest::newRow("24 h - 1 min")
            << (24 * H - 60) * ms << Badge::RespondSoon << "Respond in 1 min";
        QTest::newRow("23 h 59 min - 1 ms")
            << (24 * H - 60) * ms - 1 << Badge::RespondSoon << "Respond in 2 min";
        QTest::newRow("30 h") << 30 * H * ms << Badge::Late << "Late · missed in 42 h";
        QTest::newRow("60 h - 1 ms")
            << 60 * H * ms - 1 << Badge::Late << "Late · missed in 12 h 1 min";
        QTest::newRow("60 h: missing") << 60 * H * ms << Badge::Missing << "Missed in 12 h";
        QTest::newRow("71 h 20 min")
            << (71 * H + 20 * 60) * ms << Badge::Missing << "Missed in 40 min";
        QTest::newRow("72 h - 1 ms") << 72 * H * ms - 1 << Badge::Missing << "Missed in 1 min";
        QTest::newRow("72 h: lapsed")
            << 72 * H * ms << Badge::Lapsed << "Missed · waiting for the service";
        QTest::newRow("a week later")
            << 7 * 24 * H * ms << Badge::Lapsed << "Missed · waiting for the service";
    }

    void newReferral()
    {
        QFETCH(qint64, msecsAfterCreation);
        QFETCH(Badge, badge);
        QFETCH(QString, text);
        const Referral r = ReferralBuilder().inNew().created(kCreated);
        const DeadlineStatus s = policy().evaluate(r, kCreated.addMSecs(msecsAfterCreation));
        QCOMPARE(s.badge, badge);
        QCOMPARE(s.text, text);
        QCOMPARE(s.hardLimit, kCreated.addSecs(72 * H));
        QCOMPARE(s.lapsedAs, badge == Badge::Lapsed ? Outcome::Missed : Outcome::None);
    }

    void evaluating_data()
    {
        QTest::addColumn<qint64>("msecsBeforeLimit");
        QTest::addColumn<Badge>("badge");
        QTest::addColumn<QString>("text");
        const qint64 ms = 1000;
        QTest::newRow("just interested") << 7 * 24 * H * ms << Badge::OnTime << "Expires in 7 days";
        QTest::newRow("3 days + 1 min")
            << (72 * H + 60) * ms << Badge::OnTime << "Expires in 3 days";
        QTest::newRow("48 h + 1 ms") << 48 * H * ms + 1 << Badge::OnTime << "Expires in 2 days";
        QTest::newRow("48 h") << 48 * H * ms << Badge::OnTime << "Expires in 48 h";
        QTest::newRow("24 h + 1 ms") << 24 * H * ms + 1 << Badge::OnTime << "Expires in 24 h 1 min";
        QTest::newRow("24 h: decide soon") << 24 * H * ms << Badge::DecideSoon << "Expires in 24 h";
        QTest::newRow("4 h + 1 ms")
            << 4 * H * ms + 1 << Badge::DecideSoon << "Expires in 4 h 1 min";
        QTest::newRow("4 h: expiring") << 4 * H * ms << Badge::Expiring << "Expires in 4 h";
        QTest::newRow("1 ms") << qint64(1) << Badge::Expiring << "Expires in 1 min";
        QTest::newRow("0: lapsed")
            << qint64(0) << Badge::Lapsed << "Expired · waiting for the service";
        QTest::newRow("1 ms past")
            << qint64(-1) << Badge::Lapsed << "Expired · waiting for the service";
    }

    void evaluating()
    {
        QFETCH(qint64, msecsBeforeLimit);
        QFETCH(Badge, badge);
        QFETCH(QString, text);
        Referral r = ReferralBuilder().inEvaluating().created(kCreated);
        r.interestedDateTime = kCreated.addSecs(5 * H);
        const QDateTime limit = r.interestedDateTime.addDays(7);
        const DeadlineStatus s = policy().evaluate(r, limit.addMSecs(-msecsBeforeLimit));
        QCOMPARE(s.badge, badge);
        QCOMPARE(s.text, text);
        QCOMPARE(s.hardLimit, limit);
        QCOMPARE(s.lapsedAs, badge == Badge::Lapsed ? Outcome::Expired : Outcome::None);
    }

    void evaluatingWithoutInterestTimeCountsFromTheLastUpdate()
    {
        const Referral r
            = ReferralBuilder().inEvaluating().created(kCreated).updated(kCreated.addSecs(H));
        QVERIFY(r.interestedDateTime.isValid());
        QCOMPARE(policy().hardLimit(r), kCreated.addSecs(H).addDays(7));
        Referral noTimes
            = ReferralBuilder().inEvaluating().without("updatedDateTime").created(kCreated);
        QCOMPARE(policy().hardLimit(noTimes), kCreated.addDays(7));
    }

    void negotiating_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Badge>("badge");
        QTest::addColumn<QString>("text");
        // Closing date 2026-03-31 ends at 2026-04-01T00:00 in the partner's zone (UTC here).
        QTest::newRow("weeks ahead")
            << utc(2026, 3, 1, 12, 0) << Badge::OnTime << "Closes in 30 days";
        QTest::newRow("4 days") << utc(2026, 3, 28) << Badge::OnTime << "Closes in 4 days";
        QTest::newRow("3 days + 1 ms")
            << utc(2026, 3, 29).addMSecs(-1) << Badge::OnTime << "Closes in 3 days";
        QTest::newRow("3 days: closing")
            << utc(2026, 3, 29) << Badge::Closing << "Closes in 3 days";
        QTest::newRow("closing day noon")
            << utc(2026, 3, 31, 12) << Badge::Closing << "Closes in 12 h";
        QTest::newRow("last ms of the day")
            << utc(2026, 3, 31, 23, 59, 59, 999) << Badge::Closing << "Closes in 1 min";
        QTest::newRow("next day: overdue")
            << utc(2026, 4, 1) << Badge::Overdue << "Closing date passed";
        QTest::newRow("months later")
            << utc(2026, 9, 1) << Badge::Overdue << "Closing date passed";
    }

    void negotiating()
    {
        QFETCH(QDateTime, now);
        QFETCH(Badge, badge);
        QFETCH(QString, text);
        const Referral r
            = ReferralBuilder().inNegotiating(100, QStringLiteral("EUR"), QDate(2026, 3, 31));
        const DeadlineStatus s = policy().evaluate(r, now);
        QCOMPARE(s.badge, badge);
        QCOMPARE(s.text, text);
        QVERIFY(!s.hardLimit.isValid()); // a reminder only: nothing is archived
    }

    void closingDateEndsInThePartnersTimeZone()
    {
        const Referral r
            = ReferralBuilder().inNegotiating(100, QStringLiteral("EUR"), QDate(2026, 3, 31));
        const DeadlinePolicy berlin({}, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        const DeadlinePolicy newYork({}, QTimeZone(QByteArrayLiteral("America/New_York")));
        QCOMPARE(berlin.closingEnd(r), utc(2026, 3, 31, 22, 0)); // CEST, UTC+2
        QCOMPARE(newYork.closingEnd(r), utc(2026, 4, 1, 4, 0)); // EDT, UTC-4
        QCOMPARE(berlin.evaluate(r, utc(2026, 3, 31, 23)).badge, Badge::Overdue);
        QCOMPARE(newYork.evaluate(r, utc(2026, 3, 31, 23)).badge, Badge::Closing);
    }

    void negotiatingWithoutClosingDateHasNoBadge()
    {
        const Referral r
            = ReferralBuilder().status(QStringLiteral("Active"), QStringLiteral("Accepted"));
        const DeadlineStatus s = policy().evaluate(r, kCreated);
        QCOMPARE(s.badge, Badge::None);
        QVERIFY(!s.nextChange.isValid());
    }

    void archivedAndUndatedHaveNoBadge()
    {
        QCOMPARE(policy().evaluate(ReferralBuilder().archived(), kCreated).badge, Badge::None);
        const Referral undated = ReferralBuilder().inNew().without("createdDateTime");
        const DeadlineStatus s = policy().evaluate(undated, kCreated);
        QCOMPARE(s.badge, Badge::None);
        QVERIFY(s.text.isEmpty());
        QVERIFY(!s.nextChange.isValid());
    }

    void expirationDateTimeWinsOverTheRules()
    {
        // New, remote limit at 30 h instead of 72 h: missing from 18 h, missed at 30 h; the 24 h
        // response target still applies.
        const Referral early
            = ReferralBuilder().inNew().created(kCreated).expires(kCreated.addSecs(30 * H));
        QCOMPARE(policy().hardLimit(early), kCreated.addSecs(30 * H));
        QCOMPARE(policy().evaluate(early, kCreated.addSecs(17 * H)).badge, Badge::OnTime);
        QCOMPARE(policy().evaluate(early, kCreated.addSecs(18 * H)).badge, Badge::Missing);
        QCOMPARE(policy().evaluate(early, kCreated.addSecs(18 * H)).text,
            QStringLiteral("Missed in 12 h"));
        QCOMPARE(policy().evaluate(early, kCreated.addSecs(30 * H)).badge, Badge::Lapsed);

        // A limit before the response target: the countdown says when it will be missed.
        const Referral veryEarly
            = ReferralBuilder().inNew().created(kCreated).expires(kCreated.addSecs(20 * H));
        QCOMPARE(policy().evaluate(veryEarly, kCreated).text, QStringLiteral("Missed in 20 h"));

        // A later limit stretches the missed clock; the response target still turns it late.
        const Referral late
            = ReferralBuilder().inNew().created(kCreated).expires(kCreated.addSecs(100 * H));
        QCOMPARE(policy().evaluate(late, kCreated.addSecs(80 * H)).badge, Badge::Late);
        QCOMPARE(policy().evaluate(late, kCreated.addSecs(88 * H)).badge, Badge::Missing);

        // Evaluating: the remote's limit instead of interest + 7 days.
        Referral evaluating
            = ReferralBuilder().inEvaluating().created(kCreated).expires(kCreated.addDays(2));
        evaluating.interestedDateTime = kCreated;
        QCOMPARE(policy().hardLimit(evaluating), kCreated.addDays(2));
        QCOMPARE(policy().evaluate(evaluating, kCreated.addDays(1)).badge, Badge::DecideSoon);
    }

    void limitsAreSettable()
    {
        DeadlineLimits limits;
        limits.responseTargetSecs = 2 * H;
        limits.respondSoonSecs = 30 * 60;
        limits.missLimitSecs = 4 * H;
        limits.missingSecs = H;
        const DeadlinePolicy p(limits, QTimeZone::utc());
        const Referral r = ReferralBuilder().inNew().created(kCreated);
        QCOMPARE(p.evaluate(r, kCreated.addSecs(H)).badge, Badge::OnTime);
        QCOMPARE(p.evaluate(r, kCreated.addSecs(90 * 60)).badge, Badge::RespondSoon);
        QCOMPARE(p.evaluate(r, kCreated.addSecs(2 * H)).badge, Badge::Late);
        QCOMPARE(p.evaluate(r, kCreated.addSecs(3 * H)).badge, Badge::Missing);
        QCOMPARE(p.evaluate(r, kCreated.addSecs(4 * H)).badge, Badge::Lapsed);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::addColumn<QString>("text");
        QTest::newRow("1 ms") << qint64(1) << "1 min";
        QTest::newRow("59 s") << qint64(59000) << "1 min";
        QTest::newRow("60 s") << qint64(60000) << "1 min";
        QTest::newRow("60.001 s") << qint64(60001) << "2 min";
        QTest::newRow("59 min") << qint64(59 * 60000) << "59 min";
        QTest::newRow("1 h") << qint64(3600000) << "1 h";
        QTest::newRow("5 h 12 min") << qint64((5 * 60 + 12) * 60000) << "5 h 12 min";
        QTest::newRow("48 h") << qint64(48 * 3600000LL) << "48 h";
        QTest::newRow("48 h 1 min") << qint64(48 * 3600000LL + 60000) << "2 days";
        QTest::newRow("71 h 59 min") << qint64(72 * 3600000LL - 60000) << "2 days";
        QTest::newRow("72 h") << qint64(72 * 3600000LL) << "3 days";
        QTest::newRow("past") << qint64(-5) << "0 min";
    }

    void formatDuration()
    {
        QFETCH(qint64, msecs);
        QFETCH(QString, text);
        QCOMPARE(DeadlinePolicy::formatDuration(msecs), text);
    }

    void nextChangeIsTheExactInstantOfTheNextDifference_data()
    {
        QTest::addColumn<Referral>("referral");
        Referral evaluating = ReferralBuilder().inEvaluating().created(kCreated);
        evaluating.interestedDateTime = kCreated.addSecs(3 * H + 17);
        QTest::newRow("new") << ReferralBuilder().inNew().created(kCreated.addMSecs(123)).build();
        QTest::newRow("new, early expiration") << ReferralBuilder()
                                                      .inNew()
                                                      .created(kCreated)
                                                      .expires(kCreated.addSecs(31 * H + 7))
                                                      .build();
        QTest::newRow("evaluating") << evaluating;
        QTest::newRow("negotiating")
            << ReferralBuilder()
                   .inNegotiating(1, QStringLiteral("EUR"), QDate(2026, 1, 12))
                   .build();
    }

    void nextChangeIsTheExactInstantOfTheNextDifference()
    {
        // Walk from instant to instant as the board's single timer would, and check at each step
        // that nothing changes one millisecond before nextChange and something changes at it.
        QFETCH(Referral, referral);
        const DeadlinePolicy p = policy();
        QDateTime now = kCreated.addSecs(-60);
        int steps = 0;
        QSet<Badge> seen;
        while (true) {
            const DeadlineStatus s = p.evaluate(referral, now);
            seen.insert(s.badge);
            if (!s.nextChange.isValid())
                break;
            QVERIFY(s.nextChange > now);
            const DeadlineStatus before = p.evaluate(referral, s.nextChange.addMSecs(-1));
            QCOMPARE(before.badge, s.badge);
            QCOMPARE(before.text, s.text);
            const DeadlineStatus at = p.evaluate(referral, s.nextChange);
            QVERIFY2(at.badge != s.badge || at.text != s.text,
                qPrintable(QStringLiteral("nothing changed at %1: %2")
                               .arg(s.nextChange.toString(Qt::ISODateWithMs), s.text)));
            // A random instant in between shows the same card as well.
            const qint64 span = now.msecsTo(s.nextChange);
            const QDateTime between = now.addMSecs(QRandomGenerator::global()->bounded(span));
            QCOMPARE(p.evaluate(referral, between).text, s.text);
            now = s.nextChange;
            QVERIFY(++steps < 20000);
        }
        QVERIFY(steps > 10);
        QVERIFY(seen.size() >= 2);
    }

    void urgencyOrdersLastCallsFirst()
    {
        QVERIFY(DeadlinePolicy::urgency(Badge::Missing) < DeadlinePolicy::urgency(Badge::Late));
        QVERIFY(DeadlinePolicy::urgency(Badge::Late) < DeadlinePolicy::urgency(Badge::RespondSoon));
        QVERIFY(
            DeadlinePolicy::urgency(Badge::RespondSoon) < DeadlinePolicy::urgency(Badge::OnTime));
        QVERIFY(
            DeadlinePolicy::urgency(Badge::Expiring) < DeadlinePolicy::urgency(Badge::DecideSoon));
        QVERIFY(DeadlinePolicy::urgency(Badge::OnTime) < DeadlinePolicy::urgency(Badge::None));
    }
};

QTEST_GUILESS_MAIN(DeadlinePolicyTest)
#include "tst_deadlinepolicy.moc"
