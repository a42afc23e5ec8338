#include "keywordgate.h"

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

QStringList requiredLiterals(const QString &pattern)
{
    QStringList literals;
    QString best, run;
    int depth = 0;
    bool inClass = false;
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    static const QString special = QStringLiteral(".^$()[]{}|*+?\\");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (inClass) {
            if (c == u'\\')
                ++i;
            else if (c == u']')
                inClass = false;
            continue;
        }
        if (c == u'\\') {
            endRun();
            ++i;   // an escape (\s, \*, \d...) is not kept as literal text
        } else if (c == u'[') {
            endRun();
            inClass = true;
        } else if (c == u'(') {
            endRun();
            ++depth;
        } else if (c == u')') {
            depth = qMax(0, depth - 1);
        } else if (c == u'|' && depth == 0) {
            endRun();
            literals.append(best);
            best.clear();
        } else if (depth > 0) {
            continue;   // inside a group: may be optional or alternated
        } else if (c == u'?' || c == u'*' || c == u'{') {
            if (!run.isEmpty())
                run.chop(1);   // the quantified character is optional
            endRun();
            if (c == u'{') {
                while (i < pattern.size() && pattern[i] != u'}')
                    ++i;
            }
        } else if (special.contains(c)) {
            endRun();
        } else {
            run += c;
        }
    }
    endRun();
    literals.append(best);
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
            for (qsizetype k : m_byKey.value(h)) {
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
