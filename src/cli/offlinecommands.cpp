#include "offlinecommands.h"

#include "cli.h"
#include "domain/labels.h"
#include "domain/money.h"
#include "domain/referraljson.h"
#include "store/fitstore.h"
#include "export/archiveexport.h"
#include "store/searchtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

namespace rd {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

std::optional<Stage> stageFromName(const QString &name)
{
    for (Stage s : allStages()) {
        if (QString::fromLatin1(QMetaEnum::fromType<Stage>().valueToKey(int(s)))
                .compare(name, Qt::CaseInsensitive)
            == 0)
            return s;
    }
    return std::nullopt;
}

QString key(const char *text)
{
    return QString::fromLatin1(text).toLower();
}

} // namespace

OfflineCommands::OfflineCommands(const QCommandLineParser &parser, QTextStream &out,
    QTextStream &err, Store *store, const Clock *clock)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_store(store)
    , m_clock(clock)
{
}

void OfflineCommands::catchUp()
{
    if (m_caughtUp)
        return;
    m_caughtUp = true;
    bool said = false;
    for (const auto &step : { &Store::keyCustomers, &Store::indexForSearch, &Store::countFits }) {
        for (;;) {
            // Large batches: nothing else waits on this connection, unlike the app's sync thread.
            const int done = (m_store->*step)(20000);
            if (done == 0)
                break;
            if (done < 0) {
                m_err << t("Could not finish updating the local database: %1 Related referrals, "
                           "fits and search results may be missing; the next command tries again.")
                             .arg(m_store->lastError().message)
                      << Qt::endl;
                return;
            }
            if (!said) {
                m_err << t("Updating the local database for this version of Referral Desk "
                           "or after a first sync (once; a large archive takes a few minutes)...")
                      << Qt::endl;
                said = true;
            }
        }
    }
}

QJsonObject OfflineCommands::toJson(const Referral &r) const
{
    const DeadlineStatus d = m_policy.evaluate(r, m_clock->now());
    bool pending = false;
    for (const OutboxEntry &e : (*m_store).outboxFor(r.id))
        pending = pending || e.state == OutboxEntry::State::Queued
            || e.state == OutboxEntry::State::Sending;
    return QJsonObject {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("customer"), r.customerProfile.name },
        { QStringLiteral("country"), r.customerProfile.address.country },
        { QStringLiteral("stage"), key(QMetaEnum::fromType<Stage>().valueToKey(int(r.stage()))) },
        { QStringLiteral("direction"),
            r.isOutgoing() ? QStringLiteral("outgoing") : QStringLiteral("incoming") },
        { QStringLiteral("outcome"),
            r.isOpen() ? QJsonValue() : QJsonValue(key(QMetaEnum::fromType<Outcome>().valueToKey(int(r.outcome())))) },
        { QStringLiteral("status"), r.status },
        { QStringLiteral("substatus"), r.substatus },
        { QStringLiteral("dealValue"),
            r.details.dealValue ? Money::toJson(*r.details.dealValue, r.details.currency)
                                : QJsonValue() },
        { QStringLiteral("currency"),
            r.details.currency.isEmpty() ? QJsonValue() : QJsonValue(r.details.currency) },
        { QStringLiteral("closingDate"),
            r.details.closingDateTime.isValid()
                ? QJsonValue(r.details.closingDateTime.toUTC().date().toString(Qt::ISODate))
                : QJsonValue() },
        { QStringLiteral("createdDateTime"), ReferralJson::formatInstant(r.createdDateTime) },
        { QStringLiteral("deadline"),
            d.deadline.isValid() ? QJsonValue(ReferralJson::formatInstant(d.deadline))
                                 : QJsonValue() },
        { QStringLiteral("badge"),
            d.badge == Badge::None ? QJsonValue() : QJsonValue(key(QMetaEnum::fromType<Badge>().valueToKey(int(d.badge)))) },
        { QStringLiteral("deadlineText"), d.text },
        { QStringLiteral("pending"), pending },
        // Its stored copy could not be read: only the columns above are known until a sync.
        { QStringLiteral("needsRefresh"), r.needsRefresh },
    };
}

