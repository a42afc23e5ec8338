#include "encodingdetector.h"

#include "textdecoder.h"

#include <QtGlobal>

namespace lt::text {
namespace {

struct ValidityStats {
    qsizetype multiByte = 0;   // well-formed non-ASCII sequences
    qsizetype invalid = 0;     // malformed bytes or sequences

    // The share of non-ASCII sequences that were malformed; 0 for pure ASCII.
    double errorRatio() const
    {
        const qsizetype all = multiByte + invalid;
        return all == 0 ? 0.0 : double(invalid) / double(all);
    }
};

bool inRange(uchar b, uchar lo, uchar hi) { return b >= lo && b <= hi; }

// UTF-8 well-formedness (RFC 3629: no overlongs, no surrogates). A sequence cut off by the
// end of the sample is not an error: the sample is only the start of a stream.
ValidityStats utf8Stats(QByteArrayView s)
{
    ValidityStats st;
    const auto *p = reinterpret_cast<const uchar *>(s.data());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) { ++i; continue; }
        int len = 0;
        uchar lo = 0x80, hi = 0xBF;   // allowed range of the second byte
        if (inRange(b, 0xC2, 0xDF)) len = 2;
        else if (b == 0xE0) { len = 3; lo = 0xA0; }
        else if (b == 0xED) { len = 3; hi = 0x9F; }
        else if (inRange(b, 0xE1, 0xEF)) len = 3;
        else if (b == 0xF0) { len = 4; lo = 0x90; }
        else if (b == 0xF4) { len = 4; hi = 0x8F; }
        else if (inRange(b, 0xF1, 0xF3)) len = 4;
        else { ++st.invalid; ++i; continue; }
        if (i + len > n) {   // truncated by the sample boundary only if what is there fits
            bool prefixOk = true;
            for (qsizetype k = i + 1; k < n; ++k)
                prefixOk = prefixOk && inRange(p[k], k == i + 1 ? lo : 0x80, k == i + 1 ? hi : 0xBF);
            if (!prefixOk) ++st.invalid;
            break;
        }
        bool ok = inRange(p[i + 1], lo, hi);
        for (int k = 2; ok && k < len; ++k)
            ok = inRange(p[i + k], 0x80, 0xBF);
        if (ok) { ++st.multiByte; i += len; }
        else { ++st.invalid; ++i; }
    }
    return st;
}

// GB18030: 0x81-0xFE lead, then 0x40-0x7E/0x80-0xFE (two bytes) or
// 0x30-0x39, 0x81-0xFE, 0x30-0x39 (four bytes). GBK is the two-byte subset.
ValidityStats gb18030Stats(QByteArrayView s)
{
    ValidityStats st;
    const auto *p = reinterpret_cast<const uchar *>(s.data());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) { ++i; continue; }
        if (!inRange(b, 0x81, 0xFE)) { ++st.invalid; ++i; continue; }
        if (i + 1 >= n) break;
        const uchar b2 = p[i + 1];
        if (inRange(b2, 0x40, 0x7E) || inRange(b2, 0x80, 0xFE)) { ++st.multiByte; i += 2; continue; }
        if (inRange(b2, 0x30, 0x39)) {
            if (i + 3 >= n) break;
            if (inRange(p[i + 2], 0x81, 0xFE) && inRange(p[i + 3], 0x30, 0x39)) {
                ++st.multiByte; i += 4; continue;
            }
        }
        ++st.invalid;
        ++i;
    }
    return st;
}

// BOM-less UTF-16 written by Windows tools is mostly ASCII, so every other byte is NUL.
std::optional<TextEncoding> utf16ByNulParity(QByteArrayView s)
{
    const qsizetype pairs = s.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i + 1 < s.size(); i += 2) {
        evenNul += s[i] == '\0';
        oddNul += s[i + 1] == '\0';
    }
    const double even = double(evenNul) / double(pairs);
    const double odd = double(oddNul) / double(pairs);
    if (odd > 0.2 && even < 0.05)
        return TextEncoding::Utf16LE;
    if (even > 0.2 && odd < 0.05)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// Above this share of malformed sequences a text is not in the encoding at all.
constexpr double MaxErrorRatio = 0.02;

} // namespace

EncodingGuess detectEncoding(QByteArrayView head)
{
    const QByteArrayView s = head.first(qMin(head.size(), EncodingSampleSize));
    if (s.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, Confidence::ByteOrderMark, 3};
    if (s.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, Confidence::ByteOrderMark, 2};
    if (s.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, Confidence::ByteOrderMark, 2};
    if (const auto utf16 = utf16ByNulParity(s))
        return {*utf16, Confidence::Statistics, 0};
    if (s.contains('\0'))   // NULs everywhere: binary data, keep every byte
        return {TextEncoding::Latin1, Confidence::Fallback, 0};

    const ValidityStats utf8 = utf8Stats(s);
    if (utf8.invalid == 0)
        return {TextEncoding::Utf8, Confidence::Statistics, 0};
    const ValidityStats gb = gb18030Stats(s);
    const bool gbFits = gb.multiByte >= 2 && gb.errorRatio() <= MaxErrorRatio;
    const bool utf8Fits = utf8.multiByte >= 2 && utf8.errorRatio() <= MaxErrorRatio;
    if (gbFits && (!utf8Fits || gb.errorRatio() < utf8.errorRatio()))
        return {TextEncoding::Gb18030, Confidence::Statistics, 0};
    if (utf8Fits)
        return {TextEncoding::Utf8, Confidence::Statistics, 0};
    return {TextEncoding::Latin1, Confidence::Fallback, 0};
}

LineEnding detectLineEnding(QByteArrayView block, TextEncoding encoding)
{
    const QString text = TextDecoder({encoding, Confidence::Statistics, 0}).decode(block);
    bool lf = false, crlf = false, cr = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n') { crlf = true; ++i; }
            else if (i + 1 < text.size()) cr = true;   // a CR at the very end may precede an LF
        } else if (text[i] == u'\n') {
            lf = true;
        }
    }
    const int kinds = int(lf) + int(crlf) + int(cr);
    if (kinds == 0)
        return LineEnding::None;
    if (kinds > 1)
        return LineEnding::Mixed;
    return crlf ? LineEnding::CrLf : lf ? LineEnding::Lf : LineEnding::Cr;
}

QString encodingName(TextEncoding encoding)
{
    return QString::fromLatin1(codecName(encoding));
}

const char *codecName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Gb18030: return "GB18030";
    case TextEncoding::Latin1: return "ISO-8859-1";
    }
    Q_UNREACHABLE_RETURN("UTF-8");
}

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None: return QStringLiteral("none");
    case LineEnding::Lf: return QStringLiteral("LF");
    case LineEnding::CrLf: return QStringLiteral("CRLF");
    case LineEnding::Cr: return QStringLiteral("CR");
    case LineEnding::Mixed: return QStringLiteral("mixed");
    }
    Q_UNREACHABLE_RETURN({});
}

} // namespace lt::text
