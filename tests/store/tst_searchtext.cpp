// The archive's search text (SearchText::of) is built by a hand-written scan, for the speed of a
// first sync. It must say exactly what the plain definition says: the words are the runs of
// Unicode letters, digits and marks, each once, then the short tokens of each word. The
// reference here is that definition, written with a regular expression, as it was before.

#include "store/searchtext.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

QString referenceOf(const QStringList &parts)
{
    static const QRegularExpression separators(
        QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString &part : parts)
        words.append(SearchText::fold(part).split(separators, Qt::SkipEmptyParts));
    QStringList tokens = words;
    for (const QString &word : std::as_const(words)) {
        const QList<uint> codes = word.toUcs4();
        const auto *points = reinterpret_cast<const char32_t *>(codes.constData());
        const qsizetype starts
            = SearchText::isFragmentScript(word) ? codes.size() : qMin<qsizetype>(1, codes.size());
        for (qsizetype i = 0; i < starts; ++i) {
            tokens.append(SearchText::shortToken(QString::fromUcs4(points + i, 1)));
            if (i + 1 < codes.size())
                tokens.append(SearchText::shortToken(QString::fromUcs4(points + i, 2)));
        }
    }
    tokens.removeDuplicates();
    return tokens.join(QLatin1Char(' '));
}

