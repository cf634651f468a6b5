#pragma once

// How the store writes values into SQLite columns and reads them back; shared by the table
// classes. Internal to core/store.

#include "documentcodec.h"
#include "domain/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace rd::sql {

/// Instants are stored as milliseconds since the epoch (UTC); NULL when unknown.
inline QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : utcFromMSecsSinceEpoch(v.toLongLong());
}

/// Text for a NOT NULL column: a null string is stored as "".
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

/// Text for a nullable column: a null string is stored as NULL.
inline QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// Longer text for a NOT NULL column as format 18 stores a referral's notes: packed (UTF-8,
/// DocumentCodec) where that is shorter, a BLOB; text otherwise. The notes were the largest
/// column, 430 bytes a referral of the simulator's.
inline QVariant packedText(const QString &s)
{
    if (s.size() < 64)
        return text(s);
    const QByteArray utf8 = s.toUtf8();
    QByteArray packed = DocumentCodec::pack(utf8);
    return packed.isEmpty() || packed.size() >= utf8.size() ? text(s) : QVariant(packed);
}

/// Text stored by packedText() or as text: empty when a BLOB does not unpack (damaged).
inline QString storedText(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    return QString::fromUtf8(DocumentCodec::unpack(stored.toByteArray()));
}

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/// The object stored as text; `ok` is false when the text is not a JSON object.
inline QJsonObject parseObject(const QString &json, bool *ok = nullptr)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

/// A referral's document as format 17 stores it: compact JSON, packed (DocumentCodec), about
/// a third of the text, which most of a row was. The text itself should packing ever fail.
/// packedJson() takes the JSON as received (ListElements), packedDocument() writes it first.
inline QVariant packedJson(const QByteArray &json)
{
    const QByteArray packed = DocumentCodec::pack(json);
    return packed.isEmpty() ? QVariant(QString::fromUtf8(json)) : QVariant(packed);
}

inline QVariant packedDocument(const QJsonObject &o)
{
    return packedJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// A stored document, compressed (a BLOB, format 17) or text (written before): `ok` is false
/// when it is neither a compressed nor a plain JSON object (a damaged copy).
inline QJsonObject parseDocument(const QVariant &stored, bool *ok = nullptr)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return parseObject(stored.toString(), ok);
    const QByteArray json = DocumentCodec::unpack(stored.toByteArray());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (ok)
        *ok = !json.isEmpty() && error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

/// SQLite's limit on the variables of one statement, with room to spare.
constexpr qsizetype kMaxVariables = 500;

/// `ids` in pieces small enough for one `IN (...)` each.
inline QList<QStringList> chunked(const QStringList &ids)
{
    QList<QStringList> out;
    for (qsizetype from = 0; from < ids.size(); from += kMaxVariables)
        out.append(ids.mid(from, kMaxVariables));
    return out;
}

/// "?,?,?" for an `IN (...)` of `n` values.
inline QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace rd::sql
