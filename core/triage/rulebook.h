#pragma once

#include "keywordgate.h"
#include "minifiltertable.h"
#include "rule.h"

#include <QList>
#include <QString>

#include <optional>

namespace lt::triage {

// The rule knowledge base: rules, noise filters and the minifilter table, loaded from
// resources/rules/*.json (":/rules/", format in docs/rules.md). Immutable after loading, so one
// instance is shared by all triage threads.
class RuleBook final
{
public:
    // Loaded once; a broken built-in file is a build defect (tests load every file).
    static const RuleBook &builtin();
    // Loads every *.json of a directory (or resource directory). nullopt + *error on any defect:
    // bad JSON, unknown format id, invalid regex, missing zh/en text, duplicate id, ...
    static std::optional<RuleBook> loadDirectory(const QString &dir, QString *error);
    // Adds one file's rules/noise; false + *error on a defect.
    bool addJson(const QByteArray &json, const QString &fileName, QString *error);

    const QList<Rule> &rules() const { return m_rules; }
    const QList<NoiseEntry> &noise() const { return m_noise; }
    const MinifilterTable &minifilters() const { return m_minifilters; }
    const Rule *rule(const QString &id) const;

    // One keyword scan of a message for every pattern of the book (conditions and noise): each
    // pattern's regex then runs only when one of its keywords is there (few log lines).
    MessageScan scanMessage(QStringView message) const;
    // Whether some code-less condition's pattern may match the message (its gate lets it through).
    bool mayMatchPatterns(QStringView message) const;

    // The id of the noise entry that explains away `code` on this record, or empty.
    QString noiseFor(quint32 code, const LogRecord &record, LogFormat format) const;
    QString noiseFor(quint32 code, const LogRecord &record, LogFormat format, const MessageScan &scan) const;

private:
    void rebuildPatternGates();

    QList<Rule> m_rules;
    KeywordGate m_keywords;            // the literals of every pattern
    QList<NoiseEntry> m_noise;
    MinifilterTable m_minifilters;
};

} // namespace lt::triage
