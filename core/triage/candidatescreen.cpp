#include "candidatescreen.h"

#include "keywordgate.h"
#include "rulebook.h"
#include "text/bytescan.h"

#include <QStringEncoder>

#include <algorithm>
#include <atomic>
#include <initializer_list>
#include <limits>
#include <cstring>
#include <utility>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LT_SCREEN_AVX2 1
#include <immintrin.h>
#endif

namespace lt::triage {
namespace {

inline bool isHex(uchar c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

// 8 hex digits at p whose first is 8-F: the only codes extractCodes() keeps (bit 31 set). A line
// end inside them also counts: a console-wrapped entry is joined without a space, so the code
// may continue on the next line.
bool failureHexAt(const char *data, qint64 p, qint64 fileEnd)
{
    for (qint64 i = 0; i < 8; ++i) {
        if (p + i >= fileEnd)
            return false;
        const uchar c = uchar(data[p + i]);
        if (c == '\n' || c == '\r')
            return true;
        const bool ok = i == 0 ? (c >= '8' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') : isHex(c);
        if (!ok)
            return false;
    }
    return true;
}

// A line that may continue the previous entry without a space (wrapped console output), so a
// word or code may be split across the line end: whatever does not start like a header line
// (a digit; blanks, '<' and '[' may precede it) is parsed with its entry.
inline bool mayContinue(const char *data, qint64 lineStart, qint64 fileEnd)
{
    if (lineStart >= fileEnd)
        return false;
    const uchar c = uchar(data[lineStart]);
    return !(c >= '0' && c <= '9') && c != '\n' && c != '\r';
}

qint64 lineEnd(const char *data, qint64 p, qint64 fileEnd)
{
    while (p < fileEnd && data[p] != '\n' && data[p] != '\r')
        ++p;
    return p;
}

// A code prefix ('[', '=', tab, or "hr = " / "status " ending in a blank) at the end of one line
// and a digit 8-F starting the next: joined, they may be a code ("[" + "80070002]").
inline bool codeAcrossLineEnd(const char *data, qint64 lineStart, qint64 fileEnd)
{
    if (lineStart >= fileEnd || lineStart < 2)
        return false;
    const uchar c = uchar(data[lineStart]);
    if (!((c >= '8' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')))
        return false;
    qint64 last = lineStart - 1;   // the line end; CRLF: step over both
    if (data[last] == '\n' && data[last - 1] == '\r')
        --last;
    if (last < 1)
        return false;
    const char p = data[last - 1];
    return p == '[' || p == '=' || p == '\t' || p == ' ';
}

} // namespace

bool CandidateScreen::levelFromHeader(LogFormat format)
{
    // LineLogParser reads these with the CBS header shape, whose level column is
    // parse::levelFromName(): Error, Fatal, Critical, 错误, 关键, 严重 make a record an error.
    return format == LogFormat::Cbs || format == LogFormat::Dism || format == LogFormat::Panther;
}

CandidateScreen::CandidateScreen(const RuleBook &rules, lt::text::TextEncoding encoding, LogFormat format,
                                 QByteArrayView sample)
{
    using lt::text::TextEncoding;
    if (encoding != TextEncoding::Utf8 && encoding != TextEncoding::Gb18030 && encoding != TextEncoding::Latin1)
        return;
    // Codes: "0x8...", "status 8..." here; "[8...", "\t8...", "hr = 8...", "HRESULT=8..." are
    // the byte triggers of scan() (the code regex's prefixes; "error 8..." is a failure word).
    m_needles.append({"0x", false, Verify::HexAfter});
    m_needles.append({"status", false, Verify::HexAfterSpaces});
    m_markContinuations = format != LogFormat::Generic;   // the generic parser never joins lines
    // A record without a code is a finding only at level Error with a failure word. Where the
    // header names the level (CBS, DISM, Panther) the level words are the screen; elsewhere the
    // level comes from the failure words themselves (parse::levelFromText). Lines before the
    // first header take their level from their words: MappedTriager parses those itself.
    QStringList words = levelFromHeader(format)
        ? QStringList{QStringLiteral("error"), QStringLiteral("fatal"), QStringLiteral("critical"),
                      QStringLiteral("错误"), QStringLiteral("关键"), QStringLiteral("严重")}
        : QStringList{QStringLiteral("fail"), QStringLiteral("fatal"), QStringLiteral("error"),
                      QStringLiteral("abort"), QStringLiteral("denied"), QStringLiteral("失败"),
                      QStringLiteral("错误"), QStringLiteral("拒绝")};
    // And the keywords of the code-less rule patterns that apply to this format (a condition for
    // other formats can never match here; one that needs a failure code has a code to be found by).
    for (const Rule &rule : rules.rules()) {
        for (const RuleCondition &c : rule.conditions) {
            if (c.pattern.pattern().isEmpty() || !c.codes.isEmpty() || c.failureOnly
                || (!c.formats.isEmpty() && !c.formats.contains(format)))
                continue;
            const QStringList literals = requiredLiterals(c.pattern.pattern());
            if (literals.isEmpty())
                return;   // any line may match this pattern: nothing can be screened
            words += literals;
        }
    }
    const auto converter = encoding == TextEncoding::Utf8      ? QStringConverter::Utf8
                              : encoding == TextEncoding::Latin1 ? QStringConverter::Latin1
                                                                  : QStringConverter::System;
    for (const QString &word : std::as_const(words)) {
        bool ascii = true;
        for (QChar c : word)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            m_needles.append({word.toLatin1(), false, Verify::None});
            continue;
        }
        // Non-ASCII: exact bytes in the file's encoding; a word with case variants cannot be
        // screened that way, nor one the encoding cannot represent.
        if (word.toLower() != word.toUpper())
            return;
        if (encoding == TextEncoding::Latin1) {
            bool fits = true;
            for (QChar c : word)
                fits = fits && c.unicode() < 0x100;
            if (fits)
                m_needles.append({word.toLatin1(), true, Verify::None});
            continue;   // cannot occur in a Latin-1 file
        }
        QByteArray bytes;
        if (encoding == TextEncoding::Gb18030) {
            auto enc = QStringEncoder("GB18030");
            if (!enc.isValid())
                return;
            bytes = enc.encode(word);
        } else {
            auto enc = QStringEncoder(converter);
            bytes = enc.encode(word);
        }
        m_needles.append({bytes, true, Verify::None});
    }
    // Drop needles another needle already covers ("failed" by "fail").
    QList<Needle> kept;
    const QList<Needle> all = std::exchange(m_needles, {});
    for (const Needle &n : all) {
        bool covered = false;
        for (const Needle &o : all) {
            if (&o != &n && o.verify == Verify::None && !o.caseSensitive && n.verify == Verify::None
                && n.bytes.toLower().contains(o.bytes.toLower()) && (o.bytes.size() < n.bytes.size()
                                                                        || &o < &n))
                covered = true;
        }
        if (!covered)
            kept.append(n);
    }
    for (const Needle &n : std::as_const(kept)) {
        if (uchar(n.bytes.front()) & 0x80)
            m_highNeedles.append(n);   // one shared pass over the non-ASCII bytes
        else
            m_needles.append(n);
    }
    buildTeddy(sample);
    m_usable = true;
}

namespace {

inline uchar foldByte(uchar c)
{
    return (c >= 'A' && c <= 'Z') ? uchar(c | 0x20) : c;
}

bool equalAt(const char *p, const QByteArray &needle, bool cs)
{
    for (qsizetype i = 0; i < needle.size(); ++i) {
        if (cs ? p[i] != needle[i] : foldByte(uchar(p[i])) != foldByte(uchar(needle[i])))
            return false;
    }
    return true;
}

std::atomic_bool g_vectorised{true};

#ifdef LT_SCREEN_AVX2
bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has && g_vectorised.load(std::memory_order_relaxed);
}

#endif

template<typename F>
void forEach(const char *data, qint64 from, qint64 to, qint64 fileEnd, const QByteArray &needle, bool cs, F &&onHit)
{
    // Without AVX2 (scan() uses the fused Teddy pass otherwise): the text engine's literal search.
    for (qint64 pos = from; pos < to;) {
        const qint64 limit = qMin(fileEnd, to + needle.size() - 1);
        const qint64 found = lt::text::bytescan::findLiteral(data + pos, limit - pos, needle, cs);
        if (found < 0 || pos + found >= to)
            return;
        onHit(pos + found);
        pos += found + 1;
    }
}

} // namespace

bool CandidateScreen::needleHit(const Needle &needle, const char *data, qint64 at, qint64 fileEnd) const
{
    const qint64 len = needle.bytes.size();
    if (at + len > fileEnd || !equalAt(data + at, needle.bytes, needle.caseSensitive))
        return false;
    if (needle.verify == Verify::HexAfter)
        return failureHexAt(data, at + len, fileEnd);
    if (needle.verify == Verify::HexAfterSpaces) {
        qint64 p = at + len;
        while (p < fileEnd && (data[p] == ' ' || data[p] == '\t' || data[p] == '\v' || data[p] == '\f'))
            ++p;
        return failureHexAt(data, p, fileEnd);
    }
    return true;
}

namespace {

// How common a (case-folded) byte is in log text; lower is rarer. Fingerprints use the rarest
// three bytes of a needle so that few positions of ordinary log lines pass the filter.
int commonness(uchar c)
{
    if (c == ' ')
        return 12;
    if (c >= '0' && c <= '9')
        return 8;
    if (QByteArrayView("etaoinsr").contains(char(c)))
        return 8;
    if (QByteArrayView("lcdhupm.,-").contains(char(c)))
        return 6;
    if (c >= 'a' && c <= 'z')
        return c == 'x' || c == 'q' || c == 'z' || c == 'j' || c == 'k' || c == 'v' || c == 'w' || c == 'y' ? 2 : 4;
    return 3;
}

} // namespace

void CandidateScreen::buildTeddy(QByteArrayView sample)
{
    // The window each needle is filtered on: the one least seen in a sample of this very file
    // ("clie" of "client id:" is in every "Client-Features" package name of a CBS log), then
    // the one made of the rarest bytes.
    const auto seen = [sample](const QByteArray &window) {
        int count = 0;
        for (qint64 pos = 0; pos < sample.size() && count < 1000;) {
            const qint64 at = lt::text::bytescan::findLiteral(sample.data() + pos, sample.size() - pos, window, false);
            if (at < 0)
                break;
            ++count;
            pos += at + 1;
        }
        return count;
    };
    for (Needle &n : m_needles) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (qsizetype off = 0; off + qMin<qsizetype>(Fingerprint, n.bytes.size()) <= n.bytes.size(); ++off) {
            qint64 score = n.bytes.size() > Fingerprint ? qint64(seen(n.bytes.mid(off, Fingerprint))) * 1000 : 0;
            for (int k = 0; k < Fingerprint && off + k < n.bytes.size(); ++k)
                score += commonness(foldByte(uchar(n.bytes[off + k])));
            if (score < best) {
                best = score;
                n.window = int(off);
            }
        }
    }
    // Needles with alike fingerprints share buckets: their nibble sets overlap most. Bucket 0
    // is kept for "0x" (followed by a hex digit 8-F): the most frequent prefix in logs.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_needles.size(); ++i)
        order.append(i);
    const auto windowOf = [this](qsizetype i) { return m_needles[i].bytes.mid(m_needles[i].window, Fingerprint).toLower(); };
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return windowOf(a) < windowOf(b); });
    m_buckets.assign(8, {});
    m_lo.fill(0);
    m_hi.fill(0);
    const auto add = [this](int k, int bucket, uchar c) {
        m_lo[size_t(k * 16 + (c & 15))] |= uchar(1 << bucket);
        m_hi[size_t(k * 16 + (c >> 4))] |= uchar(1 << bucket);
    };
    const auto addNeedle = [&](const Needle &n, int bucket) {
        for (int k = 0; k < Fingerprint; ++k) {
            if (n.window + k >= n.bytes.size()) {
                if (n.bytes.size() == 2 && k == 2) {
                    // A two-byte needle ("0x"): its code's first digit, 8-F.
                    for (uchar c : QByteArrayView("89abcdefABCDEF"))
                        add(k, bucket, c);
                } else {
                    for (int c = 0; c < 256; ++c)
                        add(k, bucket, uchar(c));   // shorter needle: any byte
                }
                continue;
            }
            const uchar c = uchar(n.bytes[n.window + k]);
            add(k, bucket, c);
            if (!n.caseSensitive && foldByte(c) >= 'a' && foldByte(c) <= 'z') {
                add(k, bucket, foldByte(c));
                add(k, bucket, uchar(foldByte(c) - 32));
            }
        }
    };
    // Positions of the sample a bucket's tables let through: the nibble tables accept every
    // combination of their needles' bytes ("pack" passes a bucket of "ing ", "Payl", "lock"),
    // so each needle goes to the bucket where it adds the fewest false positives on this file.
    const auto passes = [&](int bucket) {
        int count = 0;
        const uchar bit = uchar(1 << bucket);
        for (qsizetype pos = 0; pos + Fingerprint <= sample.size(); ++pos) {
            bool ok = true;
            for (int k = 0; k < Fingerprint && ok; ++k) {
                const uchar c = uchar(sample[pos + k]);
                ok = (m_lo[size_t(k * 16 + (c & 15))] & m_hi[size_t(k * 16 + (c >> 4))] & bit) != 0;
            }
            count += ok;
        }
        return count;
    };
    for (qsizetype i : std::as_const(order)) {
        const Needle &n = m_needles[i];
        int bucket = 0;
        if (n.bytes.size() >= 3) {
            int bestCost = std::numeric_limits<int>::max();
            for (int b = 1; b < 8; ++b) {
                const auto lo = m_lo, hi = m_hi;
                addNeedle(n, b);
                // Cost: the bucket's pass count with the needle; ties go to the emptier bucket.
                const int cost = passes(b) * 64 + int(m_buckets[size_t(b)].size());
                m_lo = lo;
                m_hi = hi;
                if (cost < bestCost) {
                    bestCost = cost;
                    bucket = b;
                }
            }
        }
        m_buckets[size_t(bucket)].push_back(i);
        addNeedle(n, bucket);
    }
}

namespace {
bool triggerHit(const char *data, qint64 pos, qint64 fileEnd);
} // namespace

bool CandidateScreen::highHit(const char *data, qint64 at, qint64 fileEnd) const
{
    for (const Needle &n : m_highNeedles) {
        if (at + n.bytes.size() <= fileEnd && memcmp(data + at, n.bytes.constData(), size_t(n.bytes.size())) == 0)
            return true;
    }
    return false;
}

#ifdef LT_SCREEN_AVX2
namespace {

// The byte classes the vector pass needs, each a set {high nibble in H} x {low nibble in L}, so
// two 16-entry tables classify 32 bytes with two pshufb.
enum ByteClass { ClassHexDigit, ClassHexLetter, ClassDecimal, ClassSpace, ClassTab, ClassBracket, ClassEquals, ClassEol };

struct ByteClassTables {
    std::array<uchar, 16> lo{};
    std::array<uchar, 16> hi{};
    constexpr void add(ByteClass c, std::initializer_list<int> highs, std::initializer_list<int> lows)
    {
        for (int h : highs)
            hi[size_t(h)] |= uchar(1 << c);
        for (int l : lows)
            lo[size_t(l)] |= uchar(1 << c);
    }
};

constexpr ByteClassTables makeByteClasses()
{
    ByteClassTables t;
    t.add(ClassHexDigit, {3}, {8, 9});                   // '8' '9'
    t.add(ClassHexLetter, {4, 6}, {1, 2, 3, 4, 5, 6});   // 'A'-'F' 'a'-'f'
    t.add(ClassDecimal, {3}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    t.add(ClassSpace, {2}, {0});
    t.add(ClassTab, {0}, {9});
    t.add(ClassBracket, {5}, {11});                      // '['
    t.add(ClassEquals, {3}, {13});                       // '='
    t.add(ClassEol, {0}, {10, 13});                      // LF, CR: bit 7, read by a plain movemask
    return t;
}

constexpr ByteClassTables ByteClasses = makeByteClasses();

// A 32-byte step of the vector pass that something may start in; the scalar pass verifies it.
struct ScreenEvent {
    __m256i buckets;        // Teddy bucket bits per byte (zero where no needle can start)
    qint64 at = 0;          // offset of the step
    quint32 teddy = 0;      // bytes with some bucket bit
    quint32 triggers = 0;   // '[' / tab + 8-F, '=' + 8-F or blank
    quint32 high = 0;       // non-ASCII bytes (when non-ASCII needles exist)
    quint32 lineStarts = 0; // line ends whose next line may continue an entry or end a cut code
};

constexpr int EventSteps = 256;   // steps per vector pass (8 KiB): the events fit on the stack

} // namespace

// Teddy (Hyperscan's multi-literal filter): four bytes of 32 positions at once are looked up by
// nibble in per-bucket tables (pshufb); a position survives only if all four bytes fit some
// needle of a bucket. The same loads also find the byte triggers ('[', tab, '='), the non-ASCII
// bytes and the line ends, so the data is read once. Two passes per 8 KiB: a vector pass without
// calls (its constants stay in registers) notes the steps where anything survived, then a
// scalar pass verifies those few.
__attribute__((target("avx2,popcnt"))) qint64 CandidateScreen::scanFusedAvx2(const char *data, qint64 begin, qint64 end,
                                                                             qint64 fileEnd, std::vector<qint64> &hits) const
{
    static_assert(Fingerprint == 4, "the vector pass is unrolled for four fingerprint bytes");
#define LT_TEDDY_TABLE(t, k) _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>((t).data() + (k) * 16)))
    const __m256i lo0 = LT_TEDDY_TABLE(m_lo, 0), lo1 = LT_TEDDY_TABLE(m_lo, 1), lo2 = LT_TEDDY_TABLE(m_lo, 2), lo3 = LT_TEDDY_TABLE(m_lo, 3);
    const __m256i hi0 = LT_TEDDY_TABLE(m_hi, 0), hi1 = LT_TEDDY_TABLE(m_hi, 1), hi2 = LT_TEDDY_TABLE(m_hi, 2), hi3 = LT_TEDDY_TABLE(m_hi, 3);
#undef LT_TEDDY_TABLE
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    const __m256i zero = _mm256_setzero_si256();
    const __m256i lf = _mm256_set1_epi8('\n');
    // Byte classes by nibble lookup (a class bit is set when both nibble tables have it).
    const __m256i classLo = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>(ByteClasses.lo.data())));
    const __m256i classHi = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>(ByteClasses.hi.data())));
    const bool high = !m_highNeedles.isEmpty();
    const bool teddy = !m_needles.isEmpty();
    const quint32 continuations = m_markContinuations ? ~0u : 0u;
    const quint32 highMask = high ? ~0u : 0u;
    const __m256i teddyMask = teddy ? _mm256_set1_epi8(char(0xff)) : zero;

    qint64 lineEnds = 0;
    qint64 skipTo = begin;   // one hit per line is enough
    const auto found = [&](qint64 at, qint64 pos) {
        hits.push_back(at);
        skipTo = lineEnd(data, pos, fileEnd);
    };
    const auto check = [&](qint64 pos, uchar bucketBits) {
        while (bucketBits && pos >= skipTo) {
            const int b = __builtin_ctz(bucketBits);
            bucketBits &= uchar(bucketBits - 1);
            for (qsizetype n : m_buckets[size_t(b)]) {
                const qint64 at = pos - m_needles[n].window;
                if (at >= 0 && needleHit(m_needles[n], data, at, fileEnd)) {
                    found(at, pos);
                    return;
                }
            }
        }
    };

    ScreenEvent events[EventSteps];
    qint64 i = begin;
    const qint64 vectorEnd = qMin(end, fileEnd - (32 + Fingerprint - 1));   // steps may read 35 bytes
    while (i + 32 <= vectorEnd) {
        // Vector pass: no calls, no branches but the one that notes an event.
        int count = 0;
        for (int step = 0; step < EventSteps && i + 32 <= vectorEnd; ++step, i += 32) {
            const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i));
            const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 1));
            const __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 2));
            const __m256i v3 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 3));
            const __m256i lo0n = _mm256_and_si256(v0, nibble), hi0n = _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble);
            const __m256i lo1n = _mm256_and_si256(v1, nibble), hi1n = _mm256_and_si256(_mm256_srli_epi16(v1, 4), nibble);
            const __m256i c0 = _mm256_and_si256(_mm256_shuffle_epi8(classLo, lo0n), _mm256_shuffle_epi8(classHi, hi0n));
            const __m256i c1 = _mm256_and_si256(_mm256_shuffle_epi8(classLo, lo1n), _mm256_shuffle_epi8(classHi, hi1n));
            // Bit b of every byte class to a 32-bit mask: shifted to bit 7, then movemask.
