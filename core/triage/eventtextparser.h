#pragma once

#include "logparser.h"

#include <optional>

namespace lt::triage {

// `wevtutil qe <log> /f:text` output in English ("Event[0]:", "Source:", "Description:") and
// Chinese ("事件[0]:", "来源:", "描述:") locales. One record per event: component = source
// (plus " #<event id>"), level from "Level:", message = the description lines.
class EventTextParser final : public LogParser
{
public:
    void addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out) override;
    void finish(QList<LogRecord> &out) override;

private:
    void flush(QList<LogRecord> &out);

    std::optional<LogRecord> m_event;
    QString m_eventId;
    bool m_inDescription = false;
};

} // namespace lt::triage
