#pragma once

#include <QString>

namespace rd {

/// ISO 3166-1 country names from Debian's iso-codes, generated into countrynames.cpp by
/// scripts/country-names. The names are source texts in the translation context "CountryName":
/// QLocale names territories in English only, and iso-codes has their translations, which the
/// same script copies into translations/*.ts.
namespace CountryNames {

/// The English name of an alpha-2 code (any case), as iso-codes spells it and as it is looked up
/// in the translations; nullptr for a code that is not in ISO 3166-1.
const char *isoName(const QString &code);
/// How many countries the table holds.
int count();

} // namespace CountryNames

} // namespace rd
