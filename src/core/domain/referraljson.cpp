#include "referraljson.h"

#include "clock.h"
#include "money.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcReferralJson, "rd.domain.json")

namespace rd {

namespace {

/// Reads the fields of one JSON object, tolerating every kind of malformed optional field and
/// remembering which ones were wrong so the caller can say so.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QStringList *warnings)
        : m_object(object)
        , m_path(std::move(path))
        , m_warnings(warnings)
    {
    }

    QString text(const char *key) const
    {
        const QJsonValue v = value(key);
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return {};
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Double:
            // An identifier sent as a number is still that identifier.
            return QString::number(v.toDouble(), 'g', 17);
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            warn(key, "text");
            return {};
        }
    }

    QDateTime instant(const char *key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isString()) {
            warn(key, "a date and time");
            return {};
        }
        const QString raw = v.toString().trimmed();
        if (raw.isEmpty())
            return {};
        const QDateTime parsed = ReferralJson::parseInstant(raw);
        if (!parsed.isValid() && !raw.startsWith(QLatin1String("0001-01-01")))
            warn(key, "a date and time");
        return parsed;
    }

    /// A deal value in the currency's minor units, read exactly (Money::fromJson). More decimals
    /// than the currency has (1 301 000.50 JPY) are rounded to its units, and said; amounts
    /// beyond what a deal can be are read as missing.
    std::optional<MinorUnits> amount(const char *key, const QString &currency) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        const Money::Decimal d = Money::fromJson(v, currency);
        if (d.outOfRange) {
            warn(key, "an amount in range");
            return std::nullopt;
        }
        if (!d.value) {
            warn(key, "a number");
            return std::nullopt;
        }
        if (d.rounded) {
            tell(QStringLiteral("field \"%1\" has more decimals than %2 has; rounded to %3")
                     .arg(child(key), currency.isEmpty() ? QStringLiteral("a currency") : currency,
                         Money::toDecimal(*d.value, currency)));
        }
        return d.value;
    }

    std::optional<bool> boolean(const char *key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (v.isBool())
            return v.toBool();
        if (v.isString()) {
            const QString s = v.toString().trimmed();
            if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return true;
            if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return false;
        }
        warn(key, "true or false");
        return std::nullopt;
    }

    Reader object(const char *key) const
    {
        const QJsonValue v = value(key);
        if (!v.isObject() && !v.isNull() && !v.isUndefined())
            warn(key, "an object");
        return Reader(v.toObject(), child(key), m_warnings);
    }

    template<typename T, typename Fn> QList<T> list(const char *key, Fn readOne) const
    {
        const QJsonValue v = value(key);
        QList<T> out;
        if (v.isNull() || v.isUndefined())
            return out;
        if (!v.isArray()) {
            warn(key, "a list");
            return out;
        }
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath
                = child(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!array.at(i).isObject()) {
                warnAt(itemPath, "an object");
                continue;
            }
            out.append(readOne(Reader(array.at(i).toObject(), itemPath, m_warnings)));
        }
        return out;
    }

private:
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    QString child(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key)
                                : m_path + QLatin1Char('.') + QLatin1String(key);
    }

    void warn(const char *key, const char *expected) const { warnAt(child(key), expected); }

    void warnAt(const QString &field, const char *expected) const
    {
        tell(QStringLiteral("field \"%1\" is not %2; read as missing")
                 .arg(field, QLatin1String(expected)));
    }

    void tell(const QString &message) const
    {
        qCWarning(lcReferralJson).noquote() << message;
        if (m_warnings)
            m_warnings->append(message);
    }

    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
};

Contact readContact(const Reader &r)
{
    Contact c;
    c.firstName = r.text("firstName");
    c.lastName = r.text("lastName");
    c.email = r.text("email");
    c.phoneNumber = r.text("phoneNumber");
    c.title = r.text("title");
    const Reader pref = r.object("contactPreference");
    c.locale = pref.text("locale");
    c.disableNotifications = pref.boolean("disableNotifications");
    return c;
}

Solution readSolution(const Reader &r)
{
    return Solution { r.text("id"), r.text("name"), r.text("type") };
}

} // namespace

namespace ReferralJson {

QDateTime parseInstant(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)"
        R"(\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    if (year <= 1)
        return {}; // "0001-01-01T00:00:00" is how some Partner Center fields say "no date"
    const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
    // Keep milliseconds; the remote's extra digits (up to 100 ns) are below what anyone sees.
    const QString fraction = (m.captured(7) + QStringLiteral("000")).left(3);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
        m.captured(6).isEmpty() ? 0 : m.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};

    int offsetSecs = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return {};
        offsetSecs = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return utcDateTime(date, time).addSecs(-offsetSecs);
}

