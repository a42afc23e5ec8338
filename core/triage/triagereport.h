#pragma once

#include "bundle/manifest.h"
#include "diagnosis.h"
#include "finding.h"
#include "logformat.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace lt::triage {

// A row of `fltmc filters` / `fltmc instances` output.
struct FilterDriver {
    QString name;
    QString altitude;      // kept as text: altitudes are decimal strings like "325000.3"
    int instances = 0;
    int frame = 0;
    QString file;          // entry it was read from
    qint64 line = 0;
};

// A line that satisfied one condition of one rule (kept per file, combined across files).
struct ConditionHit {
    QString ruleId;
    QString conditionId;
    QString file;
    qint64 line = 0;
    QDateTime timestamp;
    QString text;
    QList<quint32> codes;
};

struct FileReport {
    QString path;                 // bundle entry path
    LogFormat format = LogFormat::Unknown;
    QString encoding;             // "UTF-16LE", ...
    qint64 lines = 0;
    qint64 bytes = 0;
    int errors = 0;               // sum of counts of Error findings
    int warnings = 0;
    QList<Finding> findings;      // ranked: errors first, then earliest
    QList<FilterDriver> filters;  // fltmc output only
    QList<ConditionHit> hits;     // rule evidence candidates
    QString error;                // non-empty: the file could not be read/parsed (reason)
    bool truncatedFindings = false; // too many distinct findings; the rest were dropped
};

struct BundleInfo {
    QString path;                 // what was opened
    QString kind;                 // "zip", "folder", "files"
    bool hasManifest = false;
    lt::bundle::Manifest manifest;
    QStringList skippedEntries;   // unsafe names (zip-slip) never opened
};

struct TriageReport {
    BundleInfo bundle;
    QList<FileReport> files;
    QList<Diagnosis> diagnoses;   // ranked: highest confidence first, root cause before echoes
    QList<lt::bundle::ManifestItem> failedItems;
    QStringList errors;           // inputs that could not be opened at all

    int totalErrors() const;
    int totalWarnings() const;
    bool hasFailures() const { return totalErrors() > 0 || !diagnoses.isEmpty(); }
};

} // namespace lt::triage

Q_DECLARE_METATYPE(lt::triage::FileReport)
Q_DECLARE_METATYPE(lt::triage::TriageReport)
