#pragma once

#include "referral.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace rd {

/// Why a document could not be read as a referral.
struct ParseError
{
    enum class Code {
        None,
        NotJson, ///< the bytes are not a JSON document
        NotAnObject, ///< valid JSON, but not an object (an array, a number...)
        MissingId, ///< an object without a usable "id"
    };
    Code code = Code::None;
    QString message; ///< human-readable, names the problem
};

/// The outcome of parsing: a referral, or the error that prevented it. Fields that had the wrong
/// type were read as missing; each is named in warnings.
struct ParseResult
{
    std::optional<Referral> referral;
    ParseError error;
    QStringList warnings;

    bool ok() const { return referral.has_value(); }
};

/// Maps the remote's JSON (docs/remote-api.md) to Referral and back. Liberal: missing fields,
/// nulls, numbers sent as text, 0-7 fractional second digits and unknown enum values are all
/// accepted.
namespace ReferralJson {

ParseResult parse(const QByteArray &document);
ParseResult fromObject(const QJsonObject &object);

/// ISO-8601 instant with 0-7 fractional digits and "Z", an offset, or no zone (read as UTC).
/// Returns an invalid QDateTime for anything else, and for the remote's "0001-01-01" null marker.
QDateTime parseInstant(const QString &text);
/// The form the remote uses: UTC, "Z", milliseconds only when not zero.
QString formatInstant(const QDateTime &instant);

} // namespace ReferralJson

} // namespace rd
