#include "documentcodec.h"

#include <QtEndian>

#include <zlib.h>

namespace rd::DocumentCodec {

namespace {

// Never change these bytes: every stored document names them by their Adler-32, and a
// different dictionary could not inflate what was deflated with this one. A new dictionary
// needs a new format and must keep reading this one (inflate() says which one it needs).
// Structure only: keys and the values of the service's enumerations, nothing of one partner.
constexpr char kDictionary[] =
    "\"Customer chose another partner\",\"Declined\",\"Expired\",\"Missed\",\"Skipped\",\"Won\",\"Lost"
    "\",\"Accepted\",\"Pending\",\"Received\",\"Active\",\"Closed\",\"New\",\"MarketingQualified\",\"Sale"
    "sQualified\",\"Independent\",\"Shared\",\"Outgoing\",\"1to9employees\",\"10to50employees\",\"51t"
    "o250employees\",\"251to1000employees\",\"1001to5000employees\",\"5001to10000employees\",\"10"
    "000plusemployees\",\"North America\",\"Europe\",\"Asia Pacific\",\"Latin America\",\"Middle Ea"
    "st and Africa\",\"Industry\",\"Product\",\"Solution\",\"Service\",\"Azure\",\"Microsoft 365\",\"Dy"
    "namics 365\",\"Power BI\",\"Teams\",\"Intune\",\"Defender\",\"Security\",\"Migration\",\"Modern Wo"
    "rk\",{\"acceptedDateTime\":null,\"closedDateTime\":null,\"consent\":{\"consentToContact\":tru"
    "e,\"consentToShareReferralWithMicrosoftSellers\":false},\"createdDateTime\":\"2026-01-01T"
    "00:00:00.000Z\",\"customerProfile\":{\"address\":{\"addressLine1\":\"\",\"addressLine2\":\"\",\"ci"
    "ty\":\"\",\"country\":\"US\",\"postalCode\":\"\",\"region\":\"\",\"state\":\"\"},\"ids\":[],\"name\":\"\",\"si"
    "ze\":\"\",\"team\":[{\"contactPreference\":{\"disableNotifications\":false,\"locale\":\"en-US\"},"
    "\"email\":\"\",\"firstName\":\"\",\"lastName\":\"\",\"phoneNumber\":\"+1 \",\"title\":\"\"}]},\"details\":"
    "{\"closingDateTime\":null,\"currency\":\"USD\",\"dealValue\":null,\"notes\":\"\",\"requirements\":"
    "{\"industries\":[{\"id\":\"\",\"name\":\"\",\"type\":\"Industry\"}],\"products\":[{\"id\":\"\",\"name\":\"\""
    ",\"type\":\"Product\"}],\"services\":[],\"solutions\":[{\"id\":\"\",\"name\":\"\",\"type\":\"Solution\"}"
    "]}},\"direction\":\"Incoming\",\"eTag\":\"W/\\\"datetime'2026-01-01T00:00:00.000Z'\\\"\",\"engage"
    "mentId\":\"\",\"expirationDateTime\":null,\"externalReferenceId\":null,\"id\":\"\",\"inviteConte"
    "xt\":{\"invitedBy\":{},\"notes\":\"\"},\"name\":\"\",\"organizationId\":\"\",\"organizationName\":\"\","
    "\"qualification\":\"MarketingQualified\",\"status\":\"New\",\"statusReason\":null,\"substatus\":"
    "\"Pending\",\"target\":[],\"team\":[],\"type\":\"Independent\",\"updatedDateTime\":\"2026-01-01T0"
    "0:00:00.000Z\"}";
constexpr uInt kDictionarySize = sizeof(kDictionary) - 1;

constexpr quint32 kMaxLength = 64u << 20; // no stored document comes near 64 MB

/// One zlib stream per thread, reset for each document: making one allocates about 256 KB,
/// which cost more than deflating a 2 KB document.
struct Deflater
{
    z_stream stream {};
    bool ready = deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15, 8,
                     Z_DEFAULT_STRATEGY)
        == Z_OK;
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
};

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
    thread_local Deflater d;
    z_stream &s = d.stream;
    if (!d.ready || json.isEmpty() || quint32(json.size()) >= kMaxLength
        || deflateReset(&s) != Z_OK
        || deflateSetDictionary(&s, reinterpret_cast<const Bytef *>(kDictionary),
               kDictionarySize)
            != Z_OK)
        return {};
    QByteArray out(4 + qsizetype(deflateBound(&s, uLong(json.size()))), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), out.data());
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(json.constData()));
    s.avail_in = uInt(json.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
    s.avail_out = uInt(out.size() - 4);
    if (deflate(&s, Z_FINISH) != Z_STREAM_END)
        return {};
    out.resize(4 + qsizetype(s.total_out));
    return out;
}

QByteArray unpack(const QByteArray &packed)
{
    thread_local Inflater i;
    z_stream &s = i.stream;
    if (!i.ready || packed.size() < 6 || inflateReset(&s) != Z_OK)
        return {};
    const quint32 length = qFromBigEndian<quint32>(packed.constData());
    // Deflate shrinks by at most 1032 to 1: a damaged length asks for no more than that.
    if (length == 0 || length >= kMaxLength || length > quint64(packed.size()) * 1032)
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData() + 4));
    s.avail_in = uInt(packed.size() - 4);
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(length);
    int result = inflate(&s, Z_FINISH);
    if (result == Z_NEED_DICT) {
        // Only ours: zlib refuses another dictionary's document (its Adler-32 differs).
        if (inflateSetDictionary(&s, reinterpret_cast<const Bytef *>(kDictionary), kDictionarySize)
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