/// Up to `maxLength - 1` code points, each from one of `ranges` (inclusive) picked at random.
QString randomText(
    QRandomGenerator &random, const QList<QPair<char32_t, char32_t>> &ranges, int maxLength)
{
    QString text;
    const int length = int(random.bounded(maxLength));
    for (int i = 0; i < length; ++i) {
        const auto &[low, high] = ranges.at(int(random.bounded(ranges.size())));
        const char32_t c = low + char32_t(random.bounded(high - low + 1));
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

QString of(const QStringList &p)
{
    return SearchText::of(
        p.value(0), p.value(1), p.value(2), p.value(3), p.value(4), p.value(5), p.value(6));
}

} // namespace

class SearchTextTest : public QObject
{
    Q_OBJECT

private slots:
    void ofSaysWhatTheDefinitionSays_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("latin") << QStringList { QStringLiteral("Müller GmbH & Co. KG"),
            QStringLiteral("Azure Virtual Desktop for Müller"),
            QStringLiteral("Call back re: 12 seats, 12 seats!"), QStringLiteral("München"),
            QStringLiteral("DE Germany"), QStringLiteral("Azure\nTeams\nAzure"),
            QStringLiteral("anna@mueller.example +49 89 1234") };
        QTest::newRow("cjk and kana") << QStringList { QStringLiteral("株式会社さくら物流"),
            QStringLiteral("物流センターの移行"), QString(), QStringLiteral("東京"),
            QStringLiteral("JP"), QStringLiteral("Microsoft 365"), QString() };
        QTest::newRow("arabic, thai, hangul") << QStringList { QStringLiteral("شركة النيل للتجارة"),
            QStringLiteral("บริษัท สยาม จำกัด"), QStringLiteral("한국 물류 주식회사"), QString(),
            QString(), QString(), QString() };
        QTest::newRow("compatibility forms, marks, digits")
            << QStringList { QStringLiteral("ＡＢＣ Ｃｏｒｐ ①②"),
                   QStringLiteral("Ångström ﬁnance"), QStringLiteral("e\u0301te\u0301 déjà vu"),
                   QStringLiteral("Ⅻ 𝟙𝟚"), QString(), QString(), QString() };
        QTest::newRow("outside the basic plane")
            << QStringList { QStringLiteral("𠮷野家 𝒜𝒷𝒸"), QStringLiteral("😀 emoji 😀 only"),
                   QStringLiteral("a\U0001F600b"), QString(), QString(), QString(), QString() };
        QTest::newRow("empty and separators only")
            << QStringList { QString(), QStringLiteral("  -- !! "), QStringLiteral("\t\n"),
                   QString(), QString(), QString(), QString() };
    }

    void ofSaysWhatTheDefinitionSays()
    {
        QFETCH(QStringList, parts);
        QCOMPARE(of(parts), referenceOf(parts));
    }

    void ofSaysWhatTheDefinitionSaysForRandomText()
    {
        // Code points from the scripts and classes above. (Not lone surrogates: on text that is
        // not valid UTF-16 the regular expression does not split at all; see below.)
        const QList<QPair<char32_t, char32_t>> ranges { { 0x20, 0x7E }, { 0xC0, 0x24F },
            { 0x300, 0x36F }, { 0x600, 0x6FF }, { 0xE00, 0xE7F }, { 0x3040, 0x30FF },
            { 0x4E00, 0x4E80 }, { 0xAC00, 0xAC40 }, { 0xFF01, 0xFF5E }, { 0x1D400, 0x1D4FF },
            { 0x1F600, 0x1F64F }, { 0x20000, 0x20040 } };
        QRandomGenerator random(18);
        for (int round = 0; round < 500; ++round) {
            QStringList parts;
            for (int p = 0; p < 7; ++p) {
                parts.append(randomText(random, ranges, 24));
            }
            QCOMPARE(of(parts), referenceOf(parts));
        }
    }

    void foldSaysWhatItsDefinitionSays()
    {
        // The definition: the whole text decomposed (NFKD), the marks dropped, white space
        // joined, the case folded. fold() skips the decomposition of plain ASCII; an archive
        // search checks its candidates against fold()'s text.
        const auto definition = [](const QString &text) {
            QString out;
            bool space = false;
            for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
                if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
                    continue;
                if (c.isSpace()) {
                    space = !out.isEmpty();
                    continue;
                }
                if (space)
                    out.append(QLatin1Char(' '));
                space = false;
                out.append(c);
            }
            return out.toCaseFolded();
        };
        // ASCII (white space and controls too) between combining marks, precomposed letters,
        // compatibility forms, Hangul syllables, kana with voicing marks, Hebrew and Arabic
        // points in any order, other white space.
        const QList<QPair<char32_t, char32_t>> ranges { { 0x01, 0x7F }, { 0x20, 0x7E },
            { 0x85, 0xA0 }, { 0x2000, 0x200B }, { 0xC0, 0x24F }, { 0x300, 0x36F }, { 0x591, 0x5C7 },
            { 0x610, 0x65F }, { 0x1E00, 0x1EFF }, { 0x3040, 0x30FF }, { 0x3099, 0x309C },
            { 0xAC00, 0xAC40 }, { 0xFB00, 0xFB4F }, { 0xFF01, 0xFF9F }, { 0x1D400, 0x1D4FF } };
        QRandomGenerator random(180);
        for (int round = 0; round < 2000; ++round) {
            const QString text = randomText(random, ranges, 40);
            QCOMPARE(SearchText::fold(text), definition(text));
        }
        QCOMPARE(SearchText::fold(QStringLiteral("Einführung  der ﬁnalen Stufe")),
            QStringLiteral("einfuhrung der finalen stufe"));
        QCOMPARE(SearchText::fold(QStringLiteral("クラウド")), QStringLiteral("クラウト"));
    }

    void aLoneSurrogateSeparatesWords()
    {
        // Half of a character (a document cut in the middle of one): no letter, so not part of
        // a word, and the words around it are still found.
        const QString text = QStringLiteral("Contoso") + QChar(0xD83D) + QStringLiteral("Pharmacy");
        QCOMPARE(SearchText::terms(text),
            (QStringList { QStringLiteral("contoso"), QStringLiteral("pharmacy") }));
        QVERIFY(SearchText::of(text, {}, {}, {}, {}, {}, {})
                    .startsWith(QStringLiteral("contoso pharmacy ")));
    }

    void wordsAreFoundAsTheyWereTyped()
    {
        const QString indexed = SearchText::of(QStringLiteral("Müller GmbH"),
            QStringLiteral("株式会社さくら物流"), {}, {}, {}, {}, {});
        QVERIFY(SearchText::matches(indexed, SearchText::terms(QStringLiteral("muller"))));
        QVERIFY(SearchText::matches(indexed, SearchText::terms(QStringLiteral("物流"))));
        QVERIFY(!SearchText::matches(indexed, SearchText::terms(QStringLiteral("Meier"))));
        QCOMPARE(SearchText::terms(QStringLiteral("\"a\" OR b:c 12")),
            (QStringList { QStringLiteral("a"), QStringLiteral("or"), QStringLiteral("b"),
                QStringLiteral("c"), QStringLiteral("12") }));
    }

    void aCandidateHoldsALongTermOnlyInOneWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("holds");
        QTest::newRow("ASCII, other case") << "ROLLOUT" << true;
        QTest::newRow("accents folded") << "muller" << true;
        QTest::newRow("full width") << "ｍüｌｌｅｒ" << true;
        QTest::newRow("CJK fragment") << "さくら物" << true;
        QTest::newRow("across two words") << "outfor" << false;
        QTest::newRow("across two columns") << "gmbhrol" << false;
        QTest::newRow("each term somewhere") << "Müll rollout" << true;
        QTest::newRow("one term nowhere") << "Müll rollback" << false;
        QTest::newRow("cyrillic, other case") << "ОБУЧЕНИ" << true;
        QTest::newRow("kana with a voicing mark") << "クラウド" << true;
        QTest::newRow("kana, the mark folded away") << "クラウト" << true;
        // U+0345 case-folds to ι but fold() drops it as a mark: καιρ is not in "κα\u0345ρος".
        QTest::newRow("greek ypogegrammeni") << "καιρ" << false;
        QTest::newRow("greek, the mark dropped") << "καρο" << true;
        QTest::newRow("outside the basic plane") << "𝒜𝒷𝒸𝒹" << true;
    }

    void aCandidateHoldsALongTermOnlyInOneWord()
    {
        // Format 18's index keeps no positions: a longer term's candidates are checked against
        // the columns as SearchText::of would fold them, exactly where matches() finds them in
        // the indexed text.
        QFETCH(QString, typed);
        QFETCH(bool, holds);
        const QStringList columns { QStringLiteral("Müller GmbH"),
            QStringLiteral("株式会社さくら物流 クラウド"),
            QStringLiteral("Rollout for Teams, обучением персонала κα\u0345ρος 𝒜𝒷𝒸𝒹") };
        const QStringList terms = SearchText::toCheck(SearchText::terms(typed));
        QVERIFY(!terms.isEmpty());
        QCOMPARE(SearchText::inExactly(columns, terms), holds);
        const QString indexed
            = SearchText::of(columns.at(0), columns.at(1), columns.at(2), {}, {}, {}, {});
        QCOMPARE(SearchText::matches(indexed, terms), holds);
    }

    void aColumnIsReadOnlyWhenAnEarlierOneDoesNotHoldTheTerm()
    {
        QList<qsizetype> read;
        const QStringList columns { QStringLiteral("Contoso"), QStringLiteral("long notes") };
        const auto column = [&](qsizetype i) {
            read.append(i);
            return columns.at(i);
        };
        QVERIFY(SearchText::inExactly(2, column, { QStringLiteral("ntoso") }));
        QCOMPARE(read, (QList<qsizetype> { 0 }));
        read.clear();
        QVERIFY(
            SearchText::inExactly(2, column, { QStringLiteral("notes"), QStringLiteral("onto") }));
        QCOMPARE(read, (QList<qsizetype> { 0, 1 })); // each read once
    }

    void aLongTermIsAskedForByAllItsTrigrams()
    {
        QCOMPARE(SearchText::matchExpression({ QStringLiteral("abcab"), QStringLiteral("物流") }),
            QStringLiteral("\"abc\" \"bca\" \"cab\" ")
                + SearchText::quoted(SearchText::shortToken(QStringLiteral("物流"))));
        QCOMPARE(SearchText::toCheck(
                     { QStringLiteral("abc"), QStringLiteral("abcd"), QStringLiteral("物流") }),
            QStringList { QStringLiteral("abcd") });
    }
};

QTEST_GUILESS_MAIN(SearchTextTest)
#include "tst_searchtext.moc"
