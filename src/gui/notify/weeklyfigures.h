#pragma once

#include "insights/responsetimes.h"

#include <QObject>
#include <QTimeZone>
#include <optional>

class QTimer;

namespace rd {

class ArchiveReader;
class Clock;
class Store;

/// This week's and last week's response figures (docs/lifecycle.md, "How fast the team
/// answers") for the tray's tooltip and the weekly summary. Read on a reader thread of their own
/// (the GUI thread runs no query over the referrals received), again after a sync, a change on
/// the board and at the start of each week.
class WeeklyFigures : public QObject
{
    Q_OBJECT
public:
    WeeklyFigures(Store *store, Clock *clock, QObject *parent = nullptr);

    /// Where weeks start (Monday 00:00); the system's time zone unless a test says otherwise.
    void setTimeZone(const QTimeZone &zone);
    /// The figures last read; nullopt until the first read is done.
    const std::optional<ResponseTimes> &figures() const { return m_figures; }
    bool isReading() const { return m_ticket != 0; }

public slots:
    /// Reads the two weeks again now (a read still running is dropped).
    void refresh();
    /// Reads them again once changes have settled (many model signals during a sync).
    void refreshSoon();

signals:
    void updated(const rd::ResponseTimes &figures);

private:
    void armWeekTurn();

    Clock *m_clock;
    ArchiveReader *m_reader;
    QTimer *m_settle;
    QTimer *m_weekTurn;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    quint64 m_ticket = 0;
    std::optional<ResponseTimes> m_figures;
};

} // namespace rd
