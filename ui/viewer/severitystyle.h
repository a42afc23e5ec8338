#pragma once

#include "triage/finding.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace lt::ui {

// One place for how severities look, so the tree badges, the findings panel and the summary
// agree. Colours are picked for contrast on the palette's base (light or dark).
namespace severitystyle {

QColor color(lt::triage::Severity severity, const QPalette &palette);
QIcon icon(lt::triage::Severity severity);
QString label(lt::triage::Severity severity);        // "Error"
QString groupLabel(lt::triage::Severity severity);   // "Errors"
bool isDark(const QPalette &palette);

} // namespace severitystyle
} // namespace lt::ui
