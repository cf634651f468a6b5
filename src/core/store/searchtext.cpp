#include "searchtext.h"

#include <QSet>
#include <algorithm>
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
    for (const QChar c : decomposed) {
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
    }
    return out.toCaseFolded();
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

/// Hands `take` each word of `text`: each run of letters, digits and combining marks (code
/// points, not UTF-16 units); anything else separates words. A scan, not a regular expression:
/// a first sync splits every referral's text.
template<typename Take> void forEachWord(const QString &text, Take take)
{
    const QChar *chars = text.constData();
    const qsizetype size = text.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i < size;) {
        char32_t c = chars[i].unicode();
        qsizetype width = 1;
        if (chars[i].isHighSurrogate() && i + 1 < size && chars[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(chars[i], chars[i + 1]);
            width = 2;
        }
        const bool inWord = isWordCharacter(c);
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            take(QString(chars + start, i - start));
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        take(QString(chars + start, size - start));
}

QStringList wordsOf(const QString &text)
{
    QStringList out;
    forEachWord(fold(text), [&out](QString &&word) { out.append(std::move(word)); });
    return out;
}

} // namespace

QString of(const QString &customer, const QString &name, const QString &notes,
    const QString &city, const QString &country, const QString &products,
    const QString &contacts)
{
    // Each token once, in the order first seen. Sized up front: growing the set rehashed every
    // token again, most of this function's time.
    qsizetype length = 0;
    for (const QString *part : { &customer, &name, &notes, &city, &country, &products, &contacts })
        length += part->size();
    QStringList tokens;
    tokens.reserve(length / 2);
    QSet<QString> seen;
    seen.reserve(length / 2);
    const auto add = [&tokens, &seen](QString &&token) {
        if (!seen.contains(token)) {
            seen.insert(token);
            tokens.append(std::move(token));
        }
    };
    for (const QString *part : { &customer, &name, &notes, &city, &country, &products, &contacts })
        forEachWord(fold(*part), add);
    // The words themselves, for fragments of three or more characters. Then, so that shorter
    // ones are found through the index too (a trigram index cannot look up "12" or "物流"),
    // marked tokens of exactly three characters: a word's first one and first two characters
    // (a prefix in alphabetic scripts), and every one and two characters of a CJK word (a
    // fragment anywhere). See shortToken().
    const qsizetype words = tokens.size();
    for (qsizetype w = 0; w < words; ++w) {
        const QList<uint> codes = tokens.at(w).toUcs4();
        const auto *points = reinterpret_cast<const char32_t *>(codes.constData());
        const qsizetype starts
            = isFragmentScript(tokens.at(w)) ? codes.size() : qMin<qsizetype>(1, codes.size());
        for (qsizetype i = 0; i < starts; ++i) {
            add(shortToken(QString::fromUcs4(points + i, 1)));
            if (i + 1 < codes.size())
                add(shortToken(QString::fromUcs4(points + i, 2)));
        }
    }
    return tokens.join(QLatin1Char(' '));
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

bool isFragmentScript(const QString &term)
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

} // namespace rd::SearchText
