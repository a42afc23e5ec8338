#pragma once

#include "findingcollector.h"
#include "triagereport.h"

#include <QHash>

namespace lt::triage {

class RuleBook;

// Where parsed records of one file go, in line order: the finding collector and the rule
// conditions (evidence hits, the first ones and the latest kept per condition). Shared by the
// streaming and the memory-mapped triage so both give the same report.
class RecordSink final
{
public:
    RecordSink(const RuleBook &rules, const QString &path, LogFormat format);

    void add(const LogRecord &record);
    // Moves findings, counts and hits into the report.
    void finish(FileReport &report);

private:
    const RuleBook &m_rules;
    QString m_path;
    LogFormat m_format;
    FindingCollector m_collector;
    QHash<QString, qsizetype> m_hitCounts;   // rule|condition -> hits seen
    QList<ConditionHit> m_hits;
};

} // namespace lt::triage
