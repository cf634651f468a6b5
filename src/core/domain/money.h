#pragma once

#include "referral.h"

#include <QJsonValue>
#include <QLocale>

namespace rd {

/// Deal values in each currency's own units. A value is a whole number of the currency's ISO 4217
/// minor units (MinorUnits: cents of EUR, yen, fils of KWD), so sums stay exact and per currency.
/// It is entered as text in the person's locale, shown through QLocale with exactly the
/// currency's decimals ("1,301,000 JPY", "12,345.678 KWD"), and converted to and from the
/// remote's JSON number without a rounding step that could change it.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /// The largest estimated deal value docs/lifecycle.md allows: 10^12 currency units...
    static constexpr qint64 maxDealUnits = 1'000'000'000'000;
    /// ...and never more than 10^15 minor units (this only lowers the limit for the four-decimal
    /// CLF and UYW): every deal value then has at most 15 significant digits, which a JSON number
    /// (a double on both sides of the wire) carries exactly.
    static constexpr MinorUnits maxMinorUnits = 1'000'000'000'000'000;

    /// The currency's ISO 4217 exponent: 0 for JPY, 2 for EUR and USD, 3 for KWD, 4 for CLF. Codes
    /// that are unknown (or empty) have 2, as most currencies do.
    static int decimals(const QString &currency);
    /// 10^decimals: 1 for JPY, 100 for EUR, 1000 for KWD.
    static qint64 minorPerUnit(const QString &currency);
    /// Every code whose exponent is not 2, with its exponent (for queries that compare amounts
    /// in whole units).
    static QList<std::pair<QString, int>> otherExponents();
    /// The largest deal value in the currency's minor units (10^14 for EUR, 10^12 for JPY).
    static MinorUnits maxDealValue(const QString &currency);

    struct Parsed
    {
        std::optional<MinorUnits> value;
        QString error; ///< translated, for display beside the field; empty when value is set
    };

    /// Reads typed text in the currency's minor units: "1,301,000" JPY or "12,345.678" KWD (en),
    /// "1.301.000" or "12.345,678" (de), full-width digits as a Chinese input method types them.
    /// Refuses more decimals than the currency has ("JPY has no decimals."), signs, letters,
    /// separators out of place and values out of range, with a message that says which.
    static Parsed parse(
        const QString &text, const QString &currency, const QLocale &locale = QLocale());

    /// True for an active ISO 4217 code a deal can be in (upper-case, three letters).
    static bool isCurrencyCode(const QString &code);
    static QStringList currencyCodes();

    /// "12,500.50 EUR", "1.301.000 JPY": the locale's digits and separators, always the
    /// currency's decimals, and the code rather than a symbol, so that "$" never leaves a reader
    /// guessing which dollar.
    static QString format(
        MinorUnits value, const QString &currency, const QLocale &locale = QLocale());
    /// The number alone, as the entry field shows it for editing: "12.500,50".
    static QString formatNumber(
        MinorUnits value, const QString &currency, const QLocale &locale = QLocale());

    /// Plain decimal text whatever the locale, for files and scripts: "12345.678", "1301000".
    static QString toDecimal(MinorUnits value, const QString &currency);

    struct Decimal
    {
        std::optional<MinorUnits> value;
        bool rounded = false; ///< it had more decimals than the currency; rounded half away from 0
        bool outOfRange = false; ///< a number, but beyond 10^15 units
    };
    /// Reads a decimal number as JSON and C write it ("12345.678", "-5", "1.5e3") into the
    /// currency's minor units, digit by digit (no double in between).
    static Decimal fromDecimal(QStringView text, const QString &currency);

    /// The remote's JSON number for a value: a whole number stays an integer (exact in any
    /// size); a fraction becomes the double nearest to its decimal text, which Qt writes back as
    /// that same text (it writes the shortest text that reads back as the double, and a number
    /// of at most 15 significant digits is the only such text).
    static QJsonValue toJson(MinorUnits value, const QString &currency);
    /// Reads a JSON number, or a number sent as text, exactly: integers as they came, doubles
    /// through the shortest text that reads back as them (the text the sender wrote, for any
    /// value of up to 15 significant digits), text digit by digit. Null for anything else.
    static Decimal fromJson(const QJsonValue &value, const QString &currency);
};

} // namespace rd
