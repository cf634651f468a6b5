#pragma once

#include <QLocale>
#include <QString>

namespace rd::UiLanguage {

/// Loads Qt's own and Referral Desk's translations for `code` ("de", "zh_CN"; empty for the
/// system's language) in place of the ones loaded before. Installing and removing translators
/// sends LanguageChange to every widget, so open windows retranslate themselves.
/// `setDefaultLocale` also makes it QLocale's default: only at start-up, as QLocale::setDefault
/// is not safe once other threads (sync) run.
void install(const QString &code, bool setDefaultLocale = true);

/// The language the UI is shown in now (the last one installed), for texts that are whole
/// files rather than messages, such as the connection guide.
QLocale current();

/// `:/prefix/name.md` in the UI language (`name.de.md`, `name.zh_CN.md`), or the English one
/// when that language has no copy of it.
QString localizedResource(const QString &prefix, const QString &name, const QString &suffix);

} // namespace rd::UiLanguage
