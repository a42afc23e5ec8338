#include "recordsink.h"

#include "rulebook.h"

namespace lt::triage {
namespace {

constexpr qsizetype MaxHitsPerCondition = 32;
constexpr qsizetype MaxHitText = 600;

} // namespace

RecordSink::RecordSink(const RuleBook &rules, const QString &path, LogFormat format)
    : m_rules(rules)
    , m_path(path)
    , m_format(format)
    , m_collector(rules, path, format)
{
}

void RecordSink::add(const LogRecord &record)
{
    const QList<quint32> failures = m_collector.add(record);
    const bool patternsPossible = m_rules.mayMatchPatterns(record.message);
    if (record.codes.isEmpty() && !patternsPossible)
        return;   // every condition needs a code or a pattern: none can match
    for (const Rule &rule : m_rules.rules()) {
        for (const RuleCondition &cond : rule.conditions) {
            if (!cond.matches(record, m_format, failures, patternsPossible))
                continue;
            const QString key = rule.id + u'|' + cond.id;
            qsizetype &seen = m_hitCounts[key];
            ConditionHit hit{rule.id, cond.id, m_path, record.line, record.timestamp,
                             record.message.left(MaxHitText), {}};
            for (const RecordCode &c : record.codes) {
                if (cond.codes.isEmpty() || cond.codes.contains(c.value))
                    hit.codes.append(c.value);
            }
            if (seen < MaxHitsPerCondition) {
                m_hits.append(std::move(hit));
            } else {
                // Keep the first ones and the latest: timing rules need both ends.
                for (qsizetype i = m_hits.size() - 1; i >= 0; --i) {
                    if (m_hits[i].ruleId == rule.id && m_hits[i].conditionId == cond.id) {
                        m_hits[i] = std::move(hit);
                        break;
                    }
                }
            }
            ++seen;
        }
    }
}

void RecordSink::finish(FileReport &report)
{
    report.findings = m_collector.findings();
    report.errors = m_collector.errors();
    report.warnings = m_collector.warnings();
    report.truncatedFindings = m_collector.truncated();
    report.hits = std::move(m_hits);
}

} // namespace lt::triage
