#include "reportexporter.h"

#include "triagejson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace lt::triage {
namespace {

// Findings beyond this many per file are summarised: a report is read, not grepped.
constexpr int MaxFindingsPerFile = 200;

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return ReportExporter::tr("Error");
    case Severity::Warning: return ReportExporter::tr("Warning");
    case Severity::Info: return ReportExporter::tr("Info");
    }
    return {};
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString codesText(const QList<quint32> &codes)
{
    QStringList hex;
    for (quint32 code : codes)
        hex << QStringLiteral("0x") + QString::number(code, 16).rightJustified(8, u'0').toUpper();
    return hex.join(QStringLiteral(", "));
}

QString location(const QString &file, qint64 line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

QString reportTitle(const TriageReport &report)
{
    const QString host = report.bundle.manifest.host;
    return host.isEmpty() ? ReportExporter::tr("LogTriage report")
                          : ReportExporter::tr("LogTriage report — %1").arg(host);
}

QString mdCell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

QByteArray ReportExporter::toJson(const TriageReport &report, const QLocale &locale)
{
    return QJsonDocument(reportToJson(report, locale)).toJson(QJsonDocument::Indented);
}

QString ReportExporter::diagnosisText(const Diagnosis &d, const QLocale &locale)
{
    QString out;
    out += tr("Diagnosis: %1 (confidence %2%)").arg(d.title.text(locale)).arg(d.confidence) + u'\n';
    if (!d.codes.isEmpty())
        out += tr("Error codes: %1").arg(codesText(d.codes)) + u'\n';
    out += u'\n' + d.explanation.text(locale) + u'\n';
    if (!d.suspects.isEmpty())
        out += u'\n' + tr("Suspects: %1").arg(d.suspects.join(QStringLiteral(", "))) + u'\n';
    if (!d.evidence.isEmpty()) {
        out += u'\n' + tr("Evidence:") + u'\n';
        for (const Evidence &e : d.evidence)
            out += QStringLiteral("  %1  %2\n").arg(location(e.file, e.line), e.text.trimmed());
    }
    if (!d.remediation.isEmpty()) {
        out += u'\n' + tr("Remediation steps:") + u'\n';
        int n = 0;
        for (const RemediationStep &s : d.remediation) {
            out += QStringLiteral("%1. %2\n").arg(++n).arg(s.text.text(locale));
            for (const QString &c : s.commands)
                out += QStringLiteral("     > %1\n").arg(c);
            for (const QString &r : s.registry)
                out += QStringLiteral("     %1\n").arg(r);
        }
    }
    if (!d.references.isEmpty())
        out += u'\n' + tr("References:") + u'\n' + d.references.join(u'\n') + u'\n';
    return out;
}

QString ReportExporter::toMarkdown(const TriageReport &report, const QLocale &locale)
{
    const lt::bundle::Manifest &m = report.bundle.manifest;
    QString md = QStringLiteral("# %1\n\n").arg(reportTitle(report));
    md += QStringLiteral("| | |\n|---|---|\n");
    md += QStringLiteral("| %1 | %2 |\n").arg(tr("Opened"), mdCell(report.bundle.path));
    if (report.bundle.hasManifest) {
        md += QStringLiteral("| %1 | %2 |\n").arg(tr("Host"), mdCell(m.host));
        md += QStringLiteral("| %1 | %2 |\n").arg(tr("Operating system"), mdCell(m.osVersion));
        md += QStringLiteral("| %1 | %2 |\n").arg(tr("Collected"), timeText(m.finished.isValid() ? m.finished : m.started));
    }
    md += QStringLiteral("| %1 | %2 |\n").arg(tr("Files analysed")).arg(report.files.size());
    md += QStringLiteral("| %1 | %2 |\n").arg(tr("Errors / warnings"), QStringLiteral("%1 / %2").arg(report.totalErrors()).arg(report.totalWarnings()));

    md += u'\n' + QStringLiteral("## %1\n\n").arg(tr("Diagnoses"));
    if (report.diagnoses.isEmpty())
        md += tr("No known cause was recognised.") + QStringLiteral("\n\n");
    int rank = 0;
    for (const Diagnosis &d : report.diagnoses) {
        md += QStringLiteral("### %1. %2 (%3%)\n\n").arg(++rank).arg(d.title.text(locale)).arg(d.confidence);
        if (!d.codes.isEmpty())
            md += QStringLiteral("**%1** `%2`\n\n").arg(tr("Error codes:"), codesText(d.codes));
        md += d.explanation.text(locale) + QStringLiteral("\n\n");
        if (!d.suspects.isEmpty())
            md += QStringLiteral("**%1** %2\n\n").arg(tr("Suspects:"), d.suspects.join(QStringLiteral(", ")));
        if (!d.evidence.isEmpty()) {
            md += QStringLiteral("**%1**\n\n```\n").arg(tr("Evidence:"));
            for (const Evidence &e : d.evidence)
                md += QStringLiteral("%1  %2\n").arg(location(e.file, e.line), e.text.trimmed());
            md += QStringLiteral("```\n\n");
        }
        if (!d.remediation.isEmpty()) {
            md += QStringLiteral("**%1**\n\n").arg(tr("Remediation steps:"));
            int n = 0;
            for (const RemediationStep &s : d.remediation) {
                md += QStringLiteral("%1. %2\n").arg(++n).arg(s.text.text(locale));
                for (const QString &c : s.commands + s.registry)
                    md += QStringLiteral("   - `%1`\n").arg(c);
            }
            md += u'\n';
        }
        for (const QString &r : d.references)
            md += QStringLiteral("- <%1>\n").arg(r);
        if (!d.references.isEmpty())
            md += u'\n';
    }

    if (!report.failedItems.isEmpty()) {
        md += QStringLiteral("## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                  .arg(tr("Items not collected"), tr("Item"), tr("Status"), tr("Reason"));
        for (const lt::bundle::ManifestItem &i : report.failedItems)
            md += QStringLiteral("| %1 | %2 | %3 |\n").arg(mdCell(i.title.isEmpty() ? i.id : i.title), mdCell(i.status), mdCell(i.reason));
        md += u'\n';
    }

    md += QStringLiteral("## %1\n\n").arg(tr("Findings"));
    for (const FileReport &f : report.files) {
        if (f.findings.isEmpty() && f.error.isEmpty())
            continue;
        md += QStringLiteral("### %1 (%2)\n\n").arg(f.path, formatDisplayName(f.format));
        if (!f.error.isEmpty())
            md += tr("Could not be read: %1").arg(f.error) + QStringLiteral("\n\n");
        if (f.findings.isEmpty())
            continue;
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---|---|---|\n")
                  .arg(tr("Severity"), tr("Code"), tr("Name"), tr("Count"), tr("Line"), tr("Message"));
        for (const Finding &x : f.findings.mid(0, MaxFindingsPerFile))
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                      .arg(severityLabel(x.severity), x.codeHex(), mdCell(x.name)).arg(x.count).arg(x.line).arg(mdCell(x.message.trimmed()));
        if (f.findings.size() > MaxFindingsPerFile)
            md += u'\n' + tr("… and %1 more findings.").arg(f.findings.size() - MaxFindingsPerFile) + u'\n';
        md += u'\n';
    }
    return md;
}

std::optional<ReportExporter::Format> ReportExporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"json")
        return Format::Json;
    return std::nullopt;
}

QByteArray ReportExporter::render(const TriageReport &report, Format format, const QLocale &locale)
{
    switch (format) {
    case Format::Html: return toHtml(report, locale).toUtf8();
    case Format::Markdown: return toMarkdown(report, locale).toUtf8();
    case Format::Json: return toJson(report, locale);
    }
    return {};
}

bool ReportExporter::save(const TriageReport &report, const QString &fileName, Format format,
                          QString *error, const QLocale &locale)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(render(report, format, locale));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace lt::triage
