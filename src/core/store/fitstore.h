#pragma once

#include "insights/fit.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace rd {

class Store;

/// An archived referral like an open one (the details pane's "similar referrals").
struct SimilarReferral
{
    QString id;
    QString name;
    QString customer;
    int outcome = 0; ///< rd::Outcome
    QDateTime closed;
};

/// The store's side of the fit (issue 18): the fit_counts table that triggers keep in step with
/// the archive, the features of open referrals, and the archived referrals a fit was read from.
/// Every call reads on the caller's connection: the app calls them on its reader's thread.
namespace FitStore {

/// The statements of format 14: the table, filled once from the archive, and its triggers.
QStringList schema();

/// Every row of fit_counts (bounded by how many kinds of referrals there are, not how many).
QList<FitCount> counts(const Store &store);
/// The model of fit_counts, read row by row.
FitModel model(const Store &store);
/// How often fit_counts changed (the triggers count): a model read at this version is current.
qint64 version(const Store &store);

/// A model kept between scorings (on one thread): read again only after fit_counts changed.
struct ModelCache
{
    qint64 version = -1;
    FitModel model;
    /// The open referrals' features by id, with the eTag they were read at: only a referral
    /// the service changed is read again (its features live partly in its document).
    QHash<QString, QPair<QString, FitFeatures>> features;
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
