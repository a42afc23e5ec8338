#include "hitlist.h"

namespace lt::text {

void HitList::append(const QList<LineNumber> &lines)
{
    std::unique_lock lock(m_lock);
    for (const LineNumber line : lines)
        m_lines.append(line.get());
}

void HitList::append(LineNumber line)
{
    std::unique_lock lock(m_lock);
    m_lines.append(line.get());
}

void HitList::clear()
{
    std::unique_lock lock(m_lock);
    m_lines.clear();
}

qint64 HitList::size() const
{
    std::shared_lock lock(m_lock);
    return m_lines.size();
}

LineNumber HitList::at(qint64 index) const
{
    std::shared_lock lock(m_lock);
    return LineNumber(m_lines.at(index));
}

bool HitList::contains(LineNumber line) const
{
    std::shared_lock lock(m_lock);
    const qint64 i = m_lines.lowerBound(line.get());
    return i < m_lines.size() && m_lines.at(i) == line.get();
}

qint64 HitList::indexOfFirstAtOrAfter(LineNumber line) const
{
    std::shared_lock lock(m_lock);
    return m_lines.lowerBound(line.get());
}

qint64 HitList::memoryBytes() const
{
    std::shared_lock lock(m_lock);
    return m_lines.memoryBytes();
}

} // namespace lt::text
