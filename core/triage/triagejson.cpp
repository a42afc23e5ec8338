#include "triagejson.h"

#include "codenames.h"

#include <QJsonArray>

namespace lt::triage {
namespace {

QJsonValue time(const QDateTime &t)
{
    // Wall-clock time as the log wrote it: no zone suffix.
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))) : QJsonValue();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject findingJson(const Finding &f)
{
    return {{QStringLiteral("severity"), severityId(f.severity)},
            {QStringLiteral("code"), f.code ? QJsonValue(f.codeHex()) : QJsonValue()},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("file"), f.file},
            {QStringLiteral("line"), f.line},
            {QStringLiteral("lastLine"), f.lastLine},
            {QStringLiteral("count"), f.count},
            {QStringLiteral("timestamp"), time(f.timestamp)},
            {QStringLiteral("lastTimestamp"), time(f.lastTimestamp)},
            {QStringLiteral("component"), f.component},
            {QStringLiteral("message"), f.message}};
}

QJsonObject diagnosisJson(const Diagnosis &d, const QLocale &locale)
{
    QJsonArray codes;
    for (quint32 c : d.codes)
        codes.append(hexCode(c));
    QJsonArray evidence;
    for (const Evidence &e : d.evidence) {
        evidence.append(QJsonObject{{QStringLiteral("file"), e.file},
                                    {QStringLiteral("line"), e.line},
                                    {QStringLiteral("timestamp"), time(e.timestamp)},
                                    {QStringLiteral("text"), e.text},
                                    {QStringLiteral("condition"), e.condition}});
    }
    QJsonArray remediation;
    for (const RemediationStep &s : d.remediation) {
        remediation.append(QJsonObject{{QStringLiteral("text"), s.text.text(locale)},
                                       {QStringLiteral("commands"), strings(s.commands)},
                                       {QStringLiteral("registry"), strings(s.registry)}});
    }
    return {{QStringLiteral("id"), d.ruleId},
            {QStringLiteral("title"), d.title.text(locale)},
            {QStringLiteral("explanation"), d.explanation.text(locale)},
            {QStringLiteral("confidence"), d.confidence},
            {QStringLiteral("codes"), codes},
            {QStringLiteral("suspects"), strings(d.suspects)},
            {QStringLiteral("firstSeen"), time(d.firstSeen)},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("remediation"), remediation},
            {QStringLiteral("references"), strings(d.references)}};
}

} // namespace

QJsonObject reportToJson(const TriageReport &report, const QLocale &locale, bool allFindings)
{
    QJsonArray files, findings, diagnoses, failedItems;
    for (const FileReport &f : report.files) {
        files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("format"), formatId(f.format)},
                                 {QStringLiteral("encoding"), f.encoding},
                                 {QStringLiteral("lines"), f.lines},
                                 {QStringLiteral("bytes"), f.bytes},
                                 {QStringLiteral("errors"), f.errors},
                                 {QStringLiteral("warnings"), f.warnings},
                                 {QStringLiteral("findings"), f.findings.size()},
                                 {QStringLiteral("error"), f.error.isEmpty() ? QJsonValue() : QJsonValue(f.error)}});
        for (const Finding &finding : f.findings) {
            if (allFindings || finding.severity == Severity::Error)
                findings.append(findingJson(finding));
        }
    }
    for (const Diagnosis &d : report.diagnoses)
        diagnoses.append(diagnosisJson(d, locale));
    for (const lt::bundle::ManifestItem &item : report.failedItems) {
        failedItems.append(QJsonObject{{QStringLiteral("id"), item.id},
                                       {QStringLiteral("title"), item.title},
                                       {QStringLiteral("status"), item.status},
                                       {QStringLiteral("reason"), item.reason}});
    }
    QJsonObject bundle{{QStringLiteral("path"), report.bundle.path},
                       {QStringLiteral("kind"), report.bundle.kind},
                       {QStringLiteral("skippedEntries"), strings(report.bundle.skippedEntries)}};
    if (report.bundle.hasManifest) {
        const lt::bundle::Manifest &m = report.bundle.manifest;
        bundle.insert(QStringLiteral("manifest"),
                      QJsonObject{{QStringLiteral("toolVersion"), m.toolVersion},
                                  {QStringLiteral("profile"), m.profile},
                                  {QStringLiteral("host"), m.host},
                                  {QStringLiteral("osVersion"), m.osVersion},
                                  {QStringLiteral("started"), time(m.started)},
                                  {QStringLiteral("finished"), time(m.finished)}});
    }
    return {{QStringLiteral("schema"), QStringLiteral("logtriage.triage/1")},
            {QStringLiteral("bundle"), bundle},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("files"), report.files.size()},
                                                    {QStringLiteral("errors"), report.totalErrors()},
                                                    {QStringLiteral("warnings"), report.totalWarnings()},
                                                    {QStringLiteral("diagnoses"), report.diagnoses.size()}}},
            {QStringLiteral("files"), files},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("diagnoses"), diagnoses},
            {QStringLiteral("failedItems"), failedItems},
            {QStringLiteral("errors"), strings(report.errors)}};
}

} // namespace lt::triage
