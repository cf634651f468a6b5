#pragma once

#include "insights/fit.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace rd {

class Store;
class StoreDb;

/// An archived referral like an open one (the details pane's "similar referrals").
struct SimilarReferral
{
    QString id;
    QString name;
    QString customer;
    int outcome = 0; ///< rd::Outcome
    QDateTime closed;
};

/// The store's side of the fit (issue 18): the fit_kinds and fit_products tables that triggers keep
/// in step with the archive, the features of open referrals, and the archived referrals a fit was
/// read from. Every call reads on the caller's connection: the app calls them on its reader's
/// thread.
namespace FitStore {

/// The statements of format 16: the tables (empty: the archive already there is counted by
/// fill(), so opening a store never reads it) and the triggers that keep them in step.
QStringList schema();
/// Format 17: the triggers made again to read the industry and the qualification from their
/// own columns (the stored document is compressed from then on).
QStringList storedFeatures();
/// Copies the industry and qualification a row written before format 17 is counted under
/// (read from its document as text) into its columns (`rowid` bound): its document can then be
/// compressed without changing what the fit counts it under (StoreCompaction).
QString keepFeaturesInColumns();

/// Every row of fit_kinds and fit_products (bounded by how many kinds of referrals and products
/// a partner sees, not by how many referrals there are).
QList<FitCount> counts(const Store &store);
/// The model of those rows, read row by row. `complete` (when given) is false when the reading
/// failed or was interrupted part way: the model then holds only part of the counts.
FitModel model(const Store &store, bool *complete = nullptr);
/// How often the counts changed (the triggers count): a model read at this version is current.
qint64 version(const Store &store);
/// Whether referrals stored before format 16 (or by a first sync) are still being counted (then
/// every fit is Fit::counting, never a guess from part of the history).
bool counting(const Store &store);
/// Counts the next `batch` rowids of the referrals stored before format 16 (or left to it by
/// reserve()), in one write
/// transaction. Returns how many rowids it passed, 0 when nothing is left, -1 when the database
/// failed (Store::lastError; a later call tries again). The sync engine calls it while idle, on
/// its own thread and connection, after CustomerBackfill.
constexpr int fillBatch = 1000;
int fill(Store &store, int batch = fillBatch);
/// Before a page with `rows` referrals not stored yet is written: leaves them to fill() when
/// it may (FillRange::extend), so a first sync counts its history once at the end rather than
/// row by row in the triggers. False when the database failed.
bool reserve(StoreDb &db, qint64 rows);

/// A model kept between scorings (on one thread): read again only after the counts changed.
struct ModelCache
{
    qint64 version = -1;
    FitModel model;
    /// An open referral as last scored: only one the service changed (its eTag) is read again,
    /// and only one read again or scored by an older model is scored again.
    struct Open
    {
        QString etag;
        FitFeatures features;
        Fit fit;
        qint64 scoredAt = -1; ///< the model version of `fit`
        quint64 seen = 0; ///< the last scoring that found it open
    };
    QHash<QString, Open> open;
    quint64 pass = 0; ///< scorings so far
    /// One copy of each feature value: ten thousand open referrals name a few dozen products,
    /// industries, sizes and countries, and each kept its own copy of every name (issue 15:
    /// memory per open referral).
    QSet<QString> values;
    void share(FitFeatures &features);
};
/// The features of `ids`, or of every received New and Evaluating referral when `ids` is empty.
QHash<QString, FitFeatures> features(const Store &store, const QStringList &ids = {});
/// The fits of every received New and Evaluating referral: what the board shows.
QHash<QString, Fit> scoreOpen(const Store &store, ModelCache *cache = nullptr);
/// The fits of `ids` (any stage), for referral-desk-cli.
QHash<QString, Fit> score(const Store &store, const QStringList &ids);
/// The newest archived referrals that share `shared` (a Fit's sharedFeatures), at most `limit`.
QList<SimilarReferral> similar(const Store &store, const FitFeatures &shared, int limit = 20);

} // namespace FitStore

} // namespace rd

Q_DECLARE_METATYPE(rd::SimilarReferral)
