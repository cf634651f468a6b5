#include "settingsfileguard.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>

namespace rd {

namespace {

// The INI syntax as QSettings reads it (QConfFileSettingsPrivate::readIniLine and
// QSettingsPrivate::iniUnescapedStringList in Qt 6): what ends a line, what continues it, and
// how escapes turn into characters. Kept in step with Qt so that every value QSettings would
// decode is seen here first; the fuzz target "settings" runs both on the same bytes.

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isSpecial(char c)
{
    return c == '\n' || c == '\r' || c == '"' || c == ';' || c == '=' || c == '\\';
}

struct IniLine
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype equals = -1; ///< offset of the first '=' outside quotes, in the data
};

/// The next logical line from pos (which moves past it); false at the end of the data.
bool nextLine(QByteArrayView data, qsizetype &pos, IniLine &line)
{
    const qsizetype size = data.size();
    bool inQuotes = false;
    line.equals = -1;
    line.start = pos;
    while (line.start < size && isSpace(data.at(line.start)))
        ++line.start;

    qsizetype i = line.start;
    while (i < size) {
        char ch = data.at(i);
        while (!isSpecial(ch)) {
            if (++i == size)
                goto done;
            ch = data.at(i);
        }
        ++i;
        if (ch == '=') {
            if (!inQuotes && line.equals == -1)
                line.equals = i - 1;
        } else if (ch == '\n' || ch == '\r') {
            if (i == line.start + 1) {
                ++line.start;
            } else if (!inQuotes) {
                --i;
                goto done;
            }
        } else if (ch == '\\') {
            // An escaped line break continues the line (\r\n and \n\r count as one).
            if (i < size) {
                const char escaped = data.at(i++);
                if (i < size) {
                    const char next = data.at(i);
                    if ((escaped == '\n' && next == '\r') || (escaped == '\r' && next == '\n'))
                        ++i;
                }
            }
        } else if (ch == '"') {
            inQuotes = !inQuotes;
        } else { // ';': a comment when it starts the line, else the line ends before it
            if (i == line.start + 1) {
                while (i < size && data.at(i) != '\n' && data.at(i) != '\r')
                    ++i;
                while (i < size && isSpace(data.at(i)))
                    ++i;
                line.start = i;
            } else if (!inQuotes) {
                --i;
                goto done;
            }
        }
    }
done:
    pos = i;
    line.length = i - line.start;
    return line.length > 0;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int octDigit(char c)
{
    return c >= '0' && c <= '7' ? c - '0' : -1;
}

/// The strings a value becomes: one, or a list's elements. Trailing spaces are left on (they
/// cannot make or break "@Variant(") and text between escapes is decoded piece by piece, which
/// can only add replacement characters that unsafe() ignores.
QStringList unescapedParts(QByteArrayView value)
{
    QStringList parts;
    QString current;
    bool inQuotes = false;
    qsizetype i = 0;
    const qsizetype size = value.size();
    auto skipSpaces = [&] {
        while (i < size && (value.at(i) == ' ' || value.at(i) == '\t'))
            ++i;
    };
    skipSpaces();
    while (i < size) {
        const char ch = value.at(i);
        if (ch == '\\') {
            if (++i >= size)
                break;
            const char code = value.at(i++);
            static const char simple[][2] = { { 'a', '\a' }, { 'b', '\b' }, { 'f', '\f' },
                { 'n', '\n' }, { 'r', '\r' }, { 't', '\t' }, { 'v', '\v' }, { '"', '"' },
                { '?', '?' }, { '\'', '\'' }, { '\\', '\\' } };
            bool done = false;
            for (const auto &pair : simple) {
                if (code == pair[0]) {
                    current += QLatin1Char(pair[1]);
                    done = true;
                    break;
                }
            }
            if (done)
                continue;
            if (code == 'x') {
                if (i >= size)
                    break;
                if (hexDigit(value.at(i)) != -1) {
                    char16_t c = 0; // as in Qt: digits go on, the value wraps at 16 bits
                    while (i < size && hexDigit(value.at(i)) != -1)
                        c = char16_t((c << 4) + hexDigit(value.at(i++)));
                    current += QChar(c);
                }
            } else if (octDigit(code) != -1) {
                char16_t c = char16_t(octDigit(code));
                while (i < size && octDigit(value.at(i)) != -1)
                    c = char16_t((c << 3) + octDigit(value.at(i++)));
                current += QChar(c);
            } else if (code == '\n' || code == '\r') {
                if (i < size && (value.at(i) == '\n' || value.at(i) == '\r') && value.at(i) != code)
                    ++i;
            }
            // any other escaped character is dropped, as QSettings drops it
        } else if (ch == '"') {
            ++i;
            inQuotes = !inQuotes;
            if (!inQuotes)
                skipSpaces();
        } else if (ch == ',' && !inQuotes) {
            parts.append(current);
            current.clear();
            ++i;
            skipSpaces();
        } else {
            qsizetype end = i + 1;
            while (end < size && value.at(end) != '\\' && value.at(end) != '"' && value.at(end) != ',')
                ++end;
            current += QString::fromUtf8(value.sliced(i, end - i));
            i = end;
        }
    }
    parts.append(current);
    return parts;
}

bool unsafe(QByteArrayView value)
{
    for (QString part : unescapedParts(value)) {
        part.remove(QChar::ReplacementCharacter);
        if (part.contains(QLatin1String("@Variant(")))
            return true;
    }
    return false;
}

QMutex &notesMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QStringList> &notes()
{
    static QHash<QString, QStringList> byFile;
    return byFile;
}

} // namespace

QList<SettingsFileGuard::Line> SettingsFileGuard::unsafeLines(QByteArrayView data)
{
    QList<Line> out;
    // QSettings skips a UTF-8 byte order mark; offsets stay those of the whole file.
    const qsizetype bom = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    const QByteArrayView text = data.sliced(bom);
    qsizetype pos = 0;
    IniLine line;
    QString section; // named as QSettings names keys: "section/key", "key" in [General]
    while (nextLine(text, pos, line)) {
        const QByteArrayView whole = text.sliced(line.start, line.length);
        if (whole.startsWith('[')) {
            const qsizetype close = whole.indexOf(']');
            const QByteArrayView name
                = whole.sliced(1, (close < 0 ? whole.size() : close) - 1).trimmed();
            section = QString::fromUtf8(name);
            if (section.compare(QLatin1String("general"), Qt::CaseInsensitive) == 0)
                section.clear();
            continue;
        }
        if (line.equals < 0)
            continue; // a line QSettings ignores
        const QByteArrayView value
            = text.sliced(line.equals + 1, line.start + line.length - line.equals - 1);
        if (!unsafe(value))
            continue;
        const QByteArrayView key = text.sliced(line.start, line.equals - line.start).trimmed();
        const QString name = QString::fromUtf8(key);
        out.append({ bom + line.start, line.length,
            section.isEmpty() ? name : section + QLatin1Char('/') + name });
    }
    return out;
}

SettingsFileGuard::Outcome SettingsFileGuard::repair(const QString &fileName)
{
    Outcome outcome;
    QFile file(fileName);
    if (!file.exists())
        return outcome;
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("The settings file %1 could not be read: %2.")
                            .arg(fileName, file.errorString());
        return outcome;
    }
    const QByteArray data = file.readAll();
    file.close();
    const QList<Line> lines = unsafeLines(data);
    if (lines.isEmpty())
        return outcome;

