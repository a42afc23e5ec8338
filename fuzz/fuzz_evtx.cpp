// Fuzzes EvtxReader. Input forms:
//   "ElfFile..." — a whole .evtx file, read as is, then again with every chunk's checksums
//                  recomputed;
//   anything else — the bytes of one chunk ("ElfChnk...", at most 64 KiB): the harness adds a
//                  valid file header and correct checksums, so mutations reach the BinXML
//                  decoder instead of dying at a CRC check, and inputs stay small.
// Every record is also rendered as wevtutil text, as triage would.
#include "triage/evtxreader.h"

#include <QBuffer>
#include <QtEndian>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using lt::triage::EvtxReader;

namespace {

quint32 crc32(QByteArrayView data, quint32 crc = 0)
{
    static quint32 table[256];
    static const bool ready = [] {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return true;
    }();
    Q_UNUSED(ready);
    crc = ~crc;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return ~crc;
}

void fixChecksums(QByteArray &file)
{
    char *f = file.data();
    qToLittleEndian<quint32>(crc32(QByteArrayView(file).first(120)), f + 124);
    for (qsizetype at = EvtxReader::FileHeaderSize; at + 512 <= file.size(); at += EvtxReader::ChunkSize) {
        char *c = f + at;
        const qsizetype available = qMin<qsizetype>(EvtxReader::ChunkSize, file.size() - at);
        const quint32 freeSpace = qFromLittleEndian<quint32>(c + 48);
        if (freeSpace >= 512 && freeSpace <= available)
            qToLittleEndian<quint32>(crc32(QByteArrayView(c + 512, freeSpace - 512)), c + 52);
        const QByteArrayView chunk(c, 512);
        qToLittleEndian<quint32>(crc32(chunk.sliced(128, 384), crc32(chunk.first(120))), c + 124);
    }
}

void readAll(const QByteArray &file)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    EvtxReader reader;
    if (!reader.open(&buffer)) {
        if (reader.errorString().isEmpty())
            std::abort();   // a refusal must say why
        return;
    }
    lt::triage::EventRecord record;
    qint64 n = 0;
    while (reader.readNext(&record))
        lt::triage::formatEventText(record, n++);
    if (reader.recordsRead() != n)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4 * 1024 * 1024)
        return 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (EvtxReader::hasEvtxSignature(input)) {
        readAll(input);
        QByteArray fixed = input;
        if (fixed.size() >= 128) {
            fixChecksums(fixed);
            readAll(fixed);
        }
        return 0;
    }
    if (size > size_t(EvtxReader::ChunkSize))
        return 0;
    QByteArray file(EvtxReader::FileHeaderSize, '\0');
    char *h = file.data();
    std::memcpy(h, "ElfFile\0", 8);
    qToLittleEndian<quint64>(1, h + 24);
    qToLittleEndian<quint32>(128, h + 32);
    qToLittleEndian<quint16>(1, h + 36);
    qToLittleEndian<quint16>(3, h + 38);
    qToLittleEndian<quint16>(4096, h + 40);
    qToLittleEndian<quint16>(1, h + 42);
    QByteArray chunk = input;
    chunk.resize(EvtxReader::ChunkSize, '\0');
    file += chunk;
    fixChecksums(file);
    readAll(file);
    return 0;
}
