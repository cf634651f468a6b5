#pragma once

#include <QByteArray>

namespace rd::DocumentCodec {

/// A referral's document as the store keeps it since format 17: the compact JSON's length (four
/// bytes, big-endian) and the JSON deflated (zlib) with a preset dictionary of the document's
/// shape (its keys, in the order QJsonDocument writes them, and the values the service's
/// enumerations take). A document of about 2 KB of text is kept in about 650 bytes (1 100 with
/// zlib alone: a small document has little to refer back to but the dictionary). Empty when
/// zlib failed (the caller then keeps the text).
QByteArray pack(const QByteArray &json);
/// The JSON of a packed document (also of one packed without the dictionary, as qCompress
/// does); empty when `packed` does not inflate to the length it gives (a damaged copy).
QByteArray unpack(const QByteArray &packed);

} // namespace rd::DocumentCodec
