#include "insightswindow.h"

#include "actiondialogs.h"
#include "domain/deadlinepolicy.h"
#include "domain/labels.h"
#include "domain/money.h"
#include "insights/insightquery.h"
#include "insights/responsetimes.h"
#include "responsepanel.h"
#include "store/archivereader.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

namespace {

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v * 100.0, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

QString money(const QMap<QString, MinorUnits> &values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts.append(Money::format(it.value(), it.key()));
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" · "));
}

QString duration(const std::optional<qint64> &secs)
{
    return secs ? DeadlinePolicy::formatDuration(*secs * 1000, DeadlinePolicy::DurationUse::Length)
                : QStringLiteral("–");
}

/// The breakdown's groups in the order a person reads them: sizes from small to large,
/// countries by name in the UI language, products by name; "(none)" last.
QStringList groupOrder(const QMap<QString, InsightFigures> &groups, InsightDimension dimension)
{
    QStringList keys = groups.keys();
    keys.removeAll(QString());
    switch (dimension) {
    case InsightDimension::Size:
        Labels::sortCompanySizes(keys);
        break;
    case InsightDimension::Country:
        Labels::sortCountries(keys);
        break;
    case InsightDimension::Product:
        break; // the QMap's order: by name
    }
    if (groups.contains(QString()))
        keys.append(QString());
    return keys;
}

QString groupLabel(const QString &key, InsightDimension dimension)
{
    switch (dimension) {
    case InsightDimension::Size:
        return Labels::companySize(key);
    case InsightDimension::Country:
        return Labels::countryName(key);
    case InsightDimension::Product:
        break;
    }
    return key;
}

