// "The same customer again" (issue 18): a referral's related referrals are the ones whose
// customer has the same key (case, accents, legal forms, spacing, scripts) or the same
// organisation mail domain; not the ones of a different customer with a similar name, nor of
// customers who only share a public mail service. Both queries read the partial indexes of
// format 15; older rows are keyed by CustomerBackfill in batches.

#include "domain/customerkey.h"
#include "store/customerbackfill.h"
#include "store/relatedquery.h"
#include "store/store.h"
#include "store/storedb.h"
#include "support/rawdb.h"
#include "support/referralbuilder.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

Referral referral(const QString &id, const QString &customer, const QString &email = QString(),
    bool open = false, int day = 1)
{
    QJsonObject profile { { QStringLiteral("name"), customer } };
    if (!email.isEmpty())
        profile.insert(QStringLiteral("team"),
            QJsonArray { QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Anna") },
                { QStringLiteral("email"), email } } });
    ReferralBuilder b;
    b.set("id", id)
        .set("name", QStringLiteral("Request ") + id)
        .set("customerProfile", profile)
        .created(utc(2026, 1, day, 9));
    if (open)
        b.inNew();
    else
        b.archived(QStringLiteral("Won"));
    return b.build();
}

QStringList ids(const QList<RelatedReferral> &related)
{
    QStringList out;
    for (const RelatedReferral &r : related)
        out.append(r.id);
    return out;
}

