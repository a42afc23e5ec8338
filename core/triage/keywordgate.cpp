#include "keywordgate.h"

#include <limits>
#include <optional>
#include <utility>

namespace lt::triage {
namespace {

inline char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    return c.toCaseFolded().unicode();
}

} // namespace

namespace {

const QString &specialChars()
{
    static const QString special = QStringLiteral(".^$()[]{}|*+?\\");
    return special;
}

// The alternatives of a plain group "(?:a|b)" or "(a|b)" starting at pattern[open] (only literal
// characters inside), and the index of its ')'; nullopt for any other group.
std::optional<std::pair<QStringList, qsizetype>> plainGroup(const QString &pattern, qsizetype open)
{
    qsizetype i = open + 1;
    if (pattern.mid(i, 2) == u"?:")
        i += 2;
    else if (i < pattern.size() && pattern[i] == u'?')
        return std::nullopt;   // (?i), (?<name>...), lookarounds
    QStringList alternatives{QString()};
    for (; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u')')
            return std::make_pair(alternatives, i);
        if (c == u'|')
            alternatives.append(QString());
        else if (specialChars().contains(c))
            return std::nullopt;
        else
            alternatives.last() += c;
    }
    return std::nullopt;
}

qsizetype shortest(const QStringList &variants)
{
    qsizetype n = std::numeric_limits<qsizetype>::max();
    for (const QString &v : variants)
        n = qMin(n, v.size());
    return n;
}

} // namespace

QStringList requiredLiterals(const QString &pattern)
{
    // Per top-level alternative: the run of literal text (with the variants of plain groups
    // multiplied in) whose shortest variant is longest. Every match of the alternative holds one
    // of that run's variants.
    constexpr qsizetype MaxVariants = 16;
    QStringList literals;
    QStringList best;
    QStringList run{QString()};
    QStringList beforeAtom = run;   // the run without its last character or group
    int depth = 0;
    bool inClass = false;
    const auto endRun = [&] {
        if (shortest(run) > (best.isEmpty() ? 0 : shortest(best)))
            best = run;
        run = {QString()};
        beforeAtom = run;
    };
    const auto append = [&](const QStringList &pieces) {
        beforeAtom = run;
        QStringList next;
        for (const QString &r : std::as_const(run)) {
            for (const QString &p : pieces)
                next.append(r + p);
        }
        run = next;
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (inClass) {
            if (c == u'\\')
                ++i;
            else if (c == u']')
                inClass = false;
            continue;
        }
        if (depth > 0) {   // inside a group that is not plain: may be optional or alternated
            if (c == u'\\')
                ++i;
            else if (c == u'(')
                ++depth;
            else if (c == u')')
                --depth;
            else if (c == u'[')
                inClass = true;
            continue;
        }
        if (c == u'\\') {
            endRun();
            ++i;   // an escape (\s, \*, \d...) is not kept as literal text
        } else if (c == u'[') {
            endRun();
            inClass = true;
        } else if (c == u'(') {
            const auto group = plainGroup(pattern, i);
            if (group && qsizetype(run.size() * group->first.size()) <= MaxVariants) {
                append(group->first);
                i = group->second;
            } else {
                endRun();
                depth = 1;
            }
        } else if (c == u'|') {
            endRun();
            if (best.isEmpty())
                return {};   // an alternative without literal text: anything may match
            literals += best;
            best.clear();
        } else if (c == u'?' || c == u'*' || c == u'{') {
            run = beforeAtom;   // the quantified character or group is optional
            endRun();
            if (c == u'{') {
                while (i < pattern.size() && pattern[i] != u'}')
                    ++i;
            }
        } else if (specialChars().contains(c)) {
            endRun();
        } else {
            append({QString(c)});
        }
    }
    endRun();
    if (best.isEmpty())
        return {};
    literals += best;
    for (const QString &l : std::as_const(literals)) {
        if (l.size() < 3)
            return {};
    }
    return literals;
}

quint16 KeywordGate::key(char16_t a, char16_t b, char16_t c)
{
    // Three characters are rare enough in log text that almost every position is rejected by
    // one bit test.
    return quint16((a * 31u * 31u + b * 31u + c) & 0xffff);
}

QString KeywordGate::folded(const QString &keyword)
{
    QString out;
    out.reserve(keyword.size());
    for (QChar c : keyword)
        out += QChar(fold(c));
    return out;
}

KeywordGate::KeywordGate(const QStringList &keywords)
    : m_seen(65536 / 64, 0)
{
    for (const QString &k : keywords) {
        if (k.size() < 3)
            continue;   // requiredLiterals() never gives these
        const QString word = folded(k);
        if (m_keywords.contains(word))
            continue;
        const quint16 h = key(word[0].unicode(), word[1].unicode(), word[2].unicode());
        m_seen[h / 64] |= quint64(1) << (h % 64);
        m_byKey[h].append(m_keywords.size());
        m_keywords.append(word);
    }
}

qsizetype KeywordGate::indexOf(const QString &keyword) const
{
    const qsizetype i = m_keywords.indexOf(folded(keyword));
    return i < MaxFound ? i : -1;
}

template<typename OnHit>
void KeywordGate::scan(QStringView text, OnHit &&onHit) const
{
    const qsizetype n = text.size();
    if (m_keywords.isEmpty() || n < 3)
        return;
    char16_t a = fold(text[0]);
    char16_t b = fold(text[1]);
    for (qsizetype i = 0; i + 2 < n; ++i) {
        const char16_t c = fold(text[i + 2]);
        const quint16 h = key(a, b, c);
        if (m_seen[h / 64] & (quint64(1) << (h % 64))) {
            const auto candidates = m_byKey.constFind(h);
            for (qsizetype k : *candidates) {
                const QString &word = m_keywords[k];
                if (word.size() > n - i || word[0].unicode() != a || word[1].unicode() != b || word[2].unicode() != c)
                    continue;
                qsizetype j = 3;
                while (j < word.size() && fold(text[i + j]) == word[j].unicode())
                    ++j;
                if (j == word.size() && !onHit(k))
                    return;
            }
        }
        a = b;
        b = c;
    }
}

bool KeywordGate::matches(QStringView text) const
{
    bool found = false;
    scan(text, [&found](qsizetype) {
        found = true;
        return false;
    });
    return found;
}

KeywordGate::Found KeywordGate::find(QStringView text) const
{
    Found found;
    scan(text, [&found](qsizetype k) {
        if (k < MaxFound)
            found.set(size_t(k));
        return true;
    });
    return found;
}

} // namespace lt::triage
