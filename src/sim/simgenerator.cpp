#include "simgenerator.h"

#include "domain/clock.h"
#include "domain/money.h"
#include "domain/referraljson.h"

#include <QJsonArray>

namespace rd::sim {

namespace {

struct Place
{
    const char *country;
    const char *region;
    const char *cities[3];
    const char *locale;
};

// Customers read in their own script; the cities follow the country.
constexpr Place kPlaces[] = {
    { "US", "North America", { "Seattle", "Austin", "Chicago" }, "en-US" },
    { "DE", "Europe", { "München", "Köln", "Düsseldorf" }, "de-DE" },
    { "FR", "Europe", { "Lyon", "Marseille", "Besançon" }, "fr-FR" },
    { "JP", "Asia Pacific", { "東京", "大阪", "名古屋" }, "ja-JP" },
    { "CN", "Asia Pacific", { "北京", "上海", "深圳" }, "zh-CN" },
    { "RU", "Europe", { "Москва", "Казань", "Новосибирск" }, "ru-RU" },
    { "EG", "Middle East and Africa", { "القاهرة", "الإسكندرية", "الجيزة" }, "ar-EG" },
    { "SA", "Middle East and Africa", { "الرياض", "جدة", "الدمام" }, "ar-SA" },
    { "BR", "Latin America", { "São Paulo", "Curitiba", "Recife" }, "pt-BR" },
    { "IN", "Asia Pacific", { "Bengaluru", "Pune", "Hyderabad" }, "en-IN" },
    { "GB", "Europe", { "Manchester", "Leeds", "Bristol" }, "en-GB" },
    { "KR", "Asia Pacific", { "서울", "부산", "인천" }, "ko-KR" },
};

constexpr const char *kCustomerByLocale[][4] = {
    { "en-US", "Contoso Pharmacy", "Tailspin Logistics", "Lakeshore Dental Group" },
    { "de-DE", "Müller & Söhne GmbH", "Bäckerei Weiß", "Nordlicht Versicherung AG" },
    { "fr-FR", "Boulangerie Étoile", "Atelier Côté Jardin", "Groupe Hôtelier Lumière" },
    { "ja-JP", "株式会社さくら物流", "山田製作所", "東和システム株式会社" },
    { "zh-CN", "北京智联科技有限公司", "上海海洋贸易", "深圳未来医疗" },
    { "ru-RU", "ООО «Северный ветер»", "Торговый дом Волга", "Технопарк Сибирь" },
    { "ar-EG", "شركة النيل للتجارة", "مجموعة الأهرام الطبية", "مؤسسة الدلتا" },
    { "ar-SA", "شركة الرياض للحلول الرقمية", "مستشفى الواحة", "مجموعة نجد" },
    { "pt-BR", "Padaria Pão Dourado", "Construtora Ipê", "Clínica Saúde Viva" },
    { "en-IN", "Shakti Textiles Pvt Ltd", "Ganga Logistics", "Sunrise Hospitals" },
    { "en-GB", "Northwind Traders Ltd", "Thames Valley Accountants", "Pennine Outdoor" },
    { "ko-KR", "한빛소프트", "서울물류", "미래의료재단" },
};

constexpr const char *kFirstNames[] = { "Avery", "Jürgen", "Élodie", "Yuki", "Wei", "Ольга", "أحمد",
    "Fatima", "João", "Priya", "Oliver", "민준", "Sofía", "Kwame" };
constexpr const char *kLastNames[] = { "Howard", "Schäfer", "Dubois", "Tanaka", "Zhang", "Иванова",
    "حسن", "Al-Harbi", "Silva", "Iyer", "Bennett", "김", "García", "Mensah" };
constexpr const char *kSizes[] = { "1to9employees", "10to50employees", "51to250employees",
    "251to1000employees", "1001to5000employees", "5001to10000employees", "10000plusemployees" };
constexpr const char *kIndustries[] = { "Healthcare", "Retail", "Manufacturing",
    "Financial services", "Education", "Government", "Hospitality", "Logistics" };
constexpr const char *kProducts[] = { "Microsoft 365 E3", "Microsoft 365 Business Premium",
    "Azure Virtual Desktop", "Dynamics 365 Sales", "Microsoft Teams Phone", "Azure SQL Database",
    "Microsoft Intune", "Power BI Pro", "Microsoft Defender for Business", "Azure OpenAI Service" };
constexpr const char *kSolutions[] = { "Modern Work Migration", "Secure Remote Work",
    "Cloud Data Platform", "Contact Center Modernisation", "Copilot Readiness" };
constexpr const char *kNeeds[] = {
    "We need help moving our stores to Teams and Intune before the end of the quarter.",
    "Looking for a partner to migrate 40 TB of file shares to SharePoint.",
    "Our on-premises SQL servers are out of support; we want a plan for Azure.",
    "Please call us about Dynamics 365 for our field sales team (25 people).",
    "Wir suchen Unterstützung bei der Einführung von Microsoft 365 für 120 Mitarbeitende.",
    "Nous souhaitons sécuriser les postes de nos agences avec Defender.",
    "社内のファイルサーバーをクラウドへ移行したいと考えています。",
    "我们希望在下个月之前完成 Azure 虚拟桌面的试点。",
    "Нужна помощь с переходом на Microsoft 365 и обучением сотрудников.",
    "نرغب في نقل أنظمة المحاسبة إلى Azure مع دعم اللغة العربية.",
    "Queremos um parceiro para implantar Power BI em todas as filiais.",
    "<b>Urgent</b>: need a quote this week & a call with your architect.",
};

} // namespace

Generator::Generator(quint32 seed)
    : m_state(seed ? seed : 0x9E3779B9u)
{
}

quint32 Generator::nextRandom()
{
    // xorshift32: tiny, fast, and the same on every platform (std distributions are not).
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

QString Generator::uuid()
{
    const quint32 a = nextRandom(), b = nextRandom(), c = nextRandom(), d = nextRandom();
    return QStringLiteral("%1-%2-4%3-%4-%5%6")
        .arg(a, 8, 16, QLatin1Char('0'))
        .arg(b >> 16, 4, 16, QLatin1Char('0'))
        .arg(b & 0xFFF, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | (c >> 18), 4, 16, QLatin1Char('0'))
        .arg(c & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(d, 8, 16, QLatin1Char('0'));
}

QJsonObject Generator::next(const QDateTime &now)
{
    ++m_serial;
    const int placeIndex = bounded(int(std::size(kPlaces)));
    const Place &place = kPlaces[placeIndex];
    const char *const *customers = kCustomerByLocale[placeIndex];
    QString customer = QString::fromUtf8(customers[1 + bounded(3)]);
    const QString city = QString::fromUtf8(place.cities[bounded(3)]);
    // Most customers ask once (a store number keeps them apart); one referral in ten comes from
    // a customer of its country who asked before (issue 18, "Also from this customer"), written
    // as customers do: as it is, in capitals, or under its group's other name with the same
    // company mail domain. No extra random draw: the rest of the data stays as it was.
    const bool recurring = m_serial % 10 == 0;
    QString mailDomain = QStringLiteral("customer%1.example").arg(m_serial);
    if (recurring) {
        const int variant = int(m_serial / 10) % 3;
        customer = QString::fromUtf8(customers[variant == 2 ? 3 : 1]);
        if (variant == 1)
            customer = customer.toUpper();
        mailDomain
            = QStringLiteral("%1.example").arg(QString::fromLatin1(place.country).toLower());
    } else {
        customer = QStringLiteral("%1 %2").arg(customer).arg(m_serial);
    }

    auto contact = [this, &place, &mailDomain] {
        const QString first = QString::fromUtf8(pick(kFirstNames));
        const QString last = QString::fromUtf8(pick(kLastNames));
        return QJsonObject {
            { QStringLiteral("firstName"), first },
            { QStringLiteral("lastName"), last },
            { QStringLiteral("email"), QStringLiteral("contact%1@%2").arg(m_serial).arg(mailDomain) },
            { QStringLiteral("phoneNumber"),
                QStringLiteral("+%1 555 %2").arg(1 + bounded(98)).arg(1000 + bounded(8999)) },
            { QStringLiteral("title"),
                bounded(2) ? QStringLiteral("IT manager") : QStringLiteral("Operations lead") },
            { QStringLiteral("contactPreference"),
                QJsonObject { { QStringLiteral("locale"), QLatin1String(place.locale) },
                    { QStringLiteral("disableNotifications"), false } } },
        };
    };

    QJsonArray products;
    for (int i = 0, n = 1 + bounded(3); i < n; ++i) {
        products.append(
            QJsonObject { { QStringLiteral("id"), QStringLiteral("p-%1").arg(bounded(10)) },
                { QStringLiteral("name"), QLatin1String(pick(kProducts)) },
                { QStringLiteral("type"), QStringLiteral("Product") } });
    }
    // Notes from one sentence to a long brief; a few are very long.
    QString notes = QString::fromUtf8(pick(kNeeds));
    const int extra = bounded(10) == 0 ? 30 : bounded(4);
    for (int i = 0; i < extra; ++i)
        notes += QLatin1Char(' ') + QString::fromUtf8(pick(kNeeds));

    // Spread over the stages: a third New (some close to being missed), then Evaluating,
    // Negotiating and every archived outcome.
    const int roll = bounded(100);
    qint64 ageSecs = 0;
    QString status, substatus, statusReason;
    QJsonValue dealValue, currency, closing;
    QDateTime updated, closed, accepted;
    if (roll < 34) {
        ageSecs = bounded(70 * 3600); // up to 70 h: some only minutes from Missed
        status = QStringLiteral("New");
        substatus = QStringLiteral("Pending");
    } else if (roll < 52) {
        ageSecs = 3600 * (30 + bounded(8 * 24));
        status = QStringLiteral("New");
        substatus = QStringLiteral("Received");
        updated = now.addSecs(
            -bounded(int(std::min<qint64>(ageSecs - 3600, 6 * 24 * 3600 + 20 * 3600))));
    } else if (roll < 70) {
        ageSecs = 3600 * (48 + bounded(60 * 24));
        status = QStringLiteral("Active");
        substatus = QStringLiteral("Accepted");
        accepted = now.addSecs(-ageSecs + 36 * 3600);
        // Each in its currency's own units: yen in hundreds of thousands and never with a
        // fraction; some Gulf deals in dinars, with the three decimals those have.
        const QString code = QLatin1String(placeIndex == 1 || placeIndex == 2 ? "EUR"
                : placeIndex == 10                                            ? "GBP"
                : placeIndex == 3                                             ? "JPY"
                : placeIndex == 7                                             ? "KWD"
                                                                              : "USD");
        const MinorUnits units
            = (5 + bounded(500)) * 1000 * (code == QLatin1String("JPY") ? 100 : 1);
        const MinorUnits scale = Money::minorPerUnit(code);
        const MinorUnits fraction = bounded(4) == 0 ? (scale >= 1000 ? scale * 5 / 8 : scale / 2)
                                                    : 0; // .50 EUR, .625 KWD, none for JPY
        dealValue = Money::toJson(units * scale + fraction, code);
        currency = code;
        closing = ReferralJson::formatInstant(
            utcDateTime(now.date().addDays(bounded(90) - 10)));
    } else {
        ageSecs = 3600 * (72 + bounded(360 * 24));
        status = QStringLiteral("Closed");
        int outcome = bounded(6);
        // The sample partner is good at some things and not at others, as real ones are: a
        // history with a shape the fit can find (no draw more, so the seeded data stays put).
        const QString lead = products.first().toObject().value(QStringLiteral("name")).toString();
        const bool europe = placeIndex == 1 || placeIndex == 2 || placeIndex == 10;
        if (europe && outcome >= 1 && outcome <= 3
            && (lead == QLatin1String("Azure Virtual Desktop")
                || lead == QLatin1String("Microsoft 365 Business Premium")))
            outcome = 0; // won
        else if (outcome == 0
            && (lead == QLatin1String("Dynamics 365 Sales")
                || lead == QLatin1String("Azure OpenAI Service")))
            outcome = 3; // declined
        static const char *const substatuses[]
            = { "Won", "Lost", "Declined", "Declined", "Expired", "Expired" };
        static const char *const reasons[] = { "", "Customer chose another partner", "Skipped",
            "Not a fit for our offerings", "Missed", "Expired" };
        substatus = QLatin1String(substatuses[outcome]);
        statusReason = QLatin1String(reasons[outcome]);
        closed = now.addSecs(-ageSecs + 3600 * (1 + bounded(70)));
        if (outcome < 2) {
            dealValue = qint64((5 + bounded(500)) * 1000);
            currency = QStringLiteral("USD");
            closing = ReferralJson::formatInstant(closed);
        }
    }
    const QDateTime created = now.addSecs(-ageSecs);
    if (!updated.isValid())
        updated = closed.isValid() ? closed : (accepted.isValid() ? accepted : created);

    QJsonObject details {
        { QStringLiteral("notes"), notes },
        { QStringLiteral("dealValue"), dealValue.isUndefined() ? QJsonValue() : dealValue },
        { QStringLiteral("currency"), currency.isUndefined() ? QJsonValue() : currency },
        { QStringLiteral("closingDateTime"), closing.isUndefined() ? QJsonValue() : closing },
        { QStringLiteral("requirements"),
            QJsonObject {
                { QStringLiteral("industries"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("i-1") },
                        { QStringLiteral("name"), QLatin1String(pick(kIndustries)) },
                        { QStringLiteral("type"), QStringLiteral("Industry") } } } },
                { QStringLiteral("products"), products },
                { QStringLiteral("services"), QJsonArray() },
                { QStringLiteral("solutions"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("s-1") },
                        { QStringLiteral("name"), QLatin1String(pick(kSolutions)) },
                        { QStringLiteral("type"), QStringLiteral("Solution") } } } } } },
    };

    const QString referralName
        = QStringLiteral("%1 for %2").arg(QLatin1String(pick(kSolutions)), customer);
    return QJsonObject {
        { QStringLiteral("id"), uuid() },
        { QStringLiteral("engagementId"), uuid() },
        { QStringLiteral("name"), referralName },
        { QStringLiteral("organizationId"),
            QStringLiteral("0e2a4c6d-8f10-4b32-a547-698badcfe012") },
        { QStringLiteral("organizationName"), QStringLiteral("Fabrikam Consulting") },
        { QStringLiteral("externalReferenceId"), QJsonValue() },
        { QStringLiteral("createdDateTime"), ReferralJson::formatInstant(created) },
        { QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(updated) },
        { QStringLiteral("expirationDateTime"), QJsonValue() },
        { QStringLiteral("acceptedDateTime"),
            accepted.isValid() ? QJsonValue(ReferralJson::formatInstant(accepted)) : QJsonValue() },
        { QStringLiteral("closedDateTime"),
            closed.isValid() ? QJsonValue(ReferralJson::formatInstant(closed)) : QJsonValue() },
        { QStringLiteral("status"), status },
        { QStringLiteral("substatus"), substatus },
        { QStringLiteral("statusReason"),
            statusReason.isEmpty() ? QJsonValue() : QJsonValue(statusReason) },
        { QStringLiteral("type"),
            bounded(3) ? QStringLiteral("Independent") : QStringLiteral("Shared") },
        { QStringLiteral("qualification"),
            QLatin1String(bounded(2) ? "MarketingQualified" : "SalesQualified") },
        { QStringLiteral("direction"), QStringLiteral("Incoming") },
        { QStringLiteral("customerProfile"),
            QJsonObject { { QStringLiteral("name"), customer },
                { QStringLiteral("size"), QLatin1String(pick(kSizes)) },
                { QStringLiteral("address"),
                    QJsonObject { { QStringLiteral("addressLine1"),
                                      QStringLiteral("%1 Main Street").arg(1 + bounded(400)) },
                        { QStringLiteral("city"), city },
                        { QStringLiteral("postalCode"), QString::number(10000 + bounded(89999)) },
                        { QStringLiteral("country"), QLatin1String(place.country) },
                        { QStringLiteral("region"), QLatin1String(place.region) } } },
                { QStringLiteral("team"), QJsonArray { contact() } },
                { QStringLiteral("ids"), QJsonArray() } } },
        { QStringLiteral("consent"),
            QJsonObject { { QStringLiteral("consentToContact"), true },
                { QStringLiteral("consentToShareReferralWithMicrosoftSellers"),
                    bounded(2) == 0 } } },
        { QStringLiteral("details"), details },
        { QStringLiteral("team"), QJsonArray() },
        { QStringLiteral("inviteContext"),
            QJsonObject { { QStringLiteral("notes"),
                              bounded(2) ? QStringLiteral("Sent to %1 partners").arg(2 + bounded(4))
                                         : QString() },
                { QStringLiteral("invitedBy"), QJsonObject() } } },
        { QStringLiteral("target"), QJsonArray() },
    };
}

