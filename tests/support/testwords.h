#pragma once

#include <QStringList>

namespace rd::test {

/// "a b c" as a list, for test tables (QT_NO_CAST_FROM_ASCII rules out a braced list of literals).
inline QStringList words(const char *spaced)
{
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace rd::test
