#include "mappedtriager.h"

#include "candidatescreen.h"
#include "linelogparser.h"
#include "logparser.h"
#include "recordsink.h"
#include "rulebook.h"
#include "text/encodingdetector.h"
#include "text/mappedfile.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QDate>

#include <cstring>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif
#include <vector>

namespace lt::triage {
namespace {

constexpr qint64 DefaultSegment = 32 * 1024 * 1024;
constexpr qint64 BlockBytes = 256 * 1024;
// The streaming splitter cuts lines longer than this many characters; such files (and
// entries spanning more than MaxEntryBytes) go the streaming way instead.
constexpr qint64 MaxEntryBytes = 4 * 1024 * 1024;
// Bytes of a line decoded to tell whether it starts an entry (the header regexes accept any
// tail, so a cut line is recognised like the whole one).
constexpr qint64 HeaderProbeBytes = 512;

bool isLineBased(LogFormat f)
{
    switch (f) {
    case LogFormat::Cbs:
    case LogFormat::Dism:
    case LogFormat::Panther:
    case LogFormat::WindowsUpdate:
    case LogFormat::WindowsUpdateEtw:
    case LogFormat::Generic:
        return true;
    default:
        return false;
    }
}

inline bool isEol(char c)
{
    return c == '\n' || c == '\r';
}

// memrchr is a GNU extension; elsewhere (Windows) a plain backwards loop.
const char *findLastByte(const char *data, char byte, size_t size)
{
#ifdef __GLIBC__
    return static_cast<const char *>(memrchr(data, byte, size));
#else
    for (size_t i = size; i > 0; --i) {
        if (data[i - 1] == byte)
            return data + i - 1;
    }
    return nullptr;
#endif
}

struct Entry {
    qint64 offset = 0;        // byte offset of the entry's first line
    PreparedRecord prepared;  // record.line: relative to the range start (may be <= 0 for earlier starts)
};

struct RangeResult {
    qint64 lineEnds = 0;
    std::vector<Entry> entries;
    bool fallback = false;
};

// True when the bytes start like a header line that LineLogParser's CBS fast path accepts:
// "YYYY-MM-DD hh:mm:ss, " with a valid date and time, a level name, then a component
// that is no "[message id]". False means "not sure": the caller decodes and asks the parser.
bool looksLikeCbsHeader(const char *p, qint64 n)
{
    if (n < 24 || p[4] != '-' || p[7] != '-' || p[10] != ' ' || p[13] != ':' || p[16] != ':' || p[19] != ',')
        return false;
    const auto number = [p](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (p[i] < '0' || p[i] > '9')
                return -1;
            v = v * 10 + (p[i] - '0');
        }
        return v;
    };
    const int y = number(0, 4), mo = number(5, 2), d = number(8, 2), h = number(11, 2), mi = number(14, 2), sec = number(17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || !QDate::isValid(y, mo, d) || h > 23 || mi > 59 || sec > 59)
        return false;
    qint64 i = 20;
    const auto skipBlanks = [&] {
        while (i < n && (p[i] == ' ' || p[i] == '\t'))
            ++i;
    };
    skipBlanks();
    const qint64 wordStart = i;
    while (i < n && p[i] != ' ' && p[i] != '\t')
        ++i;
    if (parse::levelFromName(QLatin1StringView(p + wordStart, i - wordStart)) == RecordLevel::Unknown)
        return false;   // (a Chinese level name in GB18030 is no Latin-1 word: the slow path)
    skipBlanks();
    return i < n && p[i] != '[' && p[i] != '\r' && p[i] != '\n';
}

class RangeScanner
{
public:
    RangeScanner(const char *data, qint64 dataStart, qint64 fileEnd, LogFormat format,
                 lt::text::EncodingGuess guess, const CandidateScreen &screen, const RecordSink &sink)
        : m_data(data), m_dataStart(dataStart), m_fileEnd(fileEnd), m_format(format)
        , m_guess(guess), m_screen(screen), m_sink(sink), m_parser(format)
    {
        m_guess.bomLength = 0;
    }

