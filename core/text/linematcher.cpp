#include "linematcher.h"

#include <QStringEncoder>

#include <algorithm>

namespace lt::text {
namespace {

bool isQuantifierStart(QChar c) { return c == u'*' || c == u'+' || c == u'?' || c == u'{'; }

// Skips a character class "[...]" starting at i; returns the index after it.
qsizetype skipClass(const QString &p, qsizetype i)
{
    ++i;                                   // '['
    if (i < p.size() && p[i] == u'^') ++i;
    if (i < p.size() && p[i] == u']') ++i; // a leading ']' is literal
    while (i < p.size() && p[i] != u']') {
        if (p[i] == u'\\') ++i;
        else if (p[i] == u'[' && i + 1 < p.size() && p[i + 1] == u':') {  // [:alpha:]
            const qsizetype close = p.indexOf(QStringLiteral(":]"), i + 2);
            if (close > 0) i = close + 1;
        }
        ++i;
    }
    return i + 1;
}

// Skips a group "(...)" starting at i (nested groups and classes included).
qsizetype skipGroup(const QString &p, qsizetype i)
{
    int depth = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == u'\\') { i += 2; continue; }
        if (c == u'[') { i = skipClass(p, i); continue; }
        if (c == u'(') ++depth;
        else if (c == u')' && --depth == 0) return i + 1;
        ++i;
    }
    return i;
}

// Skips a quantifier at i ("*", "+?", "{2,3}+"...) and says whether it allows zero repeats.
qsizetype skipQuantifier(const QString &p, qsizetype i, bool *optional)
{
    const QChar c = p[i];
    *optional = c != u'+';
    if (c == u'{') {
        const qsizetype close = p.indexOf(u'}', i);
        if (close < 0) return p.size();
        // {n,...} with n >= 1 keeps the atom; we still end the run there (it may repeat).
        bool ok = false;
        const int min = p.mid(i + 1, close - i - 1).section(u',', 0, 0).toInt(&ok);
        *optional = !ok || min == 0;
        i = close + 1;
    } else {
        ++i;
    }
    if (i < p.size() && (p[i] == u'?' || p[i] == u'+')) ++i;   // lazy / possessive
    return i;
}

QByteArray encodeLiteral(const QString &literal, TextEncoding encoding, bool caseSensitive)
{
    if (literal.isEmpty())
        return {};
    if (!caseSensitive) {
        // Byte-level case folding only knows ASCII.
        for (const QChar c : literal)
            if (c.unicode() > 0x7F) return {};
    }
    switch (encoding) {
    case TextEncoding::Utf8: return literal.toUtf8();
    case TextEncoding::Latin1:
        for (const QChar c : literal)
            if (c.unicode() > 0xFF) return {};
        return literal.toLatin1();
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
    case TextEncoding::Gb18030: {
        QStringEncoder enc(codecName(encoding));
        if (!enc.isValid()) return {};
        QByteArray out = enc.encode(literal);
        return enc.hasError() ? QByteArray() : out;
    }
    }
    return {};
}

// Inline options ((?i), (?x:...)) and \Q..\E change what the text means: no literals then.
// Groups, lookarounds and named groups are fine (they are skipped as a whole).
bool hasUnsupportedSyntax(const QString &p)
{
    if (p.contains(QStringLiteral("\\Q")))
        return true;
    for (qsizetype i = p.indexOf(QStringLiteral("(?")); i >= 0; i = p.indexOf(QStringLiteral("(?"), i + 2)) {
        if (i > 0 && p[i - 1] == u'\\')
            continue;
        const QChar next = i + 2 < p.size() ? p[i + 2] : QChar();
        if (!QStringLiteral(":=!<>|").contains(next))
            return true;
    }
    return false;
}

// The top-level alternatives of a pattern ("a|b(c|d)" -> "a", "b(c|d)").
QStringList topLevelAlternatives(const QString &p)
{
    QStringList out;
    qsizetype start = 0, i = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == u'\\') { i += 2; continue; }
        if (c == u'[') { i = skipClass(p, i); continue; }
        if (c == u'(') { i = skipGroup(p, i); continue; }
        if (c == u'|') { out << p.mid(start, i - start); start = i + 1; }
        ++i;
    }
    out << p.mid(start);
    return out;
}

// See LineMatcher::supportsBufferedSearch().
bool isSafeForBufferedSearch(const QString &p)
{
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p[i];
        if (c == u'\\') {
            if (i + 1 < p.size() && QStringLiteral("AzZGK").contains(p[i + 1]))
                return false;
            ++i;
            continue;
        }
        if (c == u'[') {
            i = skipClass(p, i) - 1;
            continue;
        }
        if (c == u'(' && i + 1 < p.size() && (p[i + 1] == u'*'
                || (p[i + 1] == u'?' && (i + 2 >= p.size() || p[i + 2] != u':'))))
            return false;   // verbs, lookarounds, atomic groups, inline options, conditionals
        if (c == u'+' && i > 0 && QStringLiteral("*+?}").contains(p[i - 1]) && p[i - 1] != u'\\')
            return false;   // possessive quantifier
    }
    return true;
}

} // namespace

