// Fuzzes encoding detection and the streaming decoder. Properties checked besides "no crash":
// decoding in two pieces, split at a position taken from the input, gives exactly the text
// of decoding everything at once, for the detected encoding and for one forced encoding.
#include "text/encodingdetector.h"
#include "text/textdecoder.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkSplit(lt::text::EncodingGuess guess, QByteArrayView bytes, qsizetype split)
{
    lt::text::TextDecoder whole(guess);
    const QString once = whole.decode(bytes);
    lt::text::TextDecoder pieces(guess);
    QString twice = pieces.decode(bytes.first(split));
    twice += pieces.decode(bytes.sliced(split));
    if (once != twice)
        std::abort();   // chunk boundaries must not change the text
    lt::text::normalizeLineEndings(once);
    lt::text::detectLineEnding(bytes, guess.encoding);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 256 * 1024)
        return 0;
    // Byte 0 picks the split point, byte 1 a forced encoding; the rest is the text.
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);
    const qsizetype split = bytes.size() * data[0] / 255;

    const lt::text::EncodingGuess guess = lt::text::detectEncoding(bytes);
    if (guess.bomLength < 0 || guess.bomLength > bytes.size())
        std::abort();
    checkSplit(guess, bytes, split);

    lt::text::EncodingGuess forced;
    forced.encoding = static_cast<lt::text::TextEncoding>(data[1] % 5);
    forced.confidence = lt::text::Confidence::Fallback;
    checkSplit(forced, bytes, split);

    lt::text::EncodingGuess used;
    lt::text::decodeText(bytes, &used);
    lt::text::encodingName(guess.encoding);
    return 0;
}
