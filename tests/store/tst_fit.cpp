// The fit (issue 18): a seeded history in a real store, kept in fit_counts by triggers and by the
// migration that fills it. A referral like the ones the partner won scores higher than one like
// those it declined or missed; below the minimum it says "not enough history"; the similar
// referrals listed are the ones the score was read from.

#include "domain/clock.h"
#include "domain/referraljson.h"
#include "insights/fit.h"
#include "store/fitstore.h"
#include "store/schema.h"
#include "store/storedb.h"
#include "store/store.h"
#include "support/fithistory.h"

#include <QJsonArray>
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
        for (const char *size : { "1to9employees", "51to250employees" })
            counts.append({ QStringLiteral("\nAzure Virtual Desktop\n"), QStringLiteral("Healthcare"),
                QLatin1String(size), QStringLiteral("DE"), QStringLiteral("SalesQualified"), 5, 5 });
        counts.append({ QStringLiteral("\nDynamics 365 Sales\n"), QStringLiteral("Retail"),
            QStringLiteral("1to9employees"), QStringLiteral("FR"), QStringLiteral("None"), 0, 20 });
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

    void theMigrationCountsTheArchiveThereAlready()
    {
        const QString path = freshPath();
        {
            Store old;
            QVERIFY(!old.openAtVersion(path, 13)); // before fit_counts
            old.upsert(history());
        }
        Store store;
        QVERIFY(!store.open(path));
        const FitModel model(FitStore::counts(store));
        QCOMPARE(model.ended(), 26);
        QCOMPARE(model.won(), 10);
    }
};

QTEST_GUILESS_MAIN(FitTest)
#include "tst_fit.moc"
