#include "money.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <limits>

namespace rd {

namespace {

// Active ISO 4217 codes, without precious metals, fund and testing codes that no deal is in.
constexpr const char *kCurrencies[] = {
    "AED",
    "AFN",
    "ALL",
    "AMD",
    "ANG",
    "AOA",
    "ARS",
    "AUD",
    "AWG",
    "AZN",
    "BAM",
    "BBD",
    "BDT",
    "BGN",
    "BHD",
    "BIF",
    "BMD",
    "BND",
    "BOB",
    "BRL",
    "BSD",
    "BTN",
    "BWP",
    "BYN",
    "BZD",
    "CAD",
    "CDF",
    "CHF",
    "CLP",
    "CNY",
    "COP",
    "CRC",
    "CUP",
    "CVE",
    "CZK",
    "DJF",
    "DKK",
    "DOP",
    "DZD",
    "EGP",
    "ERN",
    "ETB",
    "EUR",
    "FJD",
    "FKP",
    "GBP",
    "GEL",
    "GHS",
    "GIP",
    "GMD",
    "GNF",
    "GTQ",
    "GYD",
    "HKD",
    "HNL",
    "HTG",
    "HUF",
    "IDR",
    "ILS",
    "INR",
    "IQD",
    "IRR",
    "ISK",
    "JMD",
    "JOD",
    "JPY",
    "KES",
    "KGS",
    "KHR",
    "KMF",
    "KPW",
    "KRW",
    "KWD",
    "KYD",
    "KZT",
    "LAK",
    "LBP",
    "LKR",
    "LRD",
    "LSL",
    "LYD",
    "MAD",
    "MDL",
    "MGA",
    "MKD",
    "MMK",
    "MNT",
    "MOP",
    "MRU",
    "MUR",
    "MVR",
    "MWK",
    "MXN",
    "MYR",
    "MZN",
    "NAD",
    "NGN",
    "NIO",
    "NOK",
    "NPR",
    "NZD",
    "OMR",
    "PAB",
    "PEN",
    "PGK",
    "PHP",
    "PKR",
    "PLN",
    "PYG",
    "QAR",
    "RON",
    "RSD",
    "RUB",
    "RWF",
    "SAR",
    "SBD",
    "SCR",
    "SDG",
    "SEK",
    "SGD",
    "SHP",
    "SLE",
    "SOS",
    "SRD",
    "SSP",
    "STN",
    "SVC",
    "SYP",
    "SZL",
    "THB",
    "TJS",
    "TMT",
    "TND",
    "TOP",
    "TRY",
    "TTD",
    "TWD",
    "TZS",
    "UAH",
    "UGX",
    "USD",
    "UYU",
    "UZS",
    "VES",
    "VND",
    "VUV",
    "WST",
    "XAF",
    "XCD",
    "XCG",
    "XOF",
    "XPF",
    "YER",
    "ZAR",
    "ZMW",
    "ZWG",
};

// ISO 4217's minor units for every code whose exponent is not 2 (list one, as of 2025), fund
// codes included: a referral read from the service may carry one even though no deal is entered
// in it. Every other code, and an unknown one, has 2.
struct Exponent
{
    const char *code;
    int decimals;
};
constexpr Exponent kExponents[] = {
    { "BHD", 3 },
    { "BIF", 0 },
    { "CLF", 4 },
    { "CLP", 0 },
    { "DJF", 0 },
    { "GNF", 0 },
    { "IQD", 3 },
    { "ISK", 0 },
    { "JOD", 3 },
    { "JPY", 0 },
    { "KMF", 0 },
    { "KRW", 0 },
    { "KWD", 3 },
    { "LYD", 3 },
    { "OMR", 3 },
    { "PYG", 0 },
    { "RWF", 0 },
    { "TND", 3 },
    { "UGX", 0 },
    { "UYI", 0 },
    { "UYW", 4 },
    { "VND", 0 },
    { "VUV", 0 },
    { "XAF", 0 },
    { "XOF", 0 },
    { "XPF", 0 },
};
constexpr qint64 kPow10[] = { 1, 10, 100, 1000, 10000 };
/// The most a value from the remote may be and still be read (far beyond any deal, as before).
constexpr qint64 kMaxReadUnits = 1'000'000'000'000'000;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// Typed text as plain ASCII digits and separators: compatibility forms folded (the full-width
/// "１２，５００．５" of CJK input methods, the no-break spaces some locales group with) and any
/// script's digits as ASCII ones.
QString fold(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : out) {
        if (c.isDigit() && c.digitValue() >= 0)
            c = QChar(u'0' + c.digitValue());
    }
    return out;
}

/// Strips leading zeros, so that a digit count is a magnitude.
QStringView significant(QStringView digits)
{
    qsizetype i = 0;
    while (i < digits.size() && digits.at(i) == QLatin1Char('0'))
        ++i;
    return digits.mid(i);
}

} // namespace