    // The original stays beside the file, so nothing a person wrote is lost.
    const QString keptAs = fileName + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QSaveFile backup(keptAs);
    bool saved = backup.open(QIODevice::WriteOnly) && backup.write(data) == data.size()
        && backup.commit();
    QByteArray repaired;
    qsizetype from = 0;
    for (const Line &line : lines) {
        repaired += QByteArrayView(data).sliced(from, line.start - from);
        from = line.start + line.length;
        outcome.removedKeys.append(line.key);
    }
    repaired += QByteArrayView(data).sliced(from);
    QSaveFile out(fileName);
    saved = saved && out.open(QIODevice::WriteOnly) && out.write(repaired) == repaired.size()
        && out.commit();
    QStringList words;
    if (!saved) {
        // Not read at all is better than read into a crash: the caller falls back to defaults.
        outcome.error = tr("The settings file %1 holds values Referral Desk cannot read safely "
                           "(%2), and they could not be taken out: %3. Remove those lines or "
                           "the file; until then Referral Desk uses its default settings.")
                            .arg(fileName, outcome.removedKeys.join(QStringLiteral(", ")),
                                backup.errorString().isEmpty() ? out.errorString()
                                                               : backup.errorString());
        outcome.removedKeys.clear();
        words.append(outcome.error);
    } else {
        outcome.keptAs = keptAs;
        //: %1 the keys (one or more), %2 the settings file, %3 the copy of the file as it was
        words.append(tr("The setting %1 in %2 held data in a form Referral Desk never writes and "
                        "cannot read safely, so it was taken out of the file and its default is "
                        "used. The file as it was is kept as %3.",
                         nullptr, int(outcome.removedKeys.size()))
                         .arg(outcome.removedKeys.join(QStringLiteral(", ")), fileName, keptAs));
    }
    const QMutexLocker lock(&notesMutex());
    notes().insert(fileName, words);
    return outcome;
}

SettingsFileGuard::Outcome SettingsFileGuard::repairDefault()
{
    const QString fileName = QSettings().fileName(); // opening reads no value yet
    Outcome outcome = repair(fileName);
    if (outcome.error.isEmpty())
        return outcome;
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly) && unsafeLines(file.readAll()).isEmpty())
        return outcome; // only unreadable: QSettings reads nothing either
    static QTemporaryDir instead;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, instead.path());
    const QStringList words = problems(fileName);
    const QMutexLocker lock(&notesMutex());
    notes().insert(QSettings().fileName(), words);
    return outcome;
}

QStringList SettingsFileGuard::problems(const QString &fileName)
{
    const QMutexLocker lock(&notesMutex());
    return notes().value(fileName);
}

} // namespace rd
