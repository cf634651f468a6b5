#include "fit.h"

#include "domain/labels.h"

#include <QLocale>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace rd {

namespace {

enum Mask { Product = 1, Industry = 2, Size = 4, Country = 8, Qualification = 16 };

// Most alike first. The product leads because it says what the customer wants to buy; size and
// country say whether this partner sells there; industry and qualification refine.
constexpr int kLevelFeatures[] = {
    Product | Industry | Size | Country | Qualification,
    Product | Industry | Size | Country,
    Product | Size | Country,
    Product | Industry | Size,
    Product | Size,
    Product | Country,
    Product | Industry,
    Product,
    Industry | Size | Country,
    Size | Country,
    Industry,
};
static_assert(std::size(kLevelFeatures) == 11, "FitModel::kLevels");

// Bits of a group's key per feature (product, industry, size, country, qualification): 62 in
// all. A value numbered past its field (millions of products) is treated as never seen.
constexpr int kBits[] = { 22, 12, 8, 12, 8 };

quint64 keyOf(int mask, const std::array<quint32, 5> &ids)
{
    quint64 key = 0;
    int shift = 0;
    for (int f = 0; f < 5; ++f) {
        if (mask & (1 << f))
            key |= quint64(ids[f]) << shift;
        shift += kBits[f];
    }
    return key;
}

bool complete(int mask, const std::array<quint32, 5> &ids)
{
    for (int f = 0; f < 5; ++f) {
        if ((mask & (1 << f)) && ids[f] == 0)
            return false; // not stated, or never seen: no one is alike by it
    }
    return true;
}

} // namespace

quint32 FitModel::idOf(Feature feature, const QString &value)
{
    if (value.isEmpty())
        return 0;
    QHash<QString, quint32> &ids = m_ids[feature];
    const auto it = ids.constFind(value);
    if (it != ids.cend())
        return *it;
    const quint32 id = quint32(ids.size()) + 1;
    if (id >= (quint32(1) << kBits[feature]))
        return 0;
    ids.insert(value, id);
    return id;
}

quint32 FitModel::knownId(Feature feature, const QString &value) const
{
    return value.isEmpty() ? 0 : m_ids[feature].value(value, 0);
}

FitModel::FitModel(const QList<FitCount> &counts)
{
    for (const FitCount &c : counts)
        add(c);
}

void FitModel::add(const FitCount &c)
{
    if (c.total <= 0)
        return;
    std::array<quint32, 5> ids { 0, idOf(IndustryF, c.industry), idOf(SizeF, c.size),
        idOf(CountryF, c.country), idOf(QualificationF, c.qualification) };
    // A fit_kinds row counts every referral of its kind once: the overall rate and the groups
    // without a product. A fit_products row counts those that asked for its product (a referral
    // asking for two is in two rows): the groups with a product.
    const bool product = !c.product.isEmpty();
    if (product) {
        ids[ProductF] = idOf(ProductF, c.product);
        if (ids[ProductF] == 0)
            return;
    } else {
        m_won += c.won;
        m_total += c.total;
    }
    for (int level = 0; level < kLevels; ++level) {
        const int mask = kLevelFeatures[level];
        if (bool(mask & Product) != product || !complete(mask, ids))
            continue;
        Tally &t = m_levels[level][keyOf(mask, ids)];
        t.won += c.won;
        t.total += c.total;
    }
}

qsizetype FitModel::groups() const
{
    qsizetype n = 0;
    for (const auto &level : m_levels)
        n += level.size();
    return n;
}

