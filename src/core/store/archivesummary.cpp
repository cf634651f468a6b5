// ArchiveQuery's answers about the archive as a whole, not a filtered part of it: how many
// referrals it holds (kept by triggers since format 17, read in constant time) and the values
// its country and size filters offer.

#include "archivequery.h"
#include "storedb.h"

#include <QSqlQuery>
#include <algorithm>

namespace rd {

int ArchiveQuery::total(bool outgoing) const
{
    if (m_db->format() >= 17) {
        // Kept by triggers (Schema, format 17): read in constant time however big the archive.
        Statement q
            = m_db->prepared(QStringLiteral("SELECT n FROM archive_totals WHERE outgoing = ?"));
        if (!q.exec({ outgoing ? 1 : 0 }) || !q.next()) {
            m_db->failed(q.error(), "archive total:");
            return 0;
        }
        return q.value(0).toInt();
    }
    // All archived ones from referrals_by_stage, the sent ones from the partial index that holds
    // only those (the planner would otherwise test outgoing on every archived row).
    const QString sent = QStringLiteral("(SELECT count(*) FROM referrals INDEXED BY "
                                        "referrals_outgoing WHERE stage = %1 AND outgoing = 1)")
                             .arg(int(Stage::Archived));
    const QString sql = outgoing
        ? QStringLiteral("SELECT %1").arg(sent)
        : QStringLiteral("SELECT (SELECT count(*) FROM referrals WHERE stage = %1) - %2")
              .arg(int(Stage::Archived))
              .arg(sent);
    QSqlQuery q(m_db->database());
    if (!q.exec(sql) || !q.next()) {
        m_db->failed(q.lastError(), "archive total:");
        return 0;
    }
    return q.value(0).toInt();
}

QStringList ArchiveQuery::values(const char *column) const
{
    QStringList out;
    const QString name = QLatin1String(column);
    const ArchiveColumn c = name == QLatin1String("country") ? ArchiveColumn::Country
        : name == QLatin1String("size")                      ? ArchiveColumn::Size
                                                             : ArchiveColumn::Relevance;
    if (c == ArchiveColumn::Relevance)
        return out; // never a column name from outside
    for (bool outgoing : { false, true }) {
        for (const QVariant &v : distinct(c, outgoing)) {
            if (const QString value = v.toString(); !value.isEmpty() && !out.contains(value))
                out.append(value);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace rd
