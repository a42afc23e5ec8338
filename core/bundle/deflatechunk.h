#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lt::bundle {

// One piece of a member compressed on its own, pigz-style: raw deflate primed with the
// previous 32 KiB of the member as dictionary, ending on a sync flush (or Z_FINISH for the
// last piece), so the pieces concatenate into one valid deflate stream.
struct DeflatedChunk {
    QByteArray data;
    quint32 crc32 = 0;   // of the uncompressed bytes of this chunk alone (crc32_combine joins them)
    bool ok = false;
};

// Thread-safe: each thread keeps its own zlib stream.
DeflatedChunk deflateChunk(QByteArrayView input, QByteArrayView dictionary, bool last, int level);

// crc32 of A+B from crc32(A), crc32(B) and the length of B.
quint32 combineCrc32(quint32 crcA, quint32 crcB, qint64 lengthB);

inline constexpr qsizetype DeflateWindow = 32 * 1024;

} // namespace lt::bundle
