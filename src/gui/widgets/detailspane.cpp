#include "detailspane.h"

#include "fitpanel.h"

#include "domain/labels.h"
#include "domain/money.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_buttons(new QWidget(this))
    , m_buttonLayout(new QHBoxLayout(m_buttons))
    , m_fitPanel(new FitPanel(this))
    , m_text(new QPlainTextEdit(this))
    , m_relatedTitle(new QLabel(this))
    , m_related(new QListWidget(this))
{
    setObjectName(QStringLiteral("details"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *l : { m_title, m_stage }) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_buttonLayout->setContentsMargins(0, 0, 0, 0);
    m_buttonLayout->addStretch();
    m_text->setReadOnly(true);
    setFocusProxy(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stage);
    layout->addWidget(m_buttons);
    layout->addWidget(m_fitPanel);
    layout->addWidget(m_text, 1);
    // Below the text, so the referral itself stays first; a few rows tall (at most 20 come).
    QFont bold = m_relatedTitle->font();
    bold.setBold(true);
    m_relatedTitle->setFont(bold);
    m_relatedTitle->setTextFormat(Qt::PlainText);
    m_relatedTitle->setBuddy(m_related);
    m_related->setObjectName(QStringLiteral("relatedReferrals"));
    m_related->setMaximumHeight(m_related->fontMetrics().height() * 7);
    m_related->setUniformItemSizes(true);
    connect(m_related, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openReferralRequested(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_relatedTitle);
    layout->addWidget(m_related);
    show(std::nullopt);
}

void DetailsPane::setActions(const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttonLayout->insertWidget(m_buttonLayout->count() - 1, button);
        // Only the actions the stage allows are shown.
        connect(a, &QAction::enabledChanged, button, &QWidget::setVisible);
        button->setVisible(a->isEnabled());
    }
}

void DetailsPane::show(const std::optional<Referral> &referral, const QList<OutboxEntry> &outbox,
    const QList<HistoryEntry> &history)
{
    const QString id = referral ? referral->id : QString();
    if (id != m_id) {
        m_fitPanel->showFit(id, std::nullopt); // until the window says which fit it has
        m_relatedRows.clear(); // another referral: its own come with setRelated()
    }
    m_id = id;
    m_referral = referral;
    m_outbox = outbox;
    m_history = history;
    m_text->setAccessibleName(tr("Referral details"));
    m_text->setPlaceholderText(tr("Select a card to see everything about the referral."));
    m_title->setText(referral ? referral->customerProfile.name : tr("No referral selected"));
    m_stage->setText(
        referral ? tr("%1 · %2").arg(referral->stageText(), referral->name) : QString());
    m_stage->setVisible(referral.has_value());
    m_text->setPlainText(referral ? describe(*referral, outbox, history) : QString());
    fillRelated();
}

void DetailsPane::setRelated(const QString &id, const QList<RelatedReferral> &related)
{
    if (id != m_id)
        return; // an answer about a referral no longer shown
    m_relatedRows = related;
    fillRelated();
}

void DetailsPane::fillRelated()
{
    const QLocale locale;
    m_relatedTitle->setText(tr("Also from this customer"));
    m_related->setAccessibleName(tr("Also from this customer"));
    m_related->setToolTip(tr("Other referrals of this customer; press Enter or double-click "
                             "one to open it"));
    m_related->clear();
    for (const RelatedReferral &r : std::as_const(m_relatedRows)) {
        // How it ended in words (never the stored codes); an open one by its stage.
        const QString how = r.outcome == Outcome::None ? stageName(r.stage)
            : r.outcome == Outcome::Unknown && !r.status.isEmpty()
            ? Referral::tr("Unknown (%1)").arg(r.status)
            : outcomeName(r.outcome);
        const QDateTime at = r.closed.isValid() ? r.closed : r.created;
        const QString date = at.isValid()
            ? locale.toString(at.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
        //: "Also from this customer": customer, referral, how it ended (or its stage), date
        const QString text = date.isEmpty()
            ? tr("%1 — %2: %3").arg(r.customer, r.name, how)
            : tr("%1 — %2: %3, %4").arg(r.customer, r.name, how, date);
        auto *item = new QListWidgetItem(text, m_related);
        item->setData(Qt::UserRole, r.id);
    }
    m_relatedTitle->setVisible(!m_relatedRows.isEmpty());
    m_related->setVisible(!m_relatedRows.isEmpty());
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        show(m_referral, m_outbox, m_history);
    QWidget::changeEvent(event);
}

QString DetailsPane::text() const
{
    return m_text->toPlainText();
}

QString DetailsPane::describe(
    const Referral &r, const QList<OutboxEntry> &outbox, const QList<HistoryEntry> &history)
{
    const QLocale locale;
    QStringList out;
    // Which lines are section headings: known by position, not by their text (Chinese writes
    // "%1: %2" with a full-width colon and no space, so no text test tells the two apart).
    QSet<qsizetype> headings;
    auto heading = [&](const QString &title) {
        headings.insert(out.size());
        out.append(title);
    };
    auto line = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            out.append(tr("%1: %2").arg(label, value));
    };
    if (r.needsRefresh) {
        line(tr("Needs a refresh"),
            tr("The stored copy of this referral cannot be read, so only its name, customer, "
               "status, dates and deal are shown, and no action can be taken on it. The next "
               "sync reads it again from Partner Center; your queued actions are kept."));
        out.append(QString());
    }
    auto when = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    auto contact = [&](const Contact &c) {
        QStringList parts { c.displayName() };
        for (const QString &p : { c.title, c.email, c.phoneNumber }) {
            if (!p.isEmpty())
                parts.append(p);
        }
        return parts.join(QStringLiteral(" · "));
    };
    auto names = [](const QList<Solution> &list) {
        QStringList n;
        for (const Solution &s : list)
            n.append(s.name);
        return n.join(QStringLiteral(", "));
    };

    heading(tr("Customer"));
    line(tr("Name"), r.customerProfile.name);
    line(tr("Size"), Labels::companySize(r.customerProfile.size));
    const Address &a = r.customerProfile.address;
    line(tr("Address"),
        QStringList { a.addressLine1, a.addressLine2,
            (a.postalCode + QLatin1Char(' ') + a.city).trimmed(), a.state, a.region }
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", ")));
    // The name in the UI language with the code the service sent, which Partner Center and
    // other tools show.
    line(tr("Country"), Labels::countryWithCode(a.country));
    for (const Contact &c : r.customerProfile.team)
        line(tr("Contact"), contact(c));
    if (r.consent.consentToContact)
        line(tr("Consent to contact"), *r.consent.consentToContact ? tr("yes") : tr("no"));

    out.append(QString());
    heading(tr("Referral"));
    line(tr("Name"), r.name);
    line(tr("Id"), r.id);
    line(tr("Stage"), r.stageText());
    line(tr("Direction"),
        r.isOutgoing() ? tr("Sent by you to another partner, who answers it")
                       : tr("Received: yours to answer"));
    line(tr("Type"), Labels::referralType(r.type));
    line(tr("Qualification"), Labels::qualification(r.qualification));
    line(tr("Received"), when(r.createdDateTime));
    line(tr("Updated"), when(r.updatedDateTime));
    line(tr("Expires"), when(r.expirationDateTime));
    line(tr("Accepted"), when(r.acceptedDateTime));
    line(tr("Closed"), when(r.closedDateTime));
    line(tr("Reason"), Labels::statusReason(r.statusReason));
    if (r.details.dealValue)
        line(tr("Estimated deal value"), Money::format(*r.details.dealValue, r.details.currency));
    if (r.details.closingDateTime.isValid())
        line(tr("Estimated closing date"),
            locale.toString(r.details.closingDateTime.toUTC().date(), QLocale::LongFormat));

    out.append(QString());
    heading(tr("Requirements"));
    line(tr("Industries"), names(r.details.requirements.industries));
    line(tr("Products"), names(r.details.requirements.products));
    line(tr("Services"), names(r.details.requirements.services));
    line(tr("Solutions"), names(r.details.requirements.solutions));
    line(tr("Notes"), r.details.notes);

    if (!r.inviteContext.notes.isEmpty() || !r.inviteContext.invitedByOrganizationName.isEmpty()) {
        out.append(QString());
        heading(tr("Invitation"));
        line(tr("Invited by"), r.inviteContext.invitedByOrganizationName);
        line(tr("Notes"), r.inviteContext.notes);
    }
    if (!r.team.isEmpty()) {
        out.append(QString());
        heading(tr("Your team"));
        for (const Contact &c : r.team)
            line(tr("Member"), contact(c));
    }
    if (!history.isEmpty()) {
        out.append(QString());
        heading(tr("Your actions"));
        for (const HistoryEntry &h : history) {
            const QString result = h.result == QLatin1String("sent") ? tr("sent to Partner Center")
                : h.result == QLatin1String("undone")                ? tr("undone")
                                                                     : tr("dropped");
            line(when(h.takenAt), tr("%1 (%2)").arg(Lifecycle::actionName(h.action), result));
        }
    }
    if (!outbox.isEmpty()) {
        out.append(QString());
        heading(tr("Your actions not yet confirmed by Partner Center"));
        for (const OutboxEntry &e : outbox) {
            QString state;
            switch (e.state) {
            case OutboxEntry::State::Queued:
            case OutboxEntry::State::Sending:
                state = tr("waiting to be sent");
                break;
            case OutboxEntry::State::Conflict:
                state = tr("conflict");
                break;
            case OutboxEntry::State::Failed:
                state = tr("refused");
                break;
            }
            line(when(e.createdAt),
                tr("%1 (%2) %3")
                    .arg(Lifecycle::actionName(e.action), state, e.lastError)
                    .trimmed());
        }
    }
    // Drop section headings that nothing followed.
    QStringList kept;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool followed
            = i + 1 < out.size() && !out.at(i + 1).isEmpty() && !headings.contains(i + 1);
        if (headings.contains(i) && !followed) {
            if (!kept.isEmpty() && kept.last().isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(out.at(i));
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace rd
