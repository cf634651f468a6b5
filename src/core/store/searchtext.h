#pragma once

#include <QStringList>
#include <functional>

namespace rd {

struct Referral;

/// The text the archive search looks in, and the typed text turned into what to look for. Both
/// sides are folded the same way (compatibility forms, accents and case), so "Muller" finds
/// "Müller" and a full-width "ＡＢＣ" finds "ABC"; the trigram index then finds any fragment of a
/// name in any script, not only the beginning of a word ("さくら" and "物流" in
/// "株式会社さくら物流").
namespace SearchText {

/// NFKD, without combining marks, case-folded, runs of white space as one space.
QString fold(const QString &text);

/// The searchable text of a referral, folded: the words of its customer, name, notes, city,
/// country, products and contacts, one space apart.
QString of(const QString &customer, const QString &name, const QString &notes,
    const QString &city, const QString &country, const QString &products,
    const QString &contacts);

/// The fragments to find, folded: the typed text split at anything that is not a letter, digit
/// or mark, so quotes, operators and column filters are never syntax. Empty when there is none.
QStringList terms(const QString &typed);

/// Whether `term` is in a script written without spaces between words (CJK, Thai).
bool isFragmentScript(QStringView term);

/// A fragment the trigram index can look up as it is (at least three characters); shorter ones
/// (a two-character CJK word like "物流", a number like "12") are looked up as shortToken().
bool indexable(const QString &term);

/// A term of one or two characters as the three-character token of() writes for it: a word's
/// first characters in alphabetic scripts (so "12" is a word prefix, not every number with a 12
/// in it), any one or two characters of a CJK word.
QString shortToken(const QString &term);

/// Whether `indexed` (text made by of()) holds every term the way the archive's index finds
/// them: from three characters anywhere, below that as shortToken(). For text that is not in
/// the index (the open referrals the CLI lists).
bool matches(const QString &indexed, const QStringList &terms);

/// `term` as a quoted FTS5 string (a literal, never syntax).
QString quoted(const QString &term);

/// What to ask the trigram index for `terms` (at least one): every trigram of each term of
/// three characters or more, the short token of each shorter one, all required. The index keeps
/// no positions (format 18), so it cannot tell whether a longer term's trigrams are consecutive:
/// the referrals it returns for such a term are candidates that inExactly() decides.
QString matchExpression(const QStringList &terms);

/// The terms whose matches the index only narrows down (more than three characters): empty
/// when every referral the index returns for `terms` is a match.
QStringList toCheck(const QStringList &terms);

/// Whether each of `terms` (from toCheck()) is in one of `columns` folded as of() folds them:
/// a term is letters, digits and marks only, so it is within one word of a column exactly
/// when it is within one word of the indexed text.
bool inExactly(const QStringList &columns, const QStringList &terms);
/// inExactly() with column `i` of `count` read by `column(i)` only when an earlier one did not
/// hold a term (a packed notes column is then unpacked only when needed).
bool inExactly(
    qsizetype count, const std::function<QString(qsizetype)> &column, const QStringList &terms);

} // namespace SearchText

} // namespace rd
