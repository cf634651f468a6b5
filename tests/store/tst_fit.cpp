// The fit (issue 18): a seeded history in a real store, kept in fit_kinds and fit_products by
// triggers and, for an archive stored before, by the background fill. A referral like the ones the
// partner won scores higher than one like those it declined or missed; below the minimum it says
// "not enough history"; the similar referrals listed are the ones the score was read from.

#include "domain/clock.h"
#include "domain/referraljson.h"
#include "insights/fit.h"
#include "store/fitstore.h"
#include "store/schema.h"
#include "store/sqlvalues.h"
#include "store/store.h"
#include "store/storedb.h"
#include "support/fithistory.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

using namespace rd::test;

namespace {

using Kind = FitKind;

Referral referral(int serial, const Kind &k, const char *status = "Closed",
    const char *substatus = "Won")
{
    return fitReferral(serial, k, status, substatus);
}

} // namespace

class FitTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("fit%1.sqlite").arg(++m_serial)); }

    static Referral withProducts(QJsonObject doc, const QStringList &products)
    {
        QJsonArray named;
        for (const QString &p : products)
            named.append(QJsonObject { { QStringLiteral("name"), p } });
        QJsonObject details = doc.value(QStringLiteral("details")).toObject();
        QJsonObject requirements = details.value(QStringLiteral("requirements")).toObject();
        requirements.insert(QStringLiteral("products"), named);
        details.insert(QStringLiteral("requirements"), requirements);
        doc.insert(QStringLiteral("details"), details);
        return *ReferralJson::fromObject(doc).referral;
    }

    static QStringList sorted(const QList<FitCount> &counts)
    {
        QStringList out;
        for (const FitCount &c : counts)
            out.append(QStringList { c.product, c.industry, c.size, c.country, c.qualification,
                QString::number(c.won), QString::number(c.total) }
                           .join(QLatin1Char('|')));
        out.sort();
        return out;
    }

    /// How many archived referrals ended per product ("" for the kinds' rows).
    static QHash<QString, int> endedPerProduct(const Store &store)
    {
        QHash<QString, int> out;
        for (const FitCount &c : FitStore::counts(store))
            out[c.product] += c.total;
        return out;
    }

    static QList<Referral> history()
    {
        QList<Referral> out;
        for (const QJsonObject &doc : fitHistory())
            out.append(*ReferralJson::fromObject(doc).referral);
        return out;
    }

