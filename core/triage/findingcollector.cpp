#include "findingcollector.h"

#include "codenames.h"
#include "logparser.h"
#include "messagenormalizer.h"
#include "rulebook.h"

#include <algorithm>
#include <optional>

namespace lt::triage {
namespace {

// Distinct findings kept per file; a pathological log cannot grow the report without bound.
constexpr qsizetype MaxFindings = 2000;
constexpr qsizetype MaxMessage = 1000;

} // namespace

FindingCollector::FindingCollector(const RuleBook &rules, QString file, LogFormat format)
    : m_rules(rules)
    , m_file(std::move(file))
    , m_format(format)
{
}

QString FindingCollector::normalize(QStringView message)
{
    return normalizeMessage(message.left(MaxMessage));
}

QList<quint32> FindingCollector::add(const LogRecord &record)
{
    RecordFindings classified = classify(record);
    insert(classified, record);
    return std::move(classified.failures);
}

RecordFindings FindingCollector::classify(const LogRecord &record) const
{
    return classify(record, m_rules.scanMessage(record.message));
}

RecordFindings FindingCollector::classify(const LogRecord &record, const MessageScan &scan) const
{
    RecordFindings out;
    // Both depend on the message only: worked out once, when a finding needs them.
    std::optional<QString> normalized;
    std::optional<bool> failureWord;
    const auto hasFailureWord = [&] {
        if (!failureWord)
            failureWord = parse::hasFailureWord(record.message);
        return *failureWord;
    };
    const auto item = [&](Severity severity, quint32 code, QString name) {
        if (!normalized)
            normalized = normalize(record.message);
        QString key = QString::number(code, 16) + u'|' + record.component + u'|' + *normalized;
        out.items.append({severity, code, std::move(name), std::move(key)});
    };
    for (const RecordCode &code : record.codes) {
        if (isBenignCode(code.value) || !m_rules.noiseFor(code.value, record, m_format, scan).isEmpty())
            continue;
        out.failures.append(code.value);
        // Level alone is no failure signal (CBS logs many failures at Info); the words are.
        const bool failed = record.level == RecordLevel::Error || hasFailureWord();
        item(code.role == CodeRole::Primary && failed ? Severity::Error : Severity::Warning, code.value,
             nameForCode(code.value, code.name));
    }
    // Event logs are the one source whose level is reliable: an Error event without a code
    // (a service that did not start, a disk error) is still worth a look.
    const bool eventError = m_format == LogFormat::EventText && record.level == RecordLevel::Error;
    if (record.codes.isEmpty() && record.level == RecordLevel::Error
        && (eventError || hasFailureWord()))
        item(Severity::Warning, 0, {});
    return out;
}

void FindingCollector::insert(const RecordFindings &classified, const LogRecord &record)
{
    for (const RecordFindings::Item &item : classified.items)
        this->record(item, record);
}

void FindingCollector::record(const RecordFindings::Item &item, const LogRecord &rec)
{
    const Severity severity = item.severity;
    (severity == Severity::Error ? m_errors : m_warnings) += 1;
    const auto it = m_index.constFind(item.key);
    if (it != m_index.cend()) {
        Finding &f = m_findings[*it];
        ++f.count;
        f.lastLine = rec.line;
        if (rec.timestamp.isValid())
            f.lastTimestamp = rec.timestamp;
        if (severity > f.severity)
            f.severity = severity;
        if (f.name.isEmpty())
            f.name = item.name;
        return;
    }
    if (m_findings.size() >= MaxFindings) {
        m_truncated = true;
        return;
    }
    Finding f;
    f.severity = severity;
    f.code = item.code;
    f.name = item.name;
    f.file = m_file;
    f.line = f.lastLine = rec.line;
    f.timestamp = f.lastTimestamp = rec.timestamp;
    f.component = rec.component;
    f.message = rec.message.left(MaxMessage);
    m_index.insert(item.key, m_findings.size());
    m_findings.append(f);
}

QList<Finding> FindingCollector::findings() const
{
    QList<Finding> ranked = m_findings;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.line < b.line;
    });
    return ranked;
}

} // namespace lt::triage
