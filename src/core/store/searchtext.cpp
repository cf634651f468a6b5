#include "searchtext.h"

#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <iterator>
#include <utility>

namespace rd::SearchText {

QString fold(const QString &text)
{
    // Plain ASCII has no compatibility forms or marks: no decomposition to make (most of what a
    // first sync indexes).
    const bool ascii
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    bool onlyAscii = true; // what is kept: ASCII is folded here, anything else at the end
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u == ' ' || (u >= '\t' && u <= '\r')) {
                space = !out.isEmpty();
                continue;
            }
            if (space)
                out.append(QLatin1Char(' '));
            space = false;
            out.append(QChar(u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u));
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue; // the accents NFKD split off
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
        onlyAscii = false;
    }
    // Case folding leaves lower-case ASCII as it is: a German or French note is ASCII once its
    // accents are gone, and skips it (it was 3 of a 438-character note's 7.6 µs).
    return onlyAscii ? out : out.toCaseFolded();
}

namespace {

bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

/// Hands `take` each code point of `text` and where it starts: a surrogate pair joined, a lone
/// surrogate as itself.
template<typename Take> void forEachCodePoint(QStringView text, Take take)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            take(QChar::surrogateToUcs4(text[i], text[i + 1]), i);
            i += 2;
        } else {
            take(char32_t(text[i].unicode()), i);
            ++i;
        }
    }
}

/// Hands `take` each word of `text`: each run of letters, digits and combining marks (code
/// points, not UTF-16 units); anything else separates words. A scan, not a regular expression:
/// a first sync splits every referral's text.
template<typename Take> void forEachWord(QStringView text, Take take)
{
    qsizetype start = -1;
    forEachCodePoint(text, [&](char32_t c, qsizetype at) {
        const bool inWord = isWordCharacter(c);
        if (inWord && start < 0) {
            start = at;
        } else if (!inWord && start >= 0) {
            take(text.sliced(start, at - start));
            start = -1;
        }
    });
    if (start >= 0)
        take(text.sliced(start));
}

QStringList wordsOf(const QString &text)
{
    QStringList out;
    const QString folded = fold(text);
    forEachWord(folded, [&out](QStringView word) { out.append(word.toString()); });
    return out;
}

/// Appends code point `c` to `out` (a surrogate pair above the BMP).
void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

} // namespace

QString of(const QString &customer, const QString &name, const QString &notes,
    const QString &city, const QString &country, const QString &products,
    const QString &contacts)
{
    // A first sync builds this for every referral: words are views into the folded parts and
    // short tokens are numbers until they are written, so nothing is allocated per word
    // (building a string and hashing it per token was a quarter of a first sync's time).
    const QString *parts[] = { &customer, &name, &notes, &city, &country, &products, &contacts };
    QString folded[std::size(parts)];
    qsizetype length = 0;
    for (size_t i = 0; i < std::size(parts); ++i) {
        folded[i] = fold(*parts[i]);
        length += folded[i].size();
    }
    // Each word once, in the order first seen.
    QList<QStringView> words;
    words.reserve(length / 4 + 1);
    QSet<QStringView> seen;
    seen.reserve(length / 4 + 1);
    for (const QString &part : folded) {
        forEachWord(part, [&](QStringView word) {
            if (!seen.contains(word)) {
                seen.insert(word);
                words.append(word);
            }
        });
    }
    QString out;
    out.reserve(length + words.size() * 8);
    for (const QStringView word : words) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(word);
    }
    // The words themselves, for fragments of three or more characters. Then, so that shorter
    // ones are found through the index too (a trigram index cannot look up "12" or "物流"),
    // marked tokens of exactly three characters: a word's first one and first two characters
    // (a prefix in alphabetic scripts), and every one and two characters of a CJK word (a
    // fragment anywhere), each once. See shortToken(), which they equal.
    const QChar mark(0xE000);
    QSet<quint64> shortSeen; // first code point << 21 | second (0: a token of one)
    QVarLengthArray<char32_t, 64> points;
    for (const QStringView word : words) {
        points.clear();
        forEachCodePoint(word, [&points](char32_t c, qsizetype) { points.append(c); });
        const qsizetype count = points.size();
        const qsizetype starts = isFragmentScript(word) ? count : qMin<qsizetype>(1, count);
        for (qsizetype i = 0; i < starts; ++i) {
            const char32_t first = points[i];
            if (!shortSeen.contains(quint64(first) << 21)) {
                shortSeen.insert(quint64(first) << 21);
                out.append(QLatin1Char(' '));
                out.append(mark);
                out.append(mark);
                appendCodePoint(out, first);
            }
            if (i + 1 < count) {
                const char32_t second = points[i + 1];
                const quint64 key = quint64(first) << 21 | second;
                if (!shortSeen.contains(key)) {
                    shortSeen.insert(key);
                    out.append(QLatin1Char(' '));
                    out.append(mark);
                    appendCodePoint(out, first);
                    appendCodePoint(out, second);
                }
            }
        }
    }
    return out;
}

