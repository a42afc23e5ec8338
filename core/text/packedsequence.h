#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

namespace lt::text {

// A non-decreasing sequence of 64-bit values (line end offsets, hit line numbers) stored in
// blocks of 64: one full base value per block, then each entry as a bit-packed distance from
// the base, with the narrowest width the block needs. Typical logs cost about 2 bytes/entry;
// at(i) is O(1) and lowerBound() O(log n). Storage grows in fixed pages, so appending never
// copies what is already there and never holds twice the memory.
// Not thread-safe: callers (LineIndex, HitList) serialise access.
class PackedSequence final
{
public:
    static constexpr int BlockSize = 64;

    PackedSequence();
    ~PackedSequence();
    PackedSequence(PackedSequence &&) noexcept;
    PackedSequence &operator=(PackedSequence &&) noexcept;

    // `value` must be >= the last appended value.
    void append(qint64 value);
    qint64 size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 at(qint64 i) const;
    qint64 last() const { return at(m_count - 1); }
    // Index of the first entry >= value (size() if none).
    qint64 lowerBound(qint64 value) const;
    // Index of the first entry > value (size() if none).
    qint64 upperBound(qint64 value) const;
    void clear();
    // Bytes held, including spare capacity.
    qint64 memoryBytes() const;

private:
    struct Block {
        qint64 base;
        quint64 bitPos : 56;   // where this block's deltas start in the page store
        quint64 width : 8;     // bits per entry
    };

    void sealTail();
    quint64 readBits(quint64 bitPos, int width) const;
    void writeBits(quint64 bitPos, int width, quint64 value);
    void ensureBits(quint64 bitEnd);

    static constexpr int PageWords = 8192;   // 64 KiB pages
    std::vector<std::unique_ptr<quint64[]>> m_pages;
    std::vector<Block> m_blocks;
    quint64 m_bitEnd = 0;
    qint64 m_tail[BlockSize] = {};   // the last, not yet packed block
    int m_tailCount = 0;
    qint64 m_count = 0;
};

} // namespace lt::text