    RangeResult run(qint64 begin, qint64 end, const std::atomic_bool *cancelled)
    {
        RangeResult result;
        prefault(begin, end);
        m_begin = m_countedTo = begin;
        m_counted = 0;
        qint64 covered = -1;   // entries end before this offset have been emitted
        qint64 linesBeforeBlock = 0;
        std::vector<qint64> hits;
        for (qint64 block = begin; block < end; block += BlockBytes) {
            if (cancelled && cancelled->load())
                return result;
            const qint64 blockEnd = qMin(end, block + BlockBytes);
            hits.clear();
            const qint64 blockLines = m_screen.scan(m_data, block, blockEnd, m_fileEnd, hits);
            // The lines before the file's first header take their level from their words,
            // which the screen does not look for where headers carry the level: parse them
            // (they form one entry, up to the first header).
            if (block == m_dataStart && m_parser.joinsLines() && LineLogParser::hasCbsHeader(m_format)
                && !isHeader(block) && (hits.empty() || hits.front() != block))
                hits.insert(hits.begin(), block);
            if (blockLines == 0 && blockEnd - block == BlockBytes) {
                result.fallback = true;   // a giant line: the streaming splitter cuts those
                return result;
            }
            // Line numbers inside this block are counted from its start.
            m_countedTo = block;
            m_counted = linesBeforeBlock;
            for (qint64 hit : hits) {
                if (hit < covered)
                    continue;
                qint64 next = 0;
                if (!entryAt(hit, result, &next)) {
                    result.fallback = true;
                    return result;
                }
                covered = next;
            }
            linesBeforeBlock += blockLines;
        }
        result.lineEnds = linesBeforeBlock;
        return result;
    }

private:
    // Maps the range's pages in one call: taking them one fault at a time costed more than the
    // screen itself on a busy machine. Best effort (Linux 5.14+); the pages are in the page cache.
    void prefault(qint64 begin, qint64 end) const
    {
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
        const qint64 page = sysconf(_SC_PAGESIZE);
        const quintptr from = quintptr(m_data + begin) & ~quintptr(page - 1);
        const quintptr to = quintptr(m_data + end);
        if (to > from)
            madvise(reinterpret_cast<void *>(from), size_t(to - from), MADV_POPULATE_READ);
#else
        Q_UNUSED(begin);
        Q_UNUSED(end);
#endif
    }

    // Line bounds by memchr/memrchr (vectorised in the C library): candidate lines are long
    // (CBS package lines run to 700 bytes) and each is bounded several times.
    qint64 lineStart(qint64 p) const
    {
        const qint64 from = qMax(m_dataStart, p - MaxEntryBytes);
        const auto *lf = findLastByte(m_data + from, '\n', size_t(p - from));
        const qint64 afterLf = lf ? qint64(lf - m_data) + 1 : from;
        // A lone CR also ends a line: look for one only within the line found.
        const auto *cr = findLastByte(m_data + afterLf, '\r', size_t(p - afterLf));
        return cr ? qint64(cr - m_data) + 1 : afterLf;
    }
    qint64 lineEnd(qint64 p) const
    {
        const qint64 to = qMin(m_fileEnd, p + MaxEntryBytes);
        const auto *lf = static_cast<const char *>(memchr(m_data + p, '\n', size_t(to - p)));
        const qint64 atLf = lf ? qint64(lf - m_data) : to;
        const auto *cr = static_cast<const char *>(memchr(m_data + p, '\r', size_t(atLf - p)));
        return cr ? qint64(cr - m_data) : atLf;
    }
    qint64 nextLine(qint64 p) const
    {
        p = lineEnd(p);
        if (p < m_fileEnd && m_data[p] == '\r' && p + 1 < m_fileEnd && m_data[p + 1] == '\n')
            return p + 2;
        return p < m_fileEnd ? p + 1 : p;
    }
    QString decode(qint64 from, qint64 to) const
    {
        lt::text::TextDecoder decoder(m_guess);
        QString text = decoder.decode(QByteArrayView(m_data + from, to - from));
        if (to == m_fileEnd)
            text += decoder.finish();   // a character cut by the end of the file: U+FFFD, as streamed
        return text;
    }
    bool isHeader(qint64 start) const
    {
        // A header is told by its first characters: a long line need not be decoded whole, and
        // the usual CBS header is recognised on the bytes (ASCII in every encoding taken here).
        const qint64 end = qMin(lineEnd(start), start + HeaderProbeBytes);
        if (m_cbsHeaders && looksLikeCbsHeader(m_data + start, end - start))
            return true;
        return m_parser.startsRecord(decode(start, end));
    }
    // Line number (0-based) of a line start relative to the range start.
    qint64 relativeLine(qint64 start)
    {
        if (start < m_countedTo)   // an entry that began before this block (or range)
            return m_counted - CandidateScreen::countLineEnds(m_data, start, m_countedTo, m_fileEnd);
        m_counted += CandidateScreen::countLineEnds(m_data, m_countedTo, start, m_fileEnd);
        m_countedTo = start;
        return m_counted;
    }

