#include "candidatescreen.h"

#include "rulebook.h"
#include "text/bytescan.h"

#include <QStringEncoder>

#include <algorithm>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace lt::triage {
namespace {

inline bool isHex(uchar c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

// 8 hex digits at p whose first is 8-F: the only codes extractCodes() keeps (bit 31 set).
bool failureHexAt(const char *data, qint64 p, qint64 fileEnd)
{
    if (p + 8 > fileEnd)
        return false;
    const uchar first = uchar(data[p]);
    if (!((first >= '8' && first <= '9') || ((first | 0x20) >= 'a' && (first | 0x20) <= 'f')))
        return false;
    for (qint64 i = 1; i < 8; ++i) {
        if (!isHex(uchar(data[p + i])))
            return false;
    }
    return true;
}

qint64 lineEnd(const char *data, qint64 p, qint64 fileEnd)
{
    while (p < fileEnd && data[p] != '\n' && data[p] != '\r')
        ++p;
    return p;
}

} // namespace

CandidateScreen::CandidateScreen(const RuleBook &rules, lt::text::TextEncoding encoding)
{
    using lt::text::TextEncoding;
    if (encoding != TextEncoding::Utf8 && encoding != TextEncoding::Gb18030 && encoding != TextEncoding::Latin1)
        return;
    if (!rules.patternsScreenable())
        return;
    // Codes: "0x8...", "[8...", "\t8...", "hr = 8...", "HRESULT=8...", "status 8..." (the code
    // regex's prefixes; "error 8..." is covered by the failure word).
    m_needles.append({"0x", false, Verify::HexAfter});
    m_needles.append({"[", true, Verify::HexAfter});
    m_needles.append({"\t", true, Verify::HexAfter});
    m_needles.append({"=", true, Verify::HexAfterSpaces});
    m_needles.append({"status", false, Verify::HexAfterSpaces});
    // Failure words (parse::hasFailureWord) and rule keywords: any occurrence makes a candidate.
    QStringList words{QStringLiteral("fail"), QStringLiteral("fatal"), QStringLiteral("error"),
                      QStringLiteral("abort"), QStringLiteral("denied"), QStringLiteral("失败"),
                      QStringLiteral("错误"), QStringLiteral("拒绝")};
    words += rules.patternKeywords();
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
    for (const Needle &n : std::as_const(m_needles)) {
        bool covered = false;
        for (const Needle &o : std::as_const(m_needles)) {
            if (&o != &n && o.verify == Verify::None && !o.caseSensitive && n.verify == Verify::None
                && n.bytes.toLower().contains(o.bytes.toLower()) && (o.bytes.size() < n.bytes.size()
                                                                        || &o < &n))
                covered = true;
        }
        if (!covered)
            kept.append(n);
    }
    m_needles = kept;
    m_usable = true;
}

void CandidateScreen::scan(const char *data, qint64 begin, qint64 end, qint64 fileEnd,
                           std::vector<qint64> &hits) const
{
    const size_t first = hits.size();
    for (const Needle &needle : m_needles) {
        const qint64 len = needle.bytes.size();
        qint64 pos = begin;
        while (pos < end) {
            // Search up to end + len - 1 so a needle straddling `end` is found by this range.
            const qint64 limit = qMin(fileEnd, end + len - 1);
            const qint64 found = lt::text::bytescan::findLiteral(data + pos, limit - pos, needle.bytes,
                                                                 needle.caseSensitive);
            if (found < 0)
                break;
            const qint64 at = pos + found;
            if (at >= end)
                break;
            bool ok = true;
            if (needle.verify == Verify::HexAfter) {
                ok = failureHexAt(data, at + len, fileEnd);
            } else if (needle.verify == Verify::HexAfterSpaces) {
                qint64 p = at + len;
                while (p < fileEnd && (data[p] == ' ' || data[p] == '\t' || data[p] == '\v' || data[p] == '\f'))
                    ++p;
                ok = failureHexAt(data, p, fileEnd);
            }
            if (ok) {
                hits.push_back(at);
                pos = lineEnd(data, at + len, fileEnd);   // one hit per line is enough
            } else {
                pos = at + 1;
            }
        }
    }
    std::sort(hits.begin() + qsizetype(first), hits.end());
}

qint64 CandidateScreen::countLineEnds(const char *data, qint64 begin, qint64 end, qint64 fileEnd)
{
    qint64 count = 0;
    qint64 i = begin;
#ifdef __SSE2__
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    // 16 bytes a round; the load at i + 1 tells which CRs are followed by an LF.
    for (; i + 17 <= end; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 1));
        const unsigned lfs = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(a, lf)));
        const unsigned crs = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(a, cr)));
        const unsigned crlf = crs & unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(b, lf)));
        count += __builtin_popcount(lfs) + __builtin_popcount(crs) - __builtin_popcount(crlf);
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
