#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

/// Takes out of a settings file, before any QSettings reads it, the values QSettings would
/// decode with QDataStream as "@Variant(…)". A damaged or crafted one can make that decoding ask
/// for gigabytes before it fails (Qt 6.4: a list said to hold 1.7 billion entries), ending the
/// app at start with no word. Referral Desk never writes such a value (a date is "@DateTime(",
/// window state "@ByteArray("), so nothing it saved is touched.
///
/// The lines are found the way QSettings' INI reader finds them (lines continued by a backslash
/// or inside quotes, ';' comments, escapes such as \x40 for '@', lists split at commas), so a
/// value cannot hide from this check and still reach the decoder.
class SettingsFileGuard
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFileGuard)

public:
    struct Line
    {
        qsizetype start = 0; ///< byte offset in the file
        qsizetype length = 0;
        QString key; ///< "section/key" as written in the file, for the message
    };
    /// The lines of an INI text whose value QSettings would decode with QDataStream.
    static QList<Line> unsafeLines(QByteArrayView data);

    struct Outcome
    {
        QStringList removedKeys;
        QString keptAs; ///< the file as it was, when something was taken out
        QString error; ///< the file could not be read or written
    };
    /// Checks fileName and, when it holds such values, writes it again without them, keeping
    /// the file as it was beside it (fileName + ".unreadable-" + a time stamp). The outcome is
    /// also remembered for problems().
    static Outcome repair(const QString &fileName);
    /// repair() for the file a default-constructed QSettings opens. When that file cannot be
    /// repaired, QSettings() reads and writes a new file in a temporary folder for the rest of
    /// this run instead (so the app starts on its defaults and says why).
    static Outcome repairDefault();

    /// What repair() did to fileName in this process, in words that name the file and the keys
    /// and say where the original is; empty when it found nothing.
    static QStringList problems(const QString &fileName);
};

} // namespace rd
