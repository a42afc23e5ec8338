#include "linefilter.h"

#include <algorithm>

namespace lt::text {

void LineFilter::showAll(qint64 lineCount)
{
    m_mode = Mode::AllLines;
    m_allCount = lineCount;
    m_hits.reset();
    m_set.reset();
}

void LineFilter::showHits(std::shared_ptr<const HitList> hits)
{
    m_mode = Mode::Hits;
    m_hits = std::move(hits);
    m_set.reset();
}

void LineFilter::showLines(QList<LineNumber> lines)
{
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    auto set = std::make_shared<HitList>();
    set->append(lines);
    m_mode = Mode::LineSet;
    m_set = set;
    m_hits = set;
}

qint64 LineFilter::rowCount() const
{
    if (m_mode == Mode::AllLines)
        return m_allCount;
    return m_hits ? m_hits->size() : 0;
}

LineNumber LineFilter::lineForRow(qint64 row) const
{
    if (m_mode == Mode::AllLines)
        return LineNumber(row);
    return m_hits->at(row);
}

qint64 LineFilter::rowForLine(LineNumber line) const
{
    if (m_mode == Mode::AllLines)
        return qBound<qint64>(0, line.get(), m_allCount);
    return m_hits ? m_hits->indexOfFirstAtOrAfter(line) : 0;
}

bool LineFilter::isShown(LineNumber line) const
{
    if (m_mode == Mode::AllLines)
        return line.get() >= 0 && line.get() < m_allCount;
    return m_hits && m_hits->contains(line);
}

} // namespace lt::text