QString formatInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const QDateTime utc = instant.toUTC();
    return utc.toString(utc.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                          : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

ParseResult parse(const QByteArray &document)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &jsonError);
    ParseResult result;
    if (jsonError.error != QJsonParseError::NoError) {
        result.error = { ParseError::Code::NotJson,
            QStringLiteral("not a JSON document: %1 at offset %2")
                .arg(jsonError.errorString())
                .arg(jsonError.offset) };
        return result;
    }
    if (!doc.isObject()) {
        result.error = { ParseError::Code::NotAnObject,
            QStringLiteral("expected a JSON object for a referral, got %1")
                .arg(
                    doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a plain value")) };
        return result;
    }
    return fromObject(doc.object());
}

ParseResult fromObject(const QJsonObject &object)
{
    ParseResult result;
    const Reader r(object, QString(), &result.warnings);

    Referral ref;
    ref.id = r.text("id").trimmed();
    if (ref.id.isEmpty()) {
        result.error = { ParseError::Code::MissingId,
            QStringLiteral("the referral has no \"id\" (the key every copy is "
                           "matched by); it cannot be stored") };
        return result;
    }
    ref.engagementId = r.text("engagementId");
    ref.name = r.text("name");
    ref.organizationId = r.text("organizationId");
    ref.organizationName = r.text("organizationName");
    ref.externalReferenceId = r.text("externalReferenceId");
    ref.createdDateTime = r.instant("createdDateTime");
    ref.updatedDateTime = r.instant("updatedDateTime");
    ref.expirationDateTime = r.instant("expirationDateTime");
    ref.acceptedDateTime = r.instant("acceptedDateTime");
    ref.closedDateTime = r.instant("closedDateTime");
    ref.status = r.text("status");
    ref.substatus = r.text("substatus");
    ref.statusReason = r.text("statusReason");
    ref.type = r.text("type");
    ref.qualification = r.text("qualification");
    ref.direction = r.text("direction");
    ref.eTag = r.text("eTag");

    const Reader profile = r.object("customerProfile");
    ref.customerProfile.name = profile.text("name");
    ref.customerProfile.size = profile.text("size");
    const Reader address = profile.object("address");
    ref.customerProfile.address = Address { address.text("addressLine1"),
        address.text("addressLine2"), address.text("city"), address.text("state"),
        address.text("postalCode"), address.text("country"), address.text("region") };
    ref.customerProfile.team = profile.list<Contact>("team", readContact);
    ref.customerProfile.ids = profile.list<ProfileId>("ids", [](const Reader &id) {
        return ProfileId { id.text("profileType"), id.text("id") };
    });

    const Reader consent = r.object("consent");
    ref.consent.consentToContact = consent.boolean("consentToContact");
    ref.consent.consentToShareReferralWithMicrosoftSellers
        = consent.boolean("consentToShareReferralWithMicrosoftSellers");

    const Reader details = r.object("details");
    ref.details.notes = details.text("notes");
    // The currency first: it says how many decimals the value has.
    ref.details.currency = details.text("currency").trimmed().toUpper();
    ref.details.dealValue = details.amount("dealValue", ref.details.currency);
    ref.details.closingDateTime = details.instant("closingDateTime");
    const Reader req = details.object("requirements");
    ref.details.requirements = Requirements { req.list<Solution>("industries", readSolution),
        req.list<Solution>("products", readSolution), req.list<Solution>("services", readSolution),
        req.list<Solution>("solutions", readSolution) };

    ref.team = r.list<Contact>("team", readContact);
    const Reader invite = r.object("inviteContext");
    ref.inviteContext.notes = invite.text("notes");
    const Reader invitedBy = invite.object("invitedBy");
    ref.inviteContext.invitedByOrganizationId = invitedBy.text("organizationId");
    ref.inviteContext.invitedByOrganizationName = invitedBy.text("organizationName");
    ref.target = r.list<Target>("target", [](const Reader &t) {
        return Target { t.text("type"), t.text("id") };
    });

    ref.raw = object;
    if (ref.stage() == Stage::New || ref.stage() == Stage::Evaluating)
        ref.lastOpenSubstatus = ref.substatus;
    if (ref.stage() == Stage::Evaluating)
        ref.interestedDateTime = ref.updatedDateTime;

    result.referral = std::move(ref);
    return result;
}

} // namespace ReferralJson

} // namespace rd
