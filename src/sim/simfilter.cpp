#include "simfilter.h"

#include "domain/referraljson.h"

#include <QRegularExpression>

namespace rd::sim {

namespace {

bool same(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<QList<Clause>> parseFilter(
    const QString &filter, bool refuseTimes, QString *error)
{
    QList<Clause> out;
    if (filter.trimmed().isEmpty())
        return out;
    static const QRegularExpression andRe(
        QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clauseRe(
        QStringLiteral(R"(^\s*(\w+)\s+(eq|ne|ge|gt|le|lt)\s+(.+?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : filter.split(andRe)) {
        const QRegularExpressionMatch m = clauseRe.match(part);
        if (!m.hasMatch()) {
            *error = QStringLiteral("cannot read the filter clause \"%1\"").arg(part.trimmed());
            return std::nullopt;
        }
        QString value = m.captured(3);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\''))
            && value.endsWith(QLatin1Char('\'')))
            value
                = value.mid(1, value.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        const QString field = m.captured(1);
        static const QStringList known { QStringLiteral("updatedDateTime"),
            QStringLiteral("createdDateTime"), QStringLiteral("status"),
            QStringLiteral("substatus"), QStringLiteral("engagementId"), QStringLiteral("id"),
            QStringLiteral("type"), QStringLiteral("direction") };
        if (!known.contains(field, Qt::CaseInsensitive)) {
            *error = QStringLiteral("filtering on \"%1\" is not supported").arg(field);
            return std::nullopt;
        }
        const bool isTime = field.endsWith(QLatin1String("DateTime"), Qt::CaseInsensitive);
        if (isTime && refuseTimes) {
            // What the live service documents: filters on status, substatus, direction, type,
            // qualification, country and team only.
            *error = QStringLiteral("The query specified in the URI is not valid. Could not find "
                                    "a property named '%1' that can be filtered on.")
                         .arg(field);
            return std::nullopt;
        }
        if (isTime && !ReferralJson::parseInstant(value).isValid()) {
            *error = QStringLiteral("\"%1\" is not a date and time").arg(value);
            return std::nullopt;
        }
        if (!isTime && !same(m.captured(2), "eq") && !same(m.captured(2), "ne")) {
            *error = QStringLiteral("only eq and ne compare text");
            return std::nullopt;
        }
        out.append({ field, m.captured(2).toLower(), value });
    }
    return out;
}

bool matches(const QJsonObject &doc, const QList<Clause> &clauses)
{
    for (const Clause &c : clauses) {
        const QString actual = doc.value(c.field).toString();
        if (c.field.endsWith(QLatin1String("DateTime"), Qt::CaseInsensitive)) {
            const QDateTime a = ReferralJson::parseInstant(actual);
            const QDateTime b = ReferralJson::parseInstant(c.value);
            if (!a.isValid())
                return false;
            const bool ok = c.op == QLatin1String("eq") ? a == b
                : c.op == QLatin1String("ne")           ? a != b
                : c.op == QLatin1String("ge")           ? a >= b
                : c.op == QLatin1String("gt")           ? a > b
                : c.op == QLatin1String("le")           ? a <= b
                                                        : a < b;
            if (!ok)
                return false;
        } else {
            const bool equal = actual.compare(c.value, Qt::CaseInsensitive) == 0;
            if (equal != (c.op == QLatin1String("eq")))
                return false;
        }
    }
    return true;
}

} // namespace rd::sim
