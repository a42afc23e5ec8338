#pragma once

#include "diagnosis.h"
#include "keywordgate.h"
#include "logformat.h"
#include "logrecord.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace lt::triage {

// What the pattern gates need to know of one message, found once per record
// (RuleBook::scanMessage): the rule book's keywords it holds, and whether it is well-formed
// UTF-16 (then the regexes skip their own check, which would read the whole line each time).
struct MessageScan {
    KeywordGate::Found keywords;
    bool validUtf16 = false;
};

// A pattern's keywords (requiredLiterals): the regex can only match a message holding one of
// them. `always` when they cannot be listed: the regex then runs on every message.
struct PatternGate {
    QStringList literals;      // requiredLiterals() of the pattern (the byte screen wants them too)
    KeywordGate::Found keywords;
    bool always = true;
    bool hasPattern = false;   // pattern().isEmpty() copies the pattern string: asked per record

    // Runs `pattern` on `text` unless the scan shows it cannot match.
    bool matches(const QRegularExpression &pattern, QStringView text, const MessageScan &scan) const;
};

// One condition of a rule, matched against single log records (docs/rules.md).
struct RuleCondition {
    QString id;
    QList<quint32> codes;          // any of them; empty = no code needed
    QRegularExpression pattern;    // on the message; invalid/empty = any message
    PatternGate gate;              // set by RuleBook when it loads the rule
    QList<LogFormat> formats;      // empty = any format
    bool failureOnly = true;       // the code must be a real failure (not filtered as noise);
                                   // without codes: the record must carry some real failure code
    bool optional = false;         // not required; adds `boost` confidence when present
    int boost = 0;
    // `scan` is the record message's RuleBook::scanMessage().
    bool matches(const LogRecord &record, LogFormat format, const QList<quint32> &failureCodes,
                 const MessageScan &scan) const;
};

// "the `to` condition happened between minMinutes and maxMinutes after the `from` condition".
struct TimingConstraint {
    QString from;
    QString to;
    double minMinutes = 0;
    double maxMinutes = 0;
};

struct Rule {
    QString id;
    LocalizedText title;
    LocalizedText explanation;
    int confidence = 50;
    QList<RuleCondition> conditions;
    QList<TimingConstraint> timing;
    bool needsThirdPartyFilter = false;   // a non-Microsoft minifilter must be in fltmc output
    QStringList supersedes;               // rule ids this more specific rule replaces
    QList<RemediationStep> remediation;
    QStringList references;
    QString sourceFile;
};

// A pattern for lines Windows logs with an error code that mean nothing (probes, telemetry).
struct NoiseEntry {
    QString id;
    QList<quint32> codes;          // empty = every code on a matching line
    QRegularExpression pattern;    // empty = every line with one of the codes
    PatternGate gate;
    QList<LogFormat> formats;
    LocalizedText why;

    bool matches(quint32 code, const LogRecord &record, LogFormat format, const MessageScan &scan) const;
};

} // namespace lt::triage
