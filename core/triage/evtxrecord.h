#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace lt::triage {

// Event levels as stored in <Level>; 0 (LogAlways) is shown as Information by Windows.
enum class EventLevel : int { LogAlways = 0, Critical = 1, Error = 2, Warning = 3, Information = 4, Verbose = 5 };

// One event of a .evtx file, with the System fields triage needs pulled out of the XML.
struct EventRecord {
    quint64 recordId = 0;        // from the record header
    QDateTime timeCreated;       // UTC; <TimeCreated SystemTime>, else the record's write time
    QString provider;            // <Provider Name> (EventSourceName when Name is missing)
    quint32 eventId = 0;
    int level = 0;               // 1 critical, 2 error, 3 warning, 4 info (see EventLevel)
    QString channel, computer;
    quint64 keywords = 0;
    QList<QPair<QString, QString>> data;   // EventData/Data (Name=value) or UserData leaves
    QString xml;                 // rendered XML of the whole event

    // Less common System fields, shown in the wevtutil-style text.
    int task = 0;
    int opcode = 0;
    QString userSid;             // <Security UserID>
    quint32 processId = 0, threadId = 0;
    // The chunk's event-records checksum did not match: the record parsed, but its bytes
    // may be damaged (see EvtxReader::issues()).
    bool fromDamagedChunk = false;

    // The value of the first data field called `name` (case-sensitive), or a null string.
    QString dataValue(QStringView name) const;
};

// "Critical", "Error", "Warning", "Information", "Verbose" (English, like wevtutil).
QString eventLevelName(int level);

// The record as `wevtutil qe <log> /f:text` prints it (English labels), "Event[index]:" first,
// ending with a blank line, so EventTextParser and every wevtutil-text consumer can read it.
// Date is UTC (wevtutil prints local time). Message texts are not available offline: the
// description is the event's data as "name: value" lines, preceded by the English message for a
// few servicing events (WindowsUpdateClient 19/20/43/44, Service Control Manager 7036).
QString formatEventText(const EventRecord &record, qint64 index);

} // namespace lt::triage
