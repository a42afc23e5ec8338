#pragma once

#include "triage/finding.h"

#include <QString>

namespace lt::ui {

// A finding shown in the log: a coloured mark on the scrollbar and a line the
// "only lines with findings" filter keeps.
struct LineMarker {
    qint64 line = 0;   // 1-based
    lt::triage::Severity severity = lt::triage::Severity::Error;
    QString tooltip;
};

} // namespace lt::ui
