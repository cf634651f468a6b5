#pragma once

#include "insights/fit.h"
#include "store/fitstore.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace rd {

class ArchiveReader;
class ReferralListModel;
class Store;

/// Keeps the board's fit marks current (issue 18): scores every received New and Evaluating
/// referral on a reader thread of its own (FitStore::scoreOpen, which reads fit_kinds, fit_products
/// and the open referrals, never the archive) and hands the fits to the board's model. Asked again
/// after each change, at most once per burst of changes; reads the similar referrals the details
/// pane lists on the same thread.
class FitScorer : public QObject
{
    Q_OBJECT
public:
    FitScorer(Store *store, ReferralListModel *model, QObject *parent = nullptr);

    /// The referrals changed (a sync, an action): score again shortly.
    void refresh();
    /// The archived referrals like `id` (what its fit was read from); similarRead answers.
    void requestSimilar(const QString &id, const Fit &fit);

signals:
    /// Every open referral was scored and the model has the fits.
    void scored();
    void similarRead(const QString &id, const QList<rd::SimilarReferral> &similar);

private:
    void score();

    ReferralListModel *m_model;
    ArchiveReader *m_reader;
    QTimer m_debounce;
    quint64 m_scoreTicket = 0;
    quint64 m_similarTicket = 0;
    QString m_similarId;
    /// Used on the reader's thread only (its reads run one after another): the model is read
    /// again only when the archive's counts changed.
    std::shared_ptr<FitStore::ModelCache> m_cache = std::make_shared<FitStore::ModelCache>();
};

} // namespace rd
