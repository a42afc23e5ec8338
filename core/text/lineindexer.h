#pragma once

#include "encodingdetector.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace lt::text {

class LineIndex;
class MappedFile;

// Fills a LineIndex from a MappedFile: chunks of the file are scanned for terminators on
// several threads at once and appended in file order. Used by LogFile's worker thread.
// Thread-safety: run() is reentrant; one run() per LineIndex at a time.
class LineIndexer final
{
public:
    static constexpr qint64 FirstChunkBytes = 64 * 1024;     // the first screen, at once
    static constexpr qint64 ChunkBytes = 8 * 1024 * 1024;

    // Indexes [from, file.size()) (from: the end of the last complete line already indexed).
    // `progress(bytesDone)` is called (from any of the worker threads, one at a time) as the
    // index grows. False when cancelled or unreadable (error set).
    static bool run(const MappedFile &file, LineIndex &index, qint64 from, int threads,
                    const std::atomic<bool> &cancel,
                    const std::function<void(qint64 bytesDone)> &progress, QString *error);

    // Line end offsets (just past each terminator unit) in data, which starts at file offset
    // `base`. For UTF-16 (unitSize 2) only units aligned to `dataStart` count.
    static void findLineEnds(const char *data, qint64 size, qint64 base, qint64 dataStart,
                             int unitSize, bool bigEndian, char16_t terminator,
                             std::vector<qint64> &out);

    // Runs fn(0) ... fn(count - 1) on up to `threads` threads and returns when all are done.
    static void parallelFor(int count, int threads, const std::function<void(int)> &fn);
    // Same, telling fn which worker (0 .. threads - 1) runs the item, for per-thread state.
    static void parallelFor(int count, int threads, const std::function<void(int worker, int item)> &fn);

    static int defaultThreadCount();
};

} // namespace lt::text
