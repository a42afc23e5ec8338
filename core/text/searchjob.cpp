#include "searchjob.h"

#include "bytescan.h"
#include "filesnapshot.h"
#include "lineindexer.h"
#include "linematcher.h"

#include <QStringDecoder>
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
        if (!m_matcher.requiredLiteral().isEmpty())
            return searchLiteral(chunk, bytes, {m_matcher.requiredLiteral()}, out);
        if (!m_matcher.anyOfLiterals().isEmpty())
            return searchLiteral(chunk, bytes, m_matcher.anyOfLiterals(), out);
        return searchLines(chunk, bytes, out);
    }

private:
    // Decodes a line into a buffer reused from line to line: the line-by-line path would
    // otherwise spend more time allocating strings than matching.
    QStringView decodeLine(QByteArrayView content)
    {
        if (!m_decoder.isValid())
            m_decoder = QStringDecoder(codecName(m_file.encoding().encoding),
                                       QStringConverter::Flag::Stateless
                                           | QStringConverter::Flag::ConvertInitialBom);
        const qsizetype need = m_decoder.requiredSpace(content.size());
        if (m_buffer.size() < need)
            m_buffer.resize(need);
        QChar *end = m_decoder.appendToBuffer(m_buffer.data(), content);
        return QStringView(m_buffer.constData(), end - m_buffer.constData());
    }

    bool lineMatches(QByteArrayView raw)
    {
        const QByteArrayView content = raw.first(m_file.contentEnd(raw));
        return m_matcher.matches(decodeLine(content));
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
    // With several needles (alternation), a line is a candidate when it holds any of them; each
    // needle's next occurrence is remembered, so every needle scans the chunk once.
    bool searchLiteral(const Chunk &chunk, QByteArrayView bytes, const QList<QByteArray> &needles,
                       QList<LineNumber> &out)
    {
        const LineIndex &index = m_file.index();
        const bool cs = m_matcher.literalIsCaseSensitive();
        constexpr qint64 Unknown = -2, None = -1;
        std::vector<qint64> nextAt(size_t(needles.size()), Unknown);
        auto nextCandidate = [&](qint64 from, qint64 *length) -> qint64 {
            qint64 best = None;
            for (qsizetype k = 0; k < needles.size(); ++k) {
                qint64 &n = nextAt[size_t(k)];
                if (n == Unknown || (n != None && n < from)) {
                    const qint64 f = bytescan::findLiteral(bytes.data() + from, bytes.size() - from,
                                                           needles[k], cs);
                    n = f < 0 ? None : from + f;
                }
                if (n != None && (best == None || n < best)) {
                    best = n;
                    *length = needles[k].size();
                }
            }
            return best;
        };
        const bool byteLines = index.unitSize() == 1;
        const char term = char(index.terminator());
        qint64 pos = 0;
        int round = 0;
        while (pos < bytes.size()) {
            if ((++round & 255) == 0 && m_cancel.load(std::memory_order_relaxed))
                return false;
            qint64 literalSize = 0;
            const qint64 at = nextCandidate(pos, &literalSize);   // chunk-relative from here on
            if (at < 0)
                break;
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
            if (lineMatchesAfterPrefilter(content, at - begin, needles.size() == 1 ? literalSize : 0))
                out.append(index.lineAt(ByteOffset(chunk.begin + begin)));
            pos = next;
        }
        return true;
    }

    bool lineMatchesAfterPrefilter(QByteArrayView content, qint64 literalAt, qint64 literalSize)
    {
        if (literalAt + literalSize > content.size())
            return false;   // the only occurrence in the line runs into the terminator
        if (m_matcher.literalIsWholeMatch())
            return true;
        const bool cs = m_matcher.literalIsCaseSensitive();
        for (const QByteArray &other : m_matcher.otherLiterals()) {
            if (bytescan::findLiteral(content.data(), content.size(), other, cs) < 0)
                return false;
        }
        return m_matcher.matches(decodeLine(content));
    }

    const FileSnapshot &m_file;
    const LineMatcher &m_matcher;
    const std::atomic<bool> &m_cancel;
    QStringDecoder m_decoder;
    QString m_buffer;
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
