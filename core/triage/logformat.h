#pragma once

#include <QString>
#include <QStringView>

namespace lt::triage {

// The log and command-output formats the parsers understand (docs/formats.md).
enum class LogFormat {
    Unknown,          // not looked at yet / unreadable
    Cbs,              // CBS.log, CbsPersist_*.log
    Dism,             // dism.log
    WindowsUpdate,    // legacy WindowsUpdate.log (Windows 7/8.1: tab-separated, hex PID/TID)
    WindowsUpdateEtw, // Get-WindowsUpdateLog output (Windows 10+)
    ReportingEvents,  // SoftwareDistribution\ReportingEvents.log
    Panther,          // setupact.log / setuperr.log (and SetupDiag results quoting them)
    SetupApi,         // setupapi.dev.log / setupapi.app.log
    Fltmc,            // `fltmc filters` / `fltmc instances`
    ProcMonCsv,       // Process Monitor CSV export
    EventText,        // `wevtutil qe /f:text` (English or Chinese)
    Generic,          // anything else that is text
    Binary,           // not text: not parsed
};

// Stable lower-case id used in rules, JSON output and docs ("cbs", "wu-etw", ...).
QString formatId(LogFormat format);
// Inverse of formatId(); Unknown for an unknown id.
LogFormat formatFromId(QStringView id);
// Human-readable name ("CBS.log", "Process Monitor CSV").
QString formatDisplayName(LogFormat format);

// Decides the format from the first lines of decoded text (a few KiB is enough) and, only as a
// tie-breaker, the file name: a renamed CBS.log is still a CBS log, and a file named CBS.log
// holding something else is not parsed as one.
LogFormat detectFormat(QStringView firstLines, const QString &fileName = {});

} // namespace lt::triage
