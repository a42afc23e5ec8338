#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace lt::triage {

// Text that data files carry in both languages.
struct LocalizedText {
    QString en;
    QString zh;

    // Chinese for zh locales, else English; falls back to whichever is set.
    QString text(const QLocale &locale = {}) const;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
};

// One remediation step. Commands and registry paths are separate so a UI can give each a
// copy button and a terminal can print them verbatim.
struct RemediationStep {
    LocalizedText text;
    QStringList commands;   // shell / PowerShell / cmd lines, verbatim
    QStringList registry;   // e.g. "HKLM\\SOFTWARE\\...\\Lus : installcallbacktimeoutinms (REG_SZ) = 14400000"
};

// A log line that made a rule match.
struct Evidence {
    QString file;
    qint64 line = 0;
    QDateTime timestamp;
    QString text;
    QString condition;   // id of the rule condition it satisfied
};

// A rule that matched, with its explanation filled in for this bundle.
struct Diagnosis {
    QString ruleId;
    LocalizedText title;
    LocalizedText explanation;     // placeholders ({filters}, {minutes}...) already substituted
    int confidence = 0;            // 0..100
    QList<quint32> codes;          // the failure codes involved
    QStringList suspects;          // e.g. third-party minifilters: "TmPreFlt (Trend Micro ...)"
    QList<Evidence> evidence;      // earliest first
    QList<RemediationStep> remediation;  // in the order to try them
    QStringList references;        // URLs
    QDateTime firstSeen;           // earliest evidence time: root causes sort before echoes
};

} // namespace lt::triage
