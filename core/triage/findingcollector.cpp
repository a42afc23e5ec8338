#include "findingcollector.h"

#include "codenames.h"
#include "logparser.h"
#include "rulebook.h"

#include <QRegularExpression>

#include <algorithm>

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
    static const QRegularExpression guid(QStringLiteral(
        R"(\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?)"));
    static const QRegularExpression path(QStringLiteral(R"((?:\\\\\?\\|\\\?\?\\|[A-Za-z]:\\|%\w+%\\)[^\s\]\[,;"'<>|]*)"));
    static const QRegularExpression identity(QStringLiteral(R"(~[0-9a-f]{16}~[^\s\]\[,;]*)"));
    static const QRegularExpression hex(QStringLiteral(R"(\b(?:0x)?[0-9A-Fa-f]*\d[0-9A-Fa-f]*\b)"));
    QString text = message.left(MaxMessage).toString();
    text.replace(guid, QStringLiteral("{guid}"));
    text.replace(path, QStringLiteral("<path>"));
    text.replace(identity, QStringLiteral("~<id>"));
    text.replace(hex, QStringLiteral("#"));
    return text.simplified();
}

QList<quint32> FindingCollector::add(const LogRecord &record)
{
    QList<quint32> failures;
    for (const RecordCode &code : record.codes) {
        if (isBenignCode(code.value) || !m_rules.noiseFor(code.value, record, m_format).isEmpty())
            continue;
        failures.append(code.value);
        // Level alone is no failure signal (CBS logs many failures at Info); the words are.
        const bool failed = record.level == RecordLevel::Error || parse::hasFailureWord(record.message);
        const Severity severity = code.role == CodeRole::Primary && failed ? Severity::Error : Severity::Warning;
        this->record(severity, code.value, nameForCode(code.value, code.name), record);
    }
    // Event logs are the one source whose level is reliable: an Error event without a code
    // (a service that did not start, a disk error) is still worth a look.
    const bool eventError = m_format == LogFormat::EventText && record.level == RecordLevel::Error;
    if (record.codes.isEmpty() && record.level == RecordLevel::Error
        && (eventError || parse::hasFailureWord(record.message)))
        this->record(Severity::Warning, 0, {}, record);
    return failures;
}

void FindingCollector::record(Severity severity, quint32 code, const QString &name, const LogRecord &rec)
{
    const QString key = QString::number(code, 16) + u'|' + rec.component + u'|' + normalize(rec.message);
    (severity == Severity::Error ? m_errors : m_warnings) += 1;
    const auto it = m_index.constFind(key);
    if (it != m_index.cend()) {
        Finding &f = m_findings[*it];
        ++f.count;
        f.lastLine = rec.line;
        if (rec.timestamp.isValid())
            f.lastTimestamp = rec.timestamp;
        if (severity > f.severity)
            f.severity = severity;
        if (f.name.isEmpty())
            f.name = name;
        return;
    }
    if (m_findings.size() >= MaxFindings) {
        m_truncated = true;
        return;
    }
    Finding f;
    f.severity = severity;
    f.code = code;
    f.name = name;
    f.file = m_file;
    f.line = f.lastLine = rec.line;
    f.timestamp = f.lastTimestamp = rec.timestamp;
    f.component = rec.component;
    f.message = rec.message.left(MaxMessage);
    m_index.insert(key, m_findings.size());
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
