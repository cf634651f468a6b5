#include "referrallistmodel.h"

#include "domain/labels.h"
#include "domain/money.h"
#include "store/store.h"

#include <QLocale>
#include <QMimeData>

namespace rd {

ReferralListModel::ReferralListModel(
    Store *store, Clock *clock, const DeadlinePolicy &policy, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_policy(policy)
{
}

int ReferralListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ReferralListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { IdRole, "id" }, { ReferralRole, "referral" }, { StageRole, "stage" },
        { CustomerRole, "customer" }, { NameRole, "name" }, { PlaceRole, "place" },
        { DealRole, "deal" }, { DealValueRole, "dealValue" }, { CurrencyRole, "currency" },
        { BadgeRole, "badge" }, { BadgeTextRole, "badgeText" }, { UrgencyRole, "urgency" },
        { DeadlineRole, "deadline" }, { PendingRole, "pending" }, { ConflictRole, "conflict" },
        { CreatedRole, "created" }, { OutgoingRole, "outgoing" }, { ClosingRole, "closing" },
        { FitRole, "fit" }, { FitLevelRole, "fitLevel" }, { RelatedRole, "related" } });
    return names;
}

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const BoardCard &r = row.card;
    switch (role) {
    case Qt::DisplayRole:
    case CustomerRole:
        return r.customer.isEmpty() ? tr("(no customer name)") : r.customer;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return spoken(index);
    case Qt::AccessibleDescriptionRole: {
        // What the card shows below the names: where, how big, the deal.
        QStringList parts { data(index, PlaceRole).toString(), data(index, DealRole).toString() };
        parts.removeAll(QString());
        return parts.join(QStringLiteral(". "));
    }
    case IdRole:
        return r.id;
    case ReferralRole:
        return QVariant::fromValue(r.referral());
    case StageRole:
        return int(r.stage);
    case NameRole:
        return r.name;
    case PlaceRole:
        return Labels::place(r.country, r.size);
    case DealRole: {
        if (!r.dealValue)
            return QString();
        QString text = Money::format(*r.dealValue, r.currency);
        if (r.closing.isValid())
            text = tr("%1 · closes %2")
                       .arg(text,
                           QLocale().toString(r.closing.toUTC().date(), QLocale::ShortFormat));
        return text;
    }
    case DealValueRole:
        return r.dealValue ? QVariant(qlonglong(*r.dealValue)) : QVariant();
    case CurrencyRole:
        return r.currency;
    case BadgeRole:
        return int(r.needsRefresh ? Badge::None : row.deadline.badge);
    case BadgeTextRole:
        if (r.needsRefresh) // its stored copy cannot be read: the deadline may be wrong
            return tr("Needs a refresh");
        // A sent referral has no deadline of ours; its pill says whose it is instead.
        return r.outgoing && row.deadline.text.isEmpty() ? tr("Sent by you") : row.deadline.text;
    case UrgencyRole:
        return DeadlinePolicy::urgency(row.deadline.badge);
    case DeadlineRole:
        return row.deadline.deadline;
    case PendingRole:
        return row.pending;
    case ConflictRole:
        return problemText(row);
    case CreatedRole:
        return r.created;
    case OutgoingRole:
        return r.outgoing;
    case RelatedRole:
        return row.related;
    case ClosingRole:
        // The day as DealRole shows it: closing dates are stored as midnight UTC.
        return r.closing.isValid() ? r.closing.toUTC().date() : QDate();
    case FitRole:
        if (const std::optional<Fit> fit = fitOf(r.id))
            return QVariant::fromValue(*fit);
        return {};
    case FitLevelRole:
        // While the history is counted, no level: it is in none of the Show box's choices.
        if (const std::optional<Fit> fit = fitOf(r.id); fit && !fit->counting)
            return int(fit->level);
        return -1;
    default:
        return {};
    }
}