QList<QString> LineMatcher::extractAlternativeLiterals(const QString &p)
{
    if (hasUnsupportedSyntax(p))
        return {};
    const QStringList alternatives = topLevelAlternatives(p);
    if (alternatives.size() < 2)
        return {};
    QList<QString> out;
    for (const QString &alternative : alternatives) {
        const QString literal = extractRequiredLiteral(alternative);
        if (literal.isEmpty())
            return {};   // one alternative can match without any literal: no prefilter
        out << literal;
    }
    return out;
}

QStringList LineMatcher::extractRequiredLiterals(const QString &p)
{
    if (hasUnsupportedSyntax(p) || topLevelAlternatives(p).size() > 1)
        return {};
    QStringList runs;
    QString run;
    auto endRun = [&] {
        if (!run.isEmpty()) runs << run;
        run.clear();
    };
    qsizetype i = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        QString atom;          // a literal character, or empty for anything else
        qsizetype next = i + 1;
        if (c == u'\\') {
            if (i + 1 >= p.size()) return {};
            const QChar e = p[i + 1];
            next = i + 2;
            if (!e.isLetterOrNumber() && e.unicode() < 0x80)
                atom = e;   // \. \[ \\ ...
            else if (QStringLiteral("xpPkgcoNu").contains(e) || e.isDigit())
                return {};  // escapes with arguments (\x41, \p{L}, \1...): too rare to parse
            // \d \w \b \t etc: one character class or assertion, not a literal
        } else if (c == u'[') {
            next = skipClass(p, i);
        } else if (c == u'(') {
            next = skipGroup(p, i);
        } else if (c == u'.' || c == u'^' || c == u'$') {
        } else if (isQuantifierStart(c)) {
            bool optional = true;
            next = skipQuantifier(p, i, &optional);
        } else {
            atom = c;
        }
        if (next < p.size() && isQuantifierStart(p[next])) {
            bool optional = true;
            next = skipQuantifier(p, next, &optional);
            if (!atom.isEmpty() && !optional)
                run += atom;          // x+ : one x is certain, what follows is not adjacent
            endRun();
            i = next;
            continue;
        }
        if (atom.isEmpty())
            endRun();
        else
            run += atom;
        i = next;
    }
    endRun();
    std::stable_sort(runs.begin(), runs.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return runs;
}

LineMatcher::LineMatcher(const SearchOptions &options, TextEncoding encoding)
    : m_options(options)
{
    QString pattern = options.regex ? options.pattern : QRegularExpression::escape(options.pattern);
    if (options.wholeWord)
        pattern = QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(pattern);
    QRegularExpression::PatternOptions flags = QRegularExpression::NoPatternOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(pattern, flags);
    m_regex.optimize();
    // Our whole-word wrapper only looks at \w, which a line end never is: still safe.
    m_bufferedSafe = m_regex.isValid()
        && isSafeForBufferedSearch(options.regex ? options.pattern
                                                 : QRegularExpression::escape(options.pattern));
    if (m_bufferedSafe) {
        m_bufferRegex = QRegularExpression(pattern, flags | QRegularExpression::MultilineOption);
        m_bufferRegex.optimize();
    }

    const QStringList literals = options.regex ? extractRequiredLiterals(options.pattern)
                                               : QStringList{options.pattern};
    for (const QString &literal : literals) {
        const QByteArray encoded = encodeLiteral(literal, encoding, options.caseSensitive);
        if (encoded.isEmpty())
            continue;
        if (m_literal.isEmpty())
            m_literal = encoded;
        else
            m_otherLiterals << encoded;
    }
    if (m_literal.isEmpty() && options.regex) {
        // "error|fail|0x8007": a line must hold one of the alternatives' literals.
        for (const QString &literal : extractAlternativeLiterals(options.pattern)) {
            const QByteArray encoded = encodeLiteral(literal, encoding, options.caseSensitive);
            if (encoded.isEmpty()) {
                m_anyOfLiterals.clear();
                break;
            }
            m_anyOfLiterals << encoded;
        }
    }
    // Raw bytes prove a match only where a byte match is a character match.
    m_literalIsWholeMatch = !options.regex && !options.wholeWord && options.caseSensitive
        && !m_literal.isEmpty()
        && (encoding == TextEncoding::Utf8 || encoding == TextEncoding::Latin1);
}

QString LineMatcher::errorString() const
{
    if (m_options.pattern.isEmpty())
        return {};
    return m_regex.isValid() ? QString() : m_regex.errorString();
}

bool LineMatcher::matches(QStringView line) const
{
    return m_regex.matchView(line).hasMatch();
}

QList<LineMatcher::Span> LineMatcher::matchSpans(QStringView line) const
{
    QList<Span> spans;
    auto it = m_regex.globalMatchView(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            spans.append({m.capturedStart(), m.capturedLength()});
    }
    return spans;
}

} // namespace lt::text