QString shortToken(const QString &term)
{
    // A private-use character: folded typed text never contains one (terms are letters,
    // digits and marks), so a marked token only ever matches a marked token.
    const QChar mark(0xE000);
    return term.toUcs4().size() == 1 ? QString(mark) + mark + term : mark + term;
}

QStringList terms(const QString &typed)
{
    QStringList out;
    for (const QString &word : wordsOf(typed)) {
        if (!out.contains(word))
            out.append(word);
    }
    return out;
}

bool isFragmentScript(QStringView term)
{
    // Scripts written without spaces between words: a fragment is found anywhere.
    for (const QChar c : term) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Thai:
            return true;
        default:
            break;
        }
    }
    return false;
}

bool indexable(const QString &term)
{
    // The trigram tokenizer counts code points.
    return term.toUcs4().size() >= 3;
}

bool matches(const QString &indexed, const QStringList &terms)
{
    return std::all_of(terms.cbegin(), terms.cend(), [&indexed](const QString &term) {
        return indexed.contains(indexable(term) ? term : shortToken(term));
    });
}

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString matchExpression(const QStringList &terms)
{
    QStringList tokens;
    for (const QString &term : terms) {
        if (!indexable(term)) {
            tokens.append(quoted(shortToken(term)));
            continue;
        }
        // By code points, as the tokenizer counts them (a CJK extension character is two
        // UTF-16 units).
        const QList<uint> points = term.toUcs4();
        for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
            const QString trigram
                = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3);
            const QString token = quoted(trigram);
            if (!tokens.contains(token))
                tokens.append(token);
        }
    }
    return tokens.join(QLatin1Char(' '));
}

QStringList toCheck(const QStringList &terms)
{
    QStringList out;
    for (const QString &term : terms) {
        if (term.toUcs4().size() > 3)
            out.append(term);
    }
    return out;
}

bool inExactly(const QStringList &columns, const QStringList &terms)
{
    return inExactly(
        columns.size(), [&columns](qsizetype i) { return columns.at(i); }, terms);
}

bool inExactly(
    qsizetype count, const std::function<QString(qsizetype)> &column, const QStringList &terms)
{
    // Folding (NFKD) is most of a check's cost, so it is the last resort. A term (folded:
    // no accents, no compatibility forms, case-folded) found in a column as it is, case aside,
    // is in its folded text too: each character that matched is one the folding leaves as it
    // is but for its case, and what the folding does around them (removing an accent,
    // expanding a ligature) does not come between them. Plain ASCII columns fold to their
    // lower case and need no folded copy at all. Each column is read once, and only when an
    // earlier one did not hold the term.
    QStringList text(count);
    QStringList folded(count);
    // 0 not read yet, 1 ASCII, 2 other (folded when needed), 3 with combining marks (only
    // folded: a mark's case folding can differ from what folding makes of it, U+0345 folds to
    // ι where fold() drops it, and NFKD reorders marks)
    QList<int> kind(count, 0);
    const auto kindOf = [](const QString &s) {
        int k = 1;
        for (const QChar c : s) {
            if (c.unicode() < 0x80)
                continue;
            k = 2;
            const QChar::Category category = c.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
                || category == QChar::Mark_Enclosing || c.isSurrogate())
                return 3; // a surrogate: its code point's category is not looked up here
        }
        return k;
    };
    const auto read = [&](qsizetype i) {
        if (kind[i] == 0) {
            text[i] = column(i);
            kind[i] = kindOf(text.at(i));
        }
    };
    return std::all_of(terms.cbegin(), terms.cend(), [&](const QString &term) {
        for (qsizetype i = 0; i < count; ++i) {
            read(i);
            if (kind[i] != 3 && text.at(i).contains(term, Qt::CaseInsensitive))
                return true;
        }
        for (qsizetype i = 0; i < count; ++i) {
            if (kind[i] == 1)
                continue; // looked at above, as it folds
            if (folded.at(i).isNull())
                folded[i] = fold(text.at(i));
            if (folded.at(i).contains(term))
                return true;
        }
        return false;
    });
}

} // namespace rd::SearchText
