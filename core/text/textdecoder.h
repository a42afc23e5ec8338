#pragma once

#include "encodingdetector.h"

#include <QStringDecoder>

namespace lt::text {

// Streaming decoder: feed chunks of any size (split anywhere, even inside a multi-byte
// character or a CRLF pair) and get the same text as decoding everything at once.
// Not thread-safe; use one per stream.
class TextDecoder final
{
public:
    explicit TextDecoder(EncodingGuess guess);

    // Decodes the next chunk. The BOM, if the guess says there is one, is dropped.
    QString decode(QByteArrayView chunk);
    // End of stream: a character cut off by the end becomes U+FFFD instead of vanishing.
    QString finish();
    // True when some input was not valid in the chosen encoding (replacement characters).
    bool hadInvalidInput() const { return m_decoder.hasError(); }
    EncodingGuess guess() const { return m_guess; }

private:
    EncodingGuess m_guess;
    QStringDecoder m_decoder;
    qsizetype m_bomToSkip = 0;
    // UTF-8 and GB18030 only: the bytes of a character cut by the chunk end. Qt's stateful
    // decoders drop a byte when such a cut meets invalid input (found by fuzz_encoding), so
    // these two are decoded statelessly, one whole-character piece at a time.
    QByteArray m_pending;
    bool m_carryIncomplete = false;
};

// Detects the encoding of `bytes` and decodes all of it. `used` receives the guess.
QString decodeText(QByteArrayView bytes, EncodingGuess *used = nullptr);

// Decoded text with all line endings (CRLF, CR, LF) turned into LF.
QString normalizeLineEndings(const QString &text);

// Whether `text` is well-formed UTF-16 (every surrogate paired). Text without any surrogate
// (nearly every log line) is answered by a loop that vectorises; regexes then need not check
// the subject again (QRegularExpression::DontCheckSubjectStringMatchOption).
bool isWellFormedUtf16(QStringView text);

} // namespace lt::text
