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
    // A condition for other formats never matches here.
    for (qsizetype r = 0; r < rules.rules().size(); ++r) {
        const QList<RuleCondition> &conditions = rules.rules()[r].conditions;
        for (qsizetype c = 0; c < conditions.size(); ++c) {
            if (conditions[c].formats.isEmpty() || conditions[c].formats.contains(format))
                m_conditionsForFormat.append({r, c});
        }
    }
}

void RecordSink::add(const LogRecord &record)
{
    add(prepare(record));
}

PreparedRecord RecordSink::prepare(LogRecord record) const
{
    PreparedRecord prepared;
    const MessageScan scan = m_rules.scanMessage(record.message);
    prepared.findings = m_collector.classify(record, scan);
    const QList<Rule> &rules = m_rules.rules();
    for (const auto &[r, c] : m_conditionsForFormat) {
        if (rules[r].conditions[c].matches(record, m_format, prepared.findings.failures, scan))
            prepared.conditions.append({r, c});
    }
    prepared.record = std::move(record);
    return prepared;
}

void RecordSink::add(const PreparedRecord &prepared)
{
    const LogRecord &record = prepared.record;
    m_collector.insert(prepared.findings, record);
    for (const auto &[r, c] : prepared.conditions) {
        const Rule &rule = m_rules.rules()[r];
        const RuleCondition &cond = rule.conditions[c];
        ConditionHits &kept = m_conditionHits[quint64(r) << 32 | quint64(c)];
        // The message is shared, not copied: finish() cuts the kept ones to MaxHitText.
        ConditionHit hit{rule.id, cond.id, m_path, record.line, record.timestamp, record.message, {}};
        for (const RecordCode &code : record.codes) {
            if (cond.codes.isEmpty() || cond.codes.contains(code.value))
                hit.codes.append(code.value);
        }
        if (kept.seen < MaxHitsPerCondition) {
            kept.latest = m_hits.size();
            m_hits.append(std::move(hit));
        } else {
            // Keep the first ones and the latest: timing rules need both ends.
            m_hits[kept.latest] = std::move(hit);
        }
        ++kept.seen;
    }
}

void RecordSink::finish(FileReport &report)
{
    report.findings = m_collector.findings();
    report.errors = m_collector.errors();
    report.warnings = m_collector.warnings();
    report.truncatedFindings = m_collector.truncated();
    for (ConditionHit &hit : m_hits)
        hit.text.truncate(MaxHitText);
    report.hits = std::move(m_hits);
}

} // namespace lt::triage
