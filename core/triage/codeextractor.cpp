#include "codeextractor.h"

#include "asciiclass.h"
#include "text/textdecoder.h"

#include <optional>
#include <string_view>

namespace lt::triage {

bool mayContainCode(QStringView text)
{
    // Every form has "0x", a tab, or 8 hex digits right after '[', '=', "error " or "status ".
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'0' && (text[i + 1] == u'x' || text[i + 1] == u'X'))
            return true;
        if (c == u'\t')
            return true;
        if (c == u'[' || c == u'=' || c == u' ') {
            qsizetype j = i + 1;
            while (j < n && text[j] == u' ')
                ++j;
            qsizetype hex = 0;
            while (j + hex < n && hex < 9 && ascii::isHex(text[j + hex].unicode()))
                ++hex;
            if (hex == 8)
                return true;
        }
    }
    return false;
}

namespace {

// The code forms, as the regex (case-insensitive, ASCII \w, \s and \b)
//   (gle\s*=\s*)?(?<![@\w])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Fa-f])(?:\s*(?:-\s*|\()(?-i:([A-Z][A-Z0-9_]{3,}))\)?)?
//   | (?:\bhr\s*=\s*|\bHRESULT\s*=\s*|\[|\berror\s+|\bstatus\s+|\t)([89A-Fa-f][0-9A-Fa-f]{7})(?=[\]\s,.:;)]|$)
// matched globally, written as a scanner: it runs on every candidate line of a log, and the
// regex was a tenth of the triage time of a busy CBS log. tst_logparsers checks the two agree.
class CodeScanner
{
public:
    explicit CodeScanner(QStringView text) : m_text(text) {}

    struct Match {
        qsizetype end = 0;
        QStringView digits;
        QStringView name;
        bool secondary = false;
    };

    // The next match starting at or after `from`, or nullopt.
    std::optional<Match> next(qsizetype from) const
    {
        for (qsizetype s = from; s < m_text.size(); ++s) {
            // Only these characters start a match: skip the rest without a call.
            switch (m_text[s].unicode()) {
            case u'0': case u'g': case u'G':
                if (auto m = prefixed(s))
                    return m;
                break;
            case u'[': case u'\t': case u'h': case u'H': case u'e': case u'E': case u's': case u'S': case 0x017f:
                if (auto m = bare(s))
                    return m;
                break;
            default:
                break;
            }
        }
        return std::nullopt;
    }

private:
    char16_t at(qsizetype i) const { return i < m_text.size() ? m_text[i].unicode() : char16_t(0); }
    // Case-insensitive ASCII letter compare; U+017F (long s) matches 's' as in PCRE.
    bool letterAt(qsizetype i, char16_t lower) const
    {
        const char16_t c = at(i);
        return c == lower || c == char16_t(lower - 32) || (lower == u's' && c == 0x017f);
    }
    bool wordAt(qsizetype i, std::u16string_view lower) const
    {
        for (size_t k = 0; k < lower.size(); ++k) {
            if (!letterAt(i + qsizetype(k), lower[k]))
                return false;
        }
        return true;
    }
    static bool isUpper(char16_t c) { return c >= u'A' && c <= u'Z'; }
    qsizetype skipSpaces(qsizetype i) const
    {
        while (i < m_text.size() && ascii::isSpace(m_text[i].unicode()))
            ++i;
        return i;
    }
    // \b: a word character on one side only (U+017F, which matches 's', is no word character).
    bool startsWord(qsizetype i) const { return ascii::isWord(at(i)) != (i > 0 && ascii::isWord(at(i - 1))); }
    bool hexRun(qsizetype i, qsizetype count) const
    {
        for (qsizetype k = 0; k < count; ++k) {
            if (!ascii::isHex(at(i + k)) || i + k >= m_text.size())
                return false;
        }
        return true;
    }

