#pragma once

// Builds small .evtx files byte by byte for tst_evtxreader: a file header, one chunk, records
// of one template (names and the template definition inline at first use, referenced by
// chunk offset afterwards), with correct CRCs.
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QtEndian>

#include "../common/evtxchecksums.h"

#include <cstring>
#include <tuple>

namespace lt::triage::evtxtest {

using lt::test::evtx::crc32;

constexpr quint64 EpochDeltaTicks = 116444736000000000ULL;

inline quint64 fileTime(const QDateTime &utc, int extraTicks = 0)
{
    return quint64(utc.toMSecsSinceEpoch()) * 10000 + EpochDeltaTicks + quint64(extraTicks);
}

// Writes one chunk the way Windows does: names and the template definition inline at first
// use, referenced by chunk offset afterwards.
class ChunkWriter
{
public:
    QByteArray c = QByteArray(512, '\0');

    quint32 pos() const { return quint32(c.size()); }
    void u8(quint8 v) { c.append(char(v)); }
    void u16(quint16 v) { append(v); }
    void u32(quint32 v) { append(v); }
    void u64(quint64 v) { append(v); }
    void patch32(qsizetype at, quint32 v) { qToLittleEndian(v, c.data() + at); }
    void utf16(const QString &s)
    {
        for (const QChar ch : s)
            u16(ch.unicode());
    }
    void name(const QString &n)
    {
        if (const auto it = m_names.constFind(n); it != m_names.cend()) {
            u32(*it);
            return;
        }
        const quint32 at = pos() + 4;
        m_names.insert(n, at);
        u32(at);
        u32(0);             // next name in the hash bucket
        u16(0x1234);        // hash (not checked by readers)
        u16(quint16(n.size()));
        utf16(n);
        u16(0);
    }
    void open(const QString &n, bool attributes)
    {
        u8(attributes ? 0x41 : 0x01);
        u16(0xffff);
        u32(0);             // data size, unused by the reader
        name(n);
        if (attributes)
            u32(0);         // attribute list size, unused by the reader
    }
    void attr(const QString &n, bool more = false)
    {
        u8(more ? 0x46 : 0x06);
        name(n);
    }
    void text(const QString &s)
    {
        u8(0x05);
        u8(0x01);
        u16(quint16(s.size()));
        utf16(s);
    }
    void sub(quint16 index, quint8 type, bool optional = false)
    {
        u8(optional ? 0x0e : 0x0d);
        u16(index);
        u8(type);
    }
    void element(const QString &n, quint16 index, quint8 type)
    {
        open(n, false);
        u8(0x02);
        sub(index, type);
        u8(0x04);
    }

private:
    template<typename T>
    void append(T v)
    {
        char b[sizeof(T)];
        qToLittleEndian(v, b);
        c.append(b, sizeof(T));
    }
    QHash<QString, quint32> m_names;
};

struct Values {
    QString provider;
    quint16 eventId;
    quint8 level;
    quint64 keywords;
    quint64 created;
    QString computer;
    QByteArray sid;   // empty: NULL value
    quint32 errorCode;
    QString title;
};

inline QByteArray utf16Bytes(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}

template<typename T>
inline QByteArray le(T v)
{
    QByteArray b(sizeof(T), '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline void writeTemplate(ChunkWriter &w)
{
    w.u32(0);                                      // next template
    w.c.append(QByteArray::fromHex("f4c3e6a1b2c3d4e5f60718293a4b5c6d"));   // GUID
    const qsizetype sizeAt = w.c.size();
    w.u32(0);
    const qsizetype start = w.c.size();
    w.u8(0x0f); w.u8(1); w.u8(1); w.u8(0);         // fragment header
    w.open(QStringLiteral("Event"), true);
    w.attr(QStringLiteral("xmlns"));
    w.text(QStringLiteral("http://schemas.microsoft.com/win/2004/08/events/event"));
    w.u8(0x02);
    w.open(QStringLiteral("System"), false);
    w.u8(0x02);
    w.open(QStringLiteral("Provider"), true);
    w.attr(QStringLiteral("Name"));
    w.sub(0, 0x01);
    w.u8(0x03);
    w.element(QStringLiteral("EventID"), 1, 0x06);
    w.element(QStringLiteral("Level"), 2, 0x04);
    w.element(QStringLiteral("Keywords"), 3, 0x15);
    w.open(QStringLiteral("TimeCreated"), true);
    w.attr(QStringLiteral("SystemTime"));
    w.sub(4, 0x11);
    w.u8(0x03);
    w.open(QStringLiteral("Channel"), false);
    w.u8(0x02);
    w.text(QStringLiteral("System"));
    w.u8(0x04);
    w.element(QStringLiteral("Computer"), 5, 0x01);
    w.open(QStringLiteral("Security"), true);
    w.attr(QStringLiteral("UserID"));
    w.sub(6, 0x13, true);
    w.u8(0x03);
    w.u8(0x04);                                    // </System>
    w.open(QStringLiteral("EventData"), false);
    w.u8(0x02);
    for (const auto &[field, index, type] : {std::tuple{QStringLiteral("errorCode"), 7, 0x14},
                                             std::tuple{QStringLiteral("updateTitle"), 8, 0x01}}) {
        w.open(QStringLiteral("Data"), true);
        w.attr(QStringLiteral("Name"));
        w.text(field);
        w.u8(0x02);
        w.sub(quint16(index), quint8(type));
        w.u8(0x04);
    }
    w.open(QStringLiteral("Data"), true);          // literal text with entity and char refs
    w.attr(QStringLiteral("Name"));
    w.text(QStringLiteral("note"));
    w.u8(0x02);
    w.text(QStringLiteral("R"));
    w.u8(0x09);
    w.name(QStringLiteral("amp"));
    w.u8(0x08);
    w.u16(u'D');
    w.u8(0x04);
    w.u8(0x04);                                    // </EventData>
    w.u8(0x04);                                    // </Event>
    w.u8(0x00);                                    // end of stream
    w.patch32(sizeAt, quint32(w.c.size() - start));
}

inline void writeRecord(ChunkWriter &w, quint64 id, const Values &v, quint32 *templateOffset)
{
    const qsizetype start = w.c.size();
    w.u32(0x00002a2a);
    w.u32(0);                                      // size, patched below
    w.u64(id);
    w.u64(v.created);
    w.u8(0x0f); w.u8(1); w.u8(1); w.u8(0);
    w.u8(0x0c);
    w.u8(0x01);
    w.u32(0xa1e6c3f4);                             // template id
    if (*templateOffset == 0) {
        *templateOffset = w.pos() + 4;
        w.u32(*templateOffset);
        writeTemplate(w);
    } else {
        w.u32(*templateOffset);
    }
    const QList<QPair<quint8, QByteArray>> values = {
        {0x01, utf16Bytes(v.provider)},
        {0x06, le<quint16>(v.eventId)},
        {0x04, QByteArray(1, char(v.level))},
        {0x15, le<quint64>(v.keywords)},
        {0x11, le<quint64>(v.created)},
        {0x01, utf16Bytes(v.computer)},
        {quint8(v.sid.isEmpty() ? 0x00 : 0x13), v.sid},
        {0x14, le<quint32>(v.errorCode)},
        {0x01, utf16Bytes(v.title)},
    };
    w.u32(quint32(values.size()));
    for (const auto &[type, data] : values) {
        w.u16(quint16(data.size()));
        w.u8(type);
        w.u8(0);
    }
    for (const auto &[type, data] : values)
        w.c.append(data);
    const quint32 size = quint32(w.c.size() - start + 4);
    w.u32(size);
    w.patch32(start + 4, size);
}

inline const QDateTime FirstTime(QDate(2016, 7, 8), QTime(18, 12, 51, 681), QTimeZone::UTC);
inline const QDateTime SecondTime(QDate(2016, 7, 8), QTime(18, 40, 2, 5), QTimeZone::UTC);
inline const QByteArray SystemSid = QByteArray::fromHex("010100000000000512000000");   // S-1-5-18

// A complete file: header and one chunk holding two records of one template.
inline QByteArray buildEvtx(qsizetype *usedEnd = nullptr)
{
    ChunkWriter w;
    quint32 templ = 0;
    writeRecord(w, 1, {QStringLiteral("Microsoft-Windows-WindowsUpdateClient"), 20, 2, 0x8000000000000018ULL,
                       fileTime(FirstTime, 6406), QStringLiteral("PC01.contoso.local"), SystemSid, 0x800F0922,
                       QStringLiteral("2016-07 Cumulative Update for Windows 10 (KB3172985)")},
                &templ);
    const quint32 lastRecord = w.pos();
    writeRecord(w, 2, {QStringLiteral("Microsoft-Windows-WindowsUpdateClient"), 19, 4, 0x8000000000000018ULL,
                       fileTime(SecondTime), QStringLiteral("PC01.contoso.local"), {}, 0,
                       QStringLiteral("Definition Update for Windows Defender (KB2267602)")},
                &templ);
    const quint32 freeSpace = w.pos();
    QByteArray chunk = w.c;
    chunk.resize(65536, '\0');
    char *h = chunk.data();
    std::memcpy(h, "ElfChnk\0", 8);
    qToLittleEndian<quint64>(1, h + 8);
    qToLittleEndian<quint64>(2, h + 16);
    qToLittleEndian<quint64>(1, h + 24);
    qToLittleEndian<quint64>(2, h + 32);
    qToLittleEndian<quint32>(128, h + 40);
    qToLittleEndian<quint32>(lastRecord, h + 44);
    qToLittleEndian<quint32>(freeSpace, h + 48);
    lt::test::evtx::sealChunk(h, chunk.size());

    const QByteArray file = lt::test::evtx::fileHeader(1, 3);
    if (usedEnd)
        *usedEnd = 4096 + freeSpace;
    return file + chunk;
}

} // namespace lt::triage::evtxtest
