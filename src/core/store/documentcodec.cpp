#include "documentcodec.h"

#include "documentdictionary.h"

#include <QtEndian>
#include <cstring>
#include <zlib.h>
#include <zstd.h>

namespace rd::DocumentCodec {

namespace {

constexpr quint32 kMaxLength = 64u << 20; // no stored document comes near 64 MB

// Format 20's documents: zstd at its fastest level with the dictionary (documentdictionary.h).
// Level 1 with the dictionary's statistics packs a simulator document in about 5 µs to 630
// bytes, where zlib took 34 µs for 660: a first sync packs every referral of the history.
constexpr int kLevel = 1;
constexpr char kZstdMagic[] = { '\x28', '\xb5', '\x2f', '\xfd' };
// A zstd block of at most 128 KB takes at least 4 bytes: a damaged length asks for no more.
constexpr quint64 kZstdMaxRatio = (128 << 10) / 4;

/// The dictionary zstd is given: the header its statistics are in, then the content.
const QByteArray &zstdDictionary()
{
    static const QByteArray bytes
        = QByteArray(reinterpret_cast<const char *>(Dictionary::kZstdHeader),
              sizeof(Dictionary::kZstdHeader))
        + QByteArray::fromRawData(Dictionary::kContent, qsizetype(Dictionary::kContentSize));
    return bytes;
}

/// Read-only once made, so every thread shares them (zstd allows that).
ZSTD_CDict *packingDictionary()
{
    static ZSTD_CDict *const dictionary
        = ZSTD_createCDict(zstdDictionary().constData(), size_t(zstdDictionary().size()), kLevel);
    return dictionary;
}

ZSTD_DDict *unpackingDictionary()
{
    static ZSTD_DDict *const dictionary
        = ZSTD_createDDict(zstdDictionary().constData(), size_t(zstdDictionary().size()));
    return dictionary;
}

/// One context per thread, kept: making one costs more than packing a 2 KB document. The frame
/// carries neither the length (stored before it) nor a checksum (SQLite checks its pages) nor
/// the dictionary's id (4 bytes more each): a frame without one was packed with this dictionary,
/// so a later one can be told apart by naming its id in its frames (ZSTD_getDictID_fromFrame).
struct Packer
{
    ZSTD_CCtx *context = ZSTD_createCCtx();
    bool ready = context && packingDictionary()
        && !ZSTD_isError(ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0))
        && !ZSTD_isError(ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 0))
        && !ZSTD_isError(ZSTD_CCtx_setParameter(context, ZSTD_c_dictIDFlag, 0))
        && !ZSTD_isError(ZSTD_CCtx_refCDict(context, packingDictionary()));
    ~Packer() { ZSTD_freeCCtx(context); }
};

struct Unpacker
{
    ZSTD_DCtx *context = ZSTD_createDCtx();
    ~Unpacker() { ZSTD_freeDCtx(context); }
};

/// Formats 17 to 19: zlib with the content as its preset dictionary.
struct Inflater
{
    z_stream stream {};
    bool ready = inflateInit(&stream) == Z_OK;
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

} // namespace

QByteArray pack(const QByteArray &json)
{
    thread_local Packer p;
    if (!p.ready || json.isEmpty() || quint32(json.size()) >= kMaxLength)
        return {};
    QByteArray out(4 + qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), out.data());
    const size_t size = ZSTD_compress2(
        p.context, out.data() + 4, size_t(out.size() - 4), json.constData(), size_t(json.size()));
    if (ZSTD_isError(size))
        return {};
    out.resize(4 + qsizetype(size));
    return out;
}

namespace {

QByteArray unpackZstd(const char *frame, size_t size, quint32 length)
{
    thread_local Unpacker u;
    if (!u.context || !unpackingDictionary() || length > quint64(size) * kZstdMaxRatio
        || ZSTD_findFrameCompressedSize(frame, size) != size) // one frame, nothing after it
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    const size_t made = ZSTD_decompress_usingDDict(
        u.context, out.data(), length, frame, size, unpackingDictionary());
    if (ZSTD_isError(made) || made != length)
        return {};
    return out;
}

} // namespace

QByteArray unpack(const QByteArray &packed)
{
    if (packed.size() < 6)
        return {};
    const quint32 length = qFromBigEndian<quint32>(packed.constData());
    if (length == 0 || length >= kMaxLength)
        return {};
    // A zlib stream never starts with zstd's magic number (its header's check bits differ).
    if (packed.size() > 8 && std::memcmp(packed.constData() + 4, kZstdMagic, 4) == 0)
        return unpackZstd(packed.constData() + 4, size_t(packed.size() - 4), length);
    thread_local Inflater i;
    z_stream &s = i.stream;
    if (!i.ready || inflateReset(&s) != Z_OK)
        return {};
    // Deflate shrinks by at most 1032 to 1: a damaged length asks for no more than that.
    if (length > quint64(packed.size()) * 1032)
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData() + 4));
    s.avail_in = uInt(packed.size() - 4);
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(length);
    int result = inflate(&s, Z_FINISH);
    if (result == Z_NEED_DICT) {
        // Only ours: zlib refuses another dictionary's document (its Adler-32 differs).
        if (inflateSetDictionary(&s, reinterpret_cast<const Bytef *>(Dictionary::kContent),
                uInt(Dictionary::kContentSize))
            != Z_OK)
            return {};
        result = inflate(&s, Z_FINISH);
    }
    // Exactly the length it gave, and nothing after the stream's end.
    if (result != Z_STREAM_END || s.total_out != length || s.avail_in != 0)
        return {};
    return out;
}

} // namespace rd::DocumentCodec
