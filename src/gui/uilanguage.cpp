#include "uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace rd::UiLanguage {

namespace {
QLocale &installed()
{
    static QLocale locale = QLocale::system();
    return locale;
}
} // namespace

void install(const QString &code, bool setDefaultLocale)
{
    // One translator each for Qt's own texts and ours, replaced when the language changes.
    // QPointer: they are qApp's children, gone with it (a test may make another one).
    static QPointer<QTranslator> qt;
    static QPointer<QTranslator> ours;
    for (QPointer<QTranslator> *t : { &qt, &ours }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    installed() = locale;
    if (setDefaultLocale)
        QLocale::setDefault(locale);
    qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English too: the source language's file holds the singular and plural of "%n …" messages.
    // A language Referral Desk does not speak gets English, singular and plural included.
    ours = new QTranslator(qApp);
    if (ours->load(
            locale, QStringLiteral("referraldesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/referraldesk_en.qm")))
        QCoreApplication::installTranslator(ours);
}

QLocale current()
{
    return installed();
}

QString localizedResource(const QString &prefix, const QString &name, const QString &suffix)
{
    // The locale's own order of candidates: zh_Hans_CN, zh_CN, zh ...
    for (QString lang : current().uiLanguages()) {
        lang.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString path = QStringLiteral(":/%1/%2.%3%4").arg(prefix, name, lang, suffix);
        if (QFile::exists(path))
            return path;
    }
    return QStringLiteral(":/%1/%2%3").arg(prefix, name, suffix);
}

} // namespace rd::UiLanguage
