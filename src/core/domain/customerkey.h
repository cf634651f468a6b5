#pragma once

#include <QString>

namespace rd {

/// Who a customer is, as a key two referrals share when they come from the same organisation
/// (issue 18, "the same customer again"). Customers write their own name on each request, so the
/// same company arrives as "Contoso GmbH", "CONTOSO gmbh" and "Contoso"; the key sees through
/// case, accents, spacing and punctuation, and through legal forms (GmbH, Ltd, S.A.,
/// 株式会社, ООО…), and nothing else: "Contoso Pharma" and "Contoso Pharmacy" stay apart.
namespace CustomerKey {

/// The key of a customer's name; empty when nothing is left (a name that is only a legal form).
QString ofName(const QString &name);

/// The organisation's mail domain ("contoso.de" of "anna@Contoso.de"), lower case; empty for
/// an address without one and for public mail services (gmail.com, outlook.com, qq.com…),
/// which say nothing about who the customer is.
QString ofEmail(const QString &email);

} // namespace CustomerKey

} // namespace rd
