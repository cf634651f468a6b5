#include "fitscorer.h"

#include "referrallistmodel.h"
#include "store/archivereader.h"
#include "store/store.h"

namespace rd {

using FitsById = QHash<QString, Fit>;

FitScorer::FitScorer(Store *store, ReferralListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_reader(new ArchiveReader(store->path(), this))
{
    // A sync delivers its pages one after another: one scoring after the burst.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &FitScorer::score);
    connect(m_reader, &ArchiveReader::readDone, this,
        [this](quint64 ticket, const QVariant &result) {
            if (ticket == m_scoreTicket) {
                m_scoreTicket = 0;
                m_model->setFits(result.value<FitsById>());
                emit scored();
            } else if (ticket == m_similarTicket) {
                m_similarTicket = 0;
                emit similarRead(m_similarId, result.value<QList<SimilarReferral>>());
            }
        });
}

void FitScorer::refresh()
{
    m_debounce.start();
}

void FitScorer::score()
{
    if (m_scoreTicket)
        m_reader->cancel(m_scoreTicket); // the newer one reads the newer state
    m_scoreTicket = m_reader->requestRead([cache = m_cache](Store &store) {
        return QVariant::fromValue(FitStore::scoreOpen(store, cache.get()));
    });
}

void FitScorer::requestSimilar(const QString &id, const Fit &fit)
{
    if (m_similarTicket)
        m_reader->cancel(m_similarTicket);
    m_similarTicket = 0;
    m_similarId = id;
    if (fit.level == Fit::Level::Unknown) {
        emit similarRead(id, {});
        return;
    }
    const FitFeatures shared = fit.sharedFeatures;
    m_similarTicket = m_reader->requestRead(
        [shared](Store &store) { return QVariant::fromValue(FitStore::similar(store, shared)); });
}

} // namespace rd
