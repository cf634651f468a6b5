#include "relatedlookup.h"

#include "store/archivereader.h"
#include "store/store.h"

namespace rd {

RelatedLookup::RelatedLookup(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_reader(new ArchiveReader(databasePath, this))
{
    connect(
        m_reader, &ArchiveReader::readDone, this, [this](quint64 ticket, const QVariant &result) {
            if (ticket == m_marks) {
                m_marks = 0;
                emit marksRead(result.value<QSet<QString>>());
            } else if (ticket == m_related) {
                m_related = 0;
                emit relatedRead(m_relatedId, result.value<QList<RelatedReferral>>());
            }
        });
    // A failed read shows nothing more than before; the store has logged why.
    connect(m_reader, &ArchiveReader::failed, this, [this](quint64 ticket) {
        if (ticket == m_marks)
            m_marks = 0;
        if (ticket == m_related) {
            m_related = 0;
            emit relatedRead(m_relatedId, {});
        }
    });
}

RelatedLookup::~RelatedLookup() = default;

void RelatedLookup::requestMarks()
{
    if (m_marks)
        m_reader->cancel(m_marks);
    m_marks = m_reader->requestRead(
        [](Store &store) { return QVariant::fromValue(store.openWithRelated()); });
}

void RelatedLookup::requestFor(const QString &id)
{
    if (m_related)
        m_reader->cancel(m_related);
    m_related = 0;
    m_relatedId = id;
    if (id.isEmpty())
        return;
    m_related = m_reader->requestRead(
        [id](Store &store) { return QVariant::fromValue(store.related(id)); });
}

} // namespace rd