#define LT_CLASS(c, b) quint32(_mm256_movemask_epi8(_mm256_slli_epi16((c), 7 - (b))))
            const quint32 lf0 = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, lf)));
            const quint32 lf1 = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v1, lf)));
            const quint32 eol0 = quint32(_mm256_movemask_epi8(c0)), eol1 = quint32(_mm256_movemask_epi8(c1));
            const quint32 ends = lf0 | (eol0 & ~lf0 & ~lf1);   // LF, or CR not before LF
            lineEnds += __builtin_popcount(ends);
            // A code digit 8-F at the next byte: '[' and tab need one, '=' that or a blank.
            const quint32 digit8 = LT_CLASS(c1, ClassHexDigit) | LT_CLASS(c1, ClassHexLetter);
            const quint32 blank1 = LT_CLASS(c1, ClassSpace) | LT_CLASS(c1, ClassTab);
            const quint32 triggers = ((LT_CLASS(c0, ClassBracket) | LT_CLASS(c0, ClassTab)) & digit8)
                                   | (LT_CLASS(c0, ClassEquals) & (digit8 | blank1));
            // The next line's first byte (v1 at a line end's lane): one that is no digit may
            // continue an entry, one of 8-F may end a code cut by the line end.
            const quint32 header = LT_CLASS(c1, ClassDecimal) | eol1;
            const quint32 lineStarts = ends & (~header | digit8) & continuations;
