#include "lineindexer.h"

#include "bytescan.h"
#include "lineindex.h"
#include "mappedfile.h"

#include <QThread>

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
    std::atomic<int> next{0};
    auto worker = [&] {
        for (int i = next++; i < count; i = next++)
            fn(i);
    };
    std::vector<std::thread> pool;
    const int helpers = qMin(threads, count) - 1;
    for (int t = 0; t < helpers; ++t)
        pool.emplace_back(worker);
    worker();
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
    // A small first chunk so the first screen shows before the big batches start.
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
    std::vector<std::vector<qint64>> results(static_cast<size_t>(threads));
    std::vector<char> ok(static_cast<size_t>(threads));
    while (pos < size) {
        if (cancel.load(std::memory_order_relaxed))
            return false;
        const int chunks = int(qMin<qint64>(threads, (size - pos + ChunkBytes - 1) / ChunkBytes));
        parallelFor(chunks, threads, [&](int c) {
            const qint64 begin = pos + c * ChunkBytes;
            const qint64 end = qMin(size, begin + ChunkBytes);
            results[size_t(c)].clear();
            ok[size_t(c)] = scan(begin, end, results[size_t(c)]);
        });
        for (int c = 0; c < chunks; ++c) {
            if (!ok[size_t(c)]) {
                *error = QStringLiteral("read error at offset %1").arg(pos + c * ChunkBytes);
                return false;
            }
            index.append(results[size_t(c)].data(), qsizetype(results[size_t(c)].size()));
        }
        pos = qMin(size, pos + chunks * ChunkBytes);
        progress(pos);
    }
    index.setIndexedSize(size);
    return true;
}

} // namespace lt::text
