#pragma once

#include "store/relatedquery.h"

#include <QObject>
#include <QSet>

namespace rd {

class ArchiveReader;

/// "Also from this customer" (issue 18) for the board and the details pane, read on a thread
/// of its own (an ArchiveReader with its own connection): the GUI thread never waits for the
/// store to look through the archive. Answers come by queued signal; a newer question makes an
/// older one of the same kind obsolete.
class RelatedLookup : public QObject
{
    Q_OBJECT
public:
    explicit RelatedLookup(const QString &databasePath, QObject *parent = nullptr);
    ~RelatedLookup() override;

    /// Which New and Evaluating referrals have related referrals: answered by marksRead.
    void requestMarks();
    /// The related referrals of `id`: answered by relatedRead (not for an empty id).
    void requestFor(const QString &id);

signals:
    void marksRead(const QSet<QString> &ids);
    void relatedRead(const QString &id, const QList<rd::RelatedReferral> &related);

private:
    ArchiveReader *m_reader;
    quint64 m_marks = 0;
    quint64 m_related = 0;
    QString m_relatedId;
};

} // namespace rd
