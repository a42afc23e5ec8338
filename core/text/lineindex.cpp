#include "lineindex.h"

namespace lt::text {

void LineIndex::reset(qint64 dataStart, int unitSize, bool bigEndian, char16_t terminator)
{
    std::unique_lock lock(m_lock);
    m_ends.clear();
    m_dataStart = dataStart;
    m_indexedSize = dataStart;
    m_unitSize = unitSize;
    m_bigEndian = bigEndian;
    m_terminator = terminator;
}

void LineIndex::append(const qint64 *ends, qsizetype count)
{
    std::unique_lock lock(m_lock);
    for (qsizetype i = 0; i < count; ++i)
        m_ends.append(ends[i]);
    if (count > 0)
        m_indexedSize = qMax(m_indexedSize, ends[count - 1]);
}

void LineIndex::setIndexedSize(qint64 indexedSize)
{
    std::unique_lock lock(m_lock);
    m_indexedSize = qMax(m_indexedSize, indexedSize);
}

qint64 LineIndex::lineCount() const
{
    std::shared_lock lock(m_lock);
    const qint64 lastEnd = m_ends.isEmpty() ? m_dataStart : m_ends.last();
    return m_ends.size() + (m_indexedSize > lastEnd ? 1 : 0);
}

qint64 LineIndex::indexedSize() const
{
    std::shared_lock lock(m_lock);
    return m_indexedSize;
}

qint64 LineIndex::completeLines() const
{
    std::shared_lock lock(m_lock);
    return m_ends.size();
}

qint64 LineIndex::lastLineEnd() const
{
    std::shared_lock lock(m_lock);
    return m_ends.isEmpty() ? m_dataStart : m_ends.last();
}

bool LineIndex::rawSpan(LineNumber line, ByteOffset *begin, ByteOffset *next) const
{
    std::shared_lock lock(m_lock);
    const qint64 n = line.get();
    const qint64 complete = m_ends.size();
    const qint64 lastEnd = complete == 0 ? m_dataStart : m_ends.last();
    const qint64 count = complete + (m_indexedSize > lastEnd ? 1 : 0);
    if (n < 0 || n >= count)
        return false;
    *begin = ByteOffset(n == 0 ? m_dataStart : m_ends.at(n - 1));
    *next = ByteOffset(n < complete ? m_ends.at(n) : m_indexedSize);
    return true;
}

LineNumber LineIndex::lineAt(ByteOffset offset) const
{
    std::shared_lock lock(m_lock);
    // Line n ends (terminator included) at ends[n]: the line holding `offset` is the first
    // whose end lies beyond it.
    const qint64 n = m_ends.upperBound(offset.get());
    const qint64 lastEnd = m_ends.isEmpty() ? m_dataStart : m_ends.last();
    const qint64 count = m_ends.size() + (m_indexedSize > lastEnd ? 1 : 0);
    return LineNumber(qBound<qint64>(0, n, qMax<qint64>(0, count - 1)));
}

qint64 LineIndex::memoryBytes() const
{
    std::shared_lock lock(m_lock);
    return m_ends.memoryBytes();
}

} // namespace lt::text
