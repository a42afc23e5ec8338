#pragma once

#include <QString>

class QTranslator;

namespace lt::ui {

// Chinese is the default UI; English when the system is English or the user asks for it.
// Switching at run time posts QEvent::LanguageChange, so every widget retranslates itself
// once the event loop runs.
class LanguageManager final
{
public:
    // "zh" or "en": the explicit choice when valid, else from the system locale.
    static QString resolve(const QString &requested);
    // Installs our catalog and Qt's own (so standard dialogs follow) and sets the default
    // QLocale, which data files (profiles, catalog, rules) use to pick zh or en text.
    static bool apply(const QString &language);
    static QString current();
};

} // namespace lt::ui
