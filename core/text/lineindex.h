#pragma once

#include "packedsequence.h"
#include "textposition.h"

#include <mutex>
#include <shared_mutex>

namespace lt::text {

// Where every line of a file starts and ends, stored as the byte offset just past each line
// terminator (PackedSequence: about 2 bytes per line). The last line may lack a terminator;
// it runs to the indexed size. Thread-safe: one writer (the indexer) appends while any number
// of readers query.
class LineIndex final
{
public:
    struct Span {
        ByteOffset begin;     // first byte of the line
        ByteOffset end;       // one past the last content byte (terminator excluded)
        ByteOffset next;      // start of the next line (terminator included)
    };

    // `dataStart`: first byte after a BOM. `unitSize`: 1, or 2 for UTF-16.
    // `terminator`: the code unit ending a line ('\n', or '\r' for CR-only files).
    void reset(qint64 dataStart, int unitSize, bool bigEndian, char16_t terminator);

    // Appends line ends found by the indexer (ascending).
    void append(const qint64 *ends, qsizetype count);
    // Declares the file indexed up to `indexedSize`: bytes after the last terminator up to
    // there form a last line without terminator. Set only once the whole file was scanned,
    // so a chunk boundary never shows as a line break.
    void setIndexedSize(qint64 indexedSize);

    qint64 lineCount() const;
    qint64 indexedSize() const;
    // Lines that end with a terminator (lineCount() minus a trailing partial line).
    qint64 completeLines() const;
    qint64 lastLineEnd() const;      // offset after the last terminator (dataStart if none)
    // Raw span including the terminator; `end` is fixed up by the caller, who sees the bytes.
    bool rawSpan(LineNumber line, ByteOffset *begin, ByteOffset *next) const;
    // The line containing `offset` (clamped to the last line).
    LineNumber lineAt(ByteOffset offset) const;
    qint64 memoryBytes() const;
    qint64 dataStart() const { return m_dataStart; }
    int unitSize() const { return m_unitSize; }
    bool bigEndian() const { return m_bigEndian; }
    char16_t terminator() const { return m_terminator; }

private:
    mutable std::shared_mutex m_lock;   // std: visible to ThreadSanitizer
    PackedSequence m_ends;
    qint64 m_dataStart = 0;
    qint64 m_indexedSize = 0;
    int m_unitSize = 1;
    bool m_bigEndian = false;
    char16_t m_terminator = u'\n';
};

} // namespace lt::text
