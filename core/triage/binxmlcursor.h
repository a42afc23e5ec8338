#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtEndian>

#include <exception>

namespace lt::triage::binxml {

// Thrown by the BinXML decoder for anything malformed; caught per record by EvtxReader, so a
// damaged record costs that record and nothing else. Offsets are relative to the chunk.
class Error final : public std::exception
{
public:
    Error(QString reason, qsizetype offset) : m_reason(std::move(reason)), m_offset(offset) {}
    const char *what() const noexcept override { return "malformed BinXML"; }
    const QString &reason() const { return m_reason; }
    qsizetype offset() const { return m_offset; }

private:
    QString m_reason;
    qsizetype m_offset;
};

// A read position inside one 64 KiB chunk with a hard end. Every read is checked against the
// end first: event logs come from damaged disks and untrusted helpdesk uploads, so no size or
// offset read from the file is believed before it is checked.
class Cursor final
{
public:
    Cursor(QByteArrayView chunk, qsizetype pos, qsizetype end)
        : m_chunk(chunk), m_pos(pos), m_end(qBound<qsizetype>(0, end, chunk.size()))
    {
        if (pos < 0 || pos > m_end)
            throw Error(QStringLiteral("offset outside the chunk"), pos);
    }

    qsizetype pos() const { return m_pos; }
    qsizetype end() const { return m_end; }
    qsizetype remaining() const { return m_end - m_pos; }
    bool atEnd() const { return m_pos >= m_end; }
    QByteArrayView chunk() const { return m_chunk; }

    void need(qsizetype n) const
    {
        if (n < 0 || n > remaining())
            throw Error(QStringLiteral("data runs past its end (%1 bytes needed, %2 left)").arg(n).arg(remaining()), m_pos);
    }
    void skip(qsizetype n) { need(n); m_pos += n; }
    quint8 peek() const { need(1); return quint8(m_chunk[m_pos]); }
    quint8 u8() { need(1); return quint8(m_chunk[m_pos++]); }
    quint16 u16() { return take<quint16>(); }
    quint32 u32() { return take<quint32>(); }
    quint64 u64() { return take<quint64>(); }
    QByteArrayView bytes(qsizetype n)
    {
        need(n);
        const QByteArrayView out = m_chunk.sliced(m_pos, n);
        m_pos += n;
        return out;
    }
    // `chars` UTF-16LE code units.
    QString utf16(qsizetype chars)
    {
        const QByteArrayView raw = bytes(chars * 2);
        QString out(chars, Qt::Uninitialized);
        for (qsizetype i = 0; i < chars; ++i)
            out[i] = QChar(qFromLittleEndian<quint16>(raw.data() + 2 * i));
        return out;
    }

private:
    template<typename T>
    T take()
    {
        need(sizeof(T));
        const T v = qFromLittleEndian<T>(m_chunk.data() + m_pos);
        m_pos += sizeof(T);
        return v;
    }

    QByteArrayView m_chunk;
    qsizetype m_pos;
    qsizetype m_end;
};

} // namespace lt::triage::binxml