#undef LT_CLASS
            const quint32 highBytes = quint32(_mm256_movemask_epi8(v0)) & highMask;
            __m256i m = _mm256_and_si256(
                _mm256_and_si256(_mm256_shuffle_epi8(lo0, lo0n), _mm256_shuffle_epi8(hi0, hi0n)),
                _mm256_and_si256(_mm256_shuffle_epi8(lo1, lo1n), _mm256_shuffle_epi8(hi1, hi1n)));
            m = _mm256_and_si256(m, _mm256_and_si256(
                _mm256_and_si256(_mm256_shuffle_epi8(lo2, _mm256_and_si256(v2, nibble)),
                                 _mm256_shuffle_epi8(hi2, _mm256_and_si256(_mm256_srli_epi16(v2, 4), nibble))),
                _mm256_and_si256(_mm256_shuffle_epi8(lo3, _mm256_and_si256(v3, nibble)),
                                 _mm256_shuffle_epi8(hi3, _mm256_and_si256(_mm256_srli_epi16(v3, 4), nibble)))));
            m = _mm256_and_si256(m, teddyMask);
            const quint32 teddyBits = ~quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(m, zero)));
            if ((teddyBits | triggers | highBytes | lineStarts) != 0)
                events[count++] = {m, i, teddyBits, triggers, highBytes, lineStarts};
        }
        // Scalar pass: verify the noted steps in file order.
        for (int e = 0; e < count; ++e) {
            const ScreenEvent &ev = events[e];
            for (quint32 s = ev.lineStarts; s; s &= s - 1) {
                const qint64 next = ev.at + __builtin_ctz(s) + 1;
                if (mayContinue(data, next, fileEnd) || codeAcrossLineEnd(data, next, fileEnd))
                    found(next, next);
            }
            for (quint32 t = ev.triggers; t; t &= t - 1) {
                const qint64 pos = ev.at + __builtin_ctz(t);
                if (pos >= skipTo && triggerHit(data, pos, fileEnd))
                    found(pos, pos);
            }
            for (quint32 h = ev.high; h; h &= h - 1) {
                const qint64 pos = ev.at + __builtin_ctz(h);
                if (pos >= skipTo && highHit(data, pos, fileEnd))
                    found(pos, pos);
            }
            if (!ev.teddy)
                continue;
            alignas(32) uchar bits[32];
            _mm256_store_si256(reinterpret_cast<__m256i *>(bits), ev.buckets);
            for (quint32 t = ev.teddy; t; t &= t - 1) {
                const int j = __builtin_ctz(t);
                check(ev.at + j, bits[j]);
            }
        }
    }
    // The tail, one byte at a time.
    lineEnds += countLineEnds(data, i, end, fileEnd);
    for (; i < end; ++i) {
        const char c = data[i];
        if (m_markContinuations && (c == '\n' || (c == '\r' && (i + 1 >= fileEnd || data[i + 1] != '\n')))
            && (mayContinue(data, i + 1, fileEnd) || codeAcrossLineEnd(data, i + 1, fileEnd)))
            found(i + 1, i + 1);
        if (i < skipTo)
            continue;
        if ((c == '[' || c == '\t' || c == '=') && triggerHit(data, i, fileEnd))
            found(i, i);
        else if (high && (uchar(c) & 0x80) && highHit(data, i, fileEnd))
            found(i, i);
        else if (teddy)
            check(i, 0xff);
    }
    return lineEnds;
}
#endif

