#pragma once

#include "logformat.h"
#include "logrecord.h"
#include "triagereport.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace lt::triage {

// Turns physical lines into LogRecords. Parsers are push-based so a file is streamed once, in
// chunks, and never held in memory: addLine() for every line (without its line ending), then
// finish(). Records come out in line order. Each parser survives anything: a line it does not
// understand becomes a continuation or a plain record, never an error.
class LogParser
{
public:
    virtual ~LogParser() = default;

    virtual void addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out) = 0;
    virtual void finish(QList<LogRecord> &out) = 0;
    // Minifilters listed by fltmc output; empty for every other format.
    virtual QList<FilterDriver> filters() const { return {}; }

    static std::unique_ptr<LogParser> create(LogFormat format);
};

// Shared helpers for the parsers.
namespace parse {

// "Error", "错误", "Warning", "警告", "Information", "Critical"... -> level.
RecordLevel levelFromName(QStringView name);
RecordLevel levelFromName(QLatin1StringView name);   // ASCII bytes of a header, not yet decoded
// Level guessed from the words of a message that has no level column (WU, generic text).
RecordLevel levelFromText(QStringView message);
// True when the text says something failed ("Failed", "FATAL", "*FAILED*", "Error", "失败"...).
bool hasFailureWord(QStringView message);
// Builds a timestamp (UTC spec: wall-clock time as written, no conversion); invalid on bad parts.
QDateTime makeTimestamp(int year, int month, int day, int hour, int minute, int second, int msec = 0);
// Parses the leading digits of `text` (at most maxDigits); -1 when there are none.
int number(QStringView text, qsizetype from, qsizetype count);
// "2022-08-23T15:12:44.456Z" / "2022-08-23 15:12:44" / "2022/08/23 15:12:44.1234567".
QDateTime parseIsoLike(QStringView text);
// Fills codes from the message.
void finishRecord(LogRecord &record);

} // namespace parse
} // namespace lt::triage
