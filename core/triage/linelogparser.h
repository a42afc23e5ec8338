#pragma once

#include "logparser.h"

#include <optional>

namespace lt::triage {

// Parser for the formats with one timestamped entry per line: CBS, DISM, Panther, both
// WindowsUpdate.log forms, and the generic fallback. Lines that do not start with a timestamp
// continue the previous entry (console-wrapped logs, "[gle=...]" on its own line); the generic
// fallback instead treats every line as an entry.
class LineLogParser final : public LogParser
{
public:
    explicit LineLogParser(LogFormat format);

    void addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out) override;
    void finish(QList<LogRecord> &out) override;
    // True when `line` starts a new entry (a header line); other lines continue the previous one.
    // The generic fallback never joins lines: every line is an entry.
    bool startsRecord(QStringView line) const;
    bool joinsLines() const { return m_format != LogFormat::Generic; }
    // CBS, DISM and Panther lines: "date time, Level Component text", whose level column is
    // the record's level (parse::levelFromName: Error, Fatal, Critical, 错误... make an error).
    static bool hasCbsHeader(LogFormat format)
    {
        return format == LogFormat::Cbs || format == LogFormat::Dism || format == LogFormat::Panther;
    }

private:
    bool parseHeader(QStringView line, LogRecord &record) const;
    void flush(QList<LogRecord> &out);

    LogFormat m_format;
    std::optional<LogRecord> m_pending;
    qsizetype m_lastPhysicalLength = 0;
};

} // namespace lt::triage