QString OfflineCommands::line(const Referral &r) const
{
    const DeadlineStatus d = m_policy.evaluate(r, m_clock->now());
    QStringList cells { r.id, r.customerProfile.name, r.stageText(),
        r.needsRefresh ? t("needs a refresh") : d.text.isEmpty() ? QStringLiteral("-") : d.text,
        r.details.dealValue ? Money::format(*r.details.dealValue, r.details.currency)
                            : QStringLiteral("-") };
    return cells.join(QLatin1Char('\t'));
}

int OfflineCommands::list()
{
    std::optional<Stage> stage;
    if (m_parser.isSet(QStringLiteral("stage"))) {
        stage = stageFromName(m_parser.value(QStringLiteral("stage")));
        if (!stage) {
            m_err << t("--stage takes new, evaluating, negotiating or archived.") << Qt::endl;
            return Cli::BadInput;
        }
    }
    // Like the board: the referrals to answer unless the ones sent to others are asked for.
    const QString direction
        = m_parser.value(QStringLiteral("direction")).trimmed().toLower();
    const bool incoming = direction.isEmpty() || direction == QLatin1String("incoming")
        || direction == QLatin1String("all");
    const bool outgoing
        = direction == QLatin1String("outgoing") || direction == QLatin1String("all");
    if (!incoming && !outgoing) {
        m_err << t("--direction takes incoming, outgoing or all.") << Qt::endl;
        return Cli::BadInput;
    }
    const QString search = m_parser.value(QStringLiteral("search")).trimmed();
    // The open referrals are searched here the way the archive's index is: every fragment
    // found anywhere in the folded text.
    const QStringList terms = SearchText::terms(search);
    const auto found = [&terms](const Referral &r) {
        return SearchText::matches(SearchText::of(r.customerProfile.name, r.name,
                                       r.details.notes, r.customerProfile.address.city,
                                       r.customerProfile.address.country, QString(), QString()),
            terms);
    };
    Store &store = *m_store;
    QList<Referral> referrals;
    if (!stage || *stage != Stage::Archived) {
        for (const Referral &r : store.openReferrals(stage)) {
            if (!(r.isOutgoing() ? outgoing : incoming))
                continue;
            if (found(r))
                referrals.append(r);
        }
    }
    if (!stage || *stage == Stage::Archived) {
        if (!terms.isEmpty())
            catchUp(); // what a first sync left to the search fill is found too
        for (bool sent : { false, true }) {
            if (!(sent ? outgoing : incoming))
                continue;
            ArchiveFilter filter;
            filter.text = search;
            filter.outgoing = sent;
            std::optional<ArchiveKey> after;
            do {
                const ArchivePage page = store.archivePage(
                    filter, ArchiveColumn::Relevance, Qt::DescendingOrder, after, 500);
                for (const ArchiveRow &row : page.rows) {
                    if (const auto r = store.referral(row.id))
                        referrals.append(*r);
                }
                after = page.next;
            } while (after);
        }
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        catchUp();
        QStringList ids;
        for (const Referral &r : std::as_const(referrals))
            ids.append(r.id);
        const QHash<QString, Fit> fits = FitStore::score(store, ids);
        QJsonArray array;
        for (const Referral &r : std::as_const(referrals)) {
            QJsonObject o = toJson(r);
            o.insert(QStringLiteral("fit"), fitJson(fits.find(r.id), fits.cend()));
            array.append(o);
        }
        if (fits.isEmpty() && !ids.isEmpty())
            fitUnreadable();
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const Referral &r : std::as_const(referrals))
            m_out << line(r) << '\n';
    }
    return Cli::Done;
}

QJsonValue OfflineCommands::fitJson(
    QHash<QString, Fit>::const_iterator fit, QHash<QString, Fit>::const_iterator end)
{
    return fit == end ? QJsonValue() : QJsonValue(fitJson(*fit));
}

void OfflineCommands::fitUnreadable()
{
    // Never "not enough history" for what could not be read.
    m_err << t("Could not read the fit: %1").arg(m_store->lastError().message) << Qt::endl;
}

QJsonObject OfflineCommands::fitJson(const Fit &fit)
{
    return QJsonObject {
        { QStringLiteral("level"), Fit::levelKey(fit.level) },
        { QStringLiteral("score"), fit.score < 0 ? QJsonValue() : QJsonValue(fit.score) },
        { QStringLiteral("basis"), fit.basis },
        { QStringLiteral("because"), fit.because() },
    };
}

