#pragma once

#include "referral.h"

#include <QLocale>

namespace rd {

/// Deal values: entered as text in the partner's locale, kept as whole cents, shown through
/// QLocale's currency formatting.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /// The largest estimated deal value docs/lifecycle.md allows: 10^12 currency units.
    static constexpr Cents maxDealValue = Cents(1'000'000'000'000) * 100;

    struct Parsed
    {
        std::optional<Cents> cents;
        QString error; ///< translated, for display beside the field; empty when cents is set
    };

    /// Reads "12,500.50" (en), "12.500,50" (de) or "12500.5"; refuses more than two decimals,
    /// signs, letters and values out of range with a message that says which.
    static Parsed parse(const QString &text, const QLocale &locale = QLocale());

    /// True for an active ISO 4217 code a deal can be in (upper-case, three letters).
    static bool isCurrencyCode(const QString &code);
    static QStringList currencyCodes();

    /// "12,500.50 EUR" with the locale's digits and separators; the code rather than a symbol, so
    /// that "$" never leaves a reader guessing which dollar.
    static QString format(Cents cents, const QString &currency, const QLocale &locale = QLocale());
};

} // namespace rd
