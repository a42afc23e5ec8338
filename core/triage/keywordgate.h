#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>

namespace lt::triage {

// Literals of which every match of a regex holds one: per top-level alternative, the longest run
// of plain characters that every match of that alternative contains, multiplied out over plain
// groups ("client (?:A|B)" gives "client A" and "client B", up to 16 variants). Empty when some
// alternative has no such run of at least 3 characters (the regex then cannot be pre-screened).
QStringList requiredLiterals(const QString &pattern);

// A cheap case-insensitive "does the text contain any of these words" test, one pass over the
// text with a first-character table. It screens lines before the rule regexes run: on a CBS log
// almost no line contains any rule keyword, and this is many times faster than the regexes.
class KeywordGate final
{
public:
    // Keywords beyond this many are not told apart by find() (indexOf() gives -1 for them).
    static constexpr qsizetype MaxFound = 256;
    using Found = std::bitset<MaxFound>;

    KeywordGate() = default;
    explicit KeywordGate(const QStringList &keywords);

    bool matches(QStringView text) const;
    // Every keyword the text holds, in the same one pass: bit i is keyword indexOf() == i.
    Found find(QStringView text) const;
    // The keyword's bit in find(), or -1 (not a keyword of this gate, or past MaxFound).
    qsizetype indexOf(const QString &keyword) const;
    bool isEmpty() const { return m_keywords.isEmpty(); }

private:
    static quint16 key(char16_t a, char16_t b, char16_t c);
    static QString folded(const QString &keyword);
    // Calls onHit(index) for each keyword occurrence until it returns false.
    template<typename OnHit>
    void scan(QStringView text, OnHit &&onHit) const;

    QList<QString> m_keywords;                 // case-folded, at least 3 characters
    QList<quint64> m_seen;                     // bitset over key(): first three folded characters
    QHash<quint16, QList<qsizetype>> m_byKey;  // key -> keyword indexes
};

} // namespace lt::triage
