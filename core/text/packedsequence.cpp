#include "packedsequence.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace lt::text {

PackedSequence::PackedSequence() = default;
PackedSequence::~PackedSequence() = default;
PackedSequence::PackedSequence(PackedSequence &&) noexcept = default;
PackedSequence &PackedSequence::operator=(PackedSequence &&) noexcept = default;

void PackedSequence::append(qint64 value)
{
    Q_ASSERT(m_count == 0 || value >= last());
    m_tail[m_tailCount++] = value;
    ++m_count;
    if (m_tailCount == BlockSize)
        sealTail();
}

void PackedSequence::sealTail()
{
    const qint64 base = m_tail[0];
    const quint64 span = quint64(m_tail[BlockSize - 1] - base);
    // Entry 0 is the base itself, so only BlockSize - 1 distances are stored.
    const int width = span == 0 ? 0 : int(std::bit_width(span));
    const quint64 bitPos = m_bitEnd;
    ensureBits(bitPos + quint64(width) * (BlockSize - 1));
    for (int i = 1; i < BlockSize; ++i)
        writeBits(bitPos + quint64(width) * (i - 1), width, quint64(m_tail[i] - base));
    m_bitEnd = bitPos + quint64(width) * (BlockSize - 1);
    Block block;
    block.base = base;
    block.bitPos = bitPos;
    block.width = quint64(width);
    m_blocks.push_back(block);
    m_tailCount = 0;
}

void PackedSequence::ensureBits(quint64 bitEnd)
{
    // One spare word so readBits() may always look at the word after the one it starts in.
    const quint64 wordsNeeded = bitEnd / 64 + 2;
    while (quint64(m_pages.size()) * PageWords < wordsNeeded)
        m_pages.push_back(std::make_unique<quint64[]>(PageWords));   // zero-initialised
}

void PackedSequence::writeBits(quint64 bitPos, int width, quint64 value)
{
    if (width == 0)
        return;
    const quint64 word = bitPos / 64;
    const int shift = int(bitPos % 64);
    quint64 &w0 = m_pages[word / PageWords][word % PageWords];
    w0 |= value << shift;
    if (shift + width > 64) {
        const quint64 next = word + 1;
        m_pages[next / PageWords][next % PageWords] |= value >> (64 - shift);
    }
}

quint64 PackedSequence::readBits(quint64 bitPos, int width) const
{
    if (width == 0)
        return 0;
    const quint64 word = bitPos / 64;
    const int shift = int(bitPos % 64);
    quint64 v = m_pages[word / PageWords][word % PageWords] >> shift;
    if (shift + width > 64) {
        const quint64 next = word + 1;
        v |= m_pages[next / PageWords][next % PageWords] << (64 - shift);
    }
    return width == 64 ? v : (v & ((quint64(1) << width) - 1));
}

qint64 PackedSequence::at(qint64 i) const
{
    Q_ASSERT(i >= 0 && i < m_count);
    const qint64 blockIndex = i / BlockSize;
    const int k = int(i % BlockSize);
    if (blockIndex >= qint64(m_blocks.size()))
        return m_tail[k];
    const Block &b = m_blocks[size_t(blockIndex)];
    if (k == 0)
        return b.base;
    const int width = int(b.width);
    return b.base + qint64(readBits(b.bitPos + quint64(width) * quint64(k - 1), width));
}

qint64 PackedSequence::lowerBound(qint64 value) const
{
    // Blocks first (their bases are sorted), then inside the one block that can hold it.
    qint64 lo = 0, hi = m_count;
    const qint64 sealed = qint64(m_blocks.size());
    auto firstBlockNotBelow = std::lower_bound(m_blocks.begin(), m_blocks.end(), value,
        [](const Block &b, qint64 v) { return b.base < v; });
    const qint64 blk = qint64(firstBlockNotBelow - m_blocks.begin());
    // Block blk starts at or above value and all blocks before blk-1 end below it: the answer
    // lies in block blk-1 or is the first entry of block blk.
    if (blk > 0)
        lo = (blk - 1) * BlockSize;
    hi = blk < sealed ? blk * BlockSize : m_count;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (at(mid) < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qint64 PackedSequence::upperBound(qint64 value) const
{
    if (value == std::numeric_limits<qint64>::max())
        return m_count;
    return lowerBound(value + 1);
}

void PackedSequence::clear()
{
    m_pages.clear();
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_bitEnd = 0;
    m_tailCount = 0;
    m_count = 0;
}

qint64 PackedSequence::memoryBytes() const
{
    return qint64(m_pages.size()) * PageWords * qint64(sizeof(quint64))
        + qint64(m_pages.capacity() * sizeof(void *))
        + qint64(m_blocks.capacity() * sizeof(Block)) + qint64(sizeof(*this));
}

} // namespace lt::text