int OfflineCommands::show(const QString &id)
{
    const std::optional<Referral> r = (*m_store).referral(id);
    if (!r) {
        m_err << t("No referral with id %1 in the local database (run sync first?).").arg(id)
              << Qt::endl;
        return Cli::BadInput;
    }
    catchUp();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(*r);
        const QHash<QString, Fit> fits = FitStore::score(*m_store, { id });
        o.insert(QStringLiteral("fit"), fitJson(fits.find(id), fits.cend()));
        if (fits.isEmpty())
            fitUnreadable();
        o.insert(QStringLiteral("remote"), r->raw);
        QJsonArray outbox;
        for (const OutboxEntry &e : (*m_store).outboxFor(id)) {
            outbox.append(
                QJsonObject { { QStringLiteral("action"), Lifecycle::actionKey(e.action) },
                    { QStringLiteral("state"), OutboxEntry::stateName(e.state) },
                    { QStringLiteral("error"), e.lastError } });
        }
        o.insert(QStringLiteral("outbox"), outbox);
        QJsonArray related;
        for (const RelatedReferral &other : (*m_store).related(id)) {
            const auto instant = [](const QDateTime &at) {
                return at.isValid() ? QJsonValue(ReferralJson::formatInstant(at)) : QJsonValue();
            };
            related.append(QJsonObject {
                { QStringLiteral("id"), other.id },
                { QStringLiteral("name"), other.name },
                { QStringLiteral("customer"), other.customer },
                { QStringLiteral("stage"),
                    key(QMetaEnum::fromType<Stage>().valueToKey(int(other.stage))) },
                { QStringLiteral("outcome"),
                    other.outcome == Outcome::None
                        ? QJsonValue()
                        : QJsonValue(key(QMetaEnum::fromType<Outcome>().valueToKey(
                            int(other.outcome)))) },
                { QStringLiteral("created"), instant(other.created) },
                { QStringLiteral("closed"), instant(other.closed) },
            });
        }
        o.insert(QStringLiteral("related"), related);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Cli::Done;
    }
    const QLocale locale;
    const DeadlineStatus d = m_policy.evaluate(*r, m_clock->now());
    m_out << r->customerProfile.name << " — " << r->name << Qt::endl
          << t("Stage: %1").arg(r->stageText()) << Qt::endl;
    if (r->needsRefresh)
        m_out << t("Needs a refresh: its stored copy cannot be read. The next sync reads it again "
                   "from Partner Center; queued actions are kept.")
              << Qt::endl;
    if (r->isOutgoing())
        m_out << t("Sent by you to another partner: they answer it.") << Qt::endl;
    if (!d.text.isEmpty())
        m_out << t("Deadline: %1").arg(d.text) << Qt::endl;
    if (r->details.dealValue)
        m_out << t("Deal: %1, closing %2")
                     .arg(Money::format(*r->details.dealValue, r->details.currency),
                         locale.toString(
                             r->details.closingDateTime.toUTC().date(), QLocale::ShortFormat))
              << Qt::endl;
    // Labels to read; `show --json` keeps the service's own values for scripts.
    m_out << t("Country: %1, size: %2")
                 .arg(Labels::countryWithCode(r->customerProfile.address.country),
                     Labels::companySize(r->customerProfile.size))
          << Qt::endl;
    if (!r->type.isEmpty() || !r->qualification.isEmpty())
        m_out << t("Type: %1, qualification: %2")
                     .arg(Labels::referralType(r->type), Labels::qualification(r->qualification))
              << Qt::endl;
    if (!r->statusReason.isEmpty())
        m_out << t("Reason: %1").arg(Labels::statusReason(r->statusReason)) << Qt::endl;
    if (r->stage() == Stage::New || r->stage() == Stage::Evaluating) {
        const QHash<QString, Fit> fits = FitStore::score(*m_store, { id });
        const Fit fit = fits.value(id);
        if (fits.isEmpty())
            fitUnreadable();
        else if (fit.counting) // the sentence says it is not known yet, and why
            m_out << t("Fit: %1").arg(fit.because()) << Qt::endl;
        else
            m_out << t("Fit: %1. %2").arg(Fit::levelLabel(fit.level), fit.because()) << Qt::endl;
    }
    if (!r->details.notes.isEmpty())
        m_out << t("Notes: %1").arg(r->details.notes) << Qt::endl;
    for (const OutboxEntry &e : (*m_store).outboxFor(id))
        m_out << t("Queued: %1 (%2) %3")
                     .arg(Lifecycle::actionName(e.action), OutboxEntry::stateName(e.state),
                         e.lastError)
              << Qt::endl;
    // Customers send one request to several partners: say so before the person answers.
    if (const QList<RelatedReferral> related = (*m_store).related(id); !related.isEmpty()) {
        m_out << t("Also from this customer:") << Qt::endl;
        for (const RelatedReferral &other : related) {
            const QString how = other.outcome == Outcome::None ? stageName(other.stage)
                : other.outcome == Outcome::Unknown && !other.status.isEmpty()
                ? Referral::tr("Unknown (%1)").arg(other.status)
                : outcomeName(other.outcome);
            const QDateTime at = other.closed.isValid() ? other.closed : other.created;
            //: show: one earlier referral of the customer: id, customer, referral, how it
            //: ended (or its stage), date
            m_out << t("  %1  %2 — %3: %4, %5")
                         .arg(other.id, other.customer, other.name, how,
                             at.isValid()
                                 ? locale.toString(at.toLocalTime().date(), QLocale::ShortFormat)
                                 : QStringLiteral("-"))
                  << Qt::endl;
        }
    }
    return Cli::Done;
}

