#include "textdecoder.h"

namespace lt::text {
namespace {

QStringDecoder makeDecoder(TextEncoding encoding)
{
    // Not stateless: the decoder keeps partial sequences between chunks. The BOM is ours to
    // skip (TextDecoder knows its length), so Qt must not also drop a second, real U+FEFF.
    constexpr auto flags = QStringConverter::Flag::ConvertInitialBom;
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
{
}

QString TextDecoder::decode(QByteArrayView chunk)
{
    if (m_bomToSkip > 0) {
        const qsizetype skip = qMin(m_bomToSkip, chunk.size());
        chunk = chunk.sliced(skip);
        m_bomToSkip -= skip;
    }
    return m_decoder.decode(chunk);
}

QString decodeText(QByteArrayView bytes, EncodingGuess *used)
{
    const EncodingGuess guess = detectEncoding(bytes);
    if (used)
        *used = guess;
    TextDecoder decoder(guess);
    return decoder.decode(bytes);
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
