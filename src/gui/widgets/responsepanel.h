#pragma once

#include "insights/responsetimes.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace rd {

/// The last weeks' response times, painted with QPainter: a bar per week for the share answered
/// within 24 h (left scale, 0–100 %) and a line through each week's median time to first answer
/// (right scale, in hours). Weeks without arrivals have neither.
class WeeklyResponseChart : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setWeeks(const QList<WeekResponse> &weeks);
    const QList<WeekResponse> &weeks() const { return m_weeks; }
    QSize sizeHint() const override { return { 520, 240 }; }
    QSize minimumSizeHint() const override { return { 320, 180 }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    QList<WeekResponse> m_weeks;
};

/// "How fast the team answers": the weekly chart, the current streak and this week's referrals
/// that missed the 24 h target (double-click or Enter opens one: openRequested).
class ResponsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsePanel(QWidget *parent = nullptr);

    /// Shows figures computed at `now`; dates are shown in `zone`.
    void setFigures(const ResponseTimes &figures, const QTimeZone &zone);
    WeeklyResponseChart *chart() const { return m_chart; }
    QLabel *streakLabel() const { return m_streak; }
    QTreeWidget *misses() const { return m_misses; }

signals:
    void openRequested(const QString &referralId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WeeklyResponseChart *m_chart;
    QLabel *m_title;
    QLabel *m_streak;
    QLabel *m_missesTitle;
    QTreeWidget *m_misses;
    std::optional<ResponseTimes> m_figures;
    QTimeZone m_zone;
};

} // namespace rd
