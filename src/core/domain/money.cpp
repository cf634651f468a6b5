#include "money.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

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

} // namespace

Money::Parsed Money::parse(const QString &text, const QLocale &locale)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return { std::nullopt, tr("Enter the estimated deal value.") };

    // Drop the locale's grouping (and the spaces some locales group with), then read the
    // locale's decimal separator as '.'.
    const QString group = locale.groupSeparator();
    if (!group.isEmpty())
        s.remove(group);
    s.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    const QString decimal = locale.decimalPoint();
    if (decimal != QLatin1String("."))
        s.replace(decimal, QLatin1String("."));

    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212)))
        return { std::nullopt, tr("The deal value must be more than 0.") };

    static const QRegularExpression number(QStringLiteral(R"(^\+?(\d+)(?:\.(\d*))?$)"));
    const QRegularExpressionMatch m = number.match(s);
    if (!m.hasMatch()) {
        return { std::nullopt,
            tr("“%1” is not an amount. Enter digits, such as %2.")
                .arg(text.trimmed(), locale.toString(12500.50, 'f', 2)) };
    }
    const QString whole = m.captured(1);
    const QString fraction = m.captured(2);
    if (fraction.size() > 2)
        return { std::nullopt, tr("Use at most 2 decimals.") };

    // Digits, not doubles: 999 999 999 999.99 must stay exact.
    const QString digits = whole.mid(
        std::max<qsizetype>(0, whole.indexOf(QRegularExpression(QStringLiteral("[1-9]")))));
    if (digits.size() > 13)
        return { std::nullopt,
            tr("The deal value can be at most %1.").arg(locale.toString(1e12, 'f', 0)) };
    const Cents cents
        = digits.toLongLong() * 100 + (fraction + QStringLiteral("00")).left(2).toLongLong();
    if (cents <= 0)
        return { std::nullopt, tr("The deal value must be more than 0.") };
    if (cents > maxDealValue)
        return { std::nullopt,
            tr("The deal value can be at most %1.").arg(locale.toString(1e12, 'f', 0)) };
    return { cents, QString() };
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

QString Money::format(Cents cents, const QString &currency, const QLocale &locale)
{
    // Whole units through qint64 and the cents on the side keep big amounts exact.
    const bool negative = cents < 0;
    const Cents abs = negative ? -cents : cents;
    QString amount = locale.toString(abs / 100);
    if (abs % 100)
        amount
            += locale.decimalPoint() + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        amount.prepend(locale.negativeSign());
    //: An amount and its ISO 4217 currency code, e.g. "12,500.50 EUR"
    return currency.isEmpty() ? amount : tr("%1 %2").arg(amount, currency);
}

} // namespace rd
