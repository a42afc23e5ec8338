#include "evtxreader.h"

#include "binxmlparser.h"
#include "evtxrecordbuilder.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace lt::triage {
namespace {

constexpr qsizetype ChunkHeaderSize = 512;
constexpr qsizetype RecordHeaderSize = 24;
constexpr quint32 RecordSignature = 0x00002a2a;

template<typename T>
T at(const QByteArray &b, qsizetype pos)
{
    return qFromLittleEndian<T>(b.constData() + pos);
}

bool allZero(QByteArrayView data)
{
    return std::all_of(data.begin(), data.end(), [](char c) { return c == 0; });
}

QString hex(qint64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

} // namespace

EvtxReader::EvtxReader() = default;
EvtxReader::~EvtxReader() = default;

quint32 EvtxReader::crc32(QByteArrayView data, quint32 crc)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return ~crc;
}

bool EvtxReader::hasEvtxSignature(QByteArrayView head)
{
    return head.startsWith(QByteArrayView("ElfFile\0", 8));
}

bool EvtxReader::open(const QString &path)
{
    close();
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_device = m_file.get();
    return readHeader();
}

bool EvtxReader::open(QIODevice *device)
{
    close();
    if (!device || !device->isReadable()) {
        m_error = tr("The event log device is not open for reading.");
        return false;
    }
    m_device = device;
    return readHeader();
}

void EvtxReader::close()
{
    m_parser.reset();
    m_file.reset();
    m_device = nullptr;
    m_error.clear();
    m_info = {};
    m_issues.clear();
    m_chunkBytes = m_chunkIndex = 0;
    m_chunkOffset = 0;
    m_recordPos = m_recordEnd = 0;
    m_inChunk = m_chunkDamaged = m_atEnd = m_reportedShortFile = false;
    m_records = 0;
}

qsizetype EvtxReader::readBlock(char *data, qsizetype size)
{
    // Sequential devices (zip members) may return less than asked for before the end.
    qsizetype total = 0;
    while (total < size) {
        const qint64 n = m_device->read(data + total, size - total);
        if (n <= 0)
            break;
        total += n;
    }
    return total;
}

bool EvtxReader::readHeader()
{
    QByteArray header(FileHeaderSize, Qt::Uninitialized);
    const qsizetype n = readBlock(header.data(), FileHeaderSize);
    if (n < 128 || !hasEvtxSignature(header)) {
        if (n == 0)
            m_error = tr("The file is empty.");
        else if (!hasEvtxSignature(QByteArrayView(header).first(n)))
            m_error = tr("Not a Windows event log (.evtx) file: the \"ElfFile\" signature is missing.");
        else
            m_error = tr("The event log is cut off inside its file header (%1 bytes).").arg(n);
        m_device = nullptr;
        return false;
    }
    m_info.nextRecordId = at<quint64>(header, 24);
    m_info.minorVersion = at<quint16>(header, 36);
    m_info.majorVersion = at<quint16>(header, 38);
    m_info.chunkCount = at<quint16>(header, 42);
    const quint32 flags = at<quint32>(header, 120);
    m_info.dirty = flags & 1;
    m_info.full = flags & 2;
    if (crc32(QByteArrayView(header).first(120)) != at<quint32>(header, 124))
        report(EvtxIssue::Kind::FileHeader, -1, 0, QStringLiteral("file header checksum mismatch (header fields are not trusted)"));
    if (m_info.majorVersion != 3)
        report(EvtxIssue::Kind::FileHeader, -1, 36, QStringLiteral("unknown format version %1.%2").arg(m_info.majorVersion).arg(m_info.minorVersion));
    if (n < FileHeaderSize) {
        report(EvtxIssue::Kind::FileHeader, -1, n, QStringLiteral("file ends inside the file header (%1 bytes)").arg(n));
        m_atEnd = true;
    }
    m_chunk = QByteArray(ChunkSize, Qt::Uninitialized);
    return true;
}

