#include "keywordgate.h"

namespace lt::triage {
namespace {

char16_t fold(QChar c)
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

KeywordGate::KeywordGate(const QStringList &keywords)
    : m_byFirst(256)
{
    for (const QString &k : keywords) {
        if (k.isEmpty())
            continue;
        QString folded;
        for (QChar c : k)
            folded += QChar(fold(c));
        if (m_keywords.contains(folded))
            continue;
        m_byFirst[folded[0].unicode() & 0xff].append(m_keywords.size());
        m_keywords.append(folded);
    }
}

bool KeywordGate::matches(QStringView text) const
{
    if (m_keywords.isEmpty())
        return false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = fold(text[i]);
        const QList<qsizetype> &candidates = m_byFirst[c & 0xff];
        for (qsizetype k : candidates) {
            const QString &word = m_keywords[k];
            if (word.size() > n - i || word[0].unicode() != c)
                continue;
            qsizetype j = 1;
            while (j < word.size() && fold(text[i + j]) == word[j].unicode())
                ++j;
            if (j == word.size())
                return true;
        }
    }
    return false;
}

} // namespace lt::triage