/// The query plan of `sql` (EXPLAIN QUERY PLAN), one detail per line.
QString plan(Store &store, const QString &sql)
{
    QSqlQuery q(store.db().database());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(QStringLiteral("x")); // Qt refuses to run it with parameters unbound
    if (!q.exec())
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines.append(q.value(3).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class RelatedTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameCustomerAcrossFormsAndScripts()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("forms.sqlite"))));
        const QList<Referral> all {
            referral(QStringLiteral("c1"), QStringLiteral("Contoso GmbH"), {}, true, 10),
            referral(QStringLiteral("c2"), QStringLiteral("CONTOSO gmbh"), {}, false, 5),
            referral(QStringLiteral("c3"), QStringLiteral("  Contoso "), {}, false, 7),
            referral(QStringLiteral("s1"), QStringLiteral("株式会社さくら"), {}, true, 10),
            referral(QStringLiteral("s2"), QStringLiteral("さくら"), {}, false, 3),
            referral(QStringLiteral("p1"), QStringLiteral("Contoso Pharma"), {}, true, 10),
            referral(QStringLiteral("p2"), QStringLiteral("Contoso Pharmacy"), {}, false, 2),
            // The same organisation's mail domain under another name.
            referral(QStringLiteral("m1"), QStringLiteral("Fabrikam Europe"),
                QStringLiteral("anna@fabrikam.de"), true, 10),
            referral(QStringLiteral("m2"), QStringLiteral("Fabrikam Deutschland AG"),
                QStringLiteral("Jonas@Fabrikam.DE"), false, 4),
            // A public mail service says nothing about who the customer is.
            referral(QStringLiteral("g1"), QStringLiteral("Alpine Bakery"),
                QStringLiteral("alpine.bakery@gmail.com"), true, 10),
            referral(QStringLiteral("g2"), QStringLiteral("Harbour Florist"),
                QStringLiteral("florist@gmail.com"), false, 6),
        };
        StoreError error;
        store.upsert(all, {}, &error);
        QVERIFY(!error);

        // Newest first, both archived and open, never the referral itself.
        QCOMPARE(ids(store.related(QStringLiteral("c1"))),
            (QStringList { QStringLiteral("c3"), QStringLiteral("c2") }));
        QCOMPARE(ids(store.related(QStringLiteral("c2"))),
            (QStringList { QStringLiteral("c1"), QStringLiteral("c3") }));
        QCOMPARE(ids(store.related(QStringLiteral("s1"))), QStringList { QStringLiteral("s2") });
        QCOMPARE(ids(store.related(QStringLiteral("s2"))), QStringList { QStringLiteral("s1") });
        QCOMPARE(ids(store.related(QStringLiteral("m1"))), QStringList { QStringLiteral("m2") });
        QVERIFY(store.related(QStringLiteral("p1")).isEmpty());
        QVERIFY(store.related(QStringLiteral("p2")).isEmpty());
        QVERIFY(store.related(QStringLiteral("g1")).isEmpty());
        QVERIFY(store.related(QStringLiteral("unknown")).isEmpty());

        const RelatedReferral c2 = store.related(QStringLiteral("c1")).last();
        QCOMPARE(c2.customer, QStringLiteral("CONTOSO gmbh"));
        QCOMPARE(c2.stage, Stage::Archived);
        QCOMPARE(c2.outcome, Outcome::Won);
        QCOMPARE(c2.created, utc(2026, 1, 5, 9));
        QCOMPARE(store.related(QStringLiteral("c1"), 1).size(), 1);

        // The board's marks: open New/Evaluating ones with someone related.
        const QSet<QString> marked = store.openWithRelated();
        QCOMPARE(marked,
            (QSet<QString> { QStringLiteral("c1"), QStringLiteral("s1"), QStringLiteral("m1") }));
    }

    void queriesReadTheIndexes()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("plans.sqlite"))));
        const QString related = plan(store, RelatedQuery::relatedSql());
        QVERIFY2(related.contains(QLatin1String("referrals_by_customer_key")), qPrintable(related));
        QVERIFY2(related.contains(QLatin1String("referrals_by_mail_domain")), qPrintable(related));
        QVERIFY2(!related.contains(QLatin1String("SCAN ")), qPrintable(related));
        const QString marks = plan(store, RelatedQuery::openWithRelatedSql());
        QVERIFY2(marks.contains(QLatin1String("referrals_by_customer_key")), qPrintable(marks));
        QVERIFY2(marks.contains(QLatin1String("referrals_by_mail_domain")), qPrintable(marks));
        QVERIFY2(!marks.contains(QLatin1String("SCAN ")), qPrintable(marks));
    }

    void backfillKeysOlderRowsInBatches()
    {
        const QString path = m_dir.filePath(QStringLiteral("backfill.sqlite"));
        {
            Store store;
            QVERIFY(!store.open(path));
            QList<Referral> page;
            for (int i = 0; i < 25; ++i)
                page.append(referral(QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0')),
                    i % 2 ? QStringLiteral("Contoso GmbH") : QStringLiteral("Northwind Ltd"),
                    i % 2 ? QStringLiteral("it@contoso.de") : QString(), i == 0, 1 + i % 20));
            StoreError error;
            store.upsert(page, {}, &error);
            QVERIFY(!error);
        }
        {
            // As a database of format 14 leaves them: the columns there, not filled.
            RawDb raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("UPDATE referrals SET customer_key = NULL, mail_domain = NULL")));
        }
        Store store;
        QVERIFY(!store.open(path));
        const auto unkeyed = [&] {
            QSqlQuery q(store.db().database());
            q.exec(QStringLiteral("SELECT count(*) FROM referrals WHERE customer_key IS NULL"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(unkeyed(), 25);
        // Nothing to go by yet: the others are matched by their columns.
        QVERIFY(store.openWithRelated().isEmpty());
        QVERIFY(store.related(QStringLiteral("r00")).isEmpty());

        QCOMPARE(store.keyCustomers(10), 10);
        QCOMPARE(unkeyed(), 15);
        QCOMPARE(store.keyCustomers(10), 10);
        QCOMPARE(store.keyCustomers(10), 5); // the last, short batch: done
        QCOMPARE(unkeyed(), 0);
        QVERIFY(CustomerBackfill(store.db()).done());
        QCOMPARE(store.keyCustomers(10), 0);
        QCOMPARE(store.openWithRelated(), QSet<QString> { QStringLiteral("r00") });
        QCOMPARE(store.related(QStringLiteral("r00")).size(), 12);
        QSqlQuery q(store.db().database());
        QVERIFY(q.exec(QStringLiteral("SELECT customer_key, mail_domain FROM referrals "
                                      "WHERE id = 'r01'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), CustomerKey::ofName(QStringLiteral("Contoso")));
        QCOMPARE(q.value(1).toString(), QStringLiteral("contoso.de"));
    }

    void theSyncEngineKeysOlderRowsWhenItStarts()
    {
        // What the app does: the engine's own connection, batches through its event loop.
        const QString path = m_dir.filePath(QStringLiteral("engine.sqlite"));
        constexpr int rows = CustomerBackfill::batchSize * 2 + 10;
        {
            Store store;
            QVERIFY(!store.open(path));
            QList<Referral> page;
            for (int i = 0; i < rows; ++i)
                page.append(referral(QStringLiteral("x%1").arg(i),
                    QStringLiteral("Wingtip Toys %1 S.A.").arg(i % 50)));
            StoreError error;
            store.upsert(page, {}, &error);
            QVERIFY(!error);
            RawDb raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("UPDATE referrals SET customer_key = NULL, mail_domain = NULL")));
        }
        SystemClock clock;
        StaticTokenSource tokens(QStringLiteral("t"));
        ApiSettings api;
        api.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        SyncEngine engine(path, api, &tokens, &clock);
        QSignalSpy keyed(&engine, &SyncEngine::customersKeyed);
        engine.start();
        QVERIFY(keyed.wait(30000));
        QCOMPARE(
            RawDb(path)
                .value(QStringLiteral("SELECT count(*) FROM referrals WHERE customer_key IS NULL"))
                .toInt(),
            0);
        QCOMPARE(engine.store().related(QStringLiteral("x0")).size(), 20); // 80, at most 20
        QVERIFY(CustomerBackfill(engine.store().db()).done());
    }

    void backfillPassesOverRowsWrittenSince()
    {
        const QString path = m_dir.filePath(QStringLiteral("resume.sqlite"));
        Store store;
        QVERIFY(!store.open(path));
        QList<Referral> page;
        for (int i = 0; i < 6; ++i)
            page.append(referral(QStringLiteral("k%1").arg(i), QStringLiteral("Tailspin Toys")));
        StoreError error;
        store.upsert(page, {}, &error);
        QVERIFY(!error);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral(
                "UPDATE referrals SET customer_key = NULL WHERE id IN ('k1', 'k4')")));
        }
        // Batches of rows already keyed are no end: the walk goes on to the last row.
        QCOMPARE(store.keyCustomers(2), 1); // k0, k1: k1 keyed
        QCOMPARE(store.keyCustomers(2), 1); // k2, k3: nothing to key, but not the end either
        QCOMPARE(store.keyCustomers(2), 1); // k4, k5: k4 keyed
        QCOMPARE(store.keyCustomers(2), 0); // the end
        QCOMPARE(store.related(QStringLiteral("k0")).size(), 5);
    }
};

QTEST_GUILESS_MAIN(RelatedTest)
#include "tst_related.moc"