void EvtxReader::report(EvtxIssue::Kind kind, int chunk, qint64 offset, const QString &reason, quint64 recordId)
{
    // A file of garbage could produce one issue per record; the first thousand tell the story.
    if (m_issues.size() < 1000)
        m_issues.append({kind, recordId, chunk, offset, reason});
}

bool EvtxReader::readNext(EventRecord *record)
{
    if (!m_device)
        return false;
    for (;;) {
        if (m_inChunk) {
            if (nextRecordInChunk(record))
                return true;
            m_inChunk = false;
        }
        if (!loadNextChunk()) {
            if (m_chunkIndex < m_info.chunkCount && !m_reportedShortFile) {
                m_reportedShortFile = true;
                report(EvtxIssue::Kind::ChunkSkipped, m_chunkIndex, FileHeaderSize + qint64(m_chunkIndex) * ChunkSize,
                       QStringLiteral("file ends after %1 chunk(s); the header announces %2").arg(m_chunkIndex).arg(m_info.chunkCount));
            }
            return false;
        }
    }
}

bool EvtxReader::loadNextChunk()
{
    m_parser.reset();
    while (!m_atEnd) {
        const int index = m_chunkIndex;
        const qint64 offset = FileHeaderSize + qint64(index) * ChunkSize;
        const qsizetype n = readBlock(m_chunk.data(), ChunkSize);
        if (n <= 0) {
            m_atEnd = true;
            break;
        }
        ++m_chunkIndex;
        const QByteArrayView bytes = QByteArrayView(m_chunk).first(n);
        const bool signature = bytes.startsWith(QByteArrayView("ElfChnk\0", 8));
        if (!signature) {
            // Log files are preallocated: unused chunks past the header's count are zeros.
            if (!(index >= m_info.chunkCount && allZero(bytes)))
                report(EvtxIssue::Kind::ChunkSkipped, index, offset, QStringLiteral("chunk %1 has no \"ElfChnk\" signature; skipped").arg(index));
            continue;
        }
        if (n < ChunkHeaderSize) {
            report(EvtxIssue::Kind::ChunkSkipped, index, offset, QStringLiteral("file ends inside the header of chunk %1; skipped").arg(index));
            continue;
        }
        const quint32 headerCrc = crc32(bytes.first(120), 0);
        if (crc32(bytes.sliced(128, ChunkHeaderSize - 128), headerCrc) != at<quint32>(m_chunk, 124)) {
            report(EvtxIssue::Kind::ChunkSkipped, index, offset, QStringLiteral("chunk %1 header checksum mismatch; skipped").arg(index));
            continue;
        }
        const quint32 freeSpace = at<quint32>(m_chunk, 48);
        if (freeSpace < ChunkHeaderSize || freeSpace > ChunkSize) {
            report(EvtxIssue::Kind::ChunkSkipped, index, offset, QStringLiteral("chunk %1 free space offset %2 is out of range; skipped").arg(index).arg(hex(freeSpace)));
            continue;
        }
        // String and template tables: offsets into the chunk, 0 when unused.
        for (qsizetype p = 128; p < ChunkHeaderSize; p += 4) {
            const quint32 table = at<quint32>(m_chunk, p);
            if (table != 0 && (table < ChunkHeaderSize || table >= ChunkSize)) {
                report(EvtxIssue::Kind::ChunkDamaged, index, offset + p, QStringLiteral("chunk %1 string/template table entry %2 points outside the chunk")
                                              .arg(index).arg(hex(table)));
                break;
            }
        }
        m_chunkDamaged = false;
        m_recordEnd = freeSpace;
        if (n < ChunkSize) {
            report(EvtxIssue::Kind::ChunkDamaged, index, offset, QStringLiteral("chunk %1 is truncated (%2 of %3 bytes); reading the complete records")
                                      .arg(index).arg(n).arg(ChunkSize));
            m_recordEnd = qMin<qsizetype>(freeSpace, n);
            m_chunkDamaged = freeSpace > n;
        }
        if (!m_chunkDamaged && crc32(bytes.sliced(ChunkHeaderSize, freeSpace - ChunkHeaderSize)) != at<quint32>(m_chunk, 52)) {
            report(EvtxIssue::Kind::ChunkDamaged, index, offset, QStringLiteral("chunk %1 event records checksum mismatch; records are checked one by one").arg(index));
            m_chunkDamaged = true;
        }
        m_chunkBytes = n;
        m_chunkOffset = offset;
        m_recordPos = ChunkHeaderSize;
        m_parser = std::make_unique<binxml::Parser>(bytes);
        m_inChunk = true;
        return true;
    }
    return false;
}

