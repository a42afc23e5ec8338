#pragma once

#include "evtxrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;
class QFile;

namespace lt::triage {

namespace binxml {
class Parser;
}

// Damage found while reading; the damaged chunk or record was skipped and reading went on.
struct EvtxIssue {
    enum class Kind : quint8 {
        FileHeader,      // header damaged or inconsistent; reading goes on with the chunks
        ChunkSkipped,    // a whole chunk (or its rest) was skipped: its events are lost
        ChunkDamaged,    // the chunk is read, but damaged: its records are checked one by one
        RecordSkipped,   // one record could not be decoded and was skipped
        RecordSuspect,   // the record was returned, but part of it is damaged or inconsistent
    };
    Kind kind = Kind::FileHeader;
    quint64 recordId = 0;  // for the record kinds
    int chunk = -1;        // chunk index, -1 for the file header
    qint64 offset = 0;     // byte offset in the file
    QString reason;        // English, for logs and the findings panel
};

// What the file header says.
struct EvtxFileInfo {
    quint16 majorVersion = 0, minorVersion = 0;
    quint16 chunkCount = 0;
    quint64 nextRecordId = 0;
    bool dirty = false;    // not closed cleanly (a live log copied while Windows wrote it)
    bool full = false;
};

// Reads Windows XML Event Log files (.evtx, also `wevtutil epl` exports) record by record.
// It streams: one 64 KiB chunk is in memory at a time, so the device may be a file, a
// QBuffer or a zip member (QuaZipFile), sequential or not. Nothing read from the file is
// trusted: every offset and size is checked, nesting and template recursion are bounded.
// A corrupt chunk or record is recorded in issues() and skipped; readNext() goes on with the
// next record or chunk. Pull-based, so a caller on a worker thread cancels by stopping to pull.
//
//     EvtxReader reader;
//     if (!reader.open(path)) return fail(reader.errorString());
//     EventRecord r;
//     while (reader.readNext(&r)) use(r);
//     for (const EvtxIssue &i : reader.issues()) warn(i.reason);
class EvtxReader final
{
    Q_DECLARE_TR_FUNCTIONS(lt::triage::EvtxReader)

public:
    static constexpr qsizetype FileHeaderSize = 4096;
    static constexpr qsizetype ChunkSize = 65536;

    EvtxReader();
    ~EvtxReader();
    EvtxReader(const EvtxReader &) = delete;
    EvtxReader &operator=(const EvtxReader &) = delete;

    // Opens and checks the file header. False with errorString() for unreadable or non-EVTX input.
    bool open(const QString &path);
    // `device` must be open for reading, positioned at the file start, and outlive the reader.
    bool open(QIODevice *device);
    void close();

    QString errorString() const { return m_error; }
    EvtxFileInfo fileInfo() const { return m_info; }

    // The next record in file order; false at the end of the file.
    bool readNext(EventRecord *record);

    const QList<EvtxIssue> &issues() const { return m_issues; }
    int chunksRead() const { return m_chunkIndex; }
    qint64 recordsRead() const { return m_records; }

    // True when `head` starts with the EVTX file signature "ElfFile\0".
    static bool hasEvtxSignature(QByteArrayView head);
    // CRC-32 of RFC 1952 (zlib's), the checksum of EVTX headers and record data; `crc`
    // continues an earlier run. Public for the test and fuzz builders of .evtx files.
    static quint32 crc32(QByteArrayView data, quint32 crc = 0);

    // Reads all remaining records and writes them as wevtutil-style text (UTF-8) to `out`.
    // Returns the number of events written, -1 when `out` failed.
    qint64 writeText(QIODevice *out);

private:
    bool readHeader();
    bool loadNextChunk();
    bool nextRecordInChunk(EventRecord *record);
    qsizetype readBlock(char *data, qsizetype size);
    void report(EvtxIssue::Kind kind, int chunk, qint64 offset, const QString &reason, quint64 recordId = 0);

    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    QString m_error;
    EvtxFileInfo m_info;
    QList<EvtxIssue> m_issues;

    QByteArray m_chunk;
    qsizetype m_chunkBytes = 0;       // bytes of m_chunk read from the device
    int m_chunkIndex = 0;             // chunks loaded so far
    qint64 m_chunkOffset = 0;         // file offset of the current chunk
    qsizetype m_recordPos = 0;
    qsizetype m_recordEnd = 0;
    bool m_inChunk = false;
    bool m_chunkDamaged = false;
    bool m_atEnd = false;
    bool m_reportedShortFile = false;
    qint64 m_records = 0;
    std::unique_ptr<binxml::Parser> m_parser;
};

} // namespace lt::triage