void Generator::shapeLikeTheLiveService(
    QJsonObject &doc, int serial, const QDateTime &now, bool outgoing, qint64 expirySecs)
{
    // After generation, from the serial alone: the default documents of a seed stay the same.
    const auto same = [&doc](const char *key, const char *value) {
        return doc.value(QLatin1String(key)).toString().compare(QLatin1String(value),
                   Qt::CaseInsensitive)
            == 0;
    };
    if (outgoing && serial % 15 == 7)
        doc.insert(QStringLiteral("direction"), QStringLiteral("Outgoing"));
    if (expirySecs <= 0)
        return;
    if (same("status", "New") && same("substatus", "Pending") && serial % 9 == 4) {
        // Some unanswered for almost the whole expiry: hours from being missed.
        const QDateTime created = now.addSecs(-expirySecs + 1800 + qint64(serial % 23) * 1800);
        doc.insert(QStringLiteral("createdDateTime"), ReferralJson::formatInstant(created));
        doc.insert(QStringLiteral("updatedDateTime"), ReferralJson::formatInstant(created));
    }
    doc.remove(QStringLiteral("expirationDateTime")); // the service sets its own
}

QList<QJsonObject> Generator::make(int count, const QDateTime &now)
{
    QList<QJsonObject> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(next(now));
    return out;
}

} // namespace rd::sim
