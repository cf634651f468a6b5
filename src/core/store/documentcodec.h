#pragma once

#include <QByteArray>

namespace rd::DocumentCodec {

/// A referral's document as the store keeps it since format 20: the compact JSON's length (four
/// bytes, big-endian) and one zstd frame of the JSON packed with a dictionary of the document's
/// shape (Dictionary: its keys, in the order QJsonDocument writes them, the values the service's
/// enumerations take, and how often each occurs). A document of about 2 KB of text is kept in
/// about 630 bytes. Formats 17 to 19 deflated it (zlib) with the same text as preset dictionary
/// after the same length: a small document has little to refer back to but the dictionary.
/// Empty when zstd failed (the caller then keeps the text).
QByteArray pack(const QByteArray &json);
/// The JSON of a packed document, zstd's or zlib's (also one deflated without the dictionary,
/// as qCompress does); empty when `packed` does not unpack to the length it gives, or holds
/// more than it (a damaged copy).
QByteArray unpack(const QByteArray &packed);

} // namespace rd::DocumentCodec
