#include "lineindexer.h"

#include "bytescan.h"
#include "lineindex.h"
#include "mappedfile.h"

#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace lt::text {

void LineIndexer::findLineEnds(const char *data, qint64 size, qint64 base, qint64 dataStart,
                               int unitSize, bool bigEndian, char16_t terminator,
                               std::vector<qint64> &out)
{
    if (unitSize == 1) {
        bytescan::findAll(data, size, char(terminator), base, out);
        return;
    }
    // UTF-16: find the byte that carries the terminator's value, keep hits at the right
    // byte of an aligned unit whose other byte is zero.
    const size_t first = out.size();
    bytescan::findAll(data, size, char(terminator & 0xFF), base, out);
    size_t kept = first;
    for (size_t i = first; i < out.size(); ++i) {
        const qint64 after = out[i];                 // just past the matching byte
        const qint64 bytePos = after - 1;
        const qint64 unitStart = bigEndian ? bytePos - 1 : bytePos;
        if ((unitStart - dataStart) % 2 != 0 || unitStart < base || unitStart + 2 > base + size)
            continue;
        const char other = data[bigEndian ? unitStart - base : unitStart + 1 - base];
        if (other != 0)
            continue;
        out[kept++] = unitStart + 2;
    }
    out.resize(kept);
}

void LineIndexer::parallelFor(int count, int threads, const std::function<void(int)> &fn)
{
    parallelFor(count, threads, [&fn](int, int item) { fn(item); });
}

void LineIndexer::parallelFor(int count, int threads, const std::function<void(int, int)> &fn)
{
    std::atomic<int> next{0};
    auto worker = [&](int id) {
        for (int i = next++; i < count; i = next++)
            fn(id, i);
    };
    std::vector<std::thread> pool;
    const int helpers = qMin(threads, count) - 1;
    for (int t = 0; t < helpers; ++t)
        pool.emplace_back(worker, t + 1);
    worker(0);
    for (auto &t : pool)
        t.join();
}

int LineIndexer::defaultThreadCount()
{
    return qMax(1, QThread::idealThreadCount());
}

bool LineIndexer::run(const MappedFile &file, LineIndex &index, qint64 from, int threads,
                      const std::atomic<bool> &cancel,
                      const std::function<void(qint64)> &progress, QString *error)
{
    const qint64 size = file.size();
    const int unit = index.unitSize();
    const qint64 dataStart = index.dataStart();
    const char16_t term = index.terminator();
    const bool be = index.bigEndian();

    auto scan = [&](qint64 begin, qint64 end, std::vector<qint64> &out) -> bool {
        QByteArray scratch;
        const QByteArrayView bytes = file.bytes(begin, end - begin, scratch);
        if (bytes.size() != end - begin)
            return false;
        findLineEnds(bytes.data(), bytes.size(), begin, dataStart, unit, be, term, out);
        return true;
    };

    qint64 pos = from;
    // A small first chunk so the first screen shows before the big chunks start.
    if (pos < size) {
        const qint64 end = qMin(size, pos + FirstChunkBytes);
        std::vector<qint64> ends;
        if (!scan(pos, end, ends)) {
            *error = QStringLiteral("read error at offset %1").arg(pos);
            return false;
        }
        index.append(ends.data(), qsizetype(ends.size()));
        pos = end;
        progress(pos);
    }

    threads = qMax(1, threads);
    // Chunks go to whichever thread is free and are appended in file order as soon as all
    // before them are in. A thread may run at most 2 * threads chunks ahead of the last one
    // appended, which bounds the memory held by finished but not yet appended chunks.
    const qint64 rest = size - pos;
    const int count = int((rest + ChunkBytes - 1) / ChunkBytes);
    std::vector<std::vector<qint64>> results(static_cast<size_t>(count));
    std::vector<char> state(static_cast<size_t>(count), 0);   // 0 pending, 1 done, 2 failed
    std::mutex lock;
    std::condition_variable appended;
    int merged = 0;
    bool failed = false;
    const qint64 base = pos;
    parallelFor(count, threads, [&](int, int c) {
        {
            std::unique_lock guard(lock);
            appended.wait(guard, [&] { return c < merged + 2 * threads || failed || cancel; });
            if (failed || cancel)
                return;
        }
        const qint64 begin = base + qint64(c) * ChunkBytes;
        std::vector<qint64> ends;
        const bool ok = scan(begin, qMin(size, begin + ChunkBytes), ends);
        std::lock_guard guard(lock);
        results[size_t(c)] = std::move(ends);
        state[size_t(c)] = ok ? 1 : 2;
        const int before = merged;
        while (merged < count && state[size_t(merged)] != 0) {
            if (state[size_t(merged)] == 2) {
                failed = true;
                *error = QStringLiteral("read error at offset %1").arg(base + qint64(merged) * ChunkBytes);
                break;
            }
            std::vector<qint64> &r = results[size_t(merged)];
            index.append(r.data(), qsizetype(r.size()));
            std::vector<qint64>().swap(r);
            ++merged;
        }
        if (merged > before && !failed)
            progress(qMin(size, base + qint64(merged) * ChunkBytes));
        appended.notify_all();
    });
    if (failed || cancel.load() || merged < count)
        return false;
    index.setIndexedSize(size);
    return true;
}

} // namespace lt::text
