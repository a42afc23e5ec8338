#include "searchjob.h"

#include "bytescan.h"
#include "filesnapshot.h"
#include "lineindexer.h"
#include "linematcher.h"

#include <QThread>

#include <cstring>

#include <vector>

namespace lt::text {
namespace {

constexpr qint64 SearchChunkBytes = 4 * 1024 * 1024;

struct Chunk {
    LineNumber firstLine;
    LineNumber endLine;     // exclusive
    qint64 begin = 0;       // byte range of the whole lines
    qint64 end = 0;
};

// Searches one chunk; hits go to `out` in line order. False when cancelled.
class ChunkSearcher final
{
public:
    ChunkSearcher(const FileSnapshot &file, const LineMatcher &matcher,
                  const std::atomic<bool> &cancel)
        : m_file(file), m_matcher(matcher), m_cancel(cancel)
    {
    }

    bool search(const Chunk &chunk, QList<LineNumber> &out)
    {
        QByteArray scratch;
        const QByteArrayView bytes = m_file.file().bytes(chunk.begin, chunk.end - chunk.begin, scratch);
        if (bytes.size() != chunk.end - chunk.begin)
            return true;   // the file shrank under us: nothing left to find here
        return m_matcher.requiredLiteral().isEmpty() ? searchLines(chunk, bytes, out)
                                                     : searchLiteral(chunk, bytes, out);
    }

private:
    bool lineMatches(QByteArrayView raw) const
    {
        const QByteArrayView content = raw.first(m_file.contentEnd(raw));
        return m_matcher.matches(m_file.decode(content));
    }

    // Every line through the regex: for patterns without a required literal.
    bool searchLines(const Chunk &chunk, QByteArrayView bytes, QList<LineNumber> &out)
    {
        const LineIndex &index = m_file.index();
        std::vector<qint64> ends;
        LineIndexer::findLineEnds(bytes.data(), bytes.size(), chunk.begin, index.dataStart(),
                                  index.unitSize(), index.bigEndian(), index.terminator(), ends);
        if (ends.empty() || ends.back() < chunk.end)
            ends.push_back(chunk.end);   // the file's last line, without terminator
        qint64 lineStart = chunk.begin;
        LineNumber line = chunk.firstLine;
        for (size_t i = 0; i < ends.size() && line < chunk.endLine; ++i, ++line) {
            if ((i & 1023) == 0 && m_cancel.load(std::memory_order_relaxed))
                return false;
            if (lineMatches(bytes.sliced(lineStart - chunk.begin, ends[i] - lineStart)))
                out.append(line);
            lineStart = ends[i];
        }
        return true;
    }

    // Literal prefilter: jump from one occurrence of the required literal to the next and
    // only look at the lines holding one.
    bool searchLiteral(const Chunk &chunk, QByteArrayView bytes, QList<LineNumber> &out)
    {
        const LineIndex &index = m_file.index();
        const QByteArray &literal = m_matcher.requiredLiteral();
        const bool cs = m_matcher.literalIsCaseSensitive();
        const bool byteLines = index.unitSize() == 1;
        const char term = char(index.terminator());
        qint64 pos = 0;
        int round = 0;
        while (pos < bytes.size()) {
            if ((++round & 255) == 0 && m_cancel.load(std::memory_order_relaxed))
                return false;
            const qint64 found = bytescan::findLiteral(bytes.data() + pos, bytes.size() - pos, literal, cs);
            if (found < 0)
                break;
            const qint64 at = pos + found;   // chunk-relative from here on
            qint64 begin, next;
            if (byteLines) {
                // The line around the hit, straight from the bytes: the index is only asked
                // for the line number of lines that really match.
                begin = at;
                while (begin > 0 && bytes[begin - 1] != term)
                    --begin;
                const void *nl = std::memchr(bytes.data() + at, term, size_t(bytes.size() - at));
                next = nl ? static_cast<const char *>(nl) - bytes.data() + 1 : bytes.size();
            } else {
                ByteOffset b, n;
                if (!index.rawSpan(index.lineAt(ByteOffset(chunk.begin + at)), &b, &n)
                    || n.get() > chunk.end || b.get() < chunk.begin)
                    break;   // index and bytes disagree: the file changed under us
                begin = b.get() - chunk.begin;
                next = n.get() - chunk.begin;
            }
            const QByteArrayView raw = bytes.sliced(begin, next - begin);
            const QByteArrayView content = raw.first(m_file.contentEnd(raw));
            if (lineMatchesAfterPrefilter(content, at - begin, literal.size()))
                out.append(index.lineAt(ByteOffset(chunk.begin + begin)));
            pos = next;
        }
        return true;
    }

