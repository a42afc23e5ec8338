#pragma once

// The framing of a Windows .evtx file that test and fuzz builders need: the CRC32 the format
// uses, a file header for N chunks, and the checksums of a chunk (its event data and its header)
// or of a whole file. Shared by tests/triage/evtxtestfile.h, tst_evtxreader and fuzz_evtx so
// one writer knows the offsets (docs/formats.md, "EVTX").
#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <cstring>

#include "triage/evtxreader.h"

namespace lt::test::evtx {

constexpr qsizetype FileHeaderSize = 4096;
constexpr qsizetype ChunkSize = 65536;
constexpr qsizetype ChunkHeaderSize = 512;

// The format's CRC-32, from the reader itself (its reading of real files is tested on the
// samples in ../shared).
inline quint32 crc32(QByteArrayView data, quint32 crc = 0)
{
    return lt::triage::EvtxReader::crc32(data, crc);
}

// A file header (format 3.1) for `chunks` chunks, the next record id at `nextRecord`, with its
// checksum over the first 120 bytes.
inline QByteArray fileHeader(quint16 chunks, quint64 nextRecord)
{
    QByteArray file(FileHeaderSize, '\0');
    char *f = file.data();
    std::memcpy(f, "ElfFile\0", 8);
    qToLittleEndian<quint64>(nextRecord, f + 24);
    qToLittleEndian<quint32>(128, f + 32);        // header size
    qToLittleEndian<quint16>(1, f + 36);          // minor version
    qToLittleEndian<quint16>(3, f + 38);          // major version
    qToLittleEndian<quint16>(4096, f + 40);       // header block size
    qToLittleEndian<quint16>(chunks, f + 42);
    qToLittleEndian<quint32>(crc32(QByteArrayView(file).first(120)), f + 124);
    return file;
}

// Sets a chunk's event-data checksum (bytes 512 up to its free-space offset, when that offset
// is sane for `available` bytes) and its header checksum (bytes 0-119 and 128-511).
inline void sealChunk(char *chunk, qsizetype available)
{
    const quint32 freeSpace = qFromLittleEndian<quint32>(chunk + 48);
    if (freeSpace >= ChunkHeaderSize && freeSpace <= available)
        qToLittleEndian<quint32>(crc32(QByteArrayView(chunk + ChunkHeaderSize, freeSpace - ChunkHeaderSize)), chunk + 52);
    const QByteArrayView header(chunk, ChunkHeaderSize);
    qToLittleEndian<quint32>(crc32(header.sliced(128, 384), crc32(header.first(120))), chunk + 124);
}

// Every checksum of a whole file: its header and each complete chunk header.
inline void sealFile(QByteArray &file)
{
    char *f = file.data();
    qToLittleEndian<quint32>(crc32(QByteArrayView(file).first(120)), f + 124);
    for (qsizetype at = FileHeaderSize; at + ChunkHeaderSize <= file.size(); at += ChunkSize)
        sealChunk(f + at, qMin<qsizetype>(ChunkSize, file.size() - at));
}

} // namespace lt::test::evtx
