#pragma once

#include "triage/logformat.h"

#include <QStringView>

namespace lt::ui {

// Pulls the timestamp out of log lines fast (hand-written digit parsing, no QDateTime), for
// the merged timeline. Stateful, one per file read top to bottom: lines without their own time
// (continuations, setupapi body lines without a date) take the last one seen, so they stay
// with the entry they belong to. Times are wall-clock as written, in ms since 1970 ("UTC").
class TimestampExtractor final
{
public:
    explicit TimestampExtractor(lt::triage::LogFormat format = lt::triage::LogFormat::Unknown);

    // The line's time, or the previous line's; -1 before the first timestamped line.
    qint64 next(QStringView line);
    // The line's own time or -1 (no state): "2022-08-23 15:28:01", "2022/08/23 15:28:01.123",
    // "2016-10-31\t11:24:28:489".
    static qint64 parseLeading(QStringView line);

private:
    lt::triage::LogFormat m_format;
    qint64 m_last = -1;
    qint64 m_day = -1;   // setupapi: ms of midnight of the last "Section start" date
};

} // namespace lt::ui