Fit FitModel::fit(const FitFeatures &f) const
{
    Fit out;
    // Each product is looked up once, not once per level: scoring ten thousand open referrals
    // is these few lookups each.
    QVarLengthArray<std::pair<quint32, QString>, 4> products;
    for (const QString &p : f.products) {
        const quint32 id = knownId(ProductF, p);
        const bool again = std::any_of(products.cbegin(), products.cend(),
            [id](const std::pair<quint32, QString> &known) { return known.first == id; });
        if (id != 0 && !again)
            products.append({ id, p });
    }
    std::array<quint32, 5> ids { 0, knownId(IndustryF, f.industry), knownId(SizeF, f.size),
        knownId(CountryF, f.country), knownId(QualificationF, f.qualification) };
    const double overall = m_total > 0 ? double(m_won) / m_total : 0.0;
    for (int level = 0; level < kLevels; ++level) {
        const int mask = kLevelFeatures[level];
        // Of its products, the one with the most history speaks for it.
        Tally best;
        QString bestProduct;
        const auto consider = [&](quint32 productId, const QString &product) {
            ids[ProductF] = productId;
            if (!complete(mask, ids))
                return;
            const auto it = m_levels[level].constFind(keyOf(mask, ids));
            if (it != m_levels[level].cend() && it->total > best.total) {
                best = *it;
                bestProduct = product;
            }
        };
        if (mask & Product) {
            for (const auto &[id, product] : products)
                consider(id, product);
        } else {
            consider(0, QString());
        }
        if (best.total < minimumBasis) {
            out.basis = std::max(out.basis, best.total);
            continue;
        }
        const double smoothed = (best.won + smoothing * overall) / (best.total + smoothing);
        out.score = int(std::lround(100.0 * smoothed));
        out.level = out.score >= highFrom ? Fit::Level::High
            : out.score >= mediumFrom     ? Fit::Level::Medium
                                          : Fit::Level::Low;
        out.basis = best.total;
        out.won = best.won;
        if (mask & Product)
            out.sharedFeatures.products = QStringList { bestProduct };
        if (mask & Industry)
            out.sharedFeatures.industry = f.industry;
        if (mask & Size)
            out.sharedFeatures.size = f.size;
        if (mask & Country)
            out.sharedFeatures.country = f.country;
        if (mask & Qualification)
            out.sharedFeatures.qualification = f.qualification;
        return out;
    }
    return out;
}

QStringList Fit::sharedLabels() const
{
    QStringList out = sharedFeatures.products;
    if (!sharedFeatures.industry.isEmpty())
        out.append(sharedFeatures.industry);
    if (!sharedFeatures.size.isEmpty())
        out.append(Labels::companySize(sharedFeatures.size));
    if (!sharedFeatures.country.isEmpty())
        out.append(Labels::countryName(sharedFeatures.country));
    if (!sharedFeatures.qualification.isEmpty())
        out.append(Labels::qualification(sharedFeatures.qualification));
    return out;
}

QString Fit::because() const
{
    if (counting)
        return tr("Not known yet: Referral Desk is still counting how your archived referrals "
                  "ended. The fit appears when it is done.");
    if (level == Level::Unknown) {
        if (basis == 0)
            return tr("Not enough history: no earlier referral like this one has ended yet.");
        //: %n similar referrals ended so far; %1 how many are needed
        return tr("Not enough history: only %n similar referrals have ended so far (a fit needs "
                  "%1).",
            nullptr, basis)
            .arg(QLocale().toString(FitModel::minimumBasis));
    }
    //: %1 how many were won, %n how many similar ones ended, %2 what they share
    return tr("You won %1 of %n similar referrals: %2.", nullptr, basis)
        .arg(QLocale().toString(won), sharedLabels().join(QStringLiteral(", ")));
}

QString Fit::levelKey(Level level)
{
    switch (level) {
    case Level::High:
        return QStringLiteral("high");
    case Level::Medium:
        return QStringLiteral("medium");
    case Level::Low:
        return QStringLiteral("low");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Fit::levelLabel(Level level)
{
    switch (level) {
    case Level::High:
        return tr("High fit");
    case Level::Medium:
        return tr("Medium fit");
    case Level::Low:
        return tr("Low fit");
    case Level::Unknown:
        break;
    }
    return tr("Not enough history");
}

} // namespace rd
