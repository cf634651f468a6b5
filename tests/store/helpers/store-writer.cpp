// Test helper for tst_store: opens the database given as argument 1 and upserts one page of
// argument 2 referrals in one transaction, printing "progress N" as it goes, so that the test can
// kill it with SIGKILL half way through. Prints "committed" if it ever finishes.
// With "hold" as argument 2 it only opens the database, prints "started" and waits to be killed
// (a crash of a process that had the database open, for tst_sessionlock).

#include "store/store.h"
#include "support/referralfactory.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    rd::Store store;
    if (store.open(args.at(1)))
        return 3;
    if (args.at(2) == QLatin1String("hold")) {
        std::printf("started\n");
        std::fflush(stdout);
        return QCoreApplication::exec();
    }
    const QList<rd::Referral> page = rd::test::makeReferrals(0, args.at(2).toInt());
    std::printf("started\n");
    std::fflush(stdout);
    rd::StoreError error;
    store.upsert(page, QDateTime::currentDateTimeUtc(), &error, [](qsizetype done) {
        if (done % 500 == 0) {
            std::printf("progress %lld\n", static_cast<long long>(done));
            std::fflush(stdout);
        }
    });
    std::printf(error ? "failed\n" : "committed\n");
    return error ? 1 : 0;
}