QString ReferralListModel::badgeMeaning(Badge badge)
{
    // The badge's colour in words, for those who do not see it.
    switch (badge) {
    case Badge::OnTime:
        return tr("on time");
    case Badge::RespondSoon:
    case Badge::DecideSoon:
    case Badge::Closing:
        return tr("due soon");
    case Badge::Late:
    case Badge::Overdue:
        return tr("late");
    case Badge::Missing:
    case Badge::Expiring:
        return tr("urgent");
    case Badge::Lapsed:
        return tr("past the limit");
    case Badge::None:
        break;
    }
    return QString();
}

QString ReferralListModel::problemText(const Row &row)
{
    if (!row.refused)
        return QString();
    return row.problem.isEmpty() ? tr("An action could not be sent.") : row.problem;
}

QString ReferralListModel::spoken(const QModelIndex &index) const
{
    const Row &row = m_rows.at(index.row());
    //: A card read out: customer, referral, stage
    QString text
        = tr("%1, %2. Stage: %3.")
              .arg(data(index, CustomerRole).toString(), row.card.name, stageName(row.card.stage));
    const QString badge = data(index, BadgeTextRole).toString();
    const QString meaning = badgeMeaning(Badge(data(index, BadgeRole).toInt()));
    if (!badge.isEmpty())
        //: A card's deadline read out, with how urgent its colour says it is
        text += QLatin1Char(' ')
            + (meaning.isEmpty() ? tr("%1.").arg(badge) : tr("%1 (%2).").arg(badge, meaning));
    if (const std::optional<Fit> fit = fitOf(row.card.id); fit && !fit->counting)
        text += QLatin1Char(' ') + tr("%1.").arg(Fit::levelLabel(fit->level));
    if (row.refused)
        text += QLatin1Char(' ') + tr("Conflict: %1").arg(problemText(row));
    else if (row.pending)
        text += QLatin1Char(' ') + tr("Waiting to be sent to Partner Center.");
    if (row.related)
        //: The card's mark read out: this customer sent other referrals before
        text += QLatin1Char(' ') + tr("Also from this customer: earlier referrals.");
    return text;
}

std::optional<Fit> ReferralListModel::fitOf(const QString &id) const
{
    const auto it = m_fits.constFind(id);
    if (it == m_fits.cend())
        return std::nullopt;
    // Only while it waits for an answer or a decision: a fit says whether to take it on.
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    const BoardCard &card = m_rows.at(row).card;
    if (card.outgoing || (card.stage != Stage::New && card.stage != Stage::Evaluating))
        return std::nullopt;
    return *it;
}

void ReferralListModel::setFits(const QHash<QString, Fit> &fits)
{
    const QHash<QString, Fit> before = std::exchange(m_fits, fits);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).card.id;
        const auto was = before.constFind(id);
        const auto is = m_fits.constFind(id);
        const bool had = was != before.cend();
        const bool has = is != m_fits.cend();
        if (had == has && (!has || *was == *is))
            continue;
        // Every role: the columns sort and filter by it, and QSortFilterProxyModel looks
        // again only when its sort or filter role (the display role) is among those named.
        const QModelIndex i = index(row);
        emit dataChanged(i, i);
    }
}

Qt::ItemFlags ReferralListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QString ReferralListModel::mimeType()
{
    return QStringLiteral("application/x-referraldesk-referral-ids");
}

QStringList ReferralListModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *ReferralListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes)
        ids.append(data(i, IdRole).toString());
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

QStringList ReferralListModel::idsFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(mime->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void ReferralListModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).card.id, i);
}

QHash<QString, QList<OutboxEntry>> ReferralListModel::outboxByReferral() const
{
    // The whole outbox in one query rather than one per row.
    QHash<QString, QList<OutboxEntry>> out;
    for (const OutboxEntry &e : m_store->outbox())
        out[e.referralId].append(e);
    return out;
}

ReferralListModel::Row ReferralListModel::rowFor(
    const Referral &r, const QDateTime &now, const QHash<QString, QList<OutboxEntry>> &outbox) const
{
    Row row;
    row.card = BoardCard(r);
    row.deadline = m_policy.evaluate(r, now);
    for (const OutboxEntry &e : outbox.value(r.id)) {
        if (e.state == OutboxEntry::State::Conflict || e.state == OutboxEntry::State::Failed)
        {
            row.refused = true;
            row.problem = e.lastError; // the service's words; ours are made when shown
        }
        else
            row.pending = true;
    }
    return row;
}