int Money::decimals(const QString &currency)
{
    const QByteArray code = currency.trimmed().toUpper().toLatin1();
    for (const Exponent &e : kExponents) {
        if (code == e.code)
            return e.decimals;
    }
    return 2;
}

qint64 Money::minorPerUnit(const QString &currency)
{
    return kPow10[decimals(currency)];
}

QList<std::pair<QString, int>> Money::otherExponents()
{
    QList<std::pair<QString, int>> out;
    for (const Exponent &e : kExponents)
        out.append({ QString::fromLatin1(e.code), e.decimals });
    return out;
}

MinorUnits Money::maxDealValue(const QString &currency)
{
    return std::min(maxDealUnits * kPow10[decimals(currency)], maxMinorUnits);
}

Money::Parsed Money::parse(const QString &text, const QString &currency, const QLocale &locale)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty())
        return { std::nullopt, tr("Enter the estimated deal value.") };
    const int places = decimals(currency);
    const auto notAnAmount = [&] {
        // An example with the currency's decimals: "12,500.50", "12,500", "12.500,500".
        const MinorUnits example = 12500 * kPow10[places] + (places ? 5 * kPow10[places - 1] : 0);
        return Parsed { std::nullopt,
            tr("“%1” is not an amount. Enter digits, such as %2.")
                .arg(shown, formatNumber(example, currency, locale)) };
    };
    const auto notPositive = [] {
        return Parsed { std::nullopt, tr("The deal value must be more than 0.") };
    };

    QString s = fold(shown);
    const QString minus = fold(locale.negativeSign());
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))
        || (!minus.isEmpty() && s.startsWith(minus)))
        return notPositive();
    const QString plus = fold(locale.positiveSign());
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    else if (!plus.isEmpty() && s.startsWith(plus))
        s.remove(0, plus.size());

    const QString point = fold(locale.decimalPoint());
    const qsizetype at = s.indexOf(point);
    const QStringView whole = at < 0 ? QStringView(s) : QStringView(s).left(at);
    const QStringView fraction = at < 0 ? QStringView() : QStringView(s).mid(at + point.size());

    // The whole part: digits, grouped or not by the locale's separator or a space. Each group
    // after the first has 2 or 3 digits and the last 3 ("1,00,000" in India, "1.301.000" in
    // Germany), so a decimal typed with the other convention ("12.5" in German, "12,50" in
    // English) is refused rather than read as 125 or 1250.
    const QString group = fold(locale.groupSeparator());
    QString digits;
    QList<int> groups { 0 };
    for (qsizetype i = 0; i < whole.size();) {
        if (isAsciiDigit(whole.at(i))) {
            digits += whole.at(i++);
            ++groups.last();
            continue;
        }
        qsizetype separator = 0;
        if (!group.isEmpty() && whole.mid(i).startsWith(group))
            separator = group.size();
        else if (whole.at(i) == QLatin1Char(' '))
            separator = 1;
        if (!separator || groups.last() == 0)
            return notAnAmount();
        groups.append(0);
        i += separator;
    }
    for (qsizetype g = 1; g < groups.size(); ++g) {
        if (groups.at(g) < 2 || groups.at(g) > 3 || (g == groups.size() - 1 && groups.at(g) != 3))
            return notAnAmount();
    }
    if (!std::all_of(fraction.begin(), fraction.end(), isAsciiDigit)
        || (digits.isEmpty() && fraction.isEmpty()))
        return notAnAmount();

    if (fraction.size() > places) {
        const QString code = currency.trimmed().toUpper();
        if (code.isEmpty())
            return { std::nullopt, tr("Use at most 2 decimals.") };
        if (places == 0) {
            //: %1 is a currency code such as JPY, whose amounts are whole numbers
            return { std::nullopt, tr("%1 has no decimals.").arg(code) };
        }
        // No currency has one decimal, so the count is always a plural.
        //: %1 is a currency code such as KWD; %2 its number of decimals: 2, 3 or 4
        return { std::nullopt, tr("%1 takes at most %2 decimals.").arg(code).arg(places) };
    }

    // Digits, not doubles: 999 999 999 999.999 must stay exact.
    const MinorUnits max = maxDealValue(currency);
    const auto tooBig = [&] {
        return Parsed { std::nullopt,
            tr("The deal value can be at most %1.").arg(locale.toString(max / kPow10[places])) };
    };
    const QStringView units = significant(digits);
    if (units.size() > 13) // more than 10^12 units, and kept from overflowing below
        return tooBig();
    const MinorUnits value = units.toLongLong() * kPow10[places]
        + fraction.toString().leftJustified(places, QLatin1Char('0')).toLongLong();
    if (value <= 0)
        return notPositive();
    if (value > max)
        return tooBig();
    return { value, QString() };
}