    bool lineMatchesAfterPrefilter(QByteArrayView content, qint64 literalAt, qint64 literalSize) const
    {
        if (literalAt + literalSize > content.size())
            return false;   // the "hit" ran into the terminator
        if (m_matcher.literalIsWholeMatch())
            return true;
        const bool cs = m_matcher.literalIsCaseSensitive();
        for (const QByteArray &other : m_matcher.otherLiterals()) {
            if (bytescan::findLiteral(content.data(), content.size(), other, cs) < 0)
                return false;
        }
        return m_matcher.matches(m_file.decode(content));
    }

    const FileSnapshot &m_file;
    const LineMatcher &m_matcher;
    const std::atomic<bool> &m_cancel;
};

// Cuts the lines [0, lineCount) into chunks of about SearchChunkBytes, on line boundaries.
std::vector<Chunk> makeChunks(const LineIndex &index, qint64 lineCount)
{
    std::vector<Chunk> chunks;
    ByteOffset lastBegin, fileEnd;
    if (lineCount <= 0 || !index.rawSpan(LineNumber(lineCount - 1), &lastBegin, &fileEnd))
        return chunks;
    qint64 begin = index.dataStart();
    LineNumber first(0);
    while (first.get() < lineCount) {
        LineNumber endLine(lineCount);
        qint64 end = fileEnd.get();
        if (end - begin > SearchChunkBytes) {
            const LineNumber cut = index.lineAt(ByteOffset(begin + SearchChunkBytes));
            if (cut > first && cut.get() < lineCount) {
                ByteOffset cutBegin, cutNext;
                index.rawSpan(cut, &cutBegin, &cutNext);
                endLine = cut;
                end = cutBegin.get();
            }
        }
        chunks.push_back({first, endLine, begin, end});
        first = endLine;
        begin = end;
    }
    return chunks;
}

} // namespace

SearchJob::SearchJob(std::shared_ptr<const FileSnapshot> file, SearchOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_options(std::move(options))
    , m_hits(std::make_shared<HitList>())
{
    qRegisterMetaType<lt::text::SearchStatus>();
}

SearchJob::~SearchJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SearchJob::start()
{
    if (m_running.exchange(true))
        return;
    m_cancel = false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this] { execute(); });
    m_thread->start();
}

void SearchJob::cancel()
{
    m_cancel = true;
}

SearchStatus SearchJob::run()
{
    m_running = true;
    m_cancel = false;
    return execute();
}

SearchStatus SearchJob::execute()
{
    auto finish = [this](SearchStatus status) {
        m_running = false;
        emit finished(status, m_hits->size(), m_error);
        return status;
    };
    m_hits->clear();
    m_error.clear();
    if (!m_file || m_options.pattern.isEmpty())
        return finish(SearchStatus::Finished);
    const LineMatcher matcher(m_options, m_file->encoding().encoding);
    if (!matcher.isValid()) {
        m_error = tr("Invalid regular expression: %1").arg(matcher.errorString());
        return finish(SearchStatus::Failed);
    }
    const LineIndex &index = m_file->index();
    const std::vector<Chunk> chunks = makeChunks(index, index.lineCount());
    const int threads = m_threads > 0 ? m_threads : LineIndexer::defaultThreadCount();
    const qint64 totalBytes = chunks.empty() ? 1 : qMax<qint64>(1, chunks.back().end - chunks.front().begin);
    std::vector<QList<LineNumber>> results(static_cast<size_t>(threads));
    std::vector<char> completed(static_cast<size_t>(threads));
    for (size_t first = 0; first < chunks.size(); first += size_t(threads)) {
        const int batch = int(qMin(chunks.size() - first, size_t(threads)));
        LineIndexer::parallelFor(batch, threads, [&](int c) {
            // One matcher per chunk: QRegularExpression objects are not shared across threads.
            const LineMatcher local(m_options, m_file->encoding().encoding);
            ChunkSearcher searcher(*m_file, local, m_cancel);
            results[size_t(c)].clear();
            completed[size_t(c)] = searcher.search(chunks[first + size_t(c)], results[size_t(c)]);
        });
        for (int c = 0; c < batch; ++c) {
            if (!completed[size_t(c)] || m_cancel)
                return finish(SearchStatus::Cancelled);
            m_hits->append(results[size_t(c)]);
        }
        const Chunk &last = chunks[first + size_t(batch) - 1];
        emit hitsFound(m_hits->size());
        emit progress(int(100 * (last.end - chunks.front().begin) / totalBytes));
    }
    return finish(SearchStatus::Finished);
}

} // namespace lt::text
