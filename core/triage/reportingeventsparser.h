#pragma once

#include "logparser.h"

namespace lt::triage {

// SoftwareDistribution\ReportingEvents.log: tab-separated — {event GUID}, time with UTC offset,
// version, event id [name], category, {update id}, revision, HRESULT (bare hex), client,
// Success/Failure, operation, message.
class ReportingEventsParser final : public LogParser
{
public:
    void addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out) override;
    void finish(QList<LogRecord> &) override {}
};

} // namespace lt::triage
