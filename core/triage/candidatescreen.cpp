#include "candidatescreen.h"

#include "asciiclass.h"
#include "linelogparser.h"
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
        const bool ok = i == 0 ? (c >= '8' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') : ascii::isHex(c);
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

CandidateScreen::CandidateScreen(const RuleBook &rules, lt::text::TextEncoding encoding, LogFormat format,
                                 QByteArrayView sample)
{
    using lt::text::TextEncoding;
    if (encoding != TextEncoding::Utf8 && encoding != TextEncoding::Gb18030 && encoding != TextEncoding::Latin1)
        return;
    // Codes: "0x8...", "status 8..." here; "[8...", "\t8...", "hr = 8...", "HRESULT=8..." are
    // the byte triggers of scan() (the code regex's prefixes; "error 8..." is a failure word).
    m_needles.append({"0x", false, Verify::HexAfter, 0, "89abcdefABCDEF", {}});
    m_needles.append({"status", false, Verify::HexAfterSpaces, 0, {}});
    // "hr = 8...", "HRESULT=8...": keyed on the word (a byte trigger on '=' fired on every
    // "Disposition = Detect" of a CBS log).
    m_needles.append({"hr", false, Verify::HexAfterEquals, 0, " \t=", " \t=89abcdefABCDEF"});
    m_needles.append({"hresult", false, Verify::HexAfterEquals, 0, {}});
    m_markContinuations = format != LogFormat::Generic;   // the generic parser never joins lines
    // A record without a code is a finding only at level Error with a failure word. Where the
    // header names the level (CBS, DISM, Panther) the level words are the screen; elsewhere the
    // level comes from the failure words themselves (parse::levelFromText). Lines before the
    // first header take their level from their words: MappedTriager parses those itself.
    QStringList words = LineLogParser::hasCbsHeader(format)
        ? QStringList{QStringLiteral("error"), QStringLiteral("fatal"), QStringLiteral("critical"),
                      QStringLiteral("错误"), QStringLiteral("关键"), QStringLiteral("严重")}
        : QStringList{QStringLiteral("fail"), QStringLiteral("fatal"), QStringLiteral("error"),
                      QStringLiteral("abort"), QStringLiteral("denied"), QStringLiteral("失败"),
                      QStringLiteral("错误"), QStringLiteral("拒绝")};
    // And the keywords of the code-less rule patterns that apply to this format (a condition for
    // other formats can never match here; one that needs a failure code has a code to be found by).
    for (const Rule &rule : rules.rules()) {
        for (const RuleCondition &c : rule.conditions) {
            if (!c.gate.hasPattern || !c.codes.isEmpty() || c.failureOnly
                || (!c.formats.isEmpty() && !c.formats.contains(format)))
                continue;
            if (c.gate.literals.isEmpty())
                return;   // any line may match this pattern: nothing can be screened
            words += c.gate.literals;
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
            m_needles.append({word.toLatin1(), false, Verify::None, 0, {}});
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
                m_needles.append({word.toLatin1(), true, Verify::None, 0, {}});
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
        m_needles.append({bytes, true, Verify::None, 0, {}});
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
    const auto skipBlanks = [data, fileEnd](qint64 p) {
        while (p < fileEnd && (data[p] == ' ' || data[p] == '\t' || data[p] == '\v' || data[p] == '\f'))
            ++p;
        return p;
    };
    if (needle.verify == Verify::HexAfterSpaces)
        return failureHexAt(data, skipBlanks(at + len), fileEnd);
    if (needle.verify == Verify::HexAfterEquals) {
        const qint64 p = skipBlanks(at + len);
        return p < fileEnd && data[p] == '=' && failureHexAt(data, skipBlanks(p + 1), fileEnd);
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
                // Past a short needle: the bytes that may follow it ("0x" + 8-F), else any.
                const qsizetype past = n.window + k - n.bytes.size();
                const QByteArray &follow = past < qsizetype(n.follow.size()) ? n.follow[size_t(past)] : QByteArray();
                if (!follow.isEmpty()) {
                    for (char c : follow)
                        add(k, bucket, uchar(c));
                } else {
                    for (int c = 0; c < 256; ++c)
                        add(k, bucket, uchar(c));
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
    // Positions of the sample a bucket's tables let through. The nibble tables accept every
    // combination of their bytes' nibbles ("tatu" of "status" lets "tate" of "state" through),
    // so windows and buckets are chosen by what passes on this very file, not by the letters.
    QByteArrayView scored = sample;   // what passes() counts on
    const auto passes = [&](int bucket) {
        // Per fingerprint byte, which byte values the bucket accepts; then one branch-free
        // pass over the sample (this runs a few thousand times per file).
        const uchar bit = uchar(1 << bucket);
        std::array<std::array<uchar, 256>, Fingerprint> accepts{};
        for (int k = 0; k < Fingerprint; ++k) {
            for (int c = 0; c < 256; ++c)
                accepts[size_t(k)][size_t(c)] = (m_lo[size_t(k * 16 + (c & 15))] & m_hi[size_t(k * 16 + (c >> 4))] & bit) ? 1 : 0;
        }
        const auto *bytes = reinterpret_cast<const uchar *>(scored.data());
        int count = 0;
        for (qsizetype pos = 0; pos + Fingerprint <= scored.size(); ++pos)
            count += accepts[0][bytes[pos]] & accepts[1][bytes[pos + 1]] & accepts[2][bytes[pos + 2]] & accepts[3][bytes[pos + 3]];
        return count;
    };
    const auto clearBucket = [this](int bucket) {
        for (size_t e = 0; e < m_lo.size(); ++e) {
            m_lo[e] &= uchar(~(1 << bucket));
            m_hi[e] &= uchar(~(1 << bucket));
        }
    };
    // The window each needle is filtered on: the one its own filter lets through least often
    // in the sample, then the one made of the rarest bytes. Bucket 7 is the scratch bucket.
    // Windows are compared on the first 4 KiB (every window of every needle is tried: this runs
    // per file), buckets below on 8 KiB.
    scored = sample.first(qMin<qsizetype>(sample.size(), 4096));
    for (Needle &n : m_needles) {
        qint64 best = std::numeric_limits<qint64>::max();
        int bestWindow = 0;
        for (qsizetype off = 0; off + qMin<qsizetype>(Fingerprint, n.bytes.size()) <= n.bytes.size(); ++off) {
            n.window = int(off);
            clearBucket(7);
            addNeedle(n, 7);
            qint64 score = qint64(passes(7)) * 1000;
            for (int k = 0; k < Fingerprint && off + k < n.bytes.size(); ++k)
                score += commonness(foldByte(uchar(n.bytes[off + k])));
            if (score < best) {
                best = score;
                bestWindow = int(off);
            }
        }
        n.window = bestWindow;
    }
    clearBucket(7);
    scored = sample.first(qMin<qsizetype>(sample.size(), 8192));
    // Each needle goes to the bucket where it adds the fewest sample passes; bucket 0 is kept
    // for "0x" alone (so "0x0" stays filtered). A second round moves needles placed early,
    // before their bucket mates were known.
    const auto place = [&](qsizetype i) {
        int bucket = 0;
        int bestCost = std::numeric_limits<int>::max();
        for (int b = 1; b < 8 && i != 0; ++b) {
            const auto lo = m_lo, hi = m_hi;
            addNeedle(m_needles[i], b);
            const int cost = passes(b) * 64 + int(m_buckets[size_t(b)].size());   // ties: emptier bucket
            m_lo = lo;
            m_hi = hi;
            if (cost < bestCost) {
                bestCost = cost;
                bucket = b;
            }
        }
        m_buckets[size_t(bucket)].push_back(i);
        addNeedle(m_needles[i], bucket);
    };
    for (qsizetype i = 0; i < m_needles.size(); ++i)
        place(i);
    for (qsizetype i = 1; i < m_needles.size(); ++i) {
        for (int b = 1; b < 8; ++b) {
            std::vector<qsizetype> &members = m_buckets[size_t(b)];
            const auto it = std::find(members.begin(), members.end(), i);
            if (it == members.end())
                continue;
            members.erase(it);
            clearBucket(b);
            for (qsizetype other : members)
                addNeedle(m_needles[other], b);
        }
        place(i);
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

// Byte classes by nibble lookup: bit b of a byte's class is set when its high nibble is in H_b
// and its low nibble in L_b, so two 16-entry tables classify 32 bytes with two pshufb.
struct ByteClassTables {
    std::array<uchar, 16> lo{};
    std::array<uchar, 16> hi{};
    constexpr void add(int bits, std::initializer_list<int> highs, std::initializer_list<int> lows)
    {
        for (int h : highs)
            hi[size_t(h)] |= uchar(bits);
        for (int l : lows)
            lo[size_t(l)] |= uchar(bits);
    }
};

// The code triggers as a pairing of the classes of a byte (first) and of the byte after it
// (second): the step has a trigger where first & second share a bit. '[' and tab pair with a
// code digit 8-F; each first-byte class is a single character and each second-byte bit a
// product set, so the pairing is exact. A second-byte class that is not zero is a digit 8-F.
constexpr ByteClassTables makeTriggerFirst()
{
    ByteClassTables t;
    t.add(0x03, {5}, {11});   // '['  : bits 0,1
    t.add(0x0c, {0}, {9});    // tab  : bits 2,3
    return t;
}

constexpr ByteClassTables makeTriggerSecond()
{
    ByteClassTables t;
    t.add(0x01 | 0x04, {3}, {8, 9});                   // '8' '9'
    t.add(0x02 | 0x08, {4, 6}, {1, 2, 3, 4, 5, 6});   // 'A'-'F' 'a'-'f'
    return t;
}

constexpr ByteClassTables TriggerFirst = makeTriggerFirst();
constexpr ByteClassTables TriggerSecond = makeTriggerSecond();

// A 32-byte step of the vector pass that something may start in; the scalar pass verifies it.
struct ScreenEvent {
    __m256i buckets;        // Teddy bucket bits per byte (zero where no needle can start)
    qint64 at = 0;          // offset of the step
    quint32 teddy = 0;      // bytes with some bucket bit
    quint32 triggers = 0;   // '[' / tab + 8-F
    quint32 high = 0;       // non-ASCII bytes (when non-ASCII needles exist)
    quint32 lineStarts = 0; // line ends whose next line may continue an entry or end a cut code
};

constexpr int EventSteps = 255;   // steps per vector pass (8 KiB, and byte line counters cannot overflow)

#define LT_TABLE(t) _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>((t).data())))
#define LT_TABLE_AT(t, k) _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>((t).data() + (k) * 16)))

// Every mask of one step, for the scalar pass (rare: only steps the vector pass flagged).
__attribute__((target("avx2,popcnt"))) void describeStep(const char *p, const uchar *teddyLo, const uchar *teddyHi,
                                                        bool teddy, bool high, bool continuations, ScreenEvent &ev)
{
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 1));
    // The same pairing as the vector pass, now as bit masks.
    const __m256i first = _mm256_and_si256(_mm256_shuffle_epi8(LT_TABLE(TriggerFirst.lo), _mm256_and_si256(v0, nibble)),
                                           _mm256_shuffle_epi8(LT_TABLE(TriggerFirst.hi), _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble)));
    const __m256i second = _mm256_and_si256(_mm256_shuffle_epi8(LT_TABLE(TriggerSecond.lo), _mm256_and_si256(v1, nibble)),
                                            _mm256_shuffle_epi8(LT_TABLE(TriggerSecond.hi), _mm256_and_si256(_mm256_srli_epi16(v1, 4), nibble)));
    const __m256i zero = _mm256_setzero_si256();
#define LT_MASK(v) quint32(_mm256_movemask_epi8(v))
    ev.triggers = ~LT_MASK(_mm256_cmpeq_epi8(_mm256_and_si256(first, second), zero));
    const quint32 digit8 = ~LT_MASK(_mm256_cmpeq_epi8(second, zero));
    const __m256i lf = _mm256_set1_epi8('\n'), cr = _mm256_set1_epi8('\r');
    const quint32 lf0 = LT_MASK(_mm256_cmpeq_epi8(v0, lf)), lf1 = LT_MASK(_mm256_cmpeq_epi8(v1, lf));
    const quint32 cr0 = LT_MASK(_mm256_cmpeq_epi8(v0, cr)), cr1 = LT_MASK(_mm256_cmpeq_epi8(v1, cr));
    const quint32 ends = lf0 | (cr0 & ~lf1);   // LF, or CR not before LF
    const quint32 decimal1 = LT_MASK(_mm256_and_si256(_mm256_cmpgt_epi8(v1, _mm256_set1_epi8('0' - 1)),
                                                   _mm256_cmpgt_epi8(_mm256_set1_epi8('9' + 1), v1)));
    // The next line's first byte (v1 at a line end's lane): one that is no digit may continue an
    // entry, one of 8-F may end a code cut by the line end.
    ev.lineStarts = continuations ? ends & (~(decimal1 | lf1 | cr1) | digit8) : 0;
#undef LT_MASK
    ev.high = high ? quint32(_mm256_movemask_epi8(v0)) : 0;
    __m256i m = _mm256_setzero_si256();
    if (teddy) {
        m = _mm256_set1_epi8(char(0xff));
        for (int k = 0; k < 4; ++k) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + k));
            const __m256i lo = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>(teddyLo + k * 16)));
            const __m256i hi = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i *>(teddyHi + k * 16)));
            m = _mm256_and_si256(m, _mm256_and_si256(_mm256_shuffle_epi8(lo, _mm256_and_si256(v, nibble)),
                                                     _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble))));
        }
    }
    ev.buckets = m;
    ev.teddy = ~quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(m, _mm256_setzero_si256())));
}

} // namespace