int OfflineCommands::exportArchive()
{
    if (m_parser.value(QStringLiteral("stage"))
                .compare(QLatin1String("archived"), Qt::CaseInsensitive)
            != 0
        || !m_parser.isSet(QStringLiteral("csv"))) {
        m_err << t("Usage: export --stage archived --csv FILE") << Qt::endl;
        return Cli::BadInput;
    }
    // The app's export, the same columns: one implementation (ArchiveExport).
    const ArchiveExport::Result result = ArchiveExport::write(*m_store, ArchiveFilter(),
        ArchiveColumn::Closed, Qt::DescendingOrder, m_parser.value(QStringLiteral("csv")));
    if (!result.ok()) {
        m_err << result.error << Qt::endl;
        return Cli::BadInput;
    }
    const int rows = result.rows;
    m_out << t("Exported %1 archived referrals.").arg(rows) << Qt::endl;
    return Cli::Done;
}

int OfflineCommands::inspect(const QStringList &files)
{
    if (files.isEmpty()) {
        m_err << t("inspect needs at least one file.") << Qt::endl;
        return Cli::BadInput;
    }
    QDateTime at = m_clock->now();
    if (m_parser.isSet(QStringLiteral("at"))) {
        at = ReferralJson::parseInstant(m_parser.value(QStringLiteral("at")));
        if (!at.isValid()) {
            m_err << t("--at: “%1” is not an ISO-8601 instant such as 2026-11-24T09:00:00Z")
                         .arg(m_parser.value(QStringLiteral("at")))
                  << Qt::endl;
            return Cli::BadInput;
        }
    }
    int failures = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << t("%1: cannot read: %2").arg(path, file.errorString()) << Qt::endl;
            ++failures;
            continue;
        }
        const ParseResult parsed = ReferralJson::parse(file.readAll());
        for (const QString &warning : parsed.warnings)
            m_err << path << ": " << warning << Qt::endl;
        if (!parsed.ok()) {
            m_err << path << ": " << parsed.error.message << Qt::endl;
            ++failures;
            continue;
        }
        const Referral &r = *parsed.referral;
        const DeadlineStatus deadline = m_policy.evaluate(r, at);
        QStringList actions;
        for (Action a : Lifecycle::actionsFrom(r.stage())) {
            if (Lifecycle::isAllowed(r, a))
                actions.append(Lifecycle::actionKey(a));
        }
        m_out << r.id << '\t' << r.customerProfile.name << '\t' << r.stageText() << '\t'
              << (deadline.text.isEmpty() ? QStringLiteral("-") : deadline.text) << '\t'
              << (actions.isEmpty() ? QStringLiteral("-") : actions.join(QLatin1Char(',')))
              << Qt::endl;
    }
    return failures ? Cli::BadInput : Cli::Done;
}

} // namespace rd
