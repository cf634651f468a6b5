#include "archiveexport.h"

#include "csvwriter.h"
#include "domain/labels.h"
#include "domain/money.h"
#include "domain/referraljson.h"
#include "store/store.h"
#include "store/storedb.h"

#include <QDir>
#include <QRegularExpression>

namespace rd {


QStringList ArchiveExport::header()
{
    return { tr("Referral ID"), tr("Customer"), tr("Referral"), tr("Outcome"), tr("Reason"),
        tr("Country"), tr("Company size"), tr("Deal value"), tr("Currency"), tr("Closing date"),
        tr("Received"), tr("Closed") };
}

QStringList ArchiveExport::cells(const ArchiveRow &r)
{
    const QString outcome = r.outcome == Outcome::Unknown && !r.status.isEmpty()
        ? Referral::tr("Unknown (%1)").arg(r.status)
        : outcomeName(r.outcome);
    return { r.id, r.customerName, r.name, outcome, Labels::statusReason(r.statusReason),
        Labels::countryName(r.country), Labels::companySize(r.size),
        r.dealValue ? Money::toDecimal(*r.dealValue, r.currency) : QString(), r.currency,
        r.closingDateTime.isValid() ? r.closingDateTime.toUTC().date().toString(Qt::ISODate)
                                    : QString(),
        ReferralJson::formatInstant(r.createdDateTime),
        ReferralJson::formatInstant(r.closedDateTime) };
}

ArchiveExport::Result ArchiveExport::write(Store &store, const ArchiveFilter &filter,
    ArchiveColumn sort, Qt::SortOrder order, const QString &path,
    const std::function<bool(int)> &progress)
{
    Result result;
    const QString shown = QDir::toNativeSeparators(path);
    CsvWriter csv(path);
    if (!csv.open()) {
        result.error = tr("%1 cannot be written: %2").arg(shown, csv.errorString());
        return result;
    }
    csv.writeRow(header());

    // One snapshot for every page: in WAL mode a read transaction sees the file as it was at
    // its first read, whatever another connection (the sync) commits meanwhile.
    StoreDb &db = store.db();
    if (const QSqlError e = db.beginRead(); e.isValid()) {
        csv.cancel();
        result.error = StoreDb::classify(e, db.path()).message;
        return result;
    }
    store.clearLastError();
    std::optional<ArchiveKey> after;
    for (;;) {
        const ArchivePage page = store.archivePage(filter, sort, order, after, 1000);
        if (const StoreError e = store.lastError()) {
            db.endRead();
            csv.cancel();
            result.error = e.message;
            return result;
        }
        for (const ArchiveRow &r : page.rows)
            csv.writeRow(cells(r));
        result.rows += int(page.rows.size());
        if (progress && !progress(result.rows)) {
            db.endRead();
            csv.cancel();
            result.cancelled = true;
            result.error = tr("Export cancelled; no file was written.");
            return result;
        }
        if (!page.next)
            break;
        after = page.next;
    }
    db.endRead();
    if (!csv.commit())
        result.error = tr("%1 cannot be written: %2").arg(shown, csv.errorString());
    return result;
}

QString ArchiveExport::tabSeparated(const QList<ArchiveRow> &rows)
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    const auto line = [](QStringList cells) {
        for (QString &c : cells)
            c.replace(breaks, QStringLiteral(" "));
        return cells.join(QLatin1Char('\t'));
    };
    QStringList lines { line(header()) };
    for (const ArchiveRow &r : rows)
        lines.append(line(cells(r)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rd
