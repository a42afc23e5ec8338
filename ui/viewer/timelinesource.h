#pragma once

#include "triage/logformat.h"

#include <QList>
#include <QString>

namespace lt::ui {

// One log file taking part in a merged timeline.
struct TimelineSource {
    QString localPath;
    QString displayName;
    lt::triage::LogFormat format = lt::triage::LogFormat::Unknown;
};

} // namespace lt::ui
