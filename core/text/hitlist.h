#pragma once

#include "packedsequence.h"
#include "textposition.h"

#include <QList>
#include <mutex>
#include <shared_mutex>

namespace lt::text {

// The lines a search matched, ascending, packed (about 2 bytes per hit for dense hits, so
// millions of hits cost a few MB). Thread-safe: the search appends while views read.
class HitList final
{
public:
    // Lines must come in ascending order, each greater than the last one appended.
    void append(const QList<LineNumber> &lines);
    void append(LineNumber line);
    void clear();

    qint64 size() const;
    bool isEmpty() const { return size() == 0; }
    LineNumber at(qint64 index) const;
    bool contains(LineNumber line) const;
    // Index of the first hit at or after `line` (size() if none): next/previous hit navigation.
    qint64 indexOfFirstAtOrAfter(LineNumber line) const;
    qint64 memoryBytes() const;

private:
    mutable std::shared_mutex m_lock;   // std: visible to ThreadSanitizer
    PackedSequence m_lines;
};

} // namespace lt::text
