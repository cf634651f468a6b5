#include "labels.h"

#include "countrynames.h"

#include <QCollator>
#include <QRegularExpression>
#include <algorithm>
#include <limits>
#include <optional>

namespace rd {

namespace {

bool is(const QString &wire, const char *value)
{
    // The service's casing is not a promise: "salesqualified" is still sales qualified.
    return wire.trimmed().compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
}

/// A company size read from its wire form: "51to250employees" is 51..250, "10000plusemployees"
/// is 10000 and more (no upper bound).
struct SizeRange
{
    qlonglong from = 0;
    std::optional<qlonglong> to;
};

std::optional<SizeRange> parseSize(const QString &wire)
{
    // The shape rather than a fixed list of seven: a band the service splits or adds later
    // ("1to4employees") is still read as a number of employees and sorted where it belongs.
    static const QRegularExpression range(QStringLiteral("^(\\d{1,9})to(\\d{1,9})employees$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plus(
        QStringLiteral("^(\\d{1,9})plusemployees$"), QRegularExpression::CaseInsensitiveOption);
    const QString w = wire.trimmed();
    if (const auto m = range.match(w); m.hasMatch()) {
        const qlonglong from = m.captured(1).toLongLong();
        const qlonglong to = m.captured(2).toLongLong();
        if (from <= to)
            return SizeRange { from, to };
        return std::nullopt; // "50to10employees" is not a band: show it as it came
    }
    if (const auto m = plus.match(w); m.hasMatch())
        return SizeRange { m.captured(1).toLongLong(), std::nullopt };
    return std::nullopt;
}

} // namespace

QString Labels::companySize(const QString &wire, const QLocale &locale)
{
    const std::optional<SizeRange> size = parseSize(wire);
    if (!size)
        return wire;
    if (!size->to)
        //: A company size: more than this many employees ("10,000+ employees")
        return tr("%1+ employees").arg(locale.toString(size->from));
    if (size->from == *size->to)
        //: A company size of exactly this many employees
        return tr("%1 employees").arg(locale.toString(size->from));
    //: A company size: from–to employees ("51–250 employees"); keep the en dash
    return tr("%1–%2 employees").arg(locale.toString(size->from), locale.toString(*size->to));
}

bool Labels::companySizeLess(const QString &a, const QString &b)
{
    // Read sizes by their bands; then unreadable ones by text; an empty value (no size) last.
    if (a.trimmed().isEmpty() != b.trimmed().isEmpty())
        return b.trimmed().isEmpty();
    const std::optional<SizeRange> x = parseSize(a);
    const std::optional<SizeRange> y = parseSize(b);
    if (x.has_value() != y.has_value())
        return x.has_value();
    if (x && y) {
        if (x->from != y->from)
            return x->from < y->from;
        // An open-ended band is the larger one; otherwise the narrower band first.
        const qlonglong xt = x->to.value_or(std::numeric_limits<qlonglong>::max());
        const qlonglong yt = y->to.value_or(std::numeric_limits<qlonglong>::max());
        if (xt != yt)
            return xt < yt;
    }
    const int byText = a.compare(b, Qt::CaseInsensitive);
    return byText != 0 ? byText < 0 : a < b; // a strict order, also for "A" and "a"
}

void Labels::sortCompanySizes(QStringList &sizes)
{
    std::stable_sort(sizes.begin(), sizes.end(), &Labels::companySizeLess);
}

QString Labels::qualification(const QString &wire)
{
    if (is(wire, "None"))
        //: The referral's qualification: nobody qualified the lead
        return tr("Not qualified");
    if (is(wire, "Direct"))
        //: The referral's qualification: the lead came directly, not through marketing or sales
        return tr("Direct");
    if (is(wire, "MarketingQualified"))
        //: The referral's qualification: qualified by (Microsoft) marketing
        return tr("Marketing qualified");
    if (is(wire, "SalesQualified"))
        //: The referral's qualification: qualified by (Microsoft) sales
        return tr("Sales qualified");
    return wire;
}

QString Labels::referralType(const QString &wire)
{
    if (is(wire, "Independent"))
        //: Referral type: visible to this partner only
        return tr("Independent");
    if (is(wire, "Shared"))
        //: Referral type: visible to two parties selling together (for example with Microsoft)
        return tr("Shared (co-sell)");
    return wire;
}

QString Labels::statusReason(const QString &wire)
{
    // Only the outcome words the lifecycle reads out of statusReason (docs/lifecycle.md); any
    // other reason is a person's own words and stays exactly as written.
    if (is(wire, "Skipped"))
        //: Why a referral was closed: the partner said "No thanks" while it was new
        return tr("Skipped");
    if (is(wire, "Missed"))
        //: Why a referral was closed: nobody answered in time
        return tr("Missed");
    if (is(wire, "Expired"))
        //: Why a referral was closed: no decision in time
        return tr("Expired");
    return wire;
}

QString Labels::countryName(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return code;
    const QLocale::Territory territory = QLocale::codeToTerritory(trimmed.toUpper());
    if (const char *iso = CountryNames::isoName(trimmed)) {
        const QString source = QString::fromUtf8(iso);
        const QString translated = QCoreApplication::translate("CountryName", iso);
        if (translated != source)
            return translated;
        // Untranslated (English, or a name the language's translator has not done yet): Qt's
        // own English name from CLDR reads better than the ISO list's ("Russia", not
        // "Russian Federation"); iso-codes only supplies the names Qt cannot translate.
        if (territory != QLocale::AnyTerritory)
            return QLocale::territoryToString(territory);
        return source;
    }
    if (territory != QLocale::AnyTerritory)
        return QLocale::territoryToString(territory); // e.g. "XK", not in ISO 3166-1 yet
    return code;
}

QString Labels::countryWithCode(const QString &code)
{
    const QString name = countryName(code);
    if (name == code)
        return code;
    //: A country and the code the service sent for it: "Germany (DE)"
    return tr("%1 (%2)").arg(name, code.trimmed());
}

void Labels::sortCountries(QStringList &codes, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<QPair<QString, QString>> named;
    named.reserve(codes.size());
    for (const QString &c : std::as_const(codes))
        named.append({ countryName(c), c });
    std::stable_sort(named.begin(), named.end(), [&collator](const auto &a, const auto &b) {
        const int byName = collator.compare(a.first, b.first);
        return byName != 0 ? byName < 0 : a.second < b.second;
    });
    codes.clear();
    for (const auto &[name, code] : std::as_const(named))
        codes.append(code);
}

QString Labels::place(const QString &countryCode, const QString &size)
{
    QStringList parts;
    if (!countryCode.trimmed().isEmpty())
        parts.append(countryName(countryCode));
    if (!size.trimmed().isEmpty())
        parts.append(companySize(size));
    return parts.join(QStringLiteral(" · "));
}

} // namespace rd
