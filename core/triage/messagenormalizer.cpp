#include "messagenormalizer.h"


namespace lt::triage {
namespace {

inline bool isAsciiHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

inline bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

// \w, \d and \s as QRegularExpression has them without UseUnicodePropertiesOption: ASCII only
// (a CJK letter is no word character, so "第3次" holds the number word "3").
inline bool isWordChar(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

inline bool isSpaceChar(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// 8-4-4-4-12 hex digits with dashes at s[p].
bool guidBodyAt(QStringView s, qsizetype p)
{
    if (p + 36 > s.size())
        return false;
    for (qsizetype k = 0; k < 36; ++k) {
        const char16_t c = s[p + k].unicode();
        const bool dash = k == 8 || k == 13 || k == 18 || k == 23;
        if (dash ? c != u'-' : !isAsciiHex(c))
            return false;
    }
    return true;
}

QString replaceGuids(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        qsizetype end = -1;
        if (s[i] == u'{' && guidBodyAt(s, i + 1))
            end = i + 37;
        else if (guidBodyAt(s, i))
            end = i + 36;
        if (end < 0) {
            out += s[i++];
            continue;
        }
        if (end < s.size() && s[end] == u'}')
            ++end;
        out += u"{guid}";
        i = end;
    }
    return out;
}

// Length of a path prefix at s[i]: \\?\, \??\, X:\ or %name%\ (0 when none).
qsizetype pathPrefixAt(QStringView s, qsizetype i)
{
    const auto at = [s](qsizetype k) { return k < s.size() ? s[k].unicode() : char16_t(0); };
    const char16_t c = at(i);
    if (c == u'\\' && at(i + 1) == u'\\' && at(i + 2) == u'?' && at(i + 3) == u'\\')
        return 4;
    if (c == u'\\' && at(i + 1) == u'?' && at(i + 2) == u'?' && at(i + 3) == u'\\')
        return 4;
    if (((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')) && at(i + 1) == u':' && at(i + 2) == u'\\')
        return 3;
    if (c == u'%') {
        qsizetype k = i + 1;
        while (k < s.size() && isWordChar(s[k].unicode()))
            ++k;
        if (k > i + 1 && at(k) == u'%' && at(k + 1) == u'\\')
            return k + 2 - i;
    }
    return 0;
}

// Where a run of characters not in `stops` (nor blanks) starting at p ends.
qsizetype runEnd(QStringView s, qsizetype p, QStringView stops)
{
    while (p < s.size() && !stops.contains(s[p]) && !isSpaceChar(s[p].unicode()))
        ++p;
    return p;
}

QString replacePaths(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype prefix = pathPrefixAt(s, i);
        if (!prefix) {
            out += s[i++];
            continue;
        }
        out += u"<path>";
        i = runEnd(s, i + prefix, u"][,;\"'<>|");
    }
    return out;
}

QString replaceIdentities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        bool identity = s[i] == u'~' && i + 17 < s.size() && s[i + 17] == u'~';
        for (qsizetype k = 1; identity && k <= 16; ++k)
            identity = isLowerHex(s[i + k].unicode());
        if (!identity) {
            out += s[i++];
            continue;
        }
        out += u"~<id>";
        i = runEnd(s, i + 18, u"][,;");
    }
    return out;
}

// End of a number word starting at p ([0-9A-Fa-f]*\d[0-9A-Fa-f]*\b), or -1: the whole hex run,
// when it holds a digit and no word character follows (shorter runs would end inside the word).
qsizetype numberEnd(QStringView s, qsizetype p)
{
    qsizetype r = p;
    bool digit = false;
    while (r < s.size() && isAsciiHex(s[r].unicode())) {
        digit = digit || (s[r] >= u'0' && s[r] <= u'9');
        ++r;
    }
    return digit && (r == s.size() || !isWordChar(s[r].unicode())) ? r : -1;
}

QString replaceNumbers(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        // \b: matches start only where a word starts.
        qsizetype end = -1;
        if (isAsciiHex(s[i].unicode()) && (i == 0 || !isWordChar(s[i - 1].unicode()))) {
            if (s[i] == u'0' && i + 1 < s.size() && s[i + 1] == u'x')
                end = numberEnd(s, i + 2);
            if (end < 0)
                end = numberEnd(s, i);
        }
        if (end < 0) {
            out += s[i++];
            continue;
        }
        out += u'#';
        i = end;
    }
    return out;
}

} // namespace

QString normalizeMessage(QStringView message)
{
    return replaceNumbers(replaceIdentities(replacePaths(replaceGuids(message)))).simplified();
}

} // namespace lt::triage
