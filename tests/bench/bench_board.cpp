// Benchmark: (1) the cost of one deadline timer firing over N open referrals, and how many rows it
// touched; (2) the time to first show the window with N open referrals and M archived ones,
// against the same with an empty archive. Prints figures; checks nothing about timings.
// Usage: bench_board [open=10000] [archived=1000000]

#include "mainwindow.h"
#include "models/deadlinescheduler.h"
#include "models/referrallistmodel.h"
#include "store/store.h"
#include "support/referralfactory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;

namespace {

QList<Referral> openReferrals(int from, int count, const QDateTime &now)
{
    QList<Referral> out;
    out.reserve(count);
    for (int i = from; i < from + count; ++i) {
        QJsonObject doc = test::referralJson(i, QStringLiteral("New"), QStringLiteral("Pending"));
        // Spread over the last 70 hours so badges of every kind are on the board.
        // Arrival times to the millisecond, as real ones are: few cards change at the same instant.
        const qint64 k = i - from;
        doc.insert(QStringLiteral("createdDateTime"),
            ReferralJson::formatInstant(
                now.addMSecs(-(k * 70 * 3600 * 1000 / count) - (k * 7919) % 20000)));
        doc.insert(QStringLiteral("closedDateTime"), QJsonValue());
        out.append(*ReferralJson::fromObject(doc).referral);
    }
    return out;
}

qint64 firstShowMs(Store *store, Clock *clock)
{
    QElapsedTimer t;
    t.start();
    MainWindow window(store, clock);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    (void)window.grab(); // the first full paint
    return t.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int open = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int archived = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000000;
    QTemporaryDir dir;
    TestClock clock(utcDateTime(QDate(2026, 3, 2), QTime(9, 0)));

    Store store;
    if (store.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 1;
    for (int from = 0; from < open; from += 5000)
        store.upsert(openReferrals(from, std::min(5000, open - from), clock.now()));

    // 1. One deadline timer firing.
    {
        const DeadlinePolicy policy;
        ReferralListModel model(&store, &clock, policy);
        model.reload();
        const QDateTime at = model.nextChange();
        QElapsedTimer t;
        t.start();
        const int touched = model.updateDeadlines(at);
        const qint64 us = t.nsecsElapsed() / 1000;
        out << "deadline timer firing over " << model.rowCount() << " open referrals: " << us
            << " us, " << touched << " row(s) touched" << Qt::endl;
        // A minute of firings as the scheduler spaces them (every 200 ms at most).
        qint64 totalUs = 0;
        int totalTouched = 0, firings = 0;
        QDateTime now = at;
        const QDateTime end = at.addSecs(60);
        while (now < end) {
            const QDateTime next = model.nextChange();
            if (!next.isValid())
                break;
            now = std::max(next, now.addMSecs(DeadlineScheduler::minIntervalMs));
            t.restart();
            totalTouched += model.updateDeadlines(now);
            totalUs += t.nsecsElapsed() / 1000;
            ++firings;
        }
        out << "one minute of firings: " << firings << " firings, "
            << totalUs / std::max(1, firings) << " us each on average, "
            << QString::number(double(totalTouched) / std::max(1, firings), 'f', 1)
            << " rows touched each, " << QString::number(totalUs / 600000.0, 'f', 3)
            << "% of one core" << Qt::endl;
    }

    // 2. First show, empty archive, then with the archive filled.
    const qint64 emptyMs = firstShowMs(&store, &clock);
    for (int from = 0; from < archived; from += 10000)
        store.upsert(test::makeReferrals(open + from, std::min(10000, archived - from)));
    const qint64 fullMs = firstShowMs(&store, &clock);
    out << "first show with " << open << " open referrals: empty archive " << emptyMs << " ms, "
        << archived << " archived " << fullMs << " ms (ratio "
        << QString::number(double(fullMs) / std::max<qint64>(1, emptyMs), 'f', 2) << ")"
        << Qt::endl;
    return 0;
}
