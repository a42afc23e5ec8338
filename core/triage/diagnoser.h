#pragma once

#include "diagnosis.h"
#include "triagereport.h"

#include <QList>

namespace lt::triage {

class RuleBook;

// Combines the per-file condition hits and fltmc tables of a whole bundle into diagnoses: a rule
// matches when all its required conditions were seen (in any files), its timing constraints hold
// and, if asked, a third-party minifilter is loaded. Ranked by confidence, then earliest
// evidence, so the first failure of a chain comes before its echoes.
class Diagnoser final
{
public:
    explicit Diagnoser(const RuleBook &rules);

    QList<Diagnosis> diagnose(const QList<FileReport> &files) const;

private:
    const RuleBook &m_rules;
};

} // namespace lt::triage
