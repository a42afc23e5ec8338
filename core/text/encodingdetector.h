#pragma once

#include <QByteArrayView>
#include <QString>

namespace lt::text {

// The encodings Windows and Debian-family machines actually write logs and command output in.
enum class TextEncoding {
    Utf8,
    Utf16LE,   // what PowerShell, reg export and many Windows tools write
    Utf16BE,
    Gb18030,   // superset of GBK / CP936: Chinese Windows console output
    Latin1,    // last resort: maps every byte, so nothing is ever lost
};

// How the guess was reached: callers keep the raw bytes when the guess is only a fallback.
enum class Confidence {
    ByteOrderMark,
    Statistics,
    Fallback,
};

enum class LineEnding { None, Lf, CrLf, Cr, Mixed };

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    Confidence confidence = Confidence::Fallback;
    qsizetype bomLength = 0;   // bytes to skip at the start of the stream

    bool operator==(const EncodingGuess &) const = default;
};

// How many leading bytes detectEncoding() looks at; more is ignored.
inline constexpr qsizetype EncodingSampleSize = 64 * 1024;

// Guesses the encoding from the first block of a stream: BOM first, then cheap statistics
// (NUL byte parity for BOM-less UTF-16, UTF-8 validity, GB18030 validity), else Latin-1.
EncodingGuess detectEncoding(QByteArrayView head);

// The line ending convention of a block already known to be in `encoding`.
LineEnding detectLineEnding(QByteArrayView block, TextEncoding encoding);

// Stable, human-readable names, e.g. "UTF-16LE", "GB18030" (also used in manifest.json).
QString encodingName(TextEncoding encoding);
// The name QStringDecoder understands for the encoding.
const char *codecName(TextEncoding encoding);
QString lineEndingName(LineEnding ending);

} // namespace lt::text