bool Money::isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    const QByteArray latin = code.toLatin1();
    return std::any_of(std::begin(kCurrencies), std::end(kCurrencies),
        [&latin](const char *c) { return latin == c; });
}

QStringList Money::currencyCodes()
{
    QStringList out;
    for (const char *c : kCurrencies)
        out.append(QString::fromLatin1(c));
    return out;
}

QString Money::formatNumber(MinorUnits value, const QString &currency, const QLocale &locale)
{
    // Whole units and the fraction apart, both integers: any size stays exact.
    const int places = decimals(currency);
    const quint64 scale = quint64(kPow10[places]);
    const bool negative = value < 0;
    const quint64 abs = negative ? 0 - quint64(value) : quint64(value);
    QString out = locale.toString(qulonglong(abs / scale));
    if (places > 0) {
        // The fraction in the locale's digits, padded with its zero: "12.345,050".
        QLocale digitsOnly = locale;
        digitsOnly.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        const qulonglong fraction = abs % scale;
        out += locale.decimalPoint();
        for (qsizetype i = QString::number(fraction).size(); i < places; ++i)
            out += locale.zeroDigit();
        out += digitsOnly.toString(fraction);
    }
    if (negative)
        out.prepend(locale.negativeSign());
    return out;
}

QString Money::format(MinorUnits value, const QString &currency, const QLocale &locale)
{
    const QString amount = formatNumber(value, currency, locale);
    //: An amount and its ISO 4217 currency code, e.g. "12,500.50 EUR"
    return currency.isEmpty() ? amount : tr("%1 %2").arg(amount, currency);
}

QString Money::toDecimal(MinorUnits value, const QString &currency)
{
    const int places = decimals(currency);
    const quint64 scale = quint64(kPow10[places]);
    const quint64 abs = value < 0 ? 0 - quint64(value) : quint64(value);
    QString out = QString::number(abs / scale);
    if (places > 0)
        out += QLatin1Char('.')
            + QString::number(abs % scale).rightJustified(places, QLatin1Char('0'));
    return value < 0 ? QLatin1Char('-') + out : out;
}

