#include "customerkey.h"

#include <QSet>
#include <QStringList>
#include <array>

namespace rd::CustomerKey {

namespace {

/// Legal forms written after the name, as the tokens left once dots are dropped ("S.A." is
/// "sa", "Co." is "co"). Only trailing ones are removed, and never the name's first word.
const QSet<QString> &trailingForms()
{
    static const QSet<QString> forms = [] {
        QSet<QString> out;
        for (const char *f : { "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "eg", "se",
                 "ltd", "limited", "plc", "llc", "llp", "lp", "inc", "incorporated", "corp",
                 "corporation", "co", "company", "sa", "sas", "sasu", "sarl", "eurl", "sca",
                 "srl", "spa", "sl", "slu", "sau", "bv", "nv", "vof", "oy", "oyj", "ab", "as",
                 "asa", "aps", "a/s", "pty", "pte", "kk", "sro", "as", "ltda", "eireli", "me",
                 "bhd", "sdn", "tbk", "pvt", "private", "ооо", "оао", "зао", "пао", "ао" })
            out.insert(QString::fromUtf8(f));
        return out;
    }();
    return forms;
}

/// Legal forms of several words, tried before the single ones.
const std::array<QStringList, 4> &trailingPhrases()
{
    static const std::array<QStringList, 4> phrases {
        QStringList { QStringLiteral("sp"), QStringLiteral("z"), QStringLiteral("oo") },
        QStringList { QStringLiteral("sa"), QStringLiteral("de"), QStringLiteral("cv") },
        QStringList { QStringLiteral("s"), QStringLiteral("de"), QStringLiteral("rl") },
        QStringList { QStringLiteral("gmbh"), QStringLiteral("co"), QStringLiteral("kg") },
    };
    return phrases;
}

/// Legal forms written before the name (Russian ООО «Ромашка», Indonesian PT Maju).
const QSet<QString> &leadingForms()
{
    static const QSet<QString> forms = [] {
        QSet<QString> out;
        for (const char *f : { "ооо", "оао", "зао", "пао", "ао", "ип", "pt", "cv" })
            out.insert(QString::fromUtf8(f));
        return out;
    }();
    return forms;
}

/// Legal forms of Chinese, Japanese and Korean names, which are written without spaces, before
/// or after the name; longer ones first so that 股份有限公司 is not left as 股份.
const QStringList &cjkForms()
{
    static const QStringList forms = [] {
        QStringList out;
        for (const char *f : { "股份有限公司", "有限责任公司", "有限責任公司", "株式会社", "有限会社",
                 "合同会社", "合資会社", "合名会社", "有限公司", "주식회사", "유한회사", "(株)", "(有)",
                 "(주)", "公司" })
            out.append(QString::fromUtf8(f));
        return out;
    }();
    return forms;
}

/// Case, width and accents folded: "ＣＯＮＴＯＳＯ" and "Contoso", "Müller" and "MULLER" alike.
/// Marks are dropped only after Latin, Greek and Cyrillic letters: a kana's voicing mark
/// (ガ against カ) makes another word.
QString folded(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    QChar::Script base = QChar::Script_Unknown;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing
            && (base == QChar::Script_Latin || base == QChar::Script_Greek
                || base == QChar::Script_Cyrillic))
            continue;
        if (c.category() != QChar::Mark_NonSpacing)
            base = c.script();
        switch (c.unicode()) {
        case 0x00DF: out += QStringLiteral("ss"); break; // ß
        case 0x00E6: out += QStringLiteral("ae"); break; // æ
        case 0x0153: out += QStringLiteral("oe"); break; // œ
        case 0x00F8: out += QLatin1Char('o'); break; // ø
        case 0x0142: out += QLatin1Char('l'); break; // ł
        case 0x0111: out += QLatin1Char('d'); break; // đ
        case 0x0131: out += QLatin1Char('i'); break; // dotless ı
        default: out += c;
        }
    }
    return out.normalized(QString::NormalizationForm_KC);
}

QString withoutCjkForms(QString s)
{
    s = s.trimmed();
    for (int round = 0; round < 2; ++round) {
        for (const QString &form : cjkForms()) {
            if (s.size() > form.size() && s.startsWith(form))
                s = s.mid(form.size()).trimmed();
            if (s.size() > form.size() && s.endsWith(form))
                s.chop(form.size());
            s = s.trimmed();
        }
    }
    return s;
}

} // namespace

QString ofName(const QString &name)
{
    // Dots join rather than separate: "S.A." is one legal form, "Co." one word.
    QString s = withoutCjkForms(folded(name));
    s.remove(QLatin1Char('.'));
    QStringList tokens;
    QString token;
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
            || c.category() == QChar::Mark_SpacingCombining) {
            token += c;
        } else if (!token.isEmpty()) {
            tokens.append(token);
            token.clear();
        }
    }
    if (!token.isEmpty())
        tokens.append(token);

    while (tokens.size() > 1 && leadingForms().contains(tokens.first()))
        tokens.removeFirst();
    bool removed = true;
    while (removed && tokens.size() > 1) {
        removed = false;
        for (const QStringList &phrase : trailingPhrases()) {
            if (tokens.size() > phrase.size() && tokens.mid(tokens.size() - phrase.size()) == phrase) {
                tokens.resize(tokens.size() - phrase.size());
                removed = true;
            }
        }
        if (tokens.size() > 1 && trailingForms().contains(tokens.last())) {
            tokens.removeLast();
            removed = true;
        }
    }
    // A Chinese or Japanese name is one token; its legal form went above.
    return tokens.join(QString());
}

QString ofEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString domain = email.mid(at + 1).trimmed().toLower();
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')))
        return {};
    // Mail services anyone can sign up to: two customers on gmail.com are not one customer.
    static const QSet<QString> providers = [] {
        QSet<QString> out;
        for (const char *p : { "gmail", "googlemail", "outlook", "hotmail", "live", "msn",
                 "yahoo", "ymail", "icloud", "me", "mac", "aol", "gmx", "web", "t-online",
                 "freenet", "orange", "free", "laposte", "wanadoo", "libero", "mail", "yandex",
                 "ya", "rambler", "qq", "163", "126", "sina", "naver", "daum", "hanmail",
                 "proton", "protonmail", "zoho", "uol", "bol", "rediffmail", "seznam", "wp",
                 "onet", "interia", "foxmail", "139", "aliyun", "yeah" })
            out.insert(QString::fromLatin1(p));
        return out;
    }();
    // The registrable part: "mail.contoso.com" is contoso.com, "sakura.co.jp" stays whole.
    QStringList labels = domain.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    static const QSet<QString> secondLevels { QStringLiteral("co"), QStringLiteral("com"),
        QStringLiteral("net"), QStringLiteral("org"), QStringLiteral("ac"), QStringLiteral("gov"),
        QStringLiteral("or"), QStringLiteral("ne"), QStringLiteral("edu") };
    const qsizetype keep = labels.size() >= 3 && labels.last().size() == 2
            && secondLevels.contains(labels.at(labels.size() - 2))
        ? 3
        : 2;
    if (labels.size() > keep)
        labels = labels.mid(labels.size() - keep);
    if (providers.contains(labels.first()))
        return {};
    return labels.join(QLatin1Char('.'));
}

} // namespace rd::CustomerKey
