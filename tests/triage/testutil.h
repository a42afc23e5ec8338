#pragma once

#include "triage/filetriager.h"
#include "triage/rulebook.h"

#include <QString>

#include <algorithm>

namespace lt::test {

inline QString triageData(const QString &name)
{
    return QStringLiteral(LT_TEST_DATA_DIR "/triage/") + name;
}

inline lt::triage::FileReport triageFixture(const QString &name)
{
    return lt::triage::FileTriager(lt::triage::RuleBook::builtin()).triageFile(triageData(name));
}

inline bool hasCode(const QList<lt::triage::Finding> &findings, quint32 code)
{
    return std::any_of(findings.cbegin(), findings.cend(), [code](const auto &f) { return f.code == code; });
}

inline QStringList diagnosisIds(const QList<lt::triage::Diagnosis> &diagnoses)
{
    QStringList ids;
    for (const auto &d : diagnoses)
        ids.append(d.ruleId);
    return ids;
}

} // namespace lt::test
