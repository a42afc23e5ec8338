#pragma once

#include "logformat.h"
#include "text/encodingdetector.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <vector>

namespace lt::triage {

class RuleBook;

// Screens raw bytes for lines that may yield a finding or a rule hit, before anything is decoded.
// A record can only matter when it carries a failure code (every form has "0x", '[' or a tab
// right before 8 hex digits starting with 8-F, or "status", "hr =", "HRESULT=" + such digits),
// an error level name (formats whose header carries the level, LineLogParser::hasCbsHeader; the
// caller parses the lines before the first header itself) or a failure word (the others;
// parse::hasFailureWord()), or a keyword of a code-less rule pattern. Those literals are found by
// one AVX2 pass (Teddy, tuned on the file's first KiBs; the text engine's literal search on CPUs
// without AVX2); each hit is a byte offset whose line is a candidate. Everything else (nearly
// every line of a CBS log) is never decoded or parsed.
// Only for ASCII-compatible encodings (UTF-8, GB18030, Latin-1): there an ASCII byte is always
// that character, so a literal search on the bytes finds every occurrence (and at worst a few
// more inside GB18030 characters, which the parser then rejects).
class CandidateScreen final
{
public:
    // isUsable() false when the rules cannot be screened (a pattern without a literal) or the
    // encoding is not ASCII-compatible: callers then parse every line.
    // `sample` (the start of the file) tunes which part of each literal the filter keys on.
    CandidateScreen(const RuleBook &rules, lt::text::TextEncoding encoding, LogFormat format,
                    QByteArrayView sample = {});

    bool isUsable() const { return m_usable; }

    // Appends the offsets of verified hits whose filter position is in [begin, end) (ascending;
    // a long needle may start a little before begin) and returns the line ends in [begin, end)
    // (countLineEnds(), counted in the same pass). `data` is the whole file (bytes up to fileEnd
    // may be read to verify a hit).
    qint64 scan(const char *data, qint64 begin, qint64 end, qint64 fileEnd, std::vector<qint64> &hits) const;

    // Line ends in [begin, end): LF, CRLF (counted once) and lone CR, as the line splitter
    // counts them. `fileEnd` bounds the look-ahead for a CR's LF.
    static qint64 countLineEnds(const char *data, qint64 begin, qint64 end, qint64 fileEnd);

    // Tests: false forces the plain C++ path that CPUs without AVX2 take (default true).
    static void setVectorised(bool on);

private:
    // What must follow a needle for its line to count: a failure code (8 hex digits from 8-F),
    // after blanks, or after blanks, '=' and blanks ("hr = 8024402c").
    enum class Verify { None, HexAfter, HexAfterSpaces, HexAfterEquals };
    struct Needle {
        QByteArray bytes;
        bool caseSensitive = false;
        Verify verify = Verify::None;
        int window = 0;   // offset of the bytes the Teddy filter keys on (its rarest)
        // For needles shorter than the fingerprint: the bytes allowed at each position past
        // the needle (empty: any), so "0x" is filtered on "0x" + 8-F.
        std::array<QByteArray, 2> follow;
    };

    void scanTriggers(const char *data, qint64 begin, qint64 end, qint64 fileEnd, std::vector<qint64> &hits) const;
    void scanHigh(const char *data, qint64 begin, qint64 end, qint64 fileEnd, std::vector<qint64> &hits) const;

    bool needleHit(const Needle &needle, const char *data, qint64 at, qint64 fileEnd) const;
    void buildTeddy(QByteArrayView sample);
    bool highHit(const char *data, qint64 at, qint64 fileEnd) const;
    qint64 scanFusedAvx2(const char *data, qint64 begin, qint64 end, qint64 fileEnd, std::vector<qint64> &hits) const;

    QList<Needle> m_needles;       // ASCII-led: Teddy buckets (one by one without AVX2)
    std::vector<std::vector<qsizetype>> m_buckets;   // needle indexes per Teddy bucket
    static constexpr int Fingerprint = 4;   // bytes per needle the Teddy filter tests
    std::array<uchar, Fingerprint * 16> m_lo{};  // per fingerprint byte and low nibble: bucket bits
    std::array<uchar, Fingerprint * 16> m_hi{};  // same for the high nibble
    QList<Needle> m_highNeedles;   // starting with a non-ASCII byte: one pass over those bytes
    bool m_markContinuations = false;   // lines join entries: continuation lines are candidates
    bool m_usable = false;
};

} // namespace lt::triage
