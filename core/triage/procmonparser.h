#pragma once

#include "logparser.h"

#include <QStringList>

namespace lt::triage {

// Process Monitor CSV export ("Time of Day","Process Name","PID","Operation","Path","Result",
// "Detail", more columns if added). Columns are found by header name. A Result that is a real
// failure (ACCESS DENIED, SHARING VIOLATION, ...) becomes a Warning record carrying the Win32
// HRESULT of that NTSTATUS; the usual probing results (NAME NOT FOUND, BUFFER OVERFLOW, REPARSE)
// stay Verbose.
class ProcMonParser final : public LogParser
{
public:
    void addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out) override;
    void finish(QList<LogRecord> &) override {}

    static QStringList splitCsv(QStringView line);

private:
    int m_time = -1, m_process = -1, m_operation = -1, m_path = -1, m_result = -1;
    bool m_haveHeader = false;
};

} // namespace lt::triage
