#include "diagnosis.h"
#include "finding.h"
#include "logrecord.h"
#include "triagereport.h"
#include "codenames.h"

namespace lt::triage {

QString LocalizedText::text(const QLocale &locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    if (chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString levelName(RecordLevel level)
{
    switch (level) {
    case RecordLevel::Unknown: return {};
    case RecordLevel::Verbose: return QStringLiteral("Verbose");
    case RecordLevel::Info: return QStringLiteral("Info");
    case RecordLevel::Warning: return QStringLiteral("Warning");
    case RecordLevel::Error: return QStringLiteral("Error");
    }
    return {};
}

QString Finding::codeHex() const
{
    return code == 0 ? QString() : hexCode(code);
}

int TriageReport::totalErrors() const
{
    int n = 0;
    for (const FileReport &f : files)
        n += f.errors;
    return n;
}

int TriageReport::totalWarnings() const
{
    int n = 0;
    for (const FileReport &f : files)
        n += f.warnings;
    return n;
}

} // namespace lt::triage
