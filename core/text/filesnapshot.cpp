#include "filesnapshot.h"

#include "textdecoder.h"

#include <QStringDecoder>

namespace lt::text {

FileSnapshot::FileSnapshot(std::shared_ptr<MappedFile> file, std::shared_ptr<LineIndex> index,
                           EncodingGuess encoding, LineEnding lineEnding)
    : m_file(std::move(file))
    , m_index(std::move(index))
    , m_encoding(encoding)
    , m_lineEnding(lineEnding)
{
}

qint64 FileSnapshot::contentEnd(QByteArrayView raw) const
{
    qint64 n = raw.size();
    const int unit = m_index->unitSize();
    const char16_t term = m_index->terminator();
    auto unitAt = [&](qint64 pos) -> char16_t {
        if (unit == 1)
            return char16_t(uchar(raw[pos]));
        const auto lo = uchar(raw[pos]), hi = uchar(raw[pos + 1]);
        return m_encoding.encoding == TextEncoding::Utf16BE ? char16_t(lo << 8 | hi)
                                                            : char16_t(hi << 8 | lo);
    };
    n -= n % unit;   // an odd trailing byte of a cut UTF-16 file is dropped, not misread
    if (n >= unit && unitAt(n - unit) == term) {
        n -= unit;
        // LF files written on Windows: CRLF; a lone CR before LF is part of the terminator.
        if (term == u'\n' && n >= unit && unitAt(n - unit) == u'\r')
            n -= unit;
    }
    return n;
}

bool FileSnapshot::span(LineNumber line, ByteOffset *begin, ByteOffset *end) const
{
    ByteOffset b, next;
    if (!m_index->rawSpan(line, &b, &next))
        return false;
    // Only the terminator's bytes are needed to find where the content ends.
    QByteArray scratch;
    const qint64 tailLen = qMin<qint64>(next - b, 4);
    const QByteArrayView tail = m_file->bytes(next.get() - tailLen, tailLen, scratch);
    *begin = b;
    *end = ByteOffset(next.get() - tailLen + contentEnd(tail));
    if (tail.size() != tailLen)   // unreadable (file shrank under us)
        *end = next;
    return true;
}

QByteArray FileSnapshot::rawLine(LineNumber line, qint64 maxBytes) const
{
    ByteOffset begin, end;
    if (!span(line, &begin, &end))
        return {};
    qint64 length = end - begin;
    if (maxBytes >= 0 && length > maxBytes)
        length = maxBytes - maxBytes % m_index->unitSize();
    QByteArray scratch;
    const QByteArrayView bytes = m_file->bytes(begin.get(), length, scratch);
    return bytes.toByteArray();
}

QString FileSnapshot::line(LineNumber line) const
{
    return decode(rawLine(line, MaxDisplayLineBytes));
}

QString FileSnapshot::decode(QByteArrayView bytes) const
{
    // Fast paths for what logs mostly are; the stateful decoder for the rest.
    if (m_encoding.encoding == TextEncoding::Utf8)
        return QString::fromUtf8(bytes);
    if (m_encoding.encoding == TextEncoding::Latin1)
        return QString::fromLatin1(bytes);
    EncodingGuess noBom = m_encoding;
    noBom.bomLength = 0;   // lines never contain the BOM: line 0 starts after it
    TextDecoder decoder(noBom);
    return decoder.decode(bytes);
}

} // namespace lt::text