qint64 CandidateScreen::scan(const char *data, qint64 begin, qint64 end, qint64 fileEnd,
                             std::vector<qint64> &hits) const
{
    const size_t first = hits.size();
    qint64 lineEnds = 0;
#ifdef LT_SCREEN_AVX2
    if (hasAvx2()) {
        lineEnds = scanFusedAvx2(data, begin, end, fileEnd, hits);
    } else
#endif
    {
        for (const Needle &needle : m_needles) {
            qint64 skipTo = begin;   // one hit per line is enough
            forEach(data, begin, end, fileEnd, needle.bytes, needle.caseSensitive, [&](qint64 at) {
                if (at >= skipTo && needleHit(needle, data, at, fileEnd)) {
                    hits.push_back(at);
                    skipTo = lineEnd(data, at, fileEnd);
                }
            });
        }
        scanTriggers(data, begin, end, fileEnd, hits);
        if (!m_highNeedles.isEmpty())
            scanHigh(data, begin, end, fileEnd, hits);
        lineEnds = countLineEnds(data, begin, end, fileEnd);
        for (qint64 i = begin; m_markContinuations && i < end; ++i) {
            const char c = data[i];
            if ((c == '\n' || (c == '\r' && (i + 1 >= fileEnd || data[i + 1] != '\n')))
                && (mayContinue(data, i + 1, fileEnd) || codeAcrossLineEnd(data, i + 1, fileEnd)))
                hits.push_back(i + 1);
        }
    }
    std::sort(hits.begin() + qsizetype(first), hits.end());
    return lineEnds;
}

