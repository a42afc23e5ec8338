#include "bytescan.h"

#include <cstring>
#include <string_view>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LT_X86_SIMD 1
#include <immintrin.h>
#endif

namespace lt::text::bytescan {
namespace {

inline uchar fold(uchar c) { return (c >= 'A' && c <= 'Z') ? uchar(c | 0x20) : c; }
inline bool isAsciiLetter(uchar c) { return fold(c) >= 'a' && fold(c) <= 'z'; }

bool equalAt(const char *p, const QByteArray &needle, bool caseSensitive)
{
    if (caseSensitive)
        return std::memcmp(p, needle.constData(), size_t(needle.size())) == 0;
    for (qsizetype i = 0; i < needle.size(); ++i) {
        if (fold(uchar(p[i])) != fold(uchar(needle[i])))
            return false;
    }
    return true;
}

void findAllScalar(const char *data, qint64 size, char byte, qint64 base, std::vector<qint64> &out)
{
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        const void *hit = std::memchr(p, byte, size_t(end - p));
        if (!hit)
            break;
        p = static_cast<const char *>(hit) + 1;
        out.push_back(base + (p - data));
    }
}

qint64 findLiteralScalar(const char *data, qint64 size, const QByteArray &needle, bool cs)
{
    const qint64 n = needle.size();
    for (qint64 i = 0; i + n <= size; ++i) {
        if (equalAt(data + i, needle, cs))
            return i;
    }
    return -1;
}

// How common a byte is in log text (higher: more common), roughly as counted over CBS, DISM
// and setupapi logs. The SIMD filter keys on the needle's two rarest bytes: "0x800f08" is
// tested on 'x' and 'f', not on the digits every timestamp is made of.
int byteRank(uchar c)
{
    if (c == ' ') return 255;
    if (c >= '0' && c <= '2') return 245;
    if (c >= '3' && c <= '9') return 225;
    if (QByteArrayView("etaoinsrlcd").contains(char(c))) return 235;
    if (c >= 'a' && c <= 'z') return c == 'x' || c == 'q' || c == 'z' || c == 'j' ? 120 : 200;
    if (QByteArrayView(",.:-_\\\r\n\t()[]=").contains(char(c))) return 190;
    if (c >= 'A' && c <= 'Z') return QByteArrayView("CSEIPT").contains(char(c)) ? 170 : 140;
    if (c < 0x80) return 100;
    return 130;   // UTF-8/GB18030 continuation and lead bytes of CJK text
}

// Positions of the two rarest bytes of the needle (first < second; equal for 1-byte needles).
void rarePair(const QByteArray &needle, bool cs, qsizetype *first, qsizetype *second)
{
    qsizetype a = 0, b = needle.size() - 1;
    int ra = 1000, rb = 1000;
    for (qsizetype i = 0; i < needle.size(); ++i) {
        const uchar c = cs ? uchar(needle[i]) : fold(uchar(needle[i]));
        const int r = byteRank(c);
        if (r < ra) { b = a; rb = ra; a = i; ra = r; }
        else if (r < rb) { b = i; rb = r; }
    }
    if (needle.size() == 1) b = a;
    *first = qMin(a, b);
    *second = qMax(a, b);
}

#ifdef LT_X86_SIMD
bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}

__attribute__((target("avx2")))
void findAllAvx2(const char *data, qint64 size, char byte, qint64 base, std::vector<qint64> &out)
{
    const __m256i needle = _mm256_set1_epi8(byte);
    qint64 i = 0;
    // 64 bytes a round: two compares folded into one 64-bit mask, then one entry per set bit.
    for (; i + 64 <= size; i += 64) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 32));
        quint64 mask = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(a, needle)))
            | quint64(quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, needle)))) << 32;
        while (mask) {
            out.push_back(base + i + __builtin_ctzll(mask) + 1);
            mask &= mask - 1;
        }
    }
    findAllScalar(data + i, size - i, byte, base + i, out);
}

// Two-byte filter (W. Muła, "SIMD-friendly algorithms for substring searching"): compare 32
// candidate starts at once on two of the needle's bytes (its rarest), memcmp the rest.
__attribute__((target("avx2")))
qint64 findLiteralAvx2(const char *data, qint64 size, const QByteArray &needle, bool cs)
{
    const qint64 n = needle.size();
    qsizetype p1 = 0, p2 = 0;
    rarePair(needle, cs, &p1, &p2);
    const uchar first = uchar(needle[p1]), last = uchar(needle[p2]);
    const bool foldFirst = !cs && isAsciiLetter(first), foldLast = !cs && isAsciiLetter(last);
    const __m256i vFirst = _mm256_set1_epi8(char(foldFirst ? fold(first) : first));
    const __m256i vLast = _mm256_set1_epi8(char(foldLast ? fold(last) : last));
    // OR-ing 0x20 folds ASCII upper to lower; non-letters that fold onto the target are
    // rejected by equalAt().
    const __m256i orFirst = _mm256_set1_epi8(foldFirst ? 0x20 : 0);
    const __m256i orLast = _mm256_set1_epi8(foldLast ? 0x20 : 0);
    qint64 i = 0;
    for (; i + n - 1 + 32 <= size; i += 32) {
        const __m256i a = _mm256_or_si256(
            _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + p1)), orFirst);
        const __m256i b = _mm256_or_si256(
            _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + p2)), orLast);
        quint32 mask = quint32(_mm256_movemask_epi8(
            _mm256_and_si256(_mm256_cmpeq_epi8(a, vFirst), _mm256_cmpeq_epi8(b, vLast))));
        while (mask) {
            const qint64 pos = i + __builtin_ctz(mask);
            if (equalAt(data + pos, needle, cs))
                return pos;
            mask &= mask - 1;
        }
    }
    const qint64 rest = findLiteralScalar(data + i, size - i, needle, cs);
    return rest < 0 ? -1 : i + rest;
}
#endif

} // namespace

void findAll(const char *data, qint64 size, char byte, qint64 base, std::vector<qint64> &out)
{
#ifdef LT_X86_SIMD
    if (hasAvx2())
        return findAllAvx2(data, size, byte, base, out);
#endif
    findAllScalar(data, size, byte, base, out);
}

qint64 findLiteral(const char *data, qint64 size, const QByteArray &needle, bool caseSensitive)
{
    if (needle.isEmpty())
        return size >= 0 ? 0 : -1;
    if (size < needle.size())
        return -1;
#ifdef LT_X86_SIMD
    if (hasAvx2())
        return findLiteralAvx2(data, size, needle, caseSensitive);
#endif
    if (caseSensitive) {
        const auto pos = std::string_view(data, size_t(size))
                             .find(std::string_view(needle.constData(), size_t(needle.size())));
        return pos == std::string_view::npos ? -1 : qint64(pos);
    }
    return findLiteralScalar(data, size, needle, caseSensitive);
}

const char *implementationName()
{
#ifdef LT_X86_SIMD
    if (hasAvx2())
        return "AVX2";
#endif
    return "scalar (memchr/memmem)";
}

} // namespace lt::text::bytescan
