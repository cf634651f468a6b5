// Scoring the fit of every open referral (issue 18) against a big archive. Prints figures; asserts
// no times.
//
//   bench_fit [--archived N] [--open N] [--runs R]        builds a store of realistic referrals
//   bench_fit --database FILE [--open N] [--runs R]       an existing store (a bench_scale
//                                                          profile): migrated if older (timed),
//                                                          its archive counted as the sync
//                                                          thread's background fill does it
//                                                          (timed: total and longest batch),
//                                                          open referrals added up to N for the
//                                                          run and removed after it
//
// Figures, each the median of R runs: reading fit_kinds and fit_products into the model, reading
// the open referrals' features, scoring them all, and FitStore::scoreOpen as the board's scorer
// calls it after a sync (model and fits kept when nothing was archived; the model read again and
// every open referral scored again when something was).

#include "insights/fit.h"
#include "store/fitstore.h"
#include "store/store.h"
#include "store/storedb.h"
#include "support/realisticreferrals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace rd;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

int countOf(Store &store, const QString &sql)
{
    QSqlQuery q(store.db().database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("database"), QStringLiteral("An existing store."),
                            QStringLiteral("file") },
        { QStringLiteral("archived"), QStringLiteral("Archived referrals to build."),
            QStringLiteral("n"), QStringLiteral("5000") },
        { QStringLiteral("open"), QStringLiteral("Open referrals to score."), QStringLiteral("n"),
            QStringLiteral("10000") },
        { QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("n"),
            QStringLiteral("5") } });
    parser.process(app);
    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int wantOpen = parser.value(QStringLiteral("open")).toInt();

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("database"));
    const bool built = path.isEmpty();
    if (built)
        path = dir.filePath(QStringLiteral("fit.sqlite"));
    Store store;
    QElapsedTimer timer;
    timer.start();
    if (const StoreError e = store.open(path)) {
        out << "cannot open " << path << ": " << e.message << Qt::endl;
        return 1;
    }
    out << "opened " << path << " in " << ms(timer.elapsed())
        << " (a store of an older format is migrated; its archive is counted afterwards)"
        << Qt::endl;
    {
        // What the sync thread does while idle after such a migration, batch by batch.
        int batches = 0;
        double longest = 0;
        QElapsedTimer total, one;
        total.start();
        for (;;) {
            one.start();
            const int passed = store.countFits(FitStore::fillBatch);
            longest = std::max(longest, one.nsecsElapsed() / 1e6);
            if (passed <= 0)
                break;
            ++batches;
        }
        if (batches > 0)
            out << "counted the archive for the fit in the background: " << batches
                << " batches of " << FitStore::fillBatch << " rowids, " << ms(total.elapsed())
                << " in all, longest batch " << ms(longest) << Qt::endl;
    }

    test::RealisticReferrals make(7, QDateTime::currentDateTimeUtc());
    const auto add = [&](int count, bool open, const QString &prefix) {
        QList<Referral> page;
        for (int i = 0; i < count; ++i) {
            Referral r = open ? make.open() : make.archived();
            r.id = prefix + QString::number(i);
            page.append(r);
            if (page.size() == 5000 || i == count - 1) {
                store.upsert(page);
                page.clear();
            }
        }
    };
    if (built)
        add(parser.value(QStringLiteral("archived")).toInt(), false, QStringLiteral("bench-fit-a"));
    const int archived = countOf(store, QStringLiteral("SELECT count(*) FROM referrals WHERE "
                                                       "stage = 3 AND outgoing = 0"));
    const int openBefore = FitStore::features(store).size();
    const QString extra = QStringLiteral("bench-fit-open-");
    // The simulator's open referrals are New, Evaluating or Negotiating; only the first two get
    // a fit, so enough are made to reach the count asked for.
    for (int round = 0; round < 6 && FitStore::features(store).size() < wantOpen; ++round)
        add(wantOpen - FitStore::features(store).size(), true, extra + QString::number(round) + QLatin1Char('-'));
    const QHash<QString, FitFeatures> features = FitStore::features(store);

    out << "archived (received): " << archived << ", New and Evaluating scored: " << features.size()
        << " (" << openBefore << " there before), rows: fit_kinds "
        << countOf(store, QStringLiteral("SELECT count(*) FROM fit_kinds")) << ", fit_products "
        << countOf(store, QStringLiteral("SELECT count(*) FROM fit_products")) << Qt::endl;

    QList<double> modelMs, featuresMs, scoreMs, warmMs, archivedMs;
    FitModel model;
    QHash<QString, Fit> fits;
    FitStore::ModelCache cache;
    FitStore::scoreOpen(store, &cache);
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        model = FitStore::model(store);
        modelMs.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const QHash<QString, FitFeatures> read = FitStore::features(store);
        featuresMs.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        fits.clear();
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            fits.insert(it.key(), model.fit(it.value()));
        scoreMs.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        fits = FitStore::scoreOpen(store, &cache);
        warmMs.append(timer.nsecsElapsed() / 1e6);
        // As after a sync that archived a referral: the counts changed, so the model is read
        // again and every open referral scored again (their features are kept).
        cache.version = -2;
        timer.restart();
        fits = FitStore::scoreOpen(store, &cache);
        archivedMs.append(timer.nsecsElapsed() / 1e6);
    }
    QHash<Fit::Level, int> levels;
    for (const Fit &f : std::as_const(fits))
        ++levels[f.level];
    out << "model: " << model.groups() << " groups over " << model.ended() << " ended ("
        << model.won() << " won)" << Qt::endl;
    out << "levels: high " << levels.value(Fit::Level::High) << ", medium "
        << levels.value(Fit::Level::Medium) << ", low " << levels.value(Fit::Level::Low)
        << ", not enough history " << levels.value(Fit::Level::Unknown) << Qt::endl;
    out << "median of " << runs << " runs:" << Qt::endl
        << "  read fit_kinds and fit_products into the model: " << ms(median(modelMs)) << Qt::endl
        << "  read the open referrals' features: " << ms(median(featuresMs)) << Qt::endl
        << "  score them all (model in memory): " << ms(median(scoreMs)) << Qt::endl
        << "  FitStore::scoreOpen after a sync that archived nothing (model and fits kept): "
        << ms(median(warmMs)) << Qt::endl
        << "  FitStore::scoreOpen after one that archived some (model read, all scored): "
        << ms(median(archivedMs)) << Qt::endl
        << "  cold (model read + features + scoring): "
        << ms(median(modelMs) + median(featuresMs) + median(scoreMs)) << Qt::endl;

    if (!built) {
        // The profile as it was: the open referrals added for the run go again.
        QSqlQuery q(store.db().database());
        q.exec(QStringLiteral("DELETE FROM referrals WHERE id LIKE '%1%'").arg(extra));
    }
    return 0;
}
