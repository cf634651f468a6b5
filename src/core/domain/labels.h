#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rd {

/// What a person reads for the enum-like values the service sends (docs/remote-api.md): company
/// sizes, qualification, referral type, the outcome words in statusReason, and countries. The
/// wire values stay in the Referral, the store and `--json`; these labels are for the screen and
/// the CLI's readable output only. A value this version does not know is returned as it came,
/// never hidden and never empty, so a value the service adds later still reaches the person.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    /// "10to50employees" → "10–50 employees", "10000plusemployees" → "10,000+ employees", the
    /// numbers formatted by `locale` (the UI language's: "5.001–10.000" in German).
    static QString companySize(const QString &wire, const QLocale &locale = QLocale());
    /// Orders company sizes by size: 1to9 < 10to50 < … < 10000plus, sizes this version cannot
    /// read after them by text, an empty value last.
    static bool companySizeLess(const QString &a, const QString &b);
    /// Sorts a list of wire sizes with companySizeLess.
    static void sortCompanySizes(QStringList &sizes);

    /// "MarketingQualified" → "Marketing qualified".
    static QString qualification(const QString &wire);
    /// "Independent" / "Shared" (the referral's `type`).
    static QString referralType(const QString &wire);
    /// The outcome words the service and this app write into statusReason ("Skipped", "Missed",
    /// "Expired") translated; a reason a person typed is shown as typed.
    static QString statusReason(const QString &wire);

    /// The country of an ISO 3166-1 alpha-2 code in the UI language ("DE" → "Germany", or
    /// "Deutschland" with the German translation installed); a code nobody knows as it came.
    static QString countryName(const QString &code);
    /// The name with its code, for where a person may need the code too: "Germany (DE)". Just
    /// the code when it has no name.
    static QString countryWithCode(const QString &code);
    /// Sorts country codes by their names in the UI language (locale-aware, not by code).
    static void sortCountries(QStringList &codes, const QLocale &locale = QLocale());

    /// Where a customer is and how big, as a card's line shows it: "Germany · 10–50 employees";
    /// either part may be missing.
    static QString place(const QString &countryCode, const QString &size);
};

} // namespace rd
