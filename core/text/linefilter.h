#pragma once

#include "hitlist.h"
#include "textposition.h"

#include <memory>

namespace lt::text {

// Maps the rows a view shows to file lines: every line, only the lines of a search's hits
// ("show only matching lines"), or any set of lines (e.g. "only lines with findings").
// rowCount() follows a growing HitList or file line count live.
// Thread-safety: not thread-safe; use from the thread that owns the view.
class LineFilter final
{
public:
    enum class Mode { AllLines, Hits, LineSet };

    LineFilter() = default;

    // Identity mapping over `lineCount` lines (call again when the file grows).
    void showAll(qint64 lineCount);
    void showHits(std::shared_ptr<const HitList> hits);
    // Any lines, in any order, duplicates allowed; the view shows them ascending.
    void showLines(QList<LineNumber> lines);

    Mode mode() const { return m_mode; }
    qint64 rowCount() const;
    // The file line shown on `row` (row < rowCount()).
    LineNumber lineForRow(qint64 row) const;
    // The row showing `line`, or the row of the next shown line after it (rowCount() if none):
    // keeps the selection near where it was when switching filters.
    qint64 rowForLine(LineNumber line) const;
    bool isShown(LineNumber line) const;

private:
    Mode m_mode = Mode::AllLines;
    qint64 m_allCount = 0;
    std::shared_ptr<const HitList> m_hits;
    std::shared_ptr<HitList> m_set;
};

} // namespace lt::text