private slots:
    void aReferralLikeTheWonOnesScoresHigher()
    {
        Store store;
        QVERIFY(!store.open(freshPath()));
        QList<Referral> all = history();
        all.append(referral(100, kWonKind, "New", "Pending"));
        all.append(referral(101, kDeclinedKind, "New", "Pending"));
        store.upsert(all);

        const QHash<QString, Fit> fits = FitStore::scoreOpen(store);
        QCOMPARE(fits.size(), 2);
        const Fit liked = fits.value(QStringLiteral("r-0100"));
        const Fit unliked = fits.value(QStringLiteral("r-0101"));
        QCOMPARE(liked.level, Fit::Level::High);
        QCOMPARE(unliked.level, Fit::Level::Low);
        QVERIFY2(liked.score > unliked.score,
            qPrintable(QStringLiteral("%1 vs %2").arg(liked.score).arg(unliked.score)));
        // Seven of the eight alike on every feature were won.
        QCOMPARE(liked.basis, 8);
        QCOMPARE(liked.won, 7);
        QCOMPARE(unliked.won, 0);
        QVERIFY(liked.because().contains(QStringLiteral("Azure Virtual Desktop")));
        QVERIFY(liked.because().contains(QStringLiteral("7")));

        // The similar referrals are the ones the score counted, newest first.
        const QList<SimilarReferral> similar = FitStore::similar(store, liked.sharedFeatures);
        QCOMPARE(similar.size(), 8);
        QCOMPARE(similar.first().id, QStringLiteral("r-0008"));
        int won = 0;
        for (const SimilarReferral &s : similar)
            won += s.outcome == int(Outcome::Won);
        QCOMPARE(won, 7);
    }

    void belowTheMinimumItSaysSoRatherThanGuess()
    {
        Store store;
        QVERIFY(!store.open(freshPath()));
        QList<Referral> all;
        for (int i = 0; i < FitModel::minimumBasis - 1; ++i)
            all.append(referral(i + 1, kWonKind));
        all.append(referral(50, kWonKind, "New", "Pending"));
        // Nothing at all like this one.
        all.append(referral(51,
            Kind { "Power BI Pro", "Education", "5001to10000employees", "JP", "Direct" }, "New",
            "Pending"));
        store.upsert(all);
        const QHash<QString, Fit> fits = FitStore::scoreOpen(store);
        const Fit few = fits.value(QStringLiteral("r-0050"));
        QCOMPARE(few.level, Fit::Level::Unknown);
        QCOMPARE(few.score, -1);
        QCOMPARE(few.basis, FitModel::minimumBasis - 1);
        QVERIFY(few.because().contains(QString::number(FitModel::minimumBasis - 1)));
        const Fit none = fits.value(QStringLiteral("r-0051"));
        QCOMPARE(none.level, Fit::Level::Unknown);
        QCOMPARE(none.basis, 0);
        QVERIFY(!none.because().isEmpty());
    }

    void backsOffToWhatIsAlikeWhenTheExactKindIsRare()
    {
        // Ten won for Azure Virtual Desktop in Germany at every size but 10–50: a 10–50 one in
        // Germany is alike by product and country.
        QList<FitCount> counts;
        for (const char *size : { "1to9employees", "51to250employees" }) {
            for (const char *product : { "", "Azure Virtual Desktop" })
                counts.append(
                    { QLatin1String(product), QStringLiteral("Healthcare"), QLatin1String(size),
                        QStringLiteral("DE"), QStringLiteral("SalesQualified"), 5, 5 });
        }
        for (const char *product : { "", "Dynamics 365 Sales" })
            counts.append(
                { QLatin1String(product), QStringLiteral("Retail"), QStringLiteral("1to9employees"),
                    QStringLiteral("FR"), QStringLiteral("None"), 0, 20 });
        const FitModel model(counts);
        FitFeatures f;
        f.products = { QStringLiteral("Azure Virtual Desktop") };
        f.industry = QStringLiteral("Healthcare");
        f.size = QStringLiteral("10to50employees");
        f.country = QStringLiteral("DE");
        f.qualification = QStringLiteral("SalesQualified");
        const Fit fit = model.fit(f);
        QCOMPARE(fit.basis, 10);
        QCOMPARE(fit.won, 10);
        QCOMPARE(fit.level, Fit::Level::High);
        QVERIFY(fit.sharedFeatures.size.isEmpty()); // the size was not what they shared
        QCOMPARE(fit.sharedFeatures.country, QStringLiteral("DE"));
        QCOMPARE(fit.sharedFeatures.products, QStringList { QStringLiteral("Azure Virtual Desktop") });

        // Of two products asked for, the one with more history speaks.
        f.products = { QStringLiteral("Unheard Of"), QStringLiteral("Dynamics 365 Sales") };
        f.country = QStringLiteral("FR");
        f.size = QStringLiteral("1to9employees");
        f.industry = QStringLiteral("Retail");
        f.qualification = QStringLiteral("None");
        const Fit other = model.fit(f);
        QCOMPARE(other.basis, 20);
        QCOMPARE(other.level, Fit::Level::Low);
    }

    void triggersKeepTheCountsAsReferralsAreArchivedAndRemoved()
    {
        Store store;
        QVERIFY(!store.open(freshPath()));
        store.upsert({ referral(1, kWonKind, "New", "Pending") });
        QCOMPARE(FitModel(FitStore::counts(store)).ended(), 0); // open: not history yet
        store.upsert({ referral(1, kWonKind, "Closed", "Won") });
        FitModel model(FitStore::counts(store));
        QCOMPARE(model.ended(), 1);
        QCOMPARE(model.won(), 1);
        // The service changes its mind: lost after all.
        store.upsert({ referral(1, kWonKind, "Closed", "Lost") });
        model = FitModel(FitStore::counts(store));
        QCOMPARE(model.ended(), 1);
        QCOMPARE(model.won(), 0);
        QSqlQuery q(store.db().database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM referrals WHERE id = 'r-0001'")));
        QCOMPARE(FitModel(FitStore::counts(store)).ended(), 0);
    }

    void aKeptModelFollowsNewReferralsAndANewHistory()
    {
        Store store;
        QVERIFY(!store.open(freshPath()));
        store.upsert(history());
        store.upsert({ referral(100, kWonKind, "New", "Pending") });
        FitStore::ModelCache cache;
        QHash<QString, Fit> fits = FitStore::scoreOpen(store, &cache);
        QCOMPARE(fits.keys(), QStringList { QStringLiteral("r-0100") });
        QCOMPARE(fits.value(QStringLiteral("r-0100")).won, 7);

        // A second new one is scored; the first, answered meanwhile, is still (Evaluating).
        store.upsert({ referral(101, kDeclinedKind, "New", "Pending"),
            referral(100, kWonKind, "New", "Received") });
        fits = FitStore::scoreOpen(store, &cache);
        QCOMPARE(fits.size(), 2);
        QCOMPARE(fits.value(QStringLiteral("r-0101")).level, Fit::Level::Low);

        // Two more won like r-0101: the kept model is read again.
        store.upsert({ referral(60, kDeclinedKind, "Closed", "Won"),
            referral(61, kDeclinedKind, "Closed", "Won") });
        fits = FitStore::scoreOpen(store, &cache);
        QCOMPARE(fits.value(QStringLiteral("r-0101")).won, 2);
        QCOMPARE(fits.value(QStringLiteral("r-0101")).basis, 10);

        // Archived: no longer scored.
        store.upsert({ referral(100, kWonKind, "Closed", "Won") });
        QVERIFY(!FitStore::scoreOpen(store, &cache).contains(QStringLiteral("r-0100")));
    }

    void keptFeaturesShareOneCopyOfEachValue()
    {
        // Ten thousand open referrals name a few products and kinds: the kept features hold
        // one copy of each name, not one per referral.
        Store store;
        QVERIFY(!store.open(freshPath()));
        store.upsert({ referral(100, kWonKind, "New", "Pending"),
            referral(101, kWonKind, "New", "Pending") });
        FitStore::ModelCache cache;
        FitStore::scoreOpen(store, &cache);
        QCOMPARE(cache.open.size(), 2);
        const FitFeatures &a = cache.open.value(QStringLiteral("r-0100")).features;
        const FitFeatures &b = cache.open.value(QStringLiteral("r-0101")).features;
        QCOMPARE(a.industry, b.industry);
        QVERIFY(!a.industry.isEmpty());
        QVERIFY(a.industry.isSharedWith(b.industry));
        QVERIFY(a.country.isSharedWith(b.country));
        QVERIFY(!a.products.isEmpty());
        QCOMPARE(a.products, b.products);
        QVERIFY(a.products.first().isSharedWith(b.products.first()));
    }

    void aStoreWithAnArchiveCountsItInTheBackground()
    {
        const QString path = freshPath();
        {
            Store old;
            QVERIFY(!old.openAtVersion(path, 13)); // before the fit
            old.upsert(history());
            old.upsert({ referral(100, kWonKind, "New", "Pending") });
        }
        Store store;
        QVERIFY(!store.open(path)); // reads no archived referral: the fill does
        QVERIFY(FitStore::counting(store));
        // Until it is counted, no fit from part of the history.
        const Fit early = FitStore::scoreOpen(store).value(QStringLiteral("r-0100"));
        QVERIFY(early.counting);
        QCOMPARE(early.level, Fit::Level::Unknown);
        QVERIFY(early.because().contains(QStringLiteral("still counting")));
        QVERIFY(FitStore::score(store, { QStringLiteral("r-0100") })
                    .value(QStringLiteral("r-0100"))
                    .counting);

        // Meanwhile the archive changes on both sides of where the fill has got to: one
        // counted referral lost after all, one not yet counted won after all, two not yet
        // counted removed (one of a kind already counted in part), one archived into a rowid the
        // fill has still to reach, and one archived after the rowids it counts.
        QCOMPARE(store.countFits(10), 10); // rowids 1–10 counted
        QVERIFY(FitStore::counting(store));
        QSqlQuery q(store.db().database());
        // r-0100 held the highest rowid (27, where the fill ends): a new row takes it again.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM referrals WHERE id = 'r-0100'")));
        store.upsert({ referral(1, kWonKind, "Closed", "Lost"),
            referral(20, kOtherKind, "Closed", "Won"), referral(30, kWonKind, "Closed", "Won") });
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM referrals WHERE id = 'r-0030'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 27);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM referrals WHERE id IN ('r-0025', 'r-0012')")));
        store.upsert({ referral(40, kDeclinedKind, "Closed", "Won"),
            referral(100, kWonKind, "New", "Pending") });
        int steps = 0;
        while (store.countFits(10) > 0)
            QVERIFY(++steps < 10);
        QVERIFY(!FitStore::counting(store));
        QCOMPARE(store.countFits(10), 0);

        // The same as counting the same referrals from scratch.
        const QString freshOne = freshPath();
        Store fresh;
        QVERIFY(!fresh.open(freshOne));
        QList<Referral> same;
        {
            QSqlQuery all(store.db().database());
            QVERIFY(all.exec(QStringLiteral("SELECT raw FROM referrals")));
            while (all.next()) {
                same.append(*ReferralJson::fromObject(sql::parseDocument(all.value(0))).referral);
            }
        }
        fresh.upsert(same);
        QVERIFY(!FitStore::counting(fresh));
        const FitModel counted = FitStore::model(store);
        const FitModel truth = FitStore::model(fresh);
        QCOMPARE(counted.ended(), truth.ended());
        QCOMPARE(counted.won(), truth.won());
        QCOMPARE(counted.ended(), 26); // 26 + r-0030 + r-0040 - r-0025 - r-0012
        QCOMPARE(sorted(FitStore::counts(store)), sorted(FitStore::counts(fresh)));
        const Fit later = FitStore::scoreOpen(store).value(QStringLiteral("r-0100"));
        QVERIFY(!later.counting);
        QCOMPARE(later.level, Fit::Level::High);
    }

    void aFormat15StoreLosesTheOlderCountsAndCountsAgain()
    {
        // Format 14 kept one row per combination of products in fit_counts, by triggers of its
        // own; format 16 drops them (and their weight) and counts the archive again.
        const QString path = freshPath();
        {
            Store old;
            QVERIFY(!old.openAtVersion(path, 15));
            QSqlQuery q(old.db().database());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE fit_counts (combo TEXT PRIMARY KEY, "
                                          "total INTEGER)")));
            for (const char *event : { "insert", "delete", "update" }) {
                QVERIFY2(
                    q.exec(QStringLiteral("CREATE TRIGGER fit_counts_%1 AFTER %2 ON "
                                          "referrals BEGIN INSERT OR IGNORE INTO fit_counts "
                                          "VALUES ('x', 1); END")
                               .arg(QLatin1String(event), QString::fromLatin1(event).toUpper())),
                    qPrintable(q.lastError().text()));
            }
            old.upsert(history());
        }
        Store store;
        QVERIFY(!store.open(path));
        QSqlQuery q(store.db().database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'fit_counts%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(FitStore::counting(store));
        while (store.countFits(FitStore::fillBatch) > 0) { }
        QCOMPARE(FitModel(FitStore::counts(store)).ended(), 26);
    }

    void aCountedStoreIsNotWrittenToCountAgain()
    {
        // Done long ago, and now locked by another program (the app syncing): asking whether
        // there is more to count waits for no lock and is no failure.
        const QString path = freshPath();
        Store store;
        QVERIFY(!store.open(path));
        store.upsert(history());
        QVERIFY(!FitStore::counting(store));
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        {
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QCOMPARE(store.countFits(FitStore::fillBatch), 0);
            QVERIFY(!store.lastError());
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void theSyncEngineCountsAnOlderArchiveWhenItStarts()
    {
        // What the app does: its engine, on its own connection, after the customer keys.
        const QString path = freshPath();
        {
            Store old;
            QVERIFY(!old.openAtVersion(path, 13));
            old.upsert(history());
        }
        SystemClock clock;
        StaticTokenSource tokens(QStringLiteral("t"));
        ApiSettings api;
        api.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        SyncEngine engine(path, api, &tokens, &clock);
        QSignalSpy counted(&engine, &SyncEngine::fitsCounted);
        engine.start();
        QVERIFY(FitStore::counting(engine.store()));
        QVERIFY(counted.wait(30000));
        QVERIFY(!FitStore::counting(engine.store()));
        const FitModel model = FitStore::model(engine.store());
        QCOMPARE(model.ended(), 26);
        QCOMPARE(model.won(), 10);
    }

    void productsAskedForTogetherAddNoRowsOfTheirOwn()
    {
        Store store;
        QVERIFY(!store.open(freshPath()));
        // Three referrals asking for A and B in every order, one for A twice: rows for A and B
        // and for the kind, not one per combination.
        const QList<QStringList> asked { { QStringLiteral("A"), QStringLiteral("B") },
            { QStringLiteral("B"), QStringLiteral("A") },
            { QStringLiteral("A"), QStringLiteral("A") },
            { QStringLiteral("Tab\tand \"quote\""), QStringLiteral("B") } };
        QList<Referral> all;
        for (int i = 0; i < asked.size(); ++i)
            all.append(withProducts(fitDoc(i + 1, kWonKind), asked.at(i)));
        store.upsert(all);
        QHash<QString, int> ended = endedPerProduct(store);
        QCOMPARE(ended.value(QString()), 4); // each referral once for its kind
        QCOMPARE(ended.value(QStringLiteral("A")), 3); // "A, A" once
        QCOMPARE(ended.value(QStringLiteral("B")), 3);
        QCOMPARE(ended.value(QStringLiteral("Tab\tand \"quote\"")), 1);
        QCOMPARE(ended.size(), 4);

        // Removed: the triggers take it out of its product's rows and its kind's.
        QSqlQuery q(store.db().database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM referrals WHERE id = 'r-0003'")));
        ended = endedPerProduct(store);
        QCOMPARE(ended.value(QString()), 3);
        QCOMPARE(ended.value(QStringLiteral("A")), 2);
        QCOMPARE(ended.value(QStringLiteral("B")), 3);

        // The service changes r-0001's products from A and B to C: it moves between them.
        QJsonObject changed = fitDoc(1, kWonKind);
        changed.insert(QStringLiteral("eTag"), QStringLiteral("\"1b\""));
        store.upsert({ withProducts(changed, { QStringLiteral("C") }) });
        ended = endedPerProduct(store);
        QCOMPARE(ended.value(QString()), 3);
        QCOMPARE(ended.value(QStringLiteral("A")), 1);
        QCOMPARE(ended.value(QStringLiteral("B")), 2);
        QCOMPARE(ended.value(QStringLiteral("C")), 1);
    }
};

QTEST_GUILESS_MAIN(FitTest)
#include "tst_fit.moc"
