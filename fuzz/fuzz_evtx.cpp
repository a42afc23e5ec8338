// Fuzzes EvtxReader. Input forms:
//   "ElfFile..." — a whole .evtx file, read as is, then again with every chunk's checksums
//                  recomputed;
//   anything else — the bytes of one chunk ("ElfChnk...", at most 64 KiB): the harness adds a
//                  valid file header and correct checksums, so mutations reach the BinXML
//                  decoder instead of dying at a CRC check, and inputs stay small.
// Every record is also rendered as wevtutil text, as triage would.
#include "triage/evtxreader.h"
#include "../tests/common/evtxchecksums.h"

#include <QBuffer>
#include <QtEndian>

#include <cstdint>
#include <cstdlib>

using lt::triage::EvtxReader;

namespace {

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
            lt::test::evtx::sealFile(fixed);
            readAll(fixed);
        }
        return 0;
    }
    if (size > size_t(EvtxReader::ChunkSize))
        return 0;
    QByteArray chunk = input;
    chunk.resize(EvtxReader::ChunkSize, '\0');
    QByteArray file = lt::test::evtx::fileHeader(1, 1) + chunk;
    lt::test::evtx::sealFile(file);
    readAll(file);
    return 0;
}
