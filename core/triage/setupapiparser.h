#pragma once

#include "logparser.h"

namespace lt::triage {

// setupapi.dev.log: ">>>  [Device Install ...]" opens a section, ">>>  Section start <time>"
// dates it, body lines carry "!" (warning) / "!!!" (error) markers, and
// "<<<  [Exit status: FAILURE(0xe0000248)]" closes it. Every line is a record whose component is
// the section title and whose time is the section start.
class SetupApiParser final : public LogParser
{
public:
    void addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out) override;
    void finish(QList<LogRecord> &) override {}

private:
    QString m_section;
    QDateTime m_sectionStart;
};

} // namespace lt::triage
