#pragma once

#include "triagereport.h"

#include <QString>

#include <atomic>
#include <optional>

namespace lt::triage {

class RuleBook;

// Fast triage of a local file in a line-per-entry format (CBS, DISM, Panther, WindowsUpdate,
// generic text) in an ASCII-compatible encoding: the file is memory-mapped, screened for
// candidate lines on the raw bytes (CandidateScreen), and only the entries holding a candidate
// are decoded and parsed. The file is cut into segments, each split into ranges scanned on
// separate threads; their entries are merged in file order, so the report is the one the
// streaming FileTriager gives (tests/triage/tst_mappedtriage.cpp checks that). Memory is bounded
// by one segment's candidate entries, not by the file size.
class MappedTriager final
{
public:
    // Below this, the streaming path is as fast and the mapping is not worth it.
    static constexpr qint64 MinimumSize = 1024 * 1024;

    explicit MappedTriager(const RuleBook &rules);

    // nullopt when this file needs the streaming path (other format or encoding, binary,
    // unmappable, pathological lines): the caller then streams it.
    // `segmentBytes`/`threads` exist for tests (tiny ranges must give the same report).
    std::optional<FileReport> triage(const QString &fileName, const QString &path,
                                     const std::atomic_bool *cancelled = nullptr,
                                     qint64 segmentBytes = 0, int threads = 0) const;

private:
    const RuleBook &m_rules;
};

} // namespace lt::triage