QStandardItem *number(double value, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(value, Qt::UserRole); // sorts by the number, shows the text
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

void BarChart::setBars(const QList<QPair<QString, double>> &bars, const QString &title)
{
    m_bars = bars;
    m_title = title;
    // What the bars show, for a screen reader: the title, then each group and its rate.
    QStringList said;
    for (const auto &[label, value] : bars)
        said.append(tr("%1: %2").arg(label.isEmpty() ? tr("(none)") : label,
            QLocale().toString(value * 100, 'f', 0) + QStringLiteral(" %")));
    setAccessibleName(title);
    setAccessibleDescription(said.isEmpty() ? tr("No accepted referrals in this period.")
                                            : said.join(QStringLiteral("; ")));
    update();
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    const int line = fm.height() + 6;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(8, 4, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const int labelWidth = std::min(width() / 3, 160);
    int y = 4 + line;
    for (const auto &[label, value] : m_bars) {
        if (y + line > height())
            break;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(8, y, labelWidth - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(label.isEmpty() ? tr("(none)") : label, Qt::ElideRight, labelWidth - 8));
        const int barMax = width() - labelWidth - 60;
        const QRect bar(labelWidth, y + 3, int(barMax * std::clamp(value, 0.0, 1.0)), line - 6);
        p.fillRect(bar, QColor(0x1F, 0x5F, 0xA8));
        p.drawText(QRect(bar.right() + 6, y, 54, line), Qt::AlignLeft | Qt::AlignVCenter,
            QLocale().toString(value * 100, 'f', 0) + QStringLiteral(" %"));
        y += line;
    }
}

InsightsWindow::InsightsWindow(Store *store, Clock *clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_reader(new ArchiveReader(store->path(), this))
    , m_clock(clock)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_receivedIn(new QLabel(this))
    , m_rangeError(new QLabel(this))
    , m_dimension(new QComboBox(this))
    , m_breakdown(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_chart(new BarChart(this))
    , m_responses(new ResponsePanel(this))
{
    resize(1100, 760);
    for (int days : { 30, 90, 365, 0 })
        m_period->addItem(QString(), days);
    m_period->setCurrentIndex(1);
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        d->setEnabled(false);
    }
    m_rangeError->setTextFormat(Qt::PlainText);
    m_rangeError->setWordWrap(true);
    showFieldError(m_rangeError, QString());
    for (InsightDimension d :
        { InsightDimension::Country, InsightDimension::Size, InsightDimension::Product })
        m_dimension->addItem(QString(), int(d));

    auto *top = new QHBoxLayout;
    top->addWidget(m_receivedIn);
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    top->addWidget(m_rangeError, 1);
    top->addStretch();
    top->addWidget(m_dimension);

    auto *grid = new QGridLayout;
    int i = 0;
    for (const auto &[key, label] : figureNames()) {
        auto *name = new QLabel(this);
        m_names.insert(key, name);
        auto *value = new QLabel(this);
        name->setBuddy(value); // a screen reader says which figure a value is
        value->setTextFormat(Qt::PlainText);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(key, value);
        grid->addWidget(name, i / 2, (i % 2) * 2);
        grid->addWidget(value, i / 2, (i % 2) * 2 + 1);
        ++i;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_breakdown->setSortRole(Qt::UserRole);
    m_table->setModel(m_breakdown);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The weeks above the period's breakdown: the person may give either more room.
    auto *sections = new QSplitter(Qt::Vertical, this);
    sections->addWidget(m_responses);
    sections->addWidget(splitter);
    sections->setStretchFactor(0, 1);
    sections->setStretchFactor(1, 1);
    sections->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(sections, 1);
    connect(m_responses, &ResponsePanel::openRequested, this, &InsightsWindow::openRequested);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == 0;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        recompute();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &InsightsWindow::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &InsightsWindow::recompute);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &InsightsWindow::recompute);
    connect(m_reader, &ArchiveReader::readDone, this,
        [this](quint64 ticket, const QVariant &rows) {
            if (ticket != m_ticket)
                return; // an earlier period's
            m_ticket = 0;
            showFigures(rows.value<QList<InsightRow>>());
        });
    connect(
        m_reader, &ArchiveReader::readDone, this, [this](quint64 ticket, const QVariant &weeks) {
            if (ticket != m_weeksTicket)
                return;
            m_weeksTicket = 0;
            m_responses->setFigures(weeks.value<ResponseTimes>(), m_zone);
            emit weeksShown();
        });
    connect(
        m_reader, &ArchiveReader::failed, this, [this](quint64 ticket, const StoreError &error) {
            if (ticket == m_weeksTicket)
                m_weeksTicket = 0; // the period's read says why, or the next one will
            if (ticket != m_ticket)
                return;
            m_ticket = 0;
            showFieldError(m_rangeError, error.message);
        });
    retranslate();
    recompute(); // also shows the period's dates

    // A window of its own: Ctrl+W (and the platform's other Close keys) closes it wherever the
    // focus is; Escape too, once no field inside wants it.
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.append(QKeySequence(Qt::CTRL | Qt::Key_W));
    for (const QKeySequence &key : std::as_const(closeKeys))
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
}

QList<QPair<QString, QString>> InsightsWindow::figureNames()
{
    // The figures in the order shown (two a row), each by its key and its name.
    return {
        { QStringLiteral("received"), tr("Received") },
        { QStringLiteral("median"), tr("Median time to first answer") },
        { QStringLiteral("within24h"), tr("Answered within 24 h") },
        { QStringLiteral("missed"), tr("Missed") },
        { QStringLiteral("expired"), tr("Expired") },
        { QStringLiteral("acceptRate"), tr("Accept rate") },
        { QStringLiteral("winRate"), tr("Win rate of accepted") },
        { QStringLiteral("wonValue"), tr("Won value") },
        { QStringLiteral("pipeline"), tr("Pipeline in Negotiating") },
        { QStringLiteral("overdue"), tr("Closing date passed: report Won or Lost") },
    };
}

void InsightsWindow::retranslate()
{
    setWindowTitle(tr("Insights — Referral Desk"));
    m_period->setAccessibleName(tr("Period"));
    const QStringList periods { tr("Last 30 days"), tr("Last 90 days"), tr("Last 365 days"),
        tr("Custom") };
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    m_from->setAccessibleName(tr("Received from"));
    m_to->setAccessibleName(tr("Received until"));
    m_dimension->setAccessibleName(tr("Break down by"));
    const QStringList dimensions { tr("By country"), tr("By company size"), tr("By product") };
    for (int i = 0; i < dimensions.size(); ++i)
        m_dimension->setItemText(i, dimensions.at(i));
    m_receivedIn->setText(tr("Referrals received in:"));
    for (const auto &[key, label] : figureNames()) {
        //: A figure's name before its value ("Received: 30"); Chinese uses a full-width colon
        m_names.value(key)->setText(tr("%1:").arg(label));
        m_values.value(key)->setAccessibleName(label);
    }
    m_table->setAccessibleName(tr("Breakdown"));
    if (m_shown)
        showFigures(m_rows); // the breakdown's headers, groups and durations in the new language
    if (!m_rangeError->isHidden() && m_period->currentData().toInt() == 0)
        recompute(); // the refused range says why again
}

void InsightsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InsightsWindow::keyPressEvent(QKeyEvent *event)
{
    // An Escape no field inside used for itself (an open calendar, a list) closes, as in a dialog.
    if (event->keyCombination() == QKeyCombination(Qt::Key_Escape)) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString InsightsWindow::rangeError() const
{
    return m_rangeError->isHidden() ? QString() : m_rangeError->text();
}

void InsightsWindow::setPeriodDays(int days)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(days)));
}

void InsightsWindow::setDimension(InsightDimension dimension)
{
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(int(dimension))));
}

QString InsightsWindow::figureText(const QString &name) const
{
    const QLabel *l = m_values.value(name);
    return l ? l->text() : QString();
}

