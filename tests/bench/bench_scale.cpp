// Benchmark: how the real executables scale from a small profile (500 open + 1 000 archived
// referrals) to a large one (500 open + N archived, a million by default), in one run: start to
// board shown (referral-desk --startup-time, warm and, as root, with the page cache dropped),
// `referral-desk-cli list --stage new`, archive search latency (with the cache holding what a
// first pass read and, as root, that first pass after the page cache was dropped) and the
// longest stall of the GUI thread while typing, resident memory, database bytes per referral, and
// resident memory per open referral (10 000 open against 500). Each figure is printed for both
// profiles with the ratio large/small. Prints figures only; fails on wrong results or timeouts,
// never on a timing.
//
// Usage: bench_scale <referral-desk> <referral-desk-cli> [--archived N] [--runs N] [--work DIR]
// --work keeps the built profiles in DIR and reuses them while their format is the store's.

#include "models/archivemodel.h"
#include "startupprobe.h"
#include "store/store.h"
#include "support/realisticreferrals.h"
#include "support/storefills.h"
#include "widgets/archivewindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cmath>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace rd;

namespace {

constexpr int kProcessTimeoutMs = 600000; // a cold start of a large profile on a slow disk
constexpr int kQueryTimeoutMs = 60000;

/// Nearest rank: the smallest value with at least `p` of the values at or below it.
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

// -- the search child: bench_scale --search-child DATABASE --------------------------------------

// What people type into the archive's search: customer names and fragments of them in their
// scripts (folded: "muller" finds "Müller"), a customer with its branch number, words of the
// notes and products, contacts, and numbers.
const char *const kQueries[] = { "contoso", "pharm", "müller", "muller", "bäckerei", "étoile",
    "さくら", "物流", "北京", "智联", "волга", "сибирь", "النيل", "الرياض", "padaria", "ipê",
    "shakti", "ganga", "thames", "한빛", "contoso pharmacy 1234", "tailspin 42", "northwind 777",
    "lumière 3001", "sunrise 12", "pennine 4500", "dental 250", "versicherung 99", "saúde 1800",
    "물류 31", "sharepoint", "intune", "teams", "migrate", "quote", "architect", "defender",
    "power bi", "azure sql", "copilot", "contact center", "remote work", "einführung", "sécuriser",
    "クラウド", "试点", "обучением", "المحاسبة", "filiais", "urgent", "priya iyer", "mensah",
    "garcía", "ольга", "40", "25", "120", "4711", "2025", "7" };

int searchChild(const QString &path)
{
    QTextStream out(stdout);
    Store store;
    if (const StoreError e = store.open(path)) {
        out << "search-error " << e.message << Qt::endl;
        return 1;
    }
    ArchiveWindow window(&store);
    window.resize(1280, 800);
    window.show();
    ArchiveModel *model = window.model();

    // The heartbeat: a 5 ms timer on the GUI thread. The longest gap between two beats is the
    // longest the window could not answer the person (a query run on the GUI thread, a reset
    // that lays out every row).
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QElapsedTimer sinceBeat;
    qint64 longestNs = 0;
    QEventLoop beatLoop;
    QObject::connect(&heartbeat, &QTimer::timeout, &beatLoop, [&] {
        longestNs = std::max(longestNs, sinceBeat.nsecsElapsed());
        sinceBeat.restart();
        beatLoop.quit();
    });
    // Between two queries the window gets one beat to paint what it got, as it would between
    // two things a person types; in the beat the event loop runs, never a fixed sleep.
    const auto nextBeat = [&beatLoop] { beatLoop.exec(); };
    QApplication::processEvents();
    sinceBeat.start();
    heartbeat.start();
    nextBeat();
    nextBeat(); // the window is shown and painted: from here on, gaps are stalls
    longestNs = 0;

    QList<double> pageUs, countUs;
    int empty = 0;
    const auto apply = [&](const QString &text, bool counted) {
        ArchiveFilter filter;
        filter.text = text;
        QElapsedTimer t;
        qint64 pageNs = -1, countNs = -1;
        int count = -1;
        QEventLoop loop;
        QObject::connect(model, &ArchiveModel::firstPageShown, &loop, [&] {
            if (pageNs < 0)
                pageNs = t.nsecsElapsed();
            if (countNs >= 0)
                loop.quit();
        });
        QObject::connect(model, &ArchiveModel::matchCountChanged, &loop, [&](int n) {
            if (countNs < 0) {
                countNs = t.nsecsElapsed();
                count = n;
            }
            if (pageNs >= 0)
                loop.quit();
        });
        bool timedOut = false;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        t.start();
        model->setFilter(filter);
        // A model that answers at once has signalled already; one that works elsewhere is
        // waited for, and a silent one is a failure, never a figure.
        if (pageNs < 0 || countNs < 0) {
            timeout.start(kQueryTimeoutMs);
            loop.exec();
        }
        if (timedOut) {
            out << "search-timeout after " << kQueryTimeoutMs << " ms: \"" << text << "\""
                << Qt::endl;
            return false;
        }
        if (counted) {
            pageUs.append(pageNs / 1000.0);
            countUs.append(countNs / 1000.0);
            empty += count == 0 ? 1 : 0;
        }
        nextBeat();
        return true;
    };
    for (const char *query : kQueries) {
        if (!apply(QString::fromUtf8(query), true))
            return 3;
    }
    const qint64 stallNs = longestNs;
    // Resident memory with the archive open, unfiltered, after the searches (SQLite's cache
    // filled as it is in use).
    if (!apply(QString(), false))
        return 3;
    heartbeat.stop();
    out << "search queries=" << pageUs.size() << " empty=" << empty
        << " page-median-us=" << qRound64(percentile(pageUs, 0.5))
        << " page-p95-us=" << qRound64(percentile(pageUs, 0.95))
        << " count-median-us=" << qRound64(percentile(countUs, 0.5))
        << " count-p95-us=" << qRound64(percentile(countUs, 0.95)) << " stall-us=" << stallNs / 1000
        << " rss-kb=" << residentKb() << Qt::endl;
    return 0;
}

// -- profiles -------------------------------------------------------------------------------

struct Profile
{
    QString dir;
    int open = 0, archived = 0, newCount = 0;
    qint64 buildMs = -1; ///< -1: reused from the work folder
    qint64 fileBytes = 0;
    QString database() const { return Store::defaultPath(dir); }
};

/// The format (PRAGMA user_version) of a database file, -1 when it cannot be read.
int fileVersion(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    int version = -1;
    const QString name = QStringLiteral("bench-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

/// Builds `open` + `archived` realistic referrals into `<work>/open<N>-archived<M>` by direct
/// upserts in pages, or reuses what an earlier run built there when it is complete (its marker
/// says so) and of the store's current format.
std::optional<Profile> buildProfile(
    const QString &work, int open, int archived, quint32 seed, QTextStream &out)
{
    Profile p;
    p.open = open;
    p.archived = archived;
    p.dir = QDir(work).filePath(QStringLiteral("open%1-archived%2").arg(open).arg(archived));
    const QString marker = QDir(p.dir).filePath(QStringLiteral("bench-profile.txt"));
    const QString wanted = QStringLiteral("format=%1 open=%2 archived=%3 seed=%4")
                               .arg(Store::schemaVersion)
                               .arg(open)
                               .arg(archived)
                               .arg(seed);
    if (QFile m(marker); m.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = m.readAll().split('\n');
        const QString found = QString::fromUtf8(lines.value(0));
        const QString same = wanted.mid(wanted.indexOf(QLatin1Char(' ')));
        const int version = fileVersion(p.database());
        if (found.endsWith(same) && version > 0 && version < Store::schemaVersion) {
            // A profile of an older format: migrated in place as the app would (timed), rather
            // than built again (a million referrals take a quarter of an hour).
            QElapsedTimer migration;
            migration.start();
            Store store;
            if (const StoreError e = store.open(p.database())) {
                out << "cannot migrate " << p.database() << ": " << e.message << Qt::endl;
                return std::nullopt;
            }
            store.close();
            out << "profile " << QFileInfo(p.dir).fileName() << ": migrated from format "
                << version << " in " << QString::number(migration.elapsed() / 1000.0, 'f', 1)
                << " s" << Qt::endl;
            m.close();
            if (m.open(QIODevice::WriteOnly | QIODevice::Truncate))
                m.write((wanted + QLatin1Char('\n')).toUtf8() + lines.value(1) + '\n');
            p.newCount = lines.value(1).toInt();
            p.fileBytes = databaseBytes(p.database());
            return p;
        }
        if (found == wanted && version == Store::schemaVersion) {
            p.newCount = lines.value(1).toInt();
            p.fileBytes = databaseBytes(p.database());
            out << "profile " << QFileInfo(p.dir).fileName() << ": reused from " << work
                << Qt::endl;
            return p;
        }
    }
    QDir(p.dir).removeRecursively();
    QDir().mkpath(p.dir);
    QElapsedTimer timer;
    timer.start();
    {
        Store store;
        if (const StoreError e = store.open(p.database())) {
            out << "cannot create " << p.database() << ": " << e.message << Qt::endl;
            return std::nullopt;
        }
        test::RealisticReferrals make(seed, QDateTime::currentDateTimeUtc());
        constexpr int kPage = 5000; // one transaction each, as a sync stores its pages
        QList<Referral> page;
        const auto flush = [&] {
            StoreError error;
            store.upsert(page, std::nullopt, &error);
            page.clear();
            if (error)
                out << "upsert failed: " << error.message << Qt::endl;
            return !error;
        };
        for (int i = 0; i < open + archived; ++i) {
            page.append(i < open ? make.open() : make.archived());
            if (i < open && page.last().stage() == Stage::New)
                ++p.newCount;
            if ((page.size() == kPage || i == open + archived - 1) && !flush())
                return std::nullopt;
            if ((i + 1) % 100000 == 0) {
                out << "  building " << QFileInfo(p.dir).fileName() << ": " << i + 1
                    << " referrals, "
                    << qRound64((i + 1) * 1000.0 / std::max<qint64>(1, timer.elapsed()))
                    << " referrals/s" << Qt::endl;
            }
        }
        // Pages of new referrals leave their search entries and fit counts to the fills the
        // app's engine runs at idle (SearchFill, FitStore::fill): run here to their end.
        QElapsedTimer fills;
        fills.start();
        if (!runFills(store, 20000)) {
            out << "fill failed: " << store.lastError().message << Qt::endl;
            return std::nullopt;
        }
        out << "  built " << QFileInfo(p.dir).fileName() << ", then indexed and counted in "
            << QString::number(fills.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
    } // closed: the WAL is checkpointed into the file, whose size is then the figure
    p.buildMs = timer.elapsed();
    p.fileBytes = databaseBytes(p.database());
    QFile m(marker);
    if (!m.open(QIODevice::WriteOnly))
        return std::nullopt;
    m.write(wanted.toUtf8() + '\n' + QByteArray::number(p.newCount) + '\n');
    out << "profile " << QFileInfo(p.dir).fileName() << ": built in "
        << QString::number(p.buildMs / 1000.0, 'f', 1) << " s ("
        << qRound64((open + archived) * 1000.0 / std::max<qint64>(1, p.buildMs))
        << " referrals/s), " << p.fileBytes / (1024 * 1024) << " MiB" << Qt::endl;
    return p;
}

// -- runs of the real executables -------------------------------------------------------------

struct Run
{
    qint64 wallMs = 0;
    QByteArray out;
};

/// Runs a program to its end; the wall time is from the start of the process to its exit.
std::optional<Run> run(const QString &program, const QStringList &args, QTextStream &log)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(kProcessTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        log << "failed or timed out: " << program << ' ' << args.join(QLatin1Char(' ')) << Qt::endl;
        return std::nullopt;
    }
    Run r;
    r.wallMs = t.elapsed();
    r.out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        log << program << " exited with " << p.exitCode() << ": "
            << QString::fromLocal8Bit(r.out).right(2000)
            << QString::fromLocal8Bit(p.readAllStandardError()).right(2000) << Qt::endl;
        return std::nullopt;
    }
    return r;
}

/// Empties the page cache, so that the next start reads the database, the executable and its
/// libraries from disk. Only root can; `why` says why not.
bool dropPageCache(QString *why)
{
#ifdef Q_OS_UNIX
    if (geteuid() != 0) {
        *why = QStringLiteral("not root");
        return false;
    }
    ::sync(); // dirty pages cannot be dropped
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!f.open(QIODevice::WriteOnly) || f.write("3\n") != 2 || !f.flush()) {
        *why = QStringLiteral("cannot write /proc/sys/vm/drop_caches: %1").arg(f.errorString());
        return false;
    }
    return true;
#else
    *why = QStringLiteral("no page cache to drop here");
    return false;
#endif
}

/// Figures of one profile; each is a median over the runs. -1 where not measured.
struct Figures
{
    double wall = -1, main = -1, process = -1, rssKb = -1;
    double coldWall = -1, coldMain = -1, coldProcess = -1;
    double cli = -1;
    double pageMed = -1, pageP95 = -1, countMed = -1, countP95 = -1, stall = -1, archiveRssKb = -1;
    double coldPageMed = -1, coldPageP95 = -1, coldCountMed = -1, coldCountP95 = -1;
    double bytesPerReferral = -1;
};

/// The app's start to the board's first paint, `runs` times (after one run not counted, which
/// brings the files into the cache); cold: the page cache dropped before each.
bool measureStart(
    const QString &app, const Profile &p, int runs, bool cold, Figures *f, QTextStream &log)
{
    // Offline and harmless: a dummy token (no sign-in is looked up) and an address nothing
    // listens on, so the sync the app starts fails at once and changes no referral.
    const QStringList args { QStringLiteral("--profile"), p.dir, QStringLiteral("--startup-time"),
        QStringLiteral("--access-token"), QStringLiteral("bench"), QStringLiteral("--api-base"),
        QStringLiteral("http://127.0.0.1:9") };
    static const QRegularExpression line(
        QStringLiteral("startup-time main-ms=(-?\\d+) process-ms=(-?\\d+) rss-kb=(-?\\d+)"));
    QList<double> wall, sinceMain, process, rss;
    for (int i = cold ? 0 : -1; i < runs; ++i) {
        QString why;
        if (cold && !dropPageCache(&why))
            return false;
        const std::optional<Run> r = run(app, args, log);
        if (!r)
            return false;
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(r->out));
        if (!m.hasMatch()) {
            log << "no startup-time line from " << app << ": " << r->out << Qt::endl;
            return false;
        }
        if (i < 0)
            continue;
        wall.append(double(r->wallMs));
        sinceMain.append(m.captured(1).toDouble());
        process.append(m.captured(2).toDouble());
        rss.append(m.captured(3).toDouble());
    }
    (cold ? f->coldWall : f->wall) = percentile(wall, 0.5);
    (cold ? f->coldMain : f->main) = percentile(sinceMain, 0.5);
    (cold ? f->coldProcess : f->process) = percentile(process, 0.5);
    if (!cold)
        f->rssKb = percentile(rss, 0.5);
    return true;
}

