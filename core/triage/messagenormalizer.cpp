#include "messagenormalizer.h"

#include "asciiclass.h"

#include <utility>

namespace lt::triage {
namespace {

inline bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

// 8-4-4-4-12 hex digits with dashes at s[p].
bool guidBodyAt(QStringView s, qsizetype p)
{
    if (p + 36 > s.size())
        return false;
    for (qsizetype k = 0; k < 36; ++k) {
        const char16_t c = s[p + k].unicode();
        const bool dash = k == 8 || k == 13 || k == 18 || k == 23;
        if (dash ? c != u'-' : !ascii::isHex(c))
            return false;
    }
    return true;
}

// Each pass copies the text between replacements in slices, and returns the input itself
// (no copy) when its trigger character is absent, as in most messages.
class Rewriter
{
public:
    explicit Rewriter(QStringView in) : m_in(in) {}
    void replace(qsizetype from, qsizetype to, QStringView with)
    {
        if (m_out.isNull())
            m_out.reserve(m_in.size());
        m_out.append(m_in.sliced(m_copied, from - m_copied));
        m_out.append(with);
        m_copied = to;
    }
    QString result()
    {
        if (m_out.isNull())
            return m_in.toString();
        m_out.append(m_in.sliced(m_copied));
        return std::move(m_out);
    }

private:
    QStringView m_in;
    QString m_out;
    qsizetype m_copied = 0;
};

QString replaceGuids(QStringView s)
{
    Rewriter out(s);
    // A GUID holds '-' 8 characters in: look only around dashes.
    for (qsizetype dash = s.indexOf(u'-'), done = 0; dash >= 0; dash = s.indexOf(u'-', qMax(dash + 1, done))) {
        // The leftmost start whose body has its first dash here, braced first.
        const qsizetype i = dash - 8;
        if (i < done || i < 0)
            continue;
        qsizetype start = -1, end = -1;
        if (i > 0 && i - 1 >= done && s[i - 1] == u'{' && guidBodyAt(s, i)) {
            start = i - 1;
            end = i + 36;
        } else if (guidBodyAt(s, i)) {
            start = i;
            end = i + 36;
        }
        if (start < 0)
            continue;
        if (end < s.size() && s[end] == u'}')
            ++end;
        out.replace(start, end, u"{guid}");
        done = end;
    }
    return out.result();
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
        while (k < s.size() && ascii::isWord(s[k].unicode()))
            ++k;
        if (k > i + 1 && at(k) == u'%' && at(k + 1) == u'\\')
            return k + 2 - i;
    }
    return 0;
}

// Where a run of characters not in `stops` (nor blanks) starting at p ends.
qsizetype runEnd(QStringView s, qsizetype p, QStringView stops)
{
    while (p < s.size() && !stops.contains(s[p]) && !ascii::isSpace(s[p].unicode()))
        ++p;
    return p;
}

QString replacePaths(QStringView s)
{
    // Every prefix holds '\\' or starts with '%'.
    if (!s.contains(u'\\') && !s.contains(u'%'))
        return s.toString();
    Rewriter out(s);
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype prefix = pathPrefixAt(s, i);
        if (!prefix) {
            ++i;
            continue;
        }
        const qsizetype end = runEnd(s, i + prefix, u"][,;\"'<>|");
        out.replace(i, end, u"<path>");
        i = end;
    }
    return out.result();
}

QString replaceIdentities(QStringView s)
{
    Rewriter out(s);
    for (qsizetype i = s.indexOf(u'~'); i >= 0 && i < s.size(); i = s.indexOf(u'~', i)) {
        bool identity = i + 17 < s.size() && s[i + 17] == u'~';
        for (qsizetype k = 1; identity && k <= 16; ++k)
            identity = isLowerHex(s[i + k].unicode());
        if (!identity) {
            ++i;
            continue;
        }
        const qsizetype end = runEnd(s, i + 18, u"][,;");
        out.replace(i, end, u"~<id>");
        i = end;
    }
    return out.result();
}

// End of a number word starting at p ([0-9A-Fa-f]*\d[0-9A-Fa-f]*\b), or -1: the whole hex run,
// when it holds a digit and no word character follows (shorter runs would end inside the word).
qsizetype numberEnd(QStringView s, qsizetype p)
{
    qsizetype r = p;
    bool digit = false;
    while (r < s.size() && ascii::isHex(s[r].unicode())) {
        digit = digit || (s[r] >= u'0' && s[r] <= u'9');
        ++r;
    }
    return digit && (r == s.size() || !ascii::isWord(s[r].unicode())) ? r : -1;
}

QString replaceNumbers(QStringView s)
{
    Rewriter out(s);
    for (qsizetype i = 0; i < s.size();) {
        // \b: matches start only where a word starts.
        qsizetype end = -1;
        if (ascii::isHex(s[i].unicode()) && (i == 0 || !ascii::isWord(s[i - 1].unicode()))) {
            if (s[i] == u'0' && i + 1 < s.size() && s[i + 1] == u'x')
                end = numberEnd(s, i + 2);
            if (end < 0)
                end = numberEnd(s, i);
        }
        if (end < 0) {
            ++i;
            continue;
        }
        out.replace(i, end, u"#");
        i = end;
    }
    return out.result();
}

} // namespace

QString normalizeMessage(QStringView message)
{
    return replaceNumbers(replaceIdentities(replacePaths(replaceGuids(message)))).simplified();
}

} // namespace lt::triage
