// Fuzzes encoding detection and the streaming decoder. Properties checked besides "no crash":
// decoding in two pieces, split at a position taken from the input, gives the text of decoding
// everything at once (up to the length of runs of U+FFFD), for the detected encoding and for
// one forced encoding.
#include "text/encodingdetector.h"
#include "text/textdecoder.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// An invalid sequence spanning two chunks may become a different number of U+FFFD than in
// one piece (docs/fuzzing.md); valid text must be identical.
QString collapseReplacements(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == QChar::ReplacementCharacter && !out.isEmpty() && out.back() == QChar::ReplacementCharacter)
            continue;
        out += ch;
    }
    return out;
}

void checkSplit(lt::text::EncodingGuess guess, QByteArrayView bytes, qsizetype split)
{
    lt::text::TextDecoder whole(guess);
    // Two statements: the operands of + are evaluated in unspecified order.
    QString once = whole.decode(bytes);
    once += whole.finish();
    lt::text::TextDecoder pieces(guess);
    QString twice = pieces.decode(bytes.first(split));
    twice += pieces.decode(bytes.sliced(split));
    twice += pieces.finish();
    if (once != twice && collapseReplacements(once) != collapseReplacements(twice)) {
        // Chunk boundaries must not change the text.
        std::fprintf(stderr, "split at %lld changes the text (%s):\n  once:  %s\n  twice: %s\n",
                     static_cast<long long>(split), lt::text::codecName(guess.encoding),
                     QByteArray(reinterpret_cast<const char *>(once.utf16()), once.size() * 2).toHex(' ').constData(),
                     QByteArray(reinterpret_cast<const char *>(twice.utf16()), twice.size() * 2).toHex(' ').constData());
        std::abort();
    }
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

    // decodeText() is the one-shot form of the detected decoding.
    lt::text::EncodingGuess used;
    const QString all = lt::text::decodeText(bytes, &used);
    lt::text::TextDecoder reference(guess);
    QString expected = reference.decode(bytes);
    expected += reference.finish();
    if (!(used == guess) || all != expected) {
        std::fprintf(stderr, "decodeText() differs from TextDecoder::decode() + finish() (%lld vs %lld chars)\n",
                     static_cast<long long>(all.size()), static_cast<long long>(expected.size()));
        std::abort();
    }
    lt::text::encodingName(guess.encoding);
    return 0;
}
