#pragma once

#include "domain/clock.h"
#include "insights/insightquery.h"
#include "insights/insights.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace rd {

class ArchiveReader;
class ResponsePanel;
class Store;

/// A horizontal bar per group (win rate or accept rate), painted with QPainter.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setBars(const QList<QPair<QString, double>> &bars, const QString &title);
    QSize sizeHint() const override { return { 320, 240 }; }
    const QList<QPair<QString, double>> &bars() const { return m_bars; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<QString, double>> m_bars;
    QString m_title;
};

/// What the archive teaches: response times, missed and expired counts, accept and win rates,
/// won and pipeline values, overdue closings — for a period, and broken down by country, company
/// size or product. Computed from the local store alone.
class InsightsWindow : public QWidget
{
    Q_OBJECT
public:
    /// The breakdown's first column: Qt::UserRole sorts (the groups' reading order), this role
    /// holds the group's own value (a country code, a wire size, a product; "" for none).
    enum Role { GroupKeyRole = Qt::UserRole + 1 };

    InsightsWindow(Store *store, Clock *clock, QWidget *parent = nullptr);

    void setPeriodDays(int days);
    QComboBox *period() const { return m_period; }
    /// The received dates shown: the chosen period's, or the custom range to edit.
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    /// Why the custom range is refused (it starts after it ends); empty when it is used.
    QString rangeError() const;
    void setDimension(InsightDimension dimension);
    const InsightFigures &figures() const { return m_figures; }
    QString figureText(const QString &name) const;
    /// Whether the period's referrals are being read (on the reader's thread); the figures
    /// shown are the previous period's until they arrive (figuresShown).
    bool isReading() const { return m_ticket != 0; }
    QStandardItemModel *breakdownModel() const { return m_breakdown; }
    BarChart *chart() const { return m_chart; }
    /// The last 12 weeks' response times, the streak and this week's misses (read with the
    /// period's figures, whatever the period).
    ResponsePanel *responses() const { return m_responses; }
    /// Whether the 12 weeks are being read.
    bool isReadingWeeks() const { return m_weeksTicket != 0; }
    /// Where weeks start (Monday 00:00) and days end; the system's time zone by default.
    void setTimeZone(const QTimeZone &zone);

public slots:
    void recompute();

signals:
    /// The figures of the period and breakdown asked for last are shown.
    void figuresShown();
    /// The 12 weeks' response figures asked for last are shown.
    void weeksShown();
    /// A referral of the list of misses was opened (double-click, Enter).
    void openRequested(const QString &referralId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The figures' keys and names in the UI language, in the order shown.
    static QList<QPair<QString, QString>> figureNames();
    void retranslate();
    void showFigures(const QList<InsightRow> &rows);

    Store *m_store;
    ArchiveReader *m_reader;
    quint64 m_ticket = 0; ///< the period's rows being read
    QDateTime m_requestedAt; ///< "now" of the figures being read
    Clock *m_clock;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_receivedIn;
    QLabel *m_rangeError;
    QComboBox *m_dimension;
    QHash<QString, QLabel *> m_names; ///< each figure's name, by key
    QHash<QString, QLabel *> m_values;
    QStandardItemModel *m_breakdown;
    QTableView *m_table;
    BarChart *m_chart;
    ResponsePanel *m_responses;
    quint64 m_weeksTicket = 0; ///< the 12 weeks being read
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    InsightFigures m_figures;
    QList<InsightRow> m_rows; ///< the period's rows the figures were computed from
    bool m_shown = false; ///< whether any figures are shown yet
};

} // namespace rd
