// Archive search by any fragment of a name in any script (issue 16), over an archive of 100 000
// referrals: Japanese, Chinese, Korean, Arabic and Cyrillic names found by a fragment from their
// middle (two characters are enough for CJK), accents and case ignored, typed syntax never
// parsed, the CLI's `list --search` answering the same. Speed is measured by bench_archive, not
// here.

#include "store/store.h"
#include "support/referralbuilder.h"
#include "support/storefills.h"
#include "support/testwords.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

constexpr int kArchived = 100000;

Referral archived(const QString &id, const QString &customer, const QString &notes = QString())
{
    return ReferralBuilder()
        .set("id", id)
        .archived(QStringLiteral("Won"))
        .set("name", QStringLiteral("Request from ") + customer)
        .set("customerProfile", QJsonObject { { QStringLiteral("name"), customer } })
        .detail("notes", notes)
        .build();
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

    QStringList find(const QString &text, ArchiveColumn sort = ArchiveColumn::Relevance)
    {
        ArchiveFilter f;
        f.text = text;
        QStringList ids;
        for (const ArchiveRow &row : m_store.archive(f, sort, Qt::DescendingOrder, 0, 50))
            ids.append(row.id);
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("search.sqlite"))));
        // The bulk: Latin names and notes of the simulator's kind, none with the fragments below.
        const QStringList words { QStringLiteral("Contoso"), QStringLiteral("Fabrikam"),
            QStringLiteral("Northwind"), QStringLiteral("Tailspin"), QStringLiteral("Wingtip"),
            QStringLiteral("Adventure Works"), QStringLiteral("Litware"), QStringLiteral("Proseware") };
        for (int from = 0; from < kArchived; from += 10000) {
            QList<Referral> page;
            for (int i = from; i < from + 10000; ++i)
                page.append(archived(QStringLiteral("bulk-%1").arg(i),
                    QStringLiteral("%1 %2 Ltd").arg(words.at(i % words.size())).arg(i),
                    QStringLiteral("Teams rollout for %1 seats, Azure landing zone").arg(i % 900)));
            QCOMPARE(m_store.upsert(page).size(), page.size());
        }
        QVERIFY(m_store.upsert({
                                   archived(QStringLiteral("jp"), QStringLiteral("株式会社さくら物流")),
                                   archived(QStringLiteral("cn"), QStringLiteral("北京华信物流有限公司")),
                                   archived(QStringLiteral("kr"), QStringLiteral("주식회사 한빛물류")),
                                   archived(QStringLiteral("ar"), QStringLiteral("شركة النيل للتجارة")),
                                   archived(QStringLiteral("ru"), QStringLiteral("ООО «Ромашка»")),
                                   archived(QStringLiteral("de"), QStringLiteral("Müller Maschinenbau GmbH")),
                               })
                    .size()
            == 6);
        QVERIFY(runFills(m_store)); // searched once the app's idle fill has indexed them
    }

    void aFragmentFindsTheName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("ja, middle") << "さくら" << words("jp");
        QTest::newRow("ja and zh, two characters") << "物流" << words("cn jp");
        QTest::newRow("zh, middle") << "华信" << words("cn");
        QTest::newRow("zh, three") << "华信物" << words("cn");
        QTest::newRow("ko, syllables") << "한빛" << words("kr");
        QTest::newRow("ko, end") << "물류" << words("kr");
        QTest::newRow("ar, word") << "النيل" << words("ar");
        QTest::newRow("ar, fragment") << "لتجار" << words("ar");
        QTest::newRow("ru, upper case") << "РОМАШ" << words("ru");
        QTest::newRow("ru, middle") << "машк" << words("ru");
        QTest::newRow("de, no accent") << "Muller" << words("de");
        QTest::newRow("de, accent") << "müller" << words("de");
        QTest::newRow("de, inside a word") << "chinenb" << words("de");
        QTest::newRow("two fragments") << "maschinen GMBH" << words("de");
        QTest::newRow("fragments from two names") << "さくら 华信" << QStringList {};
        QTest::newRow("bulk, exact") << "adventure 99997" << words("bulk-99997");
        QTest::newRow("syntax is text") << "\"(さくら*:" << words("jp");
    }

    void aFragmentFindsTheName()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, ids);
        QCOMPARE(find(typed), ids);
        ArchiveFilter f;
        f.text = typed;
        QCOMPARE(m_store.archiveCount(f), ids.size());
        // The same rows whatever the order asked for.
        QCOMPARE(find(typed, ArchiveColumn::Customer), ids);
    }

    void aFragmentOfTheBulkCountsEveryMatch()
    {
        ArchiveFilter f;
        f.text = QStringLiteral("rthwi"); // inside "Northwind": every eighth
        QCOMPARE(m_store.archiveCount(f), kArchived / 8);
        f.text = QStringLiteral("seats 7"); // "7" alone: a short fragment on top of a long one
        QVERIFY(m_store.archiveCount(f) > 0);
        QVERIFY(m_store.archiveCount(f) < kArchived);
        f.text = QStringLiteral("*()\"^-:");
        QCOMPARE(m_store.archiveCount(f), kArchived + 6); // nothing to look for: everything
    }

    void aTermsTrigramsApartAreNoMatch()
    {
        // The index keeps no positions (format 18): "zelbra" asks it for zel, elb, lbr and bra,
        // which the decoys hold in four different words. They are stored after the match, so
        // the newest-first order meets them first.
        QList<Referral> page { archived(
            QStringLiteral("match"), QStringLiteral("Zelbrandt Logistik")) };
        for (int i = 0; i < 5; ++i)
            page.append(archived(QStringLiteral("decoy-%1").arg(i),
                QStringLiteral("Quzel Elbow %1").arg(i), QStringLiteral("Albrecht Brand")));
        QCOMPARE(m_store.upsert(page).size(), page.size());
        ArchiveFilter f;
        f.text = QStringLiteral("ZELBRA");
        QCOMPARE(find(f.text), words("match"));
        QCOMPARE(find(f.text, ArchiveColumn::Customer), words("match"));
        QCOMPARE(m_store.archiveCount(f), 1);
        QCOMPARE(m_store.archiveCount(f, 10), 1);
        // A page of one: the decoys read before the match are skipped, not counted as the page.
        const ArchivePage first
            = m_store.archivePage(f, ArchiveColumn::Relevance, Qt::DescendingOrder, {}, 1);
        QCOMPARE(first.rows.size(), 1);
        QCOMPARE(first.rows.first().id, QStringLiteral("match"));
        QVERIFY(first.next);
        QVERIFY(m_store.archivePage(f, ArchiveColumn::Relevance, Qt::DescendingOrder, first.next, 1)
                    .rows.isEmpty());
        // Each decoy is found by what it does hold.
        f.text = QStringLiteral("quzel albrecht");
        QCOMPARE(m_store.archiveCount(f), 5);
        // Offsets count matches only.
        f.text = QStringLiteral("elbow");
        QCOMPARE(
            m_store.archive(f, ArchiveColumn::Relevance, Qt::DescendingOrder, 4, 50).size(), 1);
    }

    void aSortedSearchReadsPastCandidatesThatAreNoMatch()
    {
        // Sorted by customer, 250 decoys (the trigrams of "vornholt" in three words) come
        // before the 51 matches: more candidates than a batch, so a page goes on reading after
        // the last candidate it looked at; pages walk every match once, in either direction.
        QList<Referral> page;
        for (int i = 0; i < 300; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            page.append(i < 250
                    ? archived(QStringLiteral("sorted-") + n, n + QStringLiteral(" Aavorn Nholt"),
                        QStringLiteral("Barnhouse"))
                    : archived(QStringLiteral("sorted-") + n, n + QStringLiteral(" Aavornholt")));
        }
        page.append(archived(QStringLiteral("sorted-zz"), QStringLiteral("Zz Vornholt")));
        QCOMPARE(m_store.upsert(page).size(), page.size());
        QVERIFY(runFills(m_store));
        ArchiveFilter f;
        f.text = QStringLiteral("vornholt");
        QCOMPARE(m_store.archiveCount(f), 51);
        const auto walk = [&](Qt::SortOrder order, int size) {
            QStringList ids;
            std::optional<ArchiveKey> next;
            do {
                const ArchivePage p
                    = m_store.archivePage(f, ArchiveColumn::Customer, order, next, size);
                for (const ArchiveRow &row : p.rows)
                    ids.append(row.id);
                next = p.next;
            } while (next && ids.size() <= 60);
            return ids;
        };
        QCOMPARE(walk(Qt::AscendingOrder, 1).value(0), QStringLiteral("sorted-250"));
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QStringList ids = walk(order, 7);
            QCOMPARE(ids.size(), 51);
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 51);
            QCOMPARE(order == Qt::AscendingOrder ? ids.first() : ids.last(),
                QStringLiteral("sorted-250"));
            QCOMPARE(order == Qt::AscendingOrder ? ids.last() : ids.first(),
                QStringLiteral("sorted-zz"));
        }
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
