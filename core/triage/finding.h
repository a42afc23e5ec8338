#pragma once

#include <QDateTime>
#include <QString>

namespace lt::triage {

enum class Severity { Info, Warning, Error };

QString severityId(Severity severity);   // "info", "warning", "error"

// One failure, possibly seen many times: repeats of the same code and message (after volatile
// parts like numbers, GUIDs and paths are normalised) collapse into one finding.
struct Finding {
    Severity severity = Severity::Error;
    quint32 code = 0;           // 0 when the line failed without a code (e.g. setuperr text)
    QString name;               // "E_ACCESSDENIED" (catalog or as logged), may be empty
    QString file;               // bundle entry path
    qint64 line = 0;            // first occurrence
    qint64 lastLine = 0;        // last occurrence
    QDateTime timestamp;        // first occurrence (may be invalid)
    QDateTime lastTimestamp;
    QString component;
    QString message;            // the first occurrence's text
    int count = 1;

    // "0x80070005" (upper-case hex), or empty when code is 0.
    QString codeHex() const;
};

} // namespace lt::triage
