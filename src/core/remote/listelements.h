#pragma once

#include <QByteArrayList>

namespace rd {

/// The documents of a list page as the service sent them (issue 15: no re-serialising of what
/// was received as bytes). The JSON of a page is parsed once into values; the document a sync
/// stores for each referral is then the element's own bytes rather than the value written out
/// again, which took a tenth of a first sync's time.
namespace ListElements {

/// The bytes of each element of the top-level "value" array of `body` (a JSON object), in
/// order, with the white space outside strings left out. Nothing when `body` is not such an
/// object or cannot be split (unbalanced, unterminated): the caller writes the parsed values
/// out instead.
QByteArrayList of(const QByteArray &body);

} // namespace ListElements

} // namespace rd
