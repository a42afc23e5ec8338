#include "searchjob.h"

#include "bytescan.h"
#include "filesnapshot.h"
#include "lineindexer.h"
#include "linematcher.h"

#include <QStringDecoder>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

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

    // Patterns without a required literal: every line goes through the regex, in one call per
    // chunk where the pattern allows it, else one call per line.
    bool searchLines(const Chunk &chunk, QByteArrayView bytes, QList<LineNumber> &out)
    {
        const LineIndex &index = m_file.index();
        std::vector<qint64> ends;
        LineIndexer::findLineEnds(bytes.data(), bytes.size(), chunk.begin, index.dataStart(),
                                  index.unitSize(), index.bigEndian(), index.terminator(), ends);
        if (ends.empty() || ends.back() < chunk.end)
            ends.push_back(chunk.end);   // the file's last line, without terminator
        const size_t lines = size_t(qMin<qint64>(qint64(ends.size()), chunk.endLine - chunk.firstLine));
        // UTF-16 files may hold lone surrogates, which PCRE2 must then check on every call;
        // the other decoders only ever produce valid UTF-16.
        const TextEncoding encoding = m_file.encoding().encoding;
        if (m_matcher.supportsBufferedSearch() && encoding != TextEncoding::Utf16LE
            && encoding != TextEncoding::Utf16BE)
            return searchBuffered(chunk, bytes, ends, lines, out);
        qint64 lineStart = chunk.begin;
        LineNumber line = chunk.firstLine;
        for (size_t i = 0; i < lines; ++i, ++line) {
            if ((i & 1023) == 0 && m_cancel.load(std::memory_order_relaxed))
                return false;
            if (lineMatches(bytes.sliced(lineStart - chunk.begin, ends[i] - lineStart)))
                out.append(line);
            lineStart = ends[i];
        }
        return true;
    }

    // The chunk's lines decoded into one buffer, each followed by '\n' (CRs dropped), scanned
    // by the multi-line regex; the line of each match is then confirmed on its own, so only
    // lines with a (candidate) match cost a per-line call.
    bool searchBuffered(const Chunk &chunk, QByteArrayView bytes, const std::vector<qint64> &ends,
                        size_t lines, QList<LineNumber> &out)
    {
        if (!m_decoder.isValid())
            m_decoder = QStringDecoder(codecName(m_file.encoding().encoding),
                                       QStringConverter::Flag::Stateless
                                           | QStringConverter::Flag::ConvertInitialBom);
        std::vector<qsizetype> starts;
        starts.reserve(lines + 1);
        m_text.resize(qMax(m_text.size(), m_decoder.requiredSpace(bytes.size()) + qsizetype(lines) + 1));
        QChar *p = m_text.data();
        qint64 lineStart = chunk.begin;
        for (size_t i = 0; i < lines; ++i) {
            const QByteArrayView raw = bytes.sliced(lineStart - chunk.begin, ends[i] - lineStart);
            starts.push_back(p - m_text.constData());
            p = m_decoder.appendToBuffer(p, raw.first(m_file.contentEnd(raw)));
            *p++ = u'\n';
            lineStart = ends[i];
        }
        const qsizetype used = p - m_text.constData();
        starts.push_back(used);
        const QStringView text(m_text.constData(), used);
        const QRegularExpression &re = m_matcher.bufferRegex();
        qsizetype pos = 0;
        while (pos < used) {
            if (m_cancel.load(std::memory_order_relaxed))
                return false;
            // Without the option PCRE2 re-validates the whole buffer on every call (quadratic).
            const QRegularExpressionMatch m = re.matchView(
                text, pos, QRegularExpression::NormalMatch,
                QRegularExpression::DontCheckSubjectStringMatchOption);
            if (!m.hasMatch() || m.capturedStart() >= used)
                break;
            const size_t j = size_t(std::upper_bound(starts.begin(), starts.end(), m.capturedStart())
                                    - starts.begin()) - 1;
            const QStringView line = text.sliced(starts[j], starts[j + 1] - 1 - starts[j]);
            if (m_matcher.matches(line))
                out.append(chunk.firstLine + qint64(j));
            pos = starts[j + 1];
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
    QString m_text;   // searchBuffered()'s decoded chunk, reused
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
    // Chunks go to whichever thread is free (no waiting for the slowest of a batch); hits
    // are appended in file order as soon as all chunks before them are done.
    std::vector<QList<LineNumber>> results(chunks.size());
    std::vector<char> done(chunks.size(), 0);
    std::mutex mergeLock;
    size_t merged = 0;
    std::atomic<bool> stopped{false};
    struct Worker {
        std::unique_ptr<LineMatcher> matcher;   // QRegularExpression: one per thread
        std::unique_ptr<ChunkSearcher> searcher;
    };
    std::vector<Worker> workers(static_cast<size_t>(threads));
    LineIndexer::parallelFor(int(chunks.size()), threads, [&](int w, int c) {
        if (stopped || m_cancel)
            return;
        Worker &worker = workers[size_t(w)];
        if (!worker.searcher) {
            worker.matcher = std::make_unique<LineMatcher>(m_options, m_file->encoding().encoding);
            worker.searcher = std::make_unique<ChunkSearcher>(*m_file, *worker.matcher, m_cancel);
        }
        QList<LineNumber> found;
        if (!worker.searcher->search(chunks[size_t(c)], found)) {
            stopped = true;
            return;
        }
        std::lock_guard lock(mergeLock);
        results[size_t(c)] = std::move(found);
        done[size_t(c)] = 1;
        const size_t before = merged;
        while (merged < chunks.size() && done[merged]) {
            m_hits->append(results[merged]);
            results[merged] = {};
            ++merged;
        }
        if (merged > before && !m_cancel) {
            emit hitsFound(m_hits->size());
            emit progress(int(100 * (chunks[merged - 1].end - chunks.front().begin) / totalBytes));
        }
    });
    if (stopped || m_cancel || merged < chunks.size())
        return finish(SearchStatus::Cancelled);
    return finish(SearchStatus::Finished);
}

} // namespace lt::text
