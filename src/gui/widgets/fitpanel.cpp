#include "fitpanel.h"

#include "domain/labels.h"
#include "domain/referral.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace rd {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

FitPanel::FitPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("fitPanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    for (QLabel *l : { m_heading, m_reason, m_listLabel }) {
        l->setTextFormat(Qt::PlainText); // names come from customers: never rich text
        l->setWordWrap(true);
    }
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("similarReferrals"));
    // The pane is narrow: each referral wraps rather than hides behind a scroll bar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);
    // A few lines: the pane's text below keeps most of the room.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8 + 8);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(item->data(kIdRole).toString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_reason);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list);
    showFit(QString(), std::nullopt);
}

void FitPanel::showFit(const QString &id, const std::optional<Fit> &fit)
{
    if (id != m_id)
        m_similar.clear();
    m_id = id;
    m_fit = fit;
    retranslate();
}

void FitPanel::showSimilar(const QString &id, const QList<SimilarReferral> &similar)
{
    if (id != m_id)
        return;
    m_similar = similar;
    retranslate();
}

QString FitPanel::reason() const
{
    return m_reason->text();
}

void FitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FitPanel::retranslate()
{
    setVisible(m_fit.has_value());
    if (!m_fit)
        return;
    m_heading->setText(m_fit->counting ? tr("Fit not known yet") : Fit::levelLabel(m_fit->level));
    m_reason->setText(m_fit->because());
    m_listLabel->setText(tr("Similar referrals (press Enter or double-click to open one):"));
    const bool any = !m_similar.isEmpty();
    m_listLabel->setVisible(any);
    m_list->setVisible(any);
    m_list->clear();
    const QLocale locale;
    for (const SimilarReferral &s : std::as_const(m_similar)) {
        //: a similar past referral: customer, its name, how it ended, when
        auto *item = new QListWidgetItem(tr("%1 — %2 · %3 · %4")
                                             .arg(s.customer, s.name,
                                                 outcomeName(Outcome(s.outcome)),
                                                 locale.toString(s.closed.toLocalTime().date(),
                                                     QLocale::ShortFormat)),
            m_list);
        item->setToolTip(item->text());
        item->setData(kIdRole, s.id);
    }
}

} // namespace rd
