#pragma once

#include "findingcollector.h"
#include "triagereport.h"

#include <QHash>

#include <utility>

namespace lt::triage {

class RuleBook;

// A record with what it adds to the report worked out (prepare()), waiting for its turn.
struct PreparedRecord {
    LogRecord record;
    RecordFindings findings;
    QList<std::pair<qsizetype, qsizetype>> conditions;   // (rule, condition) indexes it matched
};

// Where parsed records of one file go, in line order: the finding collector and the rule
// conditions (evidence hits, the first ones and the latest kept per condition). Shared by the
// streaming and the memory-mapped triage so both give the same report.
// prepare() does the costly matching (regexes, normalising) without touching the sink, so it
// may run on any thread; add() then files the result and must see the records in line order.
class RecordSink final
{
public:
    RecordSink(const RuleBook &rules, const QString &path, LogFormat format);

    void add(const LogRecord &record);
    PreparedRecord prepare(LogRecord record) const;
    void add(const PreparedRecord &prepared);
    // Moves findings, counts and hits into the report.
    void finish(FileReport &report);

private:
    const RuleBook &m_rules;
    QString m_path;
    LogFormat m_format;
    FindingCollector m_collector;
    QList<std::pair<qsizetype, qsizetype>> m_conditionsForFormat;   // (rule, condition) indexes
    struct ConditionHits {
        qsizetype seen = 0;     // hits of the condition so far
        qsizetype latest = 0;   // index in m_hits of the one kept last
    };
    QHash<quint64, ConditionHits> m_conditionHits;   // rule index << 32 | condition index
    QList<ConditionHit> m_hits;
};

} // namespace lt::triage
