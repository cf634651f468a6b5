#pragma once

#include "domain/clock.h"
#include "domain/deadlinepolicy.h"
#include "insights/fit.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace rd {

/// referral-desk-cli's commands that need no network: list, show and export read the local
/// database, inspect reads referral documents. They answer at once, whatever the connection or
/// the settings say, and return the exit code.
class OfflineCommands
{
public:
    OfflineCommands(const QCommandLineParser &parser, QTextStream &out, QTextStream &err,
        Store *store, const Clock *clock);

    int list();
    int show(const QString &id);
    int exportArchive();
    int inspect(const QStringList &files);

private:
    /// Finishes, once, what the app does in the background after an upgrade (keying customers,
    /// counting the archive for the fit), so that a store used only from the command line shows
    /// related referrals and fits too. Says so on stderr when there is anything to do.
    void catchUp();
    QJsonObject toJson(const Referral &r) const;
    /// {level, score, basis, because}: score null when there is not enough history.
    static QJsonObject fitJson(const Fit &fit);
    /// The fit found, or null when it could not be read (see fitUnreadable()).
    static QJsonValue fitJson(
        QHash<QString, Fit>::const_iterator fit, QHash<QString, Fit>::const_iterator end);
    /// Says on stderr that the fit could not be read, and why.
    void fitUnreadable();
    QString line(const Referral &r) const;

    const QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    Store *m_store;
    const Clock *m_clock;
    DeadlinePolicy m_policy;
    bool m_caughtUp = false;
};

} // namespace rd
