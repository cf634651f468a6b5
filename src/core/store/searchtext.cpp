#include "searchtext.h"

#include <QRegularExpression>
#include <algorithm>

namespace rd::SearchText {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
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

/// Anything that is not a letter, digit or combining mark separates words.
const QRegularExpression &separators()
{
    static const QRegularExpression re(
        QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"), QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QString of(const QString &customer, const QString &name, const QString &notes,
    const QString &city, const QString &country, const QString &products,
    const QString &contacts)
{
    QStringList words;
    for (const QString *part : { &customer, &name, &notes, &city, &country, &products, &contacts })
        words.append(fold(*part).split(separators(), Qt::SkipEmptyParts));
    // The words themselves, for fragments of three or more characters. Then, so that shorter
    // ones are found through the index too (a trigram index cannot look up "12" or "物流"),
    // marked tokens of exactly three characters: a word's first one and first two characters
    // (a prefix in alphabetic scripts), and every one and two characters of a CJK word (a
    // fragment anywhere). See shortToken().
    QStringList tokens = words;
    for (const QString &word : std::as_const(words)) {
        const QList<uint> codes = word.toUcs4();
        const auto *points = reinterpret_cast<const char32_t *>(codes.constData());
        const qsizetype starts
            = isFragmentScript(word) ? codes.size() : qMin<qsizetype>(1, codes.size());
        for (qsizetype i = 0; i < starts; ++i) {
            tokens.append(shortToken(QString::fromUcs4(points + i, 1)));
            if (i + 1 < codes.size())
                tokens.append(shortToken(QString::fromUcs4(points + i, 2)));
        }
    }
    tokens.removeDuplicates();
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
    for (const QString &word : fold(typed).split(separators(), Qt::SkipEmptyParts)) {
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