bool EvtxReader::nextRecordInChunk(EventRecord *record)
{
    const int index = m_chunkIndex - 1;
    while (m_recordPos + RecordHeaderSize <= m_recordEnd) {
        const qsizetype pos = m_recordPos;
        const qint64 fileOffset = m_chunkOffset + pos;
        if (at<quint32>(m_chunk, pos) != RecordSignature) {
            // Space after the last record may be zero-filled ("archived" files).
            if (!allZero(QByteArrayView(m_chunk).sliced(pos, m_recordEnd - pos)))
                report(EvtxIssue::Kind::ChunkSkipped, index, fileOffset, QStringLiteral("record signature missing in chunk %1 at %2; rest of chunk skipped")
                                              .arg(index).arg(hex(pos)));
            return false;
        }
        const quint32 size = at<quint32>(m_chunk, pos + 4);
        if (size < RecordHeaderSize + 4 || size > quint32(m_recordEnd - pos)) {
            report(EvtxIssue::Kind::ChunkSkipped, index, fileOffset, QStringLiteral("record in chunk %1 at %2 has an impossible size %3; rest of chunk skipped")
                                          .arg(index).arg(hex(pos)).arg(size));
            return false;
        }
        if (at<quint32>(m_chunk, pos + size - 4) != size) {
            report(EvtxIssue::Kind::ChunkSkipped, index, fileOffset, QStringLiteral("record in chunk %1 at %2: size copy does not match; rest of chunk skipped")
                                          .arg(index).arg(hex(pos)));
            return false;
        }
        m_recordPos = pos + size;
        EventRecord r;
        r.recordId = at<quint64>(m_chunk, pos + 8);
        r.timeCreated = binxml::fileTimeToDateTime(at<quint64>(m_chunk, pos + 16));
        r.fromDamagedChunk = m_chunkDamaged;
        quint64 xmlRecordId = 0;
        try {
            xmlRecordId = fillEventRecord(m_parser->parseRecord(pos + RecordHeaderSize, pos + size - 4), r);
        } catch (const binxml::Error &e) {
            report(EvtxIssue::Kind::RecordSkipped, index, fileOffset,
                   QStringLiteral("record %1 in chunk %2 at %3: %4 (chunk offset %5); skipped")
                       .arg(r.recordId).arg(index).arg(hex(pos), e.reason(), hex(e.offset())),
                   r.recordId);
            continue;
        }
        for (const QString &warning : m_parser->warnings()) {
            report(EvtxIssue::Kind::RecordSuspect, index, fileOffset,
                   QStringLiteral("record %1 in chunk %2: %3").arg(r.recordId).arg(index).arg(warning), r.recordId);
        }
        if (xmlRecordId != 0 && xmlRecordId != r.recordId) {
            // Records cut and pasted out of another log keep their old <EventRecordID>.
            report(EvtxIssue::Kind::RecordSuspect, index, fileOffset,
                   QStringLiteral("record %1 in chunk %2: <EventRecordID> says %3").arg(r.recordId).arg(index).arg(xmlRecordId),
                   r.recordId);
        }
        ++m_records;
        *record = std::move(r);
        return true;
    }
    return false;
}

qint64 EvtxReader::writeText(QIODevice *out)
{
    qint64 count = 0;
    EventRecord r;
    while (readNext(&r)) {
        if (out->write(formatEventText(r, count).toUtf8()) < 0)
            return -1;
        ++count;
    }
    return count;
}

} // namespace lt::triage