    // "0x" + 8 hex digits at q (not after '@' or a word character unless after "gle ="), then
    // an optional " - NAME" / "(NAME)".
    std::optional<Match> zeroX(qsizetype q, bool afterGle) const
    {
        if (at(q) != u'0' || (at(q + 1) != u'x' && at(q + 1) != u'X') || !hexRun(q + 2, 8) || ascii::isHex(at(q + 10)))
            return std::nullopt;
        if (!afterGle && q > 0 && (at(q - 1) == u'@' || ascii::isWord(at(q - 1))))
            return std::nullopt;
        Match m{q + 10, m_text.sliced(q + 2, 8), {}, afterGle};
        qsizetype r = skipSpaces(q + 10);
        if (at(r) == u'-')
            r = skipSpaces(r + 1);
        else if (at(r) == u'(')
            ++r;
        else
            return m;
        if (!isUpper(at(r)))
            return m;
        qsizetype e = r + 1;
        while (e < m_text.size() && (isUpper(at(e)) || (at(e) >= u'0' && at(e) <= u'9') || at(e) == u'_'))
            ++e;
        if (e - r < 4)
            return m;
        m.name = m_text.sliced(r, e - r);
        m.end = at(e) == u')' ? e + 1 : e;
        return m;
    }

    // Alternative 1: [gle =] 0x...
    std::optional<Match> prefixed(qsizetype s) const
    {
        if (letterAt(s, u'g') && letterAt(s + 1, u'l') && letterAt(s + 2, u'e')) {
            qsizetype q = skipSpaces(s + 3);
            if (at(q) == u'=') {
                if (auto m = zeroX(skipSpaces(q + 1), true))
                    return m;
            }
        }
        return zeroX(s, false);
    }

    // Alternative 2: "hr =", "HRESULT =", '[', "error ", "status ", tab, then 8 hex digits from 8-F.
    std::optional<Match> bare(qsizetype s) const
    {
        qsizetype d = -1;
        const char16_t c = at(s);
        if (c == u'[' || c == u'\t') {
            d = s + 1;
        } else if (startsWord(s)) {
            const auto afterEquals = [this](qsizetype i) {
                i = skipSpaces(i);
                return at(i) == u'=' ? skipSpaces(i + 1) : qsizetype(-1);
            };
            const auto afterSpaces = [this](qsizetype i) { return ascii::isSpace(at(i)) ? skipSpaces(i) : qsizetype(-1); };
            if (wordAt(s, u"hr") && (d = afterEquals(s + 2)) >= 0) {
            } else if (wordAt(s, u"hresult") && (d = afterEquals(s + 7)) >= 0) {
            } else if (wordAt(s, u"error") && (d = afterSpaces(s + 5)) >= 0) {
            } else if (wordAt(s, u"status") && (d = afterSpaces(s + 6)) >= 0) {
            } else {
                d = -1;
            }
        }
        if (d < 0 || d >= m_text.size())
            return std::nullopt;
        const char16_t first = at(d);
        if (!((first >= u'8' && first <= u'9') || (first >= u'a' && first <= u'f') || (first >= u'A' && first <= u'F'))
            || !hexRun(d, 8))
            return std::nullopt;
        const qsizetype end = d + 8;
        const char16_t after = at(end);
        if (end < m_text.size() && !(after == u']' || ascii::isSpace(after) || after == u',' || after == u'.' || after == u':'
                                      || after == u';' || after == u')'))
            return std::nullopt;
        return Match{end, m_text.sliced(d, 8), {}, false};
    }

    QStringView m_text;
};

} // namespace

QList<RecordCode> extractCodes(QStringView text)
{
    QList<RecordCode> codes;
    if (!mayContainCode(text))
        return codes;
    const CodeScanner scanner(text);
    for (auto m = scanner.next(0); m; m = scanner.next(m->end)) {
        bool ok = false;
        const quint32 value = m->digits.toUInt(&ok, 16);
        if (!ok || (value & 0x80000000u) == 0)
            continue;   // success and informational codes are not failures
        RecordCode code;
        code.value = value;
        code.role = m->secondary ? CodeRole::Secondary : CodeRole::Primary;
        // "Unknown Error" is what CBS prints when it cannot name a code.
        if (!m->name.isEmpty() && m->name.compare(u"Unknown", Qt::CaseInsensitive) != 0)
            code.name = m->name.toString();
        bool duplicate = false;
        for (RecordCode &c : codes) {
            if (c.value == code.value) {
                duplicate = true;
                if (code.role == CodeRole::Primary)
                    c.role = CodeRole::Primary;
                if (c.name.isEmpty())
                    c.name = code.name;
            }
        }
        if (!duplicate)
            codes.append(code);
    }
    return codes;
}

} // namespace lt::triage
