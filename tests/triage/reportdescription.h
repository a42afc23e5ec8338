#pragma once

// One line per finding, rule hit and diagnosis of a FileReport: two triage paths that must agree
// (MappedTriager against the streaming FileTriager) are compared as these strings, so a
// difference prints as a readable diff. Shared by tests/triage/tst_mappedtriage.cpp and
// fuzz/fuzz_mappedtriage.cpp.
#include "triage/diagnoser.h"
#include "triage/rulebook.h"
#include "triage/triagereport.h"

#include <QString>
#include <QStringList>

namespace lt::test {

inline QString describeReport(const lt::triage::FileReport &r)
{
    using namespace lt::triage;
    QString out = QStringLiteral("lines=%1 format=%2 enc=%3 errors=%4 warnings=%5 truncated=%6\n")
                      .arg(r.lines).arg(formatId(r.format), r.encoding).arg(r.errors).arg(r.warnings)
                      .arg(r.truncatedFindings);
    for (const Finding &f : r.findings) {
        out += QStringLiteral("F %1 %2 %3 line=%4..%5 n=%6 t=%7..%8 [%9] %10\n")
                   .arg(severityId(f.severity), f.codeHex(), f.name)
                   .arg(f.line).arg(f.lastLine).arg(f.count)
                   .arg(f.timestamp.toString(Qt::ISODateWithMs), f.lastTimestamp.toString(Qt::ISODateWithMs),
                        f.component, f.message);
    }
    for (const ConditionHit &h : r.hits) {
        QStringList codes;
        for (quint32 c : h.codes)
            codes.append(QString::number(c, 16));
        out += QStringLiteral("H %1|%2 line=%3 t=%4 codes=%5 %6\n")
                   .arg(h.ruleId, h.conditionId).arg(h.line)
                   .arg(h.timestamp.toString(Qt::ISODateWithMs), codes.join(u','), h.text);
    }
    for (const Diagnosis &d : Diagnoser(RuleBook::builtin()).diagnose({r})) {
        QStringList ev;
        for (const Evidence &e : d.evidence)
            ev.append(QStringLiteral("%1:%2").arg(e.file).arg(e.line));
        out += QStringLiteral("D %1 %2 %3\n").arg(d.ruleId).arg(d.confidence).arg(ev.join(u' '));
    }
    return out;
}

} // namespace lt::test
