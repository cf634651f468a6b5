// Benchmark: archive search latency (median and 95th percentile over many typed queries, each
// the count plus the first page the view shows) and the process's resident memory with the
// archive window open, for a small and a large archive in one run. Prints figures only.
// Usage: bench_archive [small=1000] [large=1000000]

#include "models/archivemodel.h"
#include "store/store.h"
#include "support/referralfactory.h"
#include "widgets/archivewindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Result
{
    qint64 p50us = 0, p95us = 0, rssKb = 0;
    int queries = 0;
};

Result measure(int count, const QString &path)
{
    Store store;
    if (store.open(path))
        return {};
    for (int from = 0; from < count; from += 10000)
        store.upsert(test::makeReferrals(from, std::min(10000, count - from)));
    ArchiveWindow window(&store);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    // What people type: customer names, fragments, numbers, two words.
    const QStringList queries { QStringLiteral("contoso"), QStringLiteral("fab"),
        QStringLiteral("northwind 1"), QStringLiteral("city 4"), QStringLiteral("teams"),
        QStringLiteral("azure virtual"), QStringLiteral("request 99"),
        QStringLiteral("opportunity 5"), QStringLiteral("wide world"), QStringLiteral("lit"),
        QStringLiteral("proseware 77"), QStringLiteral("dynamics") };
    QList<qint64> times;
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : queries) {
            ArchiveFilter f;
            f.text = q;
            QElapsedTimer t;
            t.start();
            window.model()->setFilter(f);
            window.model()->fetchMore({});
            times.append(t.nsecsElapsed() / 1000);
        }
    }
    std::sort(times.begin(), times.end());
    Result r;
    r.queries = int(times.size());
    r.p50us = times.at(times.size() / 2);
    r.p95us = times.at(std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95)));
    window.model()->setFilter({});
    window.model()->fetchMore({});
    QApplication::processEvents();
    r.rssKb = residentKb();
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int small = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int large = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000000;
    QTemporaryDir dir;
    for (const int n : { small, large }) {
        const Result r = measure(n, dir.filePath(QStringLiteral("archive-%1.sqlite").arg(n)));
        out << n << " archived referrals: search (count + first page) median "
            << QString::number(r.p50us / 1000.0, 'f', 2) << " ms, 95th percentile "
            << QString::number(r.p95us / 1000.0, 'f', 2) << " ms over " << r.queries
            << " queries; resident memory with the archive open " << r.rssKb / 1024 << " MiB"
            << Qt::endl;
    }
    return 0;
}