namespace {

bool triggerHit(const char *data, qint64 pos, qint64 fileEnd)
{
    if (data[pos] != '=')
        return failureHexAt(data, pos + 1, fileEnd);   // "[8..." or "\t8..."
    qint64 p = pos + 1;
    while (p < fileEnd && (data[p] == ' ' || data[p] == '\t' || data[p] == '\v' || data[p] == '\f'))
        ++p;
    return failureHexAt(data, p, fileEnd);   // "hr = 8...", "HRESULT=8..."
}

// Positions of '[', tab and '=' (or, with `high`, of bytes >= 0x80), without AVX2.
template<typename F>
void forEachTrigger(const char *data, qint64 from, qint64 to, bool high, F &&onHit)
{
    for (qint64 i = from; i < to; ++i) {
        const char c = data[i];
        if (high ? (uchar(c) & 0x80) != 0 : (c == '[' || c == '\t' || c == '='))
            onHit(i);
    }
}

} // namespace

void CandidateScreen::scanTriggers(const char *data, qint64 begin, qint64 end, qint64 fileEnd,
                                   std::vector<qint64> &hits) const
{
    qint64 skipTo = begin;
    forEachTrigger(data, begin, end, false, [&](qint64 at) {
        if (at >= skipTo && triggerHit(data, at, fileEnd)) {
            hits.push_back(at);
            skipTo = lineEnd(data, at + 1, fileEnd);
        }
    });
}

