// ReportExporter::toHtml: a self-contained page (inline CSS only) that opens anywhere,
// including mail clients and ticket systems that strip scripts and external resources.
#include "reportexporter.h"

namespace lt::triage {
namespace {

constexpr int MaxFindingsPerFile = 200;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString hexCode(quint32 code)
{
    return QStringLiteral("0x") + QString::number(code, 16).rightJustified(8, u'0').toUpper();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString severityClass(Severity severity)
{
    return severityId(severity);
}

const char16_t Css[] = uR"(
body { font-family: "Segoe UI", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 24px auto; max-width: 1100px; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.6em; margin-bottom: 4px; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
table.meta th { width: 14em; }
.diag { border: 1px solid #d0d7de; border-left: 6px solid #cf222e; border-radius: 6px; padding: 8px 16px; margin: 16px 0; }
.conf { display: inline-block; background: #cf222e; color: white; border-radius: 10px; padding: 0 8px; font-size: .85em; }
pre, code { font-family: Consolas, "DejaVu Sans Mono", monospace; background: #f6f8fa; }
pre { padding: 8px; overflow-x: auto; white-space: pre-wrap; }
.error { color: #cf222e; font-weight: 600; } .warning { color: #9a6700; font-weight: 600; } .info { color: #0969da; }
.muted { color: #656d76; }
)";

} // namespace

QString ReportExporter::toHtml(const TriageReport &report, const QLocale &locale)
{
    const lt::bundle::Manifest &m = report.bundle.manifest;
    const QString host = m.host;
    const QString title = host.isEmpty() ? tr("LogTriage report") : tr("LogTriage report — %1").arg(host);
    const QString lang = locale.language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en");

    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title><style>%3</style></head><body>\n")
                    .arg(lang, esc(title), QString::fromUtf16(Css));
    h += QStringLiteral("<h1>%1</h1>\n<table class=\"meta\">\n").arg(esc(title));
    auto metaRow = [&h](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(key), esc(value));
    };
    metaRow(tr("Opened"), report.bundle.path);
    if (report.bundle.hasManifest) {
        metaRow(tr("Host"), m.host);
        metaRow(tr("Operating system"), m.osVersion);
        metaRow(tr("Collected"), timeText(m.finished.isValid() ? m.finished : m.started));
    }
    metaRow(tr("Files analysed"), QString::number(report.files.size()));
    metaRow(tr("Errors / warnings"), QStringLiteral("%1 / %2").arg(report.totalErrors()).arg(report.totalWarnings()));
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Diagnoses")));
    if (report.diagnoses.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No known cause was recognised.")));
    int rank = 0;
    for (const Diagnosis &d : report.diagnoses) {
        h += QStringLiteral("<div class=\"diag\"><h3>%1. %2 <span class=\"conf\">%3</span></h3>\n")
                 .arg(++rank).arg(esc(d.title.text(locale)), esc(tr("confidence %1%").arg(d.confidence)));
        if (!d.codes.isEmpty()) {
            QStringList codes;
            for (quint32 c : d.codes)
                codes << QStringLiteral("<code>%1</code>").arg(hexCode(c));
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Error codes:")), codes.join(QStringLiteral(", ")));
        }
        h += QStringLiteral("<p>%1</p>\n").arg(esc(d.explanation.text(locale)).replace(u'\n', QStringLiteral("<br>")));
        if (!d.suspects.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Suspects:")), esc(d.suspects.join(QStringLiteral(", "))));
        if (!d.evidence.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b></p><pre>").arg(esc(tr("Evidence:")));
            for (const Evidence &e : d.evidence)
                h += QStringLiteral("%1:%2  %3\n").arg(esc(e.file)).arg(e.line).arg(esc(e.text.trimmed()));
            h += QStringLiteral("</pre>\n");
        }
        if (!d.remediation.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b></p><ol>\n").arg(esc(tr("Remediation steps:")));
            for (const RemediationStep &s : d.remediation) {
                h += QStringLiteral("<li>%1").arg(esc(s.text.text(locale)));
                for (const QString &c : s.commands + s.registry)
                    h += QStringLiteral("<pre>%1</pre>").arg(esc(c));
                h += QStringLiteral("</li>\n");
            }
            h += QStringLiteral("</ol>\n");
        }
        for (const QString &r : d.references)
            h += QStringLiteral("<p><a href=\"%1\">%1</a></p>\n").arg(esc(r));
        h += QStringLiteral("</div>\n");
    }

    if (!report.failedItems.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Items not collected")), esc(tr("Item")), esc(tr("Status")), esc(tr("Reason")));
        for (const lt::bundle::ManifestItem &i : report.failedItems)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(i.title.isEmpty() ? i.id : i.title), esc(i.status), esc(i.reason));
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Findings")));
    for (const FileReport &f : report.files) {
        if (f.findings.isEmpty() && f.error.isEmpty())
            continue;
        h += QStringLiteral("<h3>%1 <span class=\"muted\">(%2)</span></h3>\n").arg(esc(f.path), esc(formatDisplayName(f.format)));
        if (!f.error.isEmpty())
            h += QStringLiteral("<p class=\"error\">%1</p>\n").arg(esc(tr("Could not be read: %1").arg(f.error)));
        if (f.findings.isEmpty())
            continue;
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                 .arg(esc(tr("Severity")), esc(tr("Code")), esc(tr("Name")), esc(tr("Count")), esc(tr("Line")), esc(tr("Message")));
        for (const Finding &x : f.findings.mid(0, MaxFindingsPerFile)) {
            const QString sev = x.severity == Severity::Error ? tr("Error")
                              : x.severity == Severity::Warning ? tr("Warning") : tr("Info");
            h += QStringLiteral("<tr><td class=\"%1\">%2</td><td><code>%3</code></td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                     .arg(severityClass(x.severity), esc(sev), x.codeHex(), esc(x.name))
                     .arg(x.count).arg(x.line).arg(esc(x.message.trimmed()));
        }
        h += QStringLiteral("</table>\n");
        if (f.findings.size() > MaxFindingsPerFile)
            h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("… and %1 more findings.").arg(f.findings.size() - MaxFindingsPerFile)));
    }
    h += QStringLiteral("<p class=\"muted\">%1</p>\n</body></html>\n").arg(esc(tr("Generated by LogTriage %1").arg(QStringLiteral(LT_VERSION))));
    return h;
}

} // namespace lt::triage