void InsightsWindow::recompute()
{
    const QDateTime now = m_clock->now();
    QDateTime from, to;
    if (const int days = m_period->currentData().toInt(); days > 0) {
        from = now.addDays(-days);
        to = now.addSecs(1);
        // The dates say which days the period covers (and are where a custom range starts).
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(from.toLocalTime().date());
        m_to->setDate(now.toLocalTime().date());
    } else if (m_from->date() > m_to->date()) {
        // Refused, not swapped: the person may be halfway through changing both dates. The
        // figures of the last usable range stay until the range is fixed.
        showFieldError(m_rangeError,
            tr("The range starts after it ends: choose a start on or before %1.")
                .arg(QLocale().toString(m_to->date(), QLocale::ShortFormat)));
        return;
    } else {
        from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
        to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    }
    showFieldError(m_rangeError, QString());
    // The period's referrals are read on the reader's thread (a year of them grows with the
    // partner's history); the figures shown stay until the new ones arrive.
    if (m_ticket)
        m_reader->cancel(m_ticket);
    m_requestedAt = now;
    m_ticket = m_reader->requestRead([from, to](Store &store) {
        return QVariant::fromValue(InsightQuery::rows(store, from, to, DeadlinePolicy()));
    });
    // The 12 weeks (referrals_by_created, as the period), figures made on the reader's thread.
    if (m_weeksTicket)
        m_reader->cancel(m_weeksTicket);
    m_weeksTicket = m_reader->requestRead([now, zone = m_zone](Store &store) {
        const QList<InsightRow> rows = InsightQuery::rows(
            store, ResponseTimesCalc::rangeStart(now, zone, 12), now.addSecs(1), DeadlinePolicy());
        return QVariant::fromValue(ResponseTimesCalc::compute(rows, now, zone, 12));
    });
}

void InsightsWindow::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    recompute();
}

void InsightsWindow::showFigures(const QList<InsightRow> &rows)
{
    const QDateTime now = m_requestedAt;
    m_rows = rows;
    m_shown = true;
    m_figures = Insights::compute(rows, now);
    const QLocale locale;
    m_values[QStringLiteral("received")]->setText(locale.toString(m_figures.received));
    m_values[QStringLiteral("median")]->setText(duration(m_figures.medianResponseSecs));
    m_values[QStringLiteral("within24h")]->setText(percent(m_figures.shareWithin24h()));
    m_values[QStringLiteral("missed")]->setText(locale.toString(m_figures.missed));
    m_values[QStringLiteral("expired")]->setText(locale.toString(m_figures.expired));
    m_values[QStringLiteral("acceptRate")]->setText(percent(m_figures.acceptRate()));
    m_values[QStringLiteral("winRate")]->setText(percent(m_figures.winRate()));
    m_values[QStringLiteral("wonValue")]->setText(money(m_figures.wonValue));
    m_values[QStringLiteral("pipeline")]->setText(money(m_figures.pipelineValue));
    m_values[QStringLiteral("overdue")]->setText(locale.toString(m_figures.overdue));

    const auto dimension = InsightDimension(m_dimension->currentData().toInt());
    const QMap<QString, InsightFigures> groups = Insights::breakdown(rows, dimension, now);
    m_breakdown->clear();
    m_breakdown->setHorizontalHeaderLabels({ m_dimension->currentText().mid(0), tr("Received"),
        tr("Answered in 24 h"), tr("Median answer"), tr("Missed"), tr("Accept rate"), tr("Won"),
        tr("Win rate"), tr("Won value") });
    m_breakdown->setHeaderData(0, Qt::Horizontal,
        dimension == InsightDimension::Country    ? tr("Country")
            : dimension == InsightDimension::Size ? tr("Company size")
                                                  : tr("Product"));
    QList<QPair<QString, double>> bars;
    const QStringList order = groupOrder(groups, dimension);
    for (qsizetype position = 0; position < order.size(); ++position) {
        const QString &key = order.at(position);
        const InsightFigures &g = groups[key];
        const QString label = key.isEmpty() ? tr("(none)") : groupLabel(key, dimension);
        auto *name = new QStandardItem(label);
        // Sorting the first column keeps this order (sizes by size, not by their text).
        name->setData(int(position), Qt::UserRole);
        name->setData(key, GroupKeyRole);
        m_breakdown->appendRow({ name, number(g.received, locale.toString(g.received)),
            number(g.shareWithin24h().value_or(-1), percent(g.shareWithin24h())),
            number(double(g.medianResponseSecs.value_or(-1)), duration(g.medianResponseSecs)),
            number(g.missed, locale.toString(g.missed)),
            number(g.acceptRate().value_or(-1), percent(g.acceptRate())),
            number(g.won, locale.toString(g.won)),
            number(g.winRate().value_or(-1), percent(g.winRate())),
            new QStandardItem(money(g.wonValue)) });
        if (g.accepted)
            bars.append({ label, *g.winRate() });
    }
    m_table->resizeColumnsToContents();
    // Equal rates keep the groups' order (sizes small to large).
    std::stable_sort(
        bars.begin(), bars.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    m_chart->setBars(bars, tr("Win rate of accepted referrals"));
    emit figuresShown();
}

} // namespace rd