// Teddy (Hyperscan's multi-literal filter): four bytes of 32 positions at once are looked up by
// nibble in per-bucket tables (pshufb); a position survives only if all four bytes fit some
// needle of a bucket. The same loads also find the byte triggers ('[', tab), the non-ASCII
// bytes and the line ends, so the data is read once. Per 8 KiB a vector pass without calls or
// bit masks (its constants stay in registers) only counts line ends and notes the steps where
// anything may start; a scalar pass then takes those few steps apart and verifies them.
__attribute__((target("avx2,popcnt"))) qint64 CandidateScreen::scanFusedAvx2(const char *data, qint64 begin, qint64 end,
                                                                             qint64 fileEnd, std::vector<qint64> &hits) const
{
    static_assert(Fingerprint == 4, "the vector pass is unrolled for four fingerprint bytes");
    const __m256i lo0 = LT_TABLE_AT(m_lo, 0), lo1 = LT_TABLE_AT(m_lo, 1), lo2 = LT_TABLE_AT(m_lo, 2), lo3 = LT_TABLE_AT(m_lo, 3);
    const __m256i hi0 = LT_TABLE_AT(m_hi, 0), hi1 = LT_TABLE_AT(m_hi, 1), hi2 = LT_TABLE_AT(m_hi, 2), hi3 = LT_TABLE_AT(m_hi, 3);
    const __m256i firstLo = LT_TABLE(TriggerFirst.lo), firstHi = LT_TABLE(TriggerFirst.hi);
    const __m256i secondLo = LT_TABLE(TriggerSecond.lo), secondHi = LT_TABLE(TriggerSecond.hi);
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    const __m256i zero = _mm256_setzero_si256();
    const __m256i lf = _mm256_set1_epi8('\n'), cr = _mm256_set1_epi8('\r');
    const __m256i belowDigits = _mm256_set1_epi8('0' - 1), aboveLowDigits = _mm256_set1_epi8('8');
    const bool high = !m_highNeedles.isEmpty();
    const bool teddy = !m_needles.isEmpty();
    const __m256i highBit = high ? _mm256_set1_epi8(char(0x80)) : zero;
    const __m256i teddyMask = teddy ? _mm256_set1_epi8(char(0xff)) : zero;
    const __m256i continuations = m_markContinuations ? _mm256_set1_epi8(char(0xff)) : zero;

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

    qint64 flagged[EventSteps];
    qint64 i = begin;
    const qint64 vectorEnd = qMin(end, fileEnd - (32 + Fingerprint - 1));   // steps may read 35 bytes
    while (i + 32 <= vectorEnd) {
        int count = 0;
        __m256i endCounts = zero;   // per byte lane, at most EventSteps
        for (int step = 0; step < EventSteps && i + 32 <= vectorEnd; ++step, i += 32) {
            const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i));
            const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 1));
            const __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 2));
            const __m256i v3 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 3));
            const __m256i lo0n = _mm256_and_si256(v0, nibble), hi0n = _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble);
            const __m256i lo1n = _mm256_and_si256(v1, nibble), hi1n = _mm256_and_si256(_mm256_srli_epi16(v1, 4), nibble);
            // Line ends: LF, or CR not before LF; counted per lane.
            const __m256i lf1 = _mm256_cmpeq_epi8(v1, lf);
            const __m256i ends = _mm256_or_si256(_mm256_cmpeq_epi8(v0, lf), _mm256_andnot_si256(lf1, _mm256_cmpeq_epi8(v0, cr)));
            endCounts = _mm256_sub_epi8(endCounts, ends);
            // A line end whose next line starts with no digit (or with 8-F) may join entries;
            // flagged here unless the next byte is 0-7 (every header line), sorted out later.
            const __m256i lowDigit = _mm256_and_si256(_mm256_cmpgt_epi8(v1, belowDigits), _mm256_cmpgt_epi8(aboveLowDigits, v1));
            const __m256i triggerBits = _mm256_and_si256(
                _mm256_and_si256(_mm256_shuffle_epi8(firstLo, lo0n), _mm256_shuffle_epi8(firstHi, hi0n)),
                _mm256_and_si256(_mm256_shuffle_epi8(secondLo, lo1n), _mm256_shuffle_epi8(secondHi, hi1n)));
            const __m256i lineStarts = _mm256_andnot_si256(lowDigit, _mm256_and_si256(ends, continuations));
            __m256i m = _mm256_and_si256(
                _mm256_and_si256(_mm256_shuffle_epi8(lo0, lo0n), _mm256_shuffle_epi8(hi0, hi0n)),
                _mm256_and_si256(_mm256_shuffle_epi8(lo1, lo1n), _mm256_shuffle_epi8(hi1, hi1n)));
            m = _mm256_and_si256(m, _mm256_and_si256(
                _mm256_and_si256(_mm256_shuffle_epi8(lo2, _mm256_and_si256(v2, nibble)),
                                 _mm256_shuffle_epi8(hi2, _mm256_and_si256(_mm256_srli_epi16(v2, 4), nibble))),
                _mm256_and_si256(_mm256_shuffle_epi8(lo3, _mm256_and_si256(v3, nibble)),
                                 _mm256_shuffle_epi8(hi3, _mm256_and_si256(_mm256_srli_epi16(v3, 4), nibble)))));
            const __m256i any = _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(m, teddyMask), triggerBits),
                                                _mm256_or_si256(lineStarts, _mm256_and_si256(v0, highBit)));
            flagged[count] = i;
            count += !_mm256_testz_si256(any, any);
        }
        const __m256i sums = _mm256_sad_epu8(endCounts, zero);
        lineEnds += _mm256_extract_epi64(sums, 0) + _mm256_extract_epi64(sums, 1) + _mm256_extract_epi64(sums, 2)
                  + _mm256_extract_epi64(sums, 3);
        // Scalar pass: take the flagged steps apart and verify them, in file order. Within a
        // step too: a hit skips the rest of its line (skipTo), so taking a later position first
        // (a trigger on the next line) would hide the hit of an earlier line.
        for (int e = 0; e < count; ++e) {
            ScreenEvent ev;
            ev.at = flagged[e];
            describeStep(data + ev.at, m_lo.data(), m_hi.data(), teddy, high, m_markContinuations, ev);
            alignas(32) uchar bits[32];
            if (ev.teddy)
                _mm256_store_si256(reinterpret_cast<__m256i *>(bits), ev.buckets);
            for (quint32 any = ev.lineStarts | ev.triggers | ev.high | ev.teddy; any; any &= any - 1) {
                const int j = __builtin_ctz(any);
                const quint32 bit = 1u << j;
                const qint64 pos = ev.at + j;
                if (ev.lineStarts & bit) {   // pos is a line end
                    if (mayContinue(data, pos + 1, fileEnd) || codeAcrossLineEnd(data, pos + 1, fileEnd))
                        found(pos + 1, pos + 1);
                    continue;   // no needle or trigger starts at a line end
                }
                if (pos < skipTo)
                    continue;
                if ((ev.triggers & bit) && triggerHit(data, pos, fileEnd))
                    found(pos, pos);
                else if ((ev.high & bit) && highHit(data, pos, fileEnd))
                    found(pos, pos);
                else if (ev.teddy & bit)
                    check(pos, bits[j]);
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
        if ((c == '[' || c == '\t') && triggerHit(data, i, fileEnd))
            found(i, i);
        else if (high && (uchar(c) & 0x80) && highHit(data, i, fileEnd))
            found(i, i);
        else if (teddy)
            check(i, 0xff);
    }
    return lineEnds;
}
#undef LT_TABLE
#undef LT_TABLE_AT
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
    return failureHexAt(data, pos + 1, fileEnd);   // "[8..." or "\t8..."
}

// Positions of '[' and tab (or, with `high`, of bytes >= 0x80), without AVX2.
template<typename F>
void forEachTrigger(const char *data, qint64 from, qint64 to, bool high, F &&onHit)
{
    for (qint64 i = from; i < to; ++i) {
        const char c = data[i];
        if (high ? (uchar(c) & 0x80) != 0 : (c == '[' || c == '\t'))
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
