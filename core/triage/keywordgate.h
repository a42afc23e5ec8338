#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lt::triage {

// The literals of a regex's top-level alternatives, one per alternative: the longest run of plain
// characters that every match of that alternative contains. Empty when some alternative has no
// such run of at least 3 characters (the regex then cannot be pre-screened).
QStringList requiredLiterals(const QString &pattern);

// A cheap case-insensitive "does the text contain any of these words" test, one pass over the
// text with a first-character table. It screens lines before the rule regexes run: on a CBS log
// almost no line contains any rule keyword, and this is many times faster than the regexes.
class KeywordGate final
{
public:
    KeywordGate() = default;
    explicit KeywordGate(const QStringList &keywords);

    bool matches(QStringView text) const;
    bool isEmpty() const { return m_keywords.isEmpty(); }

private:
    static quint16 key(char16_t a, char16_t b, char16_t c);

    QList<QString> m_keywords;                 // case-folded, at least 3 characters
    QList<quint64> m_seen;                     // bitset over key(): first three folded characters
    QHash<quint16, QList<qsizetype>> m_byKey;  // key -> keyword indexes
};

} // namespace lt::triage
