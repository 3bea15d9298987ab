#pragma once

#include <QString>

namespace kansa {

// Installs the application's and Qt's own translations for "ja" or "en" and sets the default locale, so
// that standard dialogs speak the same language. Calling it again switches the language.
namespace Translations {
void apply(const QString& language);
// The language now applied, "ja" or "en": the one texts from data (checklists) are shown in.
QString current();
} // namespace Translations

} // namespace kansa
