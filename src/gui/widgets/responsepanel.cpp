#include "responsepanel.h"

#include "domain/deadlinepolicy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace rd {

namespace {

const QColor kShareColor(0x1F, 0x5F, 0xA8); // as the breakdown's bars
const QColor kMedianColor(0xD0, 0x6A, 0x00);

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100)) + QStringLiteral(" %");
}

QString hours(qint64 h)
{
    //: A scale's hours in the weekly response chart ("48 h")
    return WeeklyResponseChart::tr("%1 h").arg(QLocale().toString(h));
}

QString duration(qint64 secs)
{
    return DeadlinePolicy::formatDuration(secs * 1000, DeadlinePolicy::DurationUse::Length);
}

} // namespace

void WeeklyResponseChart::setWeeks(const QList<WeekResponse> &weeks)
{
    m_weeks = weeks;
    describe();
    update();
}

void WeeklyResponseChart::describe()
{
    // What the chart shows, for a screen reader: each week's share and median.
    setAccessibleName(tr("Answers per week"));
    QStringList said;
    for (const WeekResponse &w : std::as_const(m_weeks)) {
        const QString week = QLocale().toString(w.monday, QLocale::ShortFormat);
        const std::optional<double> share = w.figures.shareWithin24h();
        if (!share)
            said.append(tr("Week of %1: no new referrals").arg(week));
        else
            said.append(
                tr("Week of %1: %2 answered within 24 h, median %3")
                    .arg(week, percent(*share),
                        w.figures.medianResponseSecs ? duration(*w.figures.medianResponseSecs)
                                                     : tr("no answer yet")));
    }
    setAccessibleDescription(said.join(QStringLiteral("; ")));
}

void WeeklyResponseChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

void WeeklyResponseChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::Text);
    const int line = fm.height();

    // The legend on top: a bar's colour, then the median line's.
    int x = 8;
    const int legendY = 4;
    const QString shareLabel = tr("Answered within 24 h");
    const QString medianLabel = tr("Median time to first answer");
    p.fillRect(QRect(x, legendY + line / 4, line / 2, line / 2), kShareColor);
    x += line / 2 + 4;
    p.setPen(text);
    const int shareWidth = std::min(fm.horizontalAdvance(shareLabel), width() / 2 - x);
    p.drawText(QRect(x, legendY, shareWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(shareLabel, Qt::ElideRight, shareWidth));
    x += shareWidth + 16;
    p.setPen(QPen(kMedianColor, 2));
    p.drawLine(x, legendY + line / 2, x + line, legendY + line / 2);
    x += line + 4;
    p.setPen(text);
    p.drawText(QRect(x, legendY, width() - x - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(medianLabel, Qt::ElideRight, width() - x - 8));

    // The median's scale: whole days, at least the 24 h target, so the line can be read
    // against it.
    qint64 maxMedian = 0;
    for (const WeekResponse &w : std::as_const(m_weeks))
        maxMedian = std::max(maxMedian, w.figures.medianResponseSecs.value_or(0));
    const qint64 scaleHours = std::max<qint64>(24, (maxMedian + 24 * 3600 - 1) / (24 * 3600) * 24);

    const int left = fm.horizontalAdvance(percent(1.0)) + 12;
    const int right = fm.horizontalAdvance(hours(scaleHours)) + 12;
    // Below the legend, room for the value above a full bar; below the plot, the weeks.
    const int plotTop = legendY + 2 * line + 8;
    const QRect plot(left, plotTop, width() - left - right, height() - plotTop - (line + 8));
    if (plot.width() < 40 || plot.height() < 40 || m_weeks.isEmpty())
        return;

    // Scales and grid: 0, 50 and 100 % on the left; 0, half and all of the hours on the right.
    const QColor grid = palette().color(QPalette::Mid);
    for (int step = 0; step <= 2; ++step) {
        const int y = plot.bottom() - plot.height() * step / 2;
        p.setPen(QPen(grid, 1, step == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - line / 2, left - 6, line), Qt::AlignRight | Qt::AlignVCenter,
            percent(step / 2.0));
        p.setPen(kMedianColor);
        p.drawText(QRect(plot.right() + 6, y - line / 2, right - 6, line),
            Qt::AlignLeft | Qt::AlignVCenter, hours(scaleHours * step / 2));
    }

    const qsizetype n = m_weeks.size();
    const double slot = double(plot.width()) / double(n);
    // Week labels where they fit: every week, or every second, third… from the newest back.
    const int labelWidth
        = fm.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 8;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    QPainterPath median;
    bool drawing = false;
    for (qsizetype i = 0; i < n; ++i) {
        const WeekResponse &w = m_weeks.at(i);
        const double centre = plot.left() + slot * (double(i) + 0.5);
        if (const std::optional<double> share = w.figures.shareWithin24h()) {
            const int h = int(std::lround(plot.height() * std::clamp(*share, 0.0, 1.0)));
            const QRectF bar(centre - slot * 0.3, plot.bottom() - h, slot * 0.6, h);
            p.fillRect(bar, kShareColor);
            const QString value = percent(*share);
            if (fm.horizontalAdvance(value) <= slot - 2) {
                p.setPen(text);
                const int y = std::max(plot.top() - line, int(bar.top()) - line - 1);
                p.drawText(QRectF(centre - slot / 2, y, slot, line), Qt::AlignCenter, value);
            }
        }
        if (w.figures.medianResponseSecs) {
            const double y = plot.bottom()
                - plot.height() * double(*w.figures.medianResponseSecs) / double(scaleHours * 3600);
            const QPointF point(centre, std::max(double(plot.top()), y));
            drawing ? median.lineTo(point) : median.moveTo(point);
            drawing = true;
            p.setPen(Qt::NoPen);
            p.setBrush(kMedianColor);
            p.drawEllipse(point, 3, 3);
        } else {
            drawing = false; // a week without answers leaves a gap
        }
        if ((n - 1 - i) % every == 0) {
            p.setPen(text);
            p.drawText(QRectF(centre - labelWidth / 2.0, plot.bottom() + 4, labelWidth, line),
                Qt::AlignCenter, QLocale().toString(w.monday, QLocale::ShortFormat));
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kMedianColor, 2));
    p.drawPath(median);
}

ResponsePanel::ResponsePanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new WeeklyResponseChart(this))
    , m_title(new QLabel(this))
    , m_streak(new QLabel(this))
    , m_missesTitle(new QLabel(this))
    , m_misses(new QTreeWidget(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *l : { m_title, m_streak, m_missesTitle }) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_missesTitle->setBuddy(m_misses);
    m_misses->setRootIsDecorated(false);
    m_misses->setUniformRowHeights(true);
    m_misses->setColumnCount(4);
    m_misses->header()->setStretchLastSection(true);
    // Double-click and Enter both activate: the referral opens on the board's details pane.
    connect(m_misses, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit openRequested(item->data(0, Qt::UserRole).toString());
    });

    auto *side = new QVBoxLayout;
    side->addWidget(m_streak);
    side->addWidget(m_missesTitle);
    side->addWidget(m_misses, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_chart, 3);
    row->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(row, 1);
    retranslate();
}

void ResponsePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResponsePanel::retranslate()
{
    m_title->setText(tr("How fast you answer: the last 12 weeks"));
    m_misses->setHeaderLabels(
        { tr("Customer"), tr("Referral"), tr("Received"), tr("First answer") });
    m_misses->setAccessibleName(tr("Missed the 24-hour target this week"));
    if (m_figures)
        setFigures(*m_figures, m_zone);
    else
        m_streak->setText(tr("Reading the last 12 weeks…"));
}

void ResponsePanel::setFigures(const ResponseTimes &figures, const QTimeZone &zone)
{
    m_figures = figures;
    m_zone = zone;
    m_chart->setWeeks(figures.weeks);
    const int days = figures.streakDays;
    if (days > 0 && figures.streakUnbroken)
        m_streak->setText(tr("Streak: every new referral answered within 24 h on at least the "
                             "last %n day(s) with arrivals.",
            nullptr, days));
    else if (days > 0)
        m_streak->setText(tr("Streak: every new referral answered within 24 h on the last %n "
                             "day(s) with arrivals.",
            nullptr, days));
    else if (figures.streakUnbroken)
        m_streak->setText(tr("Streak: no day to count yet (days without new referrals neither "
                             "break nor extend it)."));
    else
        m_streak->setText(tr("Streak: none. The latest day with new referrals had one answered "
                             "later than 24 h."));

    const qsizetype missed = figures.missesThisWeek.size();
    m_missesTitle->setText(missed
            ? tr("%n referral(s) missed the 24-hour target this week (double-click to open):",
                nullptr, int(missed))
            : tr("No referral missed the 24-hour target this week."));
    m_misses->clear();
    const QLocale locale;
    for (const ResponseMiss &m : figures.missesThisWeek) {
        auto *item = new QTreeWidgetItem(m_misses,
            { m.customer.isEmpty() ? tr("A customer") : m.customer, m.name,
                locale.toString(m.created.toTimeZone(zone), QLocale::ShortFormat),
                m.answered.isValid()
                    ? tr("%1 (after %2)")
                          .arg(locale.toString(m.answered.toTimeZone(zone), QLocale::ShortFormat),
                              duration(m.created.secsTo(m.answered)))
                    : tr("Not answered") });
        item->setData(0, Qt::UserRole, m.id);
    }
    for (int c = 0; c < m_misses->columnCount() - 1; ++c)
        m_misses->resizeColumnToContents(c);
    m_misses->setVisible(missed > 0);
    if (missed && !m_misses->currentItem())
        m_misses->setCurrentItem(m_misses->topLevelItem(0));
}

} // namespace rd
