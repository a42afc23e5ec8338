#pragma once

#include "encodingdetector.h"
#include "searchoptions.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

namespace lt::text {

// A compiled search: the regular expression (PCRE2 with JIT, via QRegularExpression) plus a
// literal every match must contain, encoded like the file, so whole chunks can be skipped with
// a SIMD substring scan and only candidate lines reach the regex engine.
// Thread-safety: const functions may be called from several threads at once.
class LineMatcher final
{
public:
    struct Span {
        qsizetype start;    // in UTF-16 units of the decoded line
        qsizetype length;
    };

    LineMatcher(const SearchOptions &options, TextEncoding encoding);

    bool isValid() const { return m_regex.isValid(); }
    QString errorString() const;
    const SearchOptions &options() const { return m_options; }

    bool matches(QStringView line) const;

    // Many lines joined by '\n' can be scanned with one regex call (bufferRegex(), multi-line
    // mode) when the pattern cannot tell a line end inside a buffer from the end of an
    // isolated line: no lookarounds, \A \z \Z \G, atomic groups, possessive quantifiers or
    // verbs. Every line one of its matches starts on is then confirmed with matches().
    bool supportsBufferedSearch() const { return m_bufferedSafe; }
    const QRegularExpression &bufferRegex() const { return m_bufferRegex; }
    // Every match in a decoded line (for highlighting); empty when none.
    QList<Span> matchSpans(QStringView line) const;

    // The literal (in the file's encoding) that every matching line contains; empty when the
    // pattern has none usable. Case-insensitive literals are ASCII only.
    const QByteArray &requiredLiteral() const { return m_literal; }
    bool literalIsCaseSensitive() const { return m_options.caseSensitive; }
    // True when finding the literal in a line already proves the line matches.
    bool literalIsWholeMatch() const { return m_literalIsWholeMatch; }
    // For a top-level alternation: a matching line holds at least one of these (else empty).
    const QList<QByteArray> &anyOfLiterals() const { return m_anyOfLiterals; }
    // Further literals a matching line must also contain (cheap rejection before the regex).
    const QList<QByteArray> &otherLiterals() const { return m_otherLiterals; }

    // Every literal a match of `regexPattern` must contain, longest first; empty if unknown
    // (exposed for tests). Conservative: never returns a string a match could lack.
    static QStringList extractRequiredLiterals(const QString &regexPattern);
    static QString extractRequiredLiteral(const QString &regexPattern)
    {
        return extractRequiredLiterals(regexPattern).value(0);
    }
    // For "a|b|c" at top level: one required literal per alternative, or empty if any
    // alternative has none.
    static QList<QString> extractAlternativeLiterals(const QString &regexPattern);

private:
    SearchOptions m_options;
    QRegularExpression m_regex;
    QRegularExpression m_bufferRegex;
    bool m_bufferedSafe = false;
    QByteArray m_literal;
    QList<QByteArray> m_otherLiterals;
    QList<QByteArray> m_anyOfLiterals;
    bool m_literalIsWholeMatch = false;
};

} // namespace lt::text
