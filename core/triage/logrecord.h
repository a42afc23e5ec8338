#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lt::triage {

// The level the log itself wrote; Unknown when the format has none.
enum class RecordLevel { Unknown, Verbose, Info, Warning, Error };

// How an error code appeared: "[gle=0x...]" (GetLastError noise after the real failure) is
// Secondary, everything else (HRESULT =, hr=, Result =, *FAILED* [..], exit(..)) Primary.
enum class CodeRole { Primary, Secondary };

struct RecordCode {
    quint32 value = 0;
    CodeRole role = CodeRole::Primary;
    QString name;  // symbolic name when the log printed it ("E_ACCESSDENIED"), else empty

    bool operator==(const RecordCode &) const = default;
};

// One logical log entry (continuation lines of wrapped entries are folded in).
struct LogRecord {
    qint64 line = 0;          // 1-based line number of the entry's first line
    QDateTime timestamp;      // local wall-clock time as written (timeSpec UTC, no conversion)
    RecordLevel level = RecordLevel::Unknown;
    QString component;        // "CBS", "CSI", "Handler", setupapi section title, event source...
    QString message;
    QList<RecordCode> codes;  // failure codes only (bit 31 set); success codes are dropped
};

QString levelName(RecordLevel level);

} // namespace lt::triage
