#pragma once

#include "logparser.h"

#include <QHash>

namespace lt::triage {

// `fltmc filters` ("Filter Name  Num Instances  Altitude  Frame") and `fltmc instances`
// ("Filter  Volume Name  Altitude  Instance Name  Frame ...") tables, in any UI language: rows
// are recognised by shape (a name, then an altitude-like decimal), not by header text.
// Every row is also a record so the viewer can show it.
class FltmcParser final : public LogParser
{
public:
    void addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out) override;
    void finish(QList<LogRecord> &) override {}
    QList<FilterDriver> filters() const override { return m_filters; }

private:
    QList<FilterDriver> m_filters;
    QHash<QString, qsizetype> m_index;   // lower-case name -> m_filters index
    bool m_instancesTable = false;
};

} // namespace lt::triage
