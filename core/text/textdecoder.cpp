#include "textdecoder.h"

namespace lt::text {
namespace {

bool carriesIncomplete(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 || encoding == TextEncoding::Gb18030;
}

// Length of the prefix of `data` that ends on a character boundary (the rest may be the start
// of a character that continues in the next chunk).
qsizetype completeUtf8Prefix(QByteArrayView data)
{
    const qsizetype n = data.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, n); ++back) {
        const auto b = uchar(data[n - back]);
        if ((b & 0xC0) == 0x80)
            continue;   // continuation byte: keep looking for the lead
        const int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
        return need > back && b < 0xF5 ? n - back : n;
    }
    return n;
}

qsizetype completeGb18030Prefix(QByteArrayView data)
{
    // Lead and trail byte ranges overlap, so only a forward walk finds the boundaries.
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x81 || b == 0xFF) { ++i; continue; }
        if (i + 1 >= n) return i;
        const uchar b2 = p[i + 1];
        if (b2 >= 0x30 && b2 <= 0x39) {
            if (i + 2 >= n) return i;
            if (p[i + 2] >= 0x81 && p[i + 2] <= 0xFE) {
                if (i + 3 >= n) return i;
                i += 4;
                continue;
            }
            ++i;   // invalid: the decoder replaces the lead alone, as ICU does
            continue;
        }
        i += (b2 >= 0x40 && b2 != 0x7F && b2 != 0xFF) ? 2 : 1;
    }
    return n;
}

QStringDecoder makeDecoder(TextEncoding encoding)
{
    // Not stateless: the decoder keeps partial sequences between chunks. The BOM is ours to
    // skip (TextDecoder knows its length), so Qt must not also drop a second, real U+FEFF.
    const auto flags = carriesIncomplete(encoding)
        ? QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless
        : QStringConverter::Flags(QStringConverter::Flag::ConvertInitialBom);
    switch (encoding) {
    case TextEncoding::Utf8: return QStringDecoder(QStringConverter::Utf8, flags);
    case TextEncoding::Utf16LE: return QStringDecoder(QStringConverter::Utf16LE, flags);
    case TextEncoding::Utf16BE: return QStringDecoder(QStringConverter::Utf16BE, flags);
    case TextEncoding::Latin1: return QStringDecoder(QStringConverter::Latin1, flags);
    case TextEncoding::Gb18030: {
        QStringDecoder gb(codecName(encoding), flags);   // through ICU
        if (gb.isValid())
            return gb;
        qWarning("GB18030 is not available in this Qt build; decoding as Latin-1");
        return QStringDecoder(QStringConverter::Latin1, flags);
    }
    }
    Q_UNREACHABLE_RETURN(QStringDecoder(QStringConverter::Utf8, flags));
}

} // namespace

TextDecoder::TextDecoder(EncodingGuess guess)
    : m_guess(guess)
    , m_decoder(makeDecoder(guess.encoding))
    , m_bomToSkip(guess.bomLength)
    , m_carryIncomplete(carriesIncomplete(guess.encoding))
{
}

QString TextDecoder::decode(QByteArrayView chunk)
{
    if (m_bomToSkip > 0) {
        const qsizetype skip = qMin(m_bomToSkip, chunk.size());
        chunk = chunk.sliced(skip);
        m_bomToSkip -= skip;
    }
    if (!m_carryIncomplete)
        return m_decoder.decode(chunk);

    QByteArray joined;
    QByteArrayView data = chunk;
    if (!m_pending.isEmpty()) {
        joined = m_pending + chunk.toByteArray();
        data = joined;
    }
    const qsizetype complete = m_guess.encoding == TextEncoding::Utf8 ? completeUtf8Prefix(data)
                                                                      : completeGb18030Prefix(data);
    QString text = m_decoder.decode(data.first(complete));
    m_pending = data.sliced(complete).toByteArray();
    return text;
}

QString TextDecoder::finish()
{
    if (m_pending.isEmpty())
        return {};
    // Bytes of a character cut by the end of the input. Qt's UTF-8 decoder reports them as
    // U+FFFD; the GB18030 one (ICU) keeps them waiting for more and returns nothing, which lost
    // a line that held only such a byte. Either way the reader sees one damaged character.
    QString rest = m_decoder.decode(m_pending);
    m_pending.clear();
    if (rest.isEmpty())
        rest = QChar(QChar::ReplacementCharacter);
    return rest;
}

QString decodeText(QByteArrayView bytes, EncodingGuess *used)
{
    const EncodingGuess guess = detectEncoding(bytes);
    if (used)
        *used = guess;
    TextDecoder decoder(guess);
    QString text = decoder.decode(bytes);   // two statements: finish() must run after decode()
    text += decoder.finish();
    return text;
}

bool isWellFormedUtf16(QStringView text)
{
    bool surrogates = false;
    for (QChar c : text)
        surrogates |= char16_t(c.unicode() - 0xd800u) < 0x800u;
    return !surrogates || text.isValidUtf16();
}

QString normalizeLineEndings(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace lt::text
