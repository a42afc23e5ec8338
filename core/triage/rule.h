#pragma once

#include "diagnosis.h"
#include "logformat.h"
#include "logrecord.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace lt::triage {

// One condition of a rule, matched against single log records (docs/rules.md).
struct RuleCondition {
    QString id;
    QList<quint32> codes;          // any of them; empty = no code needed
    QRegularExpression pattern;    // on the message; invalid/empty = any message
    QList<LogFormat> formats;      // empty = any format
    bool failureOnly = true;       // the code must be a real failure (not filtered as noise)
    bool optional = false;         // not required; adds `boost` confidence when present
    int boost = 0;
    // `patternsPossible` false means no code-less pattern of the rule book can match this record
    // (RuleBook::mayMatchPatterns), which spares running each pattern on every line.
    bool matches(const LogRecord &record, LogFormat format, const QList<quint32> &failureCodes,
                 bool patternsPossible = true) const;
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
    QList<LogFormat> formats;
    LocalizedText why;

    bool matches(quint32 code, const LogRecord &record, LogFormat format) const;
};

} // namespace lt::triage