Money::Decimal Money::fromDecimal(QStringView text, const QString &currency)
{
    // sign, digits, an optional point with digits, an optional exponent: JSON's grammar, and C's.
    const QStringView s = text.trimmed();
    qsizetype i = 0;
    const bool negative = i < s.size() && s.at(i) == QLatin1Char('-');
    if (i < s.size() && (s.at(i) == QLatin1Char('-') || s.at(i) == QLatin1Char('+')))
        ++i;
    const auto run = [&] {
        const qsizetype from = i;
        while (i < s.size() && isAsciiDigit(s.at(i)))
            ++i;
        return s.mid(from, i - from);
    };
    const QStringView whole = run();
    QStringView fraction;
    if (i < s.size() && s.at(i) == QLatin1Char('.')) {
        ++i;
        fraction = run();
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return {};
    qint64 exponent = 0;
    if (i < s.size() && (s.at(i) == QLatin1Char('e') || s.at(i) == QLatin1Char('E'))) {
        ++i;
        const bool down = i < s.size() && s.at(i) == QLatin1Char('-');
        if (i < s.size() && (s.at(i) == QLatin1Char('-') || s.at(i) == QLatin1Char('+')))
            ++i;
        const QStringView written = run();
        if (written.isEmpty())
            return {};
        const QStringView e = significant(written);
        exponent = e.size() > 6 ? 1'000'000 : e.toLongLong(); // beyond any range either way
        if (down)
            exponent = -exponent;
    }
    if (i != s.size())
        return {};

    // All digits in a row and where the point falls among them, then whole units and the
    // currency's decimals cut out of that.
    const QString all = whole.toString() + fraction.toString();
    const QStringView mantissa = significant(all);
    qint64 pointAt = qint64(whole.size()) + exponent - (all.size() - mantissa.size());
    if (mantissa.isEmpty())
        return { MinorUnits(0), false, false };
    if (pointAt > 16)
        return { std::nullopt, false, true };
    const int places = decimals(currency);
    pointAt = std::max<qint64>(pointAt, -(places + 1)); // only zeros that cannot round up are lost
    const QString digits = pointAt < 0 ? QString(-pointAt, QLatin1Char('0')) + mantissa.toString()
                                       : mantissa.toString();
    const qsizetype point = std::max<qint64>(pointAt, 0);
    const QString unitDigits = digits.left(point).leftJustified(point, QLatin1Char('0'));
    const QString rest = digits.mid(point);
    const qint64 units = unitDigits.isEmpty() ? 0 : unitDigits.toLongLong();
    if (units > kMaxReadUnits)
        return { std::nullopt, false, true };
    const qint64 scale = kPow10[places];
    if (units > (std::numeric_limits<qint64>::max() - scale) / scale)
        return { std::nullopt, false, true };
    const QString kept = rest.left(places).leftJustified(places, QLatin1Char('0'));
    const QStringView dropped = QStringView(rest).mid(std::min<qsizetype>(places, rest.size()));
    // Half away from zero: a dropped part of at least one half starts with 5 or more.
    const bool up = !dropped.isEmpty() && dropped.at(0) >= QLatin1Char('5');
    const bool rounded = std::any_of(
        dropped.begin(), dropped.end(), [](QChar c) { return c != QLatin1Char('0'); });
    const MinorUnits magnitude = units * scale + (places ? kept.toLongLong() : 0) + (up ? 1 : 0);
    return { negative ? -magnitude : magnitude, rounded, false };
}

QJsonValue Money::toJson(MinorUnits value, const QString &currency)
{
    const qint64 scale = kPow10[decimals(currency)];
    if (value % scale == 0)
        return QJsonValue(qint64(value / scale));
    // The double nearest to the exact decimal text (Qt's conversion rounds correctly).
    return QJsonValue(toDecimal(value, currency).toDouble());
}

Money::Decimal Money::fromJson(const QJsonValue &value, const QString &currency)
{
    if (value.isString())
        return fromDecimal(value.toString(), currency);
    if (!value.isDouble())
        return {};
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return {};
    // Qt keeps a JSON integer that fits as a qint64, not as a double: read it as it came.
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 whole = value.toInteger(notWhole);
    if (whole != notWhole) {
        const qint64 scale = kPow10[decimals(currency)];
        if (whole > kMaxReadUnits || whole < -kMaxReadUnits)
            return { std::nullopt, false, true };
        return { whole * scale, false, false };
    }
    // The shortest text that reads back as this double: what the sender wrote, for every number
    // of up to 15 significant digits (and the nearest decimal to it for longer ones).
    return fromDecimal(QString::number(d, 'f', QLocale::FloatingPointShortest), currency);
}

} // namespace rd
