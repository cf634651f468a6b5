#pragma once

#include <cstddef>

// The dictionaries every stored document is packed with (DocumentCodec). Never change these
// bytes: a document packed with them cannot be read with others. A new dictionary needs a new
// format, and the codec must keep reading what the old one packed.
namespace rd::DocumentCodec::Dictionary {

// The bytes as they were made, one line of the text or 12 bytes at a time:
// clang-format off

/// What documents have in common, as text: their keys, in the order QJsonDocument writes them,
/// and the values of the service's enumerations; structure only, nothing of one partner. zlib's
/// preset dictionary (formats 17 to 19, named in each stream by its Adler-32) and the content of
/// zstd's (format 20).
inline constexpr char kContent[] =
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
inline constexpr std::size_t kContentSize = sizeof(kContent) - 1;

/// The header zstd's dictionary puts before that content (format 20): its id and its entropy
/// tables, which tell zstd how often each byte, length and offset occurs in such documents, so
/// that even a short document is coded compactly from its first byte. Made once by
/// tests/tools/make_document_dictionary.cpp (ZDICT_finalizeDictionary, the statistics of 2 000
/// simulator documents of seed 1, none of them stored in it).
inline constexpr unsigned char kZstdHeader[] = {
    0x37, 0xa4, 0x30, 0xec, 0x30, 0x32, 0x44, 0x52, 0x4c, 0x10, 0x88, 0x55,
    0x53, 0x1d, 0x00, 0x00, 0x00, 0xcc, 0x00, 0x0e, 0xb0, 0xbc, 0x8b, 0x74,
    0x75, 0x2a, 0x18, 0x0d, 0x33, 0xb1, 0xee, 0xeb, 0xba, 0xf7, 0x3f, 0x4f,
    0x17, 0xc7, 0xda, 0x32, 0x54, 0x84, 0x20, 0x19, 0xff, 0xff, 0xfd, 0x4e,
    0x28, 0x34, 0x91, 0x92, 0x4a, 0x59, 0xfb, 0xb3, 0xd8, 0x67, 0xba, 0x4f,
    0xc4, 0xf1, 0x0e, 0xc5, 0xe3, 0x1e, 0x1a, 0x0a, 0x5d, 0xd4, 0xcc, 0x4a,
    0xb6, 0xbb, 0x84, 0xda, 0xb4, 0x55, 0xae, 0x77, 0x57, 0x55, 0x55, 0x13,
    0x04, 0xe3, 0x00, 0x00, 0x00, 0x08, 0x88, 0x86, 0x22, 0xc1, 0x58, 0xb6,
    0x0b, 0x00, 0x04, 0x00, 0x80, 0x90, 0x97, 0x0f, 0x8b, 0x0c, 0x1a, 0x8a,
    0x11, 0x47, 0xa4, 0xf1, 0x30, 0x1c, 0x1a, 0x84, 0xc1, 0x81, 0x00, 0x38,
    0x14, 0x0a, 0x83, 0x40, 0x06, 0x00, 0x50, 0x0c, 0x00, 0x30, 0x16, 0xa5,
    0x28, 0x59, 0x58, 0x00, 0x00, 0x00, 0xc4, 0xaf, 0xa3, 0x01, 0x3a, 0x68,
    0x1e, 0x0a, 0x07, 0x22, 0x51, 0x90, 0xc1, 0x38, 0x16, 0xa3, 0x18, 0x8c,
    0xd1, 0x8d, 0x1d, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x04, 0x00,
    0x00, 0x00, 0x08, 0x00, 0x00, 0x00,
};

// clang-format on

} // namespace rd::DocumentCodec::Dictionary