    // Parses the entry holding the line of `hit`; *next = where the following entry starts.
    bool entryAt(qint64 hit, RangeResult &result, qint64 *next)
    {
        const qint64 line = lineStart(hit);
        qint64 first = line, end = nextLine(line);
        if (m_parser.joinsLines()) {
            // Back to the header line this one continues (or the start of the data).
            while (first > m_dataStart && !isHeader(first)) {
                qint64 prev = first - 1;
                if (m_data[prev] == '\n' && prev > m_dataStart && m_data[prev - 1] == '\r')
                    --prev;
                first = lineStart(prev);
                if (line - first > MaxEntryBytes)
                    return false;
            }
            // Forward to the next header line.
            while (end < m_fileEnd && !isHeader(end)) {
                end = nextLine(end);
                if (end - line > MaxEntryBytes)
                    return false;
            }
        }
        *next = end;
        if (!result.entries.empty() && result.entries.back().offset == first)
            return true;
        const qint64 lineNo = relativeLine(first);
        const QString text = decode(first, end);
        LineLogParser parser(m_format);
        QList<LogRecord> records;
        const QStringView view(text);
        qint64 n = lineNo, start = 0;
        for (qint64 i = 0; i < view.size(); ++i) {
            const char16_t c = view[i].unicode();
            if (c != u'\n' && c != u'\r')
                continue;
            parser.addLine(view.sliced(start, i - start), ++n, records);
            if (c == u'\r' && i + 1 < view.size() && view[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
        if (start < view.size())
            parser.addLine(view.sliced(start), ++n, records);
        parser.finish(records);
        for (LogRecord &r : records)
            result.entries.push_back({first, m_sink.prepare(std::move(r))});
        return true;
    }

    const char *m_data;
    qint64 m_dataStart;
    qint64 m_fileEnd;
    LogFormat m_format;
    lt::text::EncodingGuess m_guess;
    const CandidateScreen &m_screen;
    const RecordSink &m_sink;
    const bool m_cbsHeaders = LineLogParser::hasCbsHeader(m_format);
    LineLogParser m_parser;   // only for startsRecord()
    qint64 m_begin = 0;
    qint64 m_countedTo = 0;
    qint64 m_counted = 0;
};

// The first line start at or after p (p itself when it starts a line).
qint64 alignToLine(const char *data, qint64 dataStart, qint64 p, qint64 fileEnd)
{
    if (p <= dataStart)
        return dataStart;
    while (p < fileEnd) {
        const char before = data[p - 1];
        if (before == '\n' || (before == '\r' && data[p] != '\n'))
            return p;
        ++p;
    }
    return fileEnd;
}

} // namespace

MappedTriager::MappedTriager(const RuleBook &rules)
    : m_rules(rules)
{
}

std::optional<FileReport> MappedTriager::triage(const QString &fileName, const QString &path,
                                                const std::atomic_bool *cancelled, qint64 segmentBytes,
                                                int threads) const
{
    lt::text::MappedFile file;
    if (!file.open(fileName) || !file.isMapped() || file.size() == 0)
        return std::nullopt;
    QByteArray scratch;
    const qint64 fileEnd = file.size();
    const char *data = file.bytes(0, fileEnd, scratch).data();
    if (!data)
        return std::nullopt;
    const QByteArrayView head(data, qMin(fileEnd, qint64(lt::text::EncodingSampleSize)));
    const lt::text::EncodingGuess guess = lt::text::detectEncoding(head);
    if (memchr(head.data(), 0, size_t(head.size())))
        return std::nullopt;   // binary or UTF-16: the streaming path decides
    lt::text::TextDecoder headDecoder(guess);
    const QString headText = headDecoder.decode(head);
    qsizetype control = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    if (control * 20 > head.size())
        return std::nullopt;
    FileReport report;
    report.path = path;
    report.encoding = lt::text::encodingName(guess.encoding);
    report.format = detectFormat(QStringView(headText).left(32 * 1024), path);
    if (!isLineBased(report.format))
        return std::nullopt;
    const CandidateScreen screen(m_rules, guess.encoding, report.format, head.first(qMin<qsizetype>(head.size(), 16 * 1024)));
    if (!screen.isUsable())
        return std::nullopt;
    file.adviseSequential();

    const qint64 dataStart = qMin<qint64>(guess.bomLength, fileEnd);
    const qint64 segment = segmentBytes > 0 ? segmentBytes : DefaultSegment;
    const int workers = qMax(1, threads > 0 ? threads : int(std::thread::hardware_concurrency()));
    RecordSink sink(m_rules, path, report.format);
    qint64 linesBefore = 0;
    qint64 lastEntry = -1;
    // One segment is scanned while the one before is filed: filing (records in line order into
    // the sink) is serial and would leave the other core idle.
    struct Segment {
        qint64 start = 0;
        qint64 end = 0;
        std::vector<qint64> bounds;
        std::vector<RangeResult> results;
        std::vector<std::thread> pool;
    };
    const auto launch = [&](qint64 segStart) {
        auto seg = std::make_unique<Segment>();
        seg->start = segStart;
        seg->end = alignToLine(data, dataStart, qMin(fileEnd, segStart + segment), fileEnd);
        seg->bounds.push_back(segStart);
        for (int w = 1; w < workers; ++w)
            seg->bounds.push_back(qMax(seg->bounds.back(), alignToLine(data, dataStart, segStart + (seg->end - segStart) * w / workers, fileEnd)));
        seg->bounds.push_back(seg->end);
        seg->results.resize(size_t(workers));
        for (int w = 0; w < workers; ++w) {
            seg->pool.emplace_back([&, s = seg.get(), w] {
                RangeScanner scanner(data, dataStart, fileEnd, report.format, guess, screen, sink);
                s->results[size_t(w)] = scanner.run(s->bounds[size_t(w)], s->bounds[size_t(w) + 1], cancelled);
            });
        }
        return seg;
    };
    std::unique_ptr<Segment> current = launch(dataStart);
    while (current) {
        for (std::thread &t : current->pool)
            t.join();
        for (const RangeResult &r : current->results) {
            if (r.fallback)
                return std::nullopt;   // nothing else runs: the next segment is not launched yet
        }
        const bool stop = cancelled && cancelled->load();
        if (stop)
            report.error = QCoreApplication::translate("lt::triage", "cancelled");
        std::unique_ptr<Segment> next = !stop && current->end < fileEnd ? launch(current->end) : nullptr;
        for (RangeResult &r : current->results) {
            for (Entry &e : r.entries) {
                if (e.offset <= lastEntry)
                    continue;   // an entry crossing a range start, found by both ranges
                lastEntry = e.offset;
                e.prepared.record.line += linesBefore;
                sink.add(e.prepared);
            }
            linesBefore += r.lineEnds;
        }
#ifdef Q_OS_UNIX
        // Done with these pages: drop them from this process (they stay in the page cache), so
        // the resident size stays at about two segments whatever the file size.
        const qint64 page = sysconf(_SC_PAGESIZE);
        const quintptr from = quintptr(data + current->start) & ~quintptr(page - 1);
        const quintptr to = quintptr(data + current->end) & ~quintptr(page - 1);
        if (to > from)
            madvise(reinterpret_cast<void *>(from), size_t(to - from), MADV_DONTNEED);
#endif
        current = std::move(next);
    }
    report.bytes = fileEnd;
    report.lines = linesBefore + (fileEnd > dataStart && !isEol(data[fileEnd - 1]) ? 1 : 0);
    sink.finish(report);
    return report;
}

} // namespace lt::triage