void CandidateScreen::scanHigh(const char *data, qint64 begin, qint64 end, qint64 fileEnd,
                               std::vector<qint64> &hits) const
{
    qint64 skipTo = begin;
    forEachTrigger(data, begin, end, true, [&](qint64 at) {
        if (at >= skipTo && highHit(data, at, fileEnd)) {
            hits.push_back(at);
            skipTo = lineEnd(data, at + 1, fileEnd);
        }
    });
}

void CandidateScreen::setVectorised(bool on)
{
    g_vectorised = on;
}

qint64 CandidateScreen::countLineEnds(const char *data, qint64 begin, qint64 end, qint64 fileEnd)
{
    qint64 count = 0;
    qint64 i = begin;
#ifdef LT_SCREEN_AVX2
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i zero = _mm_setzero_si128();
    // 16 bytes a round, one byte counter per lane (flushed before it can overflow): a byte ends
    // a line when it is LF, or CR not followed by LF (the load at i + 1 tells).
    while (i + 17 <= end) {
        __m128i acc = zero;
        for (int round = 0; round < 255 && i + 17 <= end; ++round, i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 1));
            const __m128i ends = _mm_or_si128(_mm_cmpeq_epi8(a, lf),
                                              _mm_andnot_si128(_mm_cmpeq_epi8(b, lf), _mm_cmpeq_epi8(a, cr)));
            acc = _mm_sub_epi8(acc, ends);
        }
        const __m128i sums = _mm_sad_epu8(acc, zero);
        count += _mm_cvtsi128_si64(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; i < end; ++i) {
        if (data[i] == '\n')
            ++count;
        else if (data[i] == '\r' && (i + 1 >= fileEnd || data[i + 1] != '\n'))
            ++count;
    }
    return count;
}

} // namespace lt::triage
