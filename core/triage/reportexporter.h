#pragma once

#include "triagereport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace lt::triage {

// Turns a TriageReport into a document a helpdesk can attach to a ticket: a self-contained
// HTML page (inline CSS, no external resources), Markdown, or JSON for tooling. Core, not UI,
// so logtriage-cli can write the same files as the viewer. Stateless and thread-safe.
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(lt::triage::ReportExporter)

public:
    enum class Format { Html, Markdown, Json };

    static QString toHtml(const TriageReport &report, const QLocale &locale = {});
    static QString toMarkdown(const TriageReport &report, const QLocale &locale = {});
    // The same document as `logtriage-cli triage --json` (schema logtriage.triage/1,
    // docs/triage-json.md), so tools read GUI exports and CLI output alike.
    static QByteArray toJson(const TriageReport &report, const QLocale &locale = {});

    // One diagnosis as plain text for pasting into a ticket (title, explanation, suspects,
    // evidence with file:line, numbered steps with their commands and registry values).
    static QString diagnosisText(const Diagnosis &diagnosis, const QLocale &locale = {});

    // ".html"/".htm", ".md"/".markdown", ".json"; nullopt for anything else.
    static std::optional<Format> formatForFileName(const QString &fileName);
    static QByteArray render(const TriageReport &report, Format format, const QLocale &locale = {});
    // Writes atomically (QSaveFile); false with *error set on failure.
    static bool save(const TriageReport &report, const QString &fileName, Format format,
                     QString *error = nullptr, const QLocale &locale = {});
};

} // namespace lt::triage
