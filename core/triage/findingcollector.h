#pragma once

#include "finding.h"
#include "logformat.h"
#include "logrecord.h"
#include "rule.h"

#include <QHash>
#include <QList>

namespace lt::triage {

class RuleBook;

// What one record adds to the findings, worked out on its own (see FindingCollector::classify).
struct RecordFindings {
    struct Item {
        Severity severity = Severity::Warning;
        quint32 code = 0;
        QString name;
        QString key;   // code | component | normalised message: repeats share it
    };
    QList<Item> items;
    QList<quint32> failures;   // the record's failure codes (noise removed)
};

// Turns records into findings for one file: decides which codes are real failures (noise
// entries of the rule book and benign catalog codes are not), grades severity, and collapses
// repeats of the same code + normalised message into one finding with a count.
// classify() holds the costly part (noise patterns, normalising) and touches no state, so the
// memory-mapped triage runs it on its worker threads; insert() is the cheap, ordered part.
class FindingCollector final
{
public:
    FindingCollector(const RuleBook &rules, QString file, LogFormat format);

    // Adds the record's findings; returns the failure codes it carried (noise removed).
    QList<quint32> add(const LogRecord &record);
    RecordFindings classify(const LogRecord &record) const;
    // `scan`: the record message's RuleBook::scanMessage(), when the caller has it already.
    RecordFindings classify(const LogRecord &record, const MessageScan &scan) const;
    void insert(const RecordFindings &classified, const LogRecord &record);
    // Ranked: errors first, then by first line (root causes come before their echoes).
    QList<Finding> findings() const;
    int errors() const { return m_errors; }
    int warnings() const { return m_warnings; }
    bool truncated() const { return m_truncated; }

    // Digits, hex, GUIDs and paths replaced, so repeats of one failure compare equal.
    static QString normalize(QStringView message);

private:
    void record(const RecordFindings::Item &item, const LogRecord &record);

    const RuleBook &m_rules;
    QString m_file;
    LogFormat m_format;
    QList<Finding> m_findings;
    QHash<QString, qsizetype> m_index;
    int m_errors = 0;
    int m_warnings = 0;
    bool m_truncated = false;
};

} // namespace lt::triage
