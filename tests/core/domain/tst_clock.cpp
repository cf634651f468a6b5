#include "domain/clock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace rd;

class TestClockTest : public QObject
{
    Q_OBJECT
private slots:
    void systemClockIsUtcAndMoves()
    {
        SystemClock clock;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = clock.now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(qAbs(now.msecsTo(QDateTime::currentDateTimeUtc())) < 60 * 1000);
    }

    void testClockStandsStillUntilMoved()
    {
        const QDateTime start = utcDateTime(QDate(2026, 3, 1), QTime(8, 0));
        TestClock clock(start);
        QSignalSpy jumped(&clock, &Clock::jumped);
        QCOMPARE(clock.now(), start);
        QCOMPARE(clock.now(), start);

        clock.advanceSecs(72 * 3600);
        QCOMPARE(clock.now(), start.addDays(3));
        clock.advance(1);
        QCOMPARE(clock.now(), start.addDays(3).addMSecs(1));
        QCOMPARE(jumped.count(), 2);
    }

    void setNowConvertsToUtc()
    {
        TestClock clock;
        const QDateTime offset(QDate(2026, 6, 1), QTime(12, 0), QTimeZone(2 * 3600));
        clock.setNow(offset);
        QCOMPARE(clock.now(), utcDateTime(QDate(2026, 6, 1), QTime(10, 0)));
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestClockTest)
#include "tst_clock.moc"
