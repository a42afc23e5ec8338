#pragma once

#include "triagereport.h"

#include <QIODevice>
#include <QString>

#include <atomic>

namespace lt::triage {

class RuleBook;

// Triage of one file: detects encoding and format from the first block, then streams the rest
// in chunks through the parser, the finding collector and the rule conditions. Memory does not
// depend on the file size. Never throws; unreadable, empty or binary input gives a FileReport
// whose `error` says why.
class FileTriager final
{
public:
    explicit FileTriager(const RuleBook &rules);

    FileReport triage(QIODevice &device, const QString &path, const std::atomic_bool *cancelled = nullptr) const;

    // Convenience for tests and tools: a file on disk.
    FileReport triageFile(const QString &fileName) const;

private:
    const RuleBook &m_rules;
};

} // namespace lt::triage