bool measureCli(const QString &cli, const Profile &p, int runs, Figures *f, QTextStream &log)
{
    const QStringList args { QStringLiteral("--profile"), p.dir, QStringLiteral("list"),
        QStringLiteral("--stage"), QStringLiteral("new") };
    QList<double> wall;
    for (int i = -1; i < runs; ++i) {
        const std::optional<Run> r = run(cli, args, log);
        if (!r)
            return false;
        if (r->out.count('\n') != p.newCount) {
            log << "referral-desk-cli listed " << r->out.count('\n') << " new referrals, not "
                << p.newCount << Qt::endl;
            return false;
        }
        if (i >= 0)
            wall.append(double(r->wallMs));
    }
    f->cli = percentile(wall, 0.5);
    return true;
}

/// The 60 typed queries in a child process, twice: first as they come (after the page cache
/// was dropped, when `cold`: the cold figures), then again with the cache holding what the
/// first pass read (the figures, as for the warm start: a person searching an archive in use).
/// Without `cold`, the first pass only warms the cache.
bool measureSearch(const Profile &p, bool cold, Figures *f, QTextStream &log)
{
    static const QRegularExpression line(QStringLiteral(
        "search queries=(\\d+) empty=(\\d+) page-median-us=(\\d+) page-p95-us=(\\d+) "
        "count-median-us=(\\d+) count-p95-us=(\\d+) stall-us=(\\d+) rss-kb=(-?\\d+)"));
    for (const bool first : { true, false }) {
        QString why;
        if (first && cold && !dropPageCache(&why)) {
            log << "search: could not drop the page cache: " << why << Qt::endl;
            return false;
        }
        const std::optional<Run> r = run(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--search-child"), p.database() }, log);
        const QRegularExpressionMatch m = line.match(r ? QString::fromUtf8(r->out) : QString());
        if (!m.hasMatch()) {
            log << "search failed: " << (r ? r->out : QByteArray()) << Qt::endl;
            return false;
        }
        if (m.captured(2) == m.captured(1)) {
            log << "search found nothing for any query: the profile is wrong" << Qt::endl;
            return false;
        }
        const auto ms = [&m](int i) { return m.captured(i).toDouble() / 1000; };
        if (first) {
            if (cold) {
                f->coldPageMed = ms(3);
                f->coldPageP95 = ms(4);
                f->coldCountMed = ms(5);
                f->coldCountP95 = ms(6);
            }
            continue;
        }
        f->pageMed = ms(3);
        f->pageP95 = ms(4);
        f->countMed = ms(5);
        f->countP95 = ms(6);
        f->stall = ms(7);
        f->archiveRssKb = m.captured(8).toDouble();
    }
    return true;
}

QString number(double v, int decimals)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption archivedOption(QStringLiteral("archived"),
        QStringLiteral("Archived referrals of the large profile."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs of each executable (the median is printed)."), QStringLiteral("n"),
        QStringLiteral("5"));
    const QCommandLineOption workOption(QStringLiteral("work"),
        QStringLiteral("Keep the profiles here and reuse them."), QStringLiteral("dir"));
    const QCommandLineOption childOption(QStringLiteral("search-child"),
        QStringLiteral("Internal: the search measurement on this database."),
        QStringLiteral("database"));
    parser.addOptions({ archivedOption, runsOption, workOption, childOption });
    parser.addPositionalArgument(QStringLiteral("referral-desk"), QStringLiteral("The app."));
    parser.addPositionalArgument(QStringLiteral("referral-desk-cli"), QStringLiteral("The CLI."));
    parser.process(app);
    if (parser.isSet(childOption))
        return searchChild(parser.value(childOption));
    const QStringList programs = parser.positionalArguments();
    const int archived = parser.value(archivedOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (programs.size() != 2 || archived < 1000) {
        out << "usage: bench_scale <referral-desk> <referral-desk-cli> [--archived N >= 1000] "
               "[--runs N] [--work DIR]"
            << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    QDir().mkpath(work);

    const std::optional<Profile> small = buildProfile(work, 500, 1000, 11, out);
    const std::optional<Profile> large = buildProfile(work, 500, archived, 12, out);
    const std::optional<Profile> manyOpen = buildProfile(work, 10000, 1000, 13, out);
    if (!small || !large || !manyOpen)
        return 1;

    QString coldWhy;
    bool cold = dropPageCache(&coldWhy);
    Figures fs, fl;
    for (const auto &[p, f] : { std::pair { &*small, &fs }, std::pair { &*large, &fl } }) {
        out << "measuring " << QFileInfo(p->dir).fileName() << Qt::endl;
        if (!measureStart(programs.at(0), *p, runs, false, f, out))
            return 1;
        if (cold && !measureStart(programs.at(0), *p, runs, true, f, out))
            return 1;
        if (!measureCli(programs.at(1), *p, runs, f, out))
            return 1;
        if (!measureSearch(
                *p, cold, f, out)) // said why; the other figures are still worth printing
            out << "search: not measured for " << QFileInfo(p->dir).fileName() << Qt::endl;
        f->bytesPerReferral = double(p->fileBytes) / (p->open + p->archived);
    }
    Figures fm;
    if (!measureStart(programs.at(0), *manyOpen, runs, false, &fm, out))
        return 1;

    out << Qt::endl
        << "small = 500 open + 1000 archived; large = 500 open + " << archived
        << " archived; medians of " << runs << " runs" << Qt::endl;
    const auto row = [&out](const QString &label, double s, double l, int decimals) {
        out << label.leftJustified(58) << number(s, decimals).rightJustified(10)
            << number(l, decimals).rightJustified(12)
            << (s > 0 && l >= 0 ? QString::number(l / s, 'f', 2) : QStringLiteral("-"))
                   .rightJustified(13)
            << Qt::endl;
    };
    out << QStringLiteral("figure").leftJustified(58) << QStringLiteral("small").rightJustified(10)
        << QStringLiteral("large").rightJustified(12)
        << QStringLiteral("large/small").rightJustified(13) << Qt::endl;
    row(QStringLiteral("start to board shown, wall, process start to exit (ms)"), fs.wall, fl.wall,
        0);
    row(QStringLiteral("start to board shown, app: since process start (ms)"), fs.process,
        fl.process, 0);
    row(QStringLiteral("start to board shown, app: since main (ms)"), fs.main, fl.main, 0);
    if (cold) {
        row(QStringLiteral("cold start to board shown, wall (ms)"), fs.coldWall, fl.coldWall, 0);
        row(QStringLiteral("cold start to board shown, app: since process start (ms)"),
            fs.coldProcess, fl.coldProcess, 0);
        row(QStringLiteral("cold start to board shown, app: since main (ms)"), fs.coldMain,
            fl.coldMain, 0);
    } else {
        out << "cold: skipped (" << coldWhy << ")" << Qt::endl;
    }
    row(QStringLiteral("resident memory, board shown (MiB)"), fs.rssKb / 1024, fl.rssKb / 1024, 1);
    row(QStringLiteral("referral-desk-cli list --stage new, wall (ms)"), fs.cli, fl.cli, 0);
    row(QStringLiteral("search, first page shown: median (ms)"), fs.pageMed, fl.pageMed, 2);
    row(QStringLiteral("search, first page shown: 95th percentile (ms)"), fs.pageP95, fl.pageP95,
        2);
    row(QStringLiteral("search, count shown: median (ms)"), fs.countMed, fl.countMed, 2);
    row(QStringLiteral("search, count shown: 95th percentile (ms)"), fs.countP95, fl.countP95, 2);
    if (cold) {
        row(QStringLiteral("cold search, first page shown: median (ms)"), fs.coldPageMed,
            fl.coldPageMed, 2);
        row(QStringLiteral("cold search, first page shown: 95th percentile (ms)"), fs.coldPageP95,
            fl.coldPageP95, 2);
        row(QStringLiteral("cold search, count shown: median (ms)"), fs.coldCountMed,
            fl.coldCountMed, 2);
        row(QStringLiteral("cold search, count shown: 95th percentile (ms)"), fs.coldCountP95,
            fl.coldCountP95, 2);
    }
    row(QStringLiteral("longest GUI stall while typing 60 queries (ms)"), fs.stall, fl.stall, 1);
    row(QStringLiteral("resident memory, archive open (MiB)"), fs.archiveRssKb / 1024,
        fl.archiveRssKb / 1024, 1);
    row(QStringLiteral("database file per referral (bytes)"), fs.bytesPerReferral,
        fl.bytesPerReferral, 0);
    out << "resident memory per open referral: (" << qRound64(fm.rssKb) << " kB with 10000 open - "
        << qRound64(fs.rssKb)
        << " kB with 500) / 9500 = " << qRound64((fm.rssKb - fs.rssKb) * 1024 / 9500) << " bytes"
        << Qt::endl;
    return 0;
}
