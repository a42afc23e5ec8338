#pragma once

#include "encodingdetector.h"
#include "lineindex.h"
#include "mappedfile.h"

#include <QString>

#include <memory>

namespace lt::text {

// Everything a reader needs to get lines out of a file: its bytes, its (possibly still
// growing) index and its encoding. Shared by LogFile and its searches, so a search keeps
// working on what it started with even if the file is closed or reset meanwhile.
// Thread-safe (immutable apart from the index, which is itself thread-safe).
class FileSnapshot final
{
public:
    FileSnapshot(std::shared_ptr<MappedFile> file, std::shared_ptr<LineIndex> index,
                 EncodingGuess encoding, LineEnding lineEnding);

    const MappedFile &file() const { return *m_file; }
    const LineIndex &index() const { return *m_index; }
    EncodingGuess encoding() const { return m_encoding; }
    LineEnding lineEnding() const { return m_lineEnding; }
    qint64 lineCount() const { return m_index->lineCount(); }

    // Content span of a line (terminator excluded). False when out of range.
    bool span(LineNumber line, ByteOffset *begin, ByteOffset *end) const;
    // Content bytes of a line, at most `maxBytes` of them (-1: all).
    QByteArray rawLine(LineNumber line, qint64 maxBytes = -1) const;
    // Decoded text of a line, cut at MaxDisplayLineBytes.
    QString line(LineNumber line) const;
    // Decodes bytes of this file's encoding (a whole line or whole lines: stateless).
    QString decode(QByteArrayView bytes) const;
    // Strips the terminator from a raw line view [begin, next).
    qint64 contentEnd(QByteArrayView raw) const;

private:
    std::shared_ptr<MappedFile> m_file;
    std::shared_ptr<LineIndex> m_index;
    EncodingGuess m_encoding;
    LineEnding m_lineEnding;
};

} // namespace lt::text