void ReferralListModel::reload()
{
    const QDateTime now = m_clock->now();
    const QHash<QString, QList<OutboxEntry>> outbox = outboxByReferral();
    beginResetModel();
    m_rows.clear();
    // One document at a time: the card keeps its part (BoardCard) and the rest is freed before
    // the next is read, so memory grows by a card per referral, not a whole document.
    m_store->forEachOpenReferral(
        [&](Referral &&r) { m_rows.append(rowFor(r, now, outbox)); });
    m_rows.squeeze(); // the list grew by doubling: up to twice the rows' size otherwise
    reindex();
    endResetModel();
    emit scheduleChanged();
}

void ReferralListModel::refresh(const QStringList &ids)
{
    const QDateTime now = m_clock->now();
    // One read for the batch (a sync can report thousands), then row by row.
    const QHash<QString, Referral> fresh = m_store->referrals(ids);
    const QHash<QString, QList<OutboxEntry>> outbox = outboxByReferral();
    auto makeRow = [&](const Referral &r) { return rowFor(r, now, outbox); };
    bool changed = false;
    for (const QString &id : ids) {
        const auto it = fresh.constFind(id);
        const int row = rowOf(id);
        const bool open = it != fresh.constEnd() && it->isOpen();
        if (open && row >= 0) {
            const bool related = m_rows.at(row).related; // until the next setRelated()
            m_rows[row] = makeRow(*it);
            m_rows[row].related = related;
            emit dataChanged(index(row), index(row));
        } else if (open) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(makeRow(*it));
            m_index.insert(id, at);
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            reindex();
            endRemoveRows();
        } else {
            continue;
        }
        changed = true;
    }
    if (changed)
        emit scheduleChanged();
}

void ReferralListModel::setRelated(const QSet<QString> &ids)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const bool related = ids.contains(row.card.id);
        if (row.related == related)
            continue;
        row.related = related;
        const QModelIndex at = index(i);
        emit dataChanged(at, at, { RelatedRole, Qt::ToolTipRole, Qt::AccessibleTextRole });
    }
}

int ReferralListModel::updateDeadlines(const QDateTime &now)
{
    int touched = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (!row.deadline.nextChange.isValid() || row.deadline.nextChange > now)
            continue;
        row.deadline = m_policy.evaluate(row.card.referral(), now);
        const QModelIndex at = index(i);
        emit dataChanged(at, at,
            { BadgeRole, BadgeTextRole, UrgencyRole, DeadlineRole, Qt::ToolTipRole,
                Qt::AccessibleTextRole });
        ++touched;
    }
    return touched;
}

void ReferralListModel::retranslate()
{
    // Each card's countdown text was made in the language of the time it was computed.
    const QDateTime now = m_clock->now();
    for (Row &row : m_rows)
        row.deadline = m_policy.evaluate(row.card.referral(), now);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void ReferralListModel::setTimeZone(const QTimeZone &zone)
{
    m_policy = DeadlinePolicy(m_policy.limits(), zone);
    const QDateTime now = m_clock->now();
    for (int i = 0; i < m_rows.size(); ++i) {
        const DeadlineStatus next = m_policy.evaluate(m_rows.at(i).card.referral(), now);
        const bool differs
            = next.badge != m_rows.at(i).deadline.badge || next.text != m_rows.at(i).deadline.text;
        m_rows[i].deadline = next;
        if (differs)
            emit dataChanged(index(i), index(i));
    }
    emit scheduleChanged();
}

QDateTime ReferralListModel::nextChange() const
{
    QDateTime earliest;
    for (const Row &row : m_rows) {
        const QDateTime &t = row.deadline.nextChange;
        if (t.isValid() && (!earliest.isValid() || t < earliest))
            earliest = t;
    }
    return earliest;
}

int ReferralListModel::rowOf(const QString &id) const
{
    return m_index.value(id, -1);
}

std::optional<Referral> ReferralListModel::referralAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).card.referral();
}

} // namespace rd
