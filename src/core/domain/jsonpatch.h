#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace rd {

/// The subset of JSON Patch (RFC 6902) the Referrals API accepts: "add" and "replace" on object
/// members addressed by JSON Pointer (RFC 6901). The client builds patches with it and the
/// simulator applies them with it, so both read the same rules.
namespace JsonPatch {

QJsonObject replace(const QString &path, const QJsonValue &value);
QJsonObject add(const QString &path, const QJsonValue &value);

/// Applies the operations in order to a copy of document. On failure returns false, leaves
/// document untouched and says why in error.
bool apply(QJsonObject &document, const QJsonArray &patch, QString *error = nullptr);

/// Reads a pointer such as "/details/dealValue" (with ~0 and ~1 escapes) into its tokens.
bool parsePointer(const QString &pointer, QStringList *tokens);

} // namespace JsonPatch

} // namespace rd
