#include "jsonpatch.h"

namespace rd::JsonPatch {

namespace {

QJsonObject operation(const char *op, const QString &path, const QJsonValue &value)
{
    return QJsonObject { { QStringLiteral("op"), QLatin1String(op) },
        { QStringLiteral("path"), path }, { QStringLiteral("value"), value } };
}

// Sets tokens[depth..] inside object. "replace" needs the member to exist, "add" its parent.
bool setAt(QJsonObject &object, const QStringList &tokens, qsizetype depth, const QJsonValue &value,
    bool mustExist, QString *error)
{
    const QString &key = tokens.at(depth);
    if (depth == tokens.size() - 1) {
        if (mustExist && !object.contains(key)) {
            *error = QStringLiteral("\"%1\" does not exist (replace needs an existing member)")
                         .arg(key);
            return false;
        }
        object.insert(key, value);
        return true;
    }
    const QJsonValue child = object.value(key);
    if (!child.isObject()) {
        *error = QStringLiteral("\"%1\" is not an object").arg(key);
        return false;
    }
    QJsonObject inner = child.toObject();
    if (!setAt(inner, tokens, depth + 1, value, mustExist, error))
        return false;
    object.insert(key, inner);
    return true;
}

} // namespace

QJsonObject replace(const QString &path, const QJsonValue &value)
{
    return operation("replace", path, value);
}

QJsonObject add(const QString &path, const QJsonValue &value)
{
    return operation("add", path, value);
}

bool parsePointer(const QString &pointer, QStringList *tokens)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return false;
    tokens->clear();
    const QStringList parts = pointer.mid(1).split(QLatin1Char('/'));
    for (QString part : parts) {
        part.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        tokens->append(part);
    }
    return true;
}

bool apply(QJsonObject &document, const QJsonArray &patch, QString *error)
{
    QString scratch;
    QString &why = error ? *error : scratch;
    QJsonObject result = document;
    for (qsizetype i = 0; i < patch.size(); ++i) {
        const QJsonObject op = patch.at(i).toObject();
        const QString name = op.value(QLatin1String("op")).toString();
        const QString path = op.value(QLatin1String("path")).toString();
        QStringList tokens;
        if (name != QLatin1String("add") && name != QLatin1String("replace")) {
            why = QStringLiteral("operation %1: \"%2\" is not supported (only add and replace)")
                      .arg(i)
                      .arg(name);
            return false;
        }
        if (!op.contains(QLatin1String("value"))) {
            why = QStringLiteral("operation %1: no value").arg(i);
            return false;
        }
        if (!parsePointer(path, &tokens) || tokens.isEmpty()) {
            why = QStringLiteral("operation %1: \"%2\" is not a JSON Pointer to a member")
                      .arg(i)
                      .arg(path);
            return false;
        }
        QString detail;
        if (!setAt(result, tokens, 0, op.value(QLatin1String("value")),
                name == QLatin1String("replace"), &detail)) {
            why = QStringLiteral("operation %1 (%2 %3): %4").arg(i).arg(name, path, detail);
            return false;
        }
    }
    document = result;
    return true;
}

} // namespace rd::JsonPatch
