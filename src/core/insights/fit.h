#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <array>

namespace rd {

/// What makes two referrals alike for the fit (issue 18): the products, solutions and services
/// asked for, the industry, the company size, the country and the qualification. Values are the
/// service's own (size "10to50employees", country "DE"); Labels words them for people.
struct FitFeatures
{
    QStringList products; ///< names, as the store's products column keeps them
    QString industry; ///< the first industry named
    QString size;
    QString country;
    QString qualification;
};

/// How many archived referrals with exactly these features ended, and how many were won: a row
/// of the store's fit_kinds table (no product: every referral of the kind) or of fit_products
/// (one product: the referrals of the kind that asked for it), kept up to date by triggers as
/// referrals are archived. Split this way, the rows grow with the number of products and kinds a
/// partner sees, never with the combinations of products customers ask for together.
struct FitCount
{
    QString product; ///< empty in a fit_kinds row
    QString industry;
    QString size;
    QString country;
    QString qualification;
    int won = 0;
    int total = 0;
};

/// The fit of one open referral: how referrals like it ended.
struct Fit
{
    Q_DECLARE_TR_FUNCTIONS(Fit)

public:
    enum class Level { Unknown, Low, Medium, High };

    Level level = Level::Unknown;
    int score = -1; ///< 0–100, the won rate of the similar ones smoothed toward the overall one
    int basis = 0; ///< how many similar referrals ended (when Unknown: the most there were)
    int won = 0; ///< of those, how many were won
    /// Which features the similar referrals share with this one (the others are empty): the
    /// archive's "similar referrals" reads exactly these.
    FitFeatures sharedFeatures;
    /// The history is still being counted (a store that had an archive before the fit was
    /// added counts it in the background): Unknown for now, and the sentence says so.
    bool counting = false;

    /// "You won 4 of 6 similar referrals: Azure Virtual Desktop, 10–50 employees, Germany."
    QString because() const;
    /// The values the similar referrals share, worded for people, in the sentence's order.
    QStringList sharedLabels() const;
    /// "high", "medium", "low", "unknown": the JSON of referral-desk-cli.
    static QString levelKey(Level level);
    /// "High fit", "Medium fit", "Low fit", "Not enough history".
    static QString levelLabel(Level level);

    friend bool operator==(const Fit &a, const Fit &b)
    {
        return a.level == b.level && a.score == b.score && a.basis == b.basis && a.won == b.won
            && a.counting == b.counting;
    }
    friend bool operator!=(const Fit &a, const Fit &b) { return !(a == b); }
};

/// Scores referrals against the partner's history, as a smoothed won rate over the most alike
/// group of archived referrals that is big enough (a back-off over feature combinations): first
/// those with the same product, industry, size, country and qualification; when fewer than
/// minimumBasis of those ended, the same product, industry, size and country; and so on down to
/// the same industry. Below the minimum everywhere: Level::Unknown, never a guess.
///
/// Built from the fit_kinds and fit_products rows (FitCount). Each feature value is numbered once
/// and each group is a 64-bit key, so building it is a few hash additions per row and scoring a
/// referral a dozen lookups; its memory is the number of groups.
class FitModel
{
public:
    static constexpr int minimumBasis = 5;
    /// The smoothed score s is (won + k * overall) / (ended + k): a group of 5 with 5 won is
    /// not yet "100 %".
    static constexpr int smoothing = 3;
    static constexpr int highFrom = 40; ///< a score from here is High
    static constexpr int mediumFrom = 15; ///< from here Medium, below it Low

    FitModel() = default;
    explicit FitModel(const QList<FitCount> &counts);
    /// Adds one row: a kind of archived referral (no product), or the referrals of a kind that
    /// asked for one product. FitStore reads the tables row by row into it.
    void add(const FitCount &count);

    Fit fit(const FitFeatures &features) const;
    int ended() const { return m_total; }
    int won() const { return m_won; }
    /// How many groups it holds (its memory), for the benchmark.
    qsizetype groups() const;

private:
    struct Tally
    {
        int won = 0;
        int total = 0;
    };
    static constexpr int kLevels = 11;
    enum Feature { ProductF, IndustryF, SizeF, CountryF, QualificationF, FeatureCount };
    /// The number of a value of a feature; adding one that is new numbers it.
    quint32 idOf(Feature feature, const QString &value);
    /// Only looks up: 0 when the value was never seen (nothing is alike by it).
    quint32 knownId(Feature feature, const QString &value) const;

    std::array<QHash<QString, quint32>, FeatureCount> m_ids;
    std::array<QHash<quint64, Tally>, kLevels> m_levels;
    int m_won = 0;
    int m_total = 0;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::Fit)
