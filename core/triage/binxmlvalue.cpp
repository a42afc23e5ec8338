#include "binxmlvalue.h"

#include <QStringList>
#include <QTimeZone>
#include <QtEndian>

#include <cstring>

namespace lt::triage::binxml {
namespace {

// 1601-01-01 to 1970-01-01 in 100 ns ticks.
constexpr quint64 EpochDeltaTicks = 116444736000000000ULL;
// 9999-12-31 in FILETIME ticks; later values are garbage.
constexpr quint64 MaxFileTime = 2650467743990000000ULL;

template<typename T>
T le(const char *p)
{
    return qFromLittleEndian<T>(p);
}

QString hexNumber(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString utf16Text(QByteArrayView data)
{
    QString s = QString::fromUtf16(reinterpret_cast<const char16_t *>(data.data()), data.size() / 2);
    // Windows stores many strings with their terminator; it is not part of the text.
    while (s.endsWith(QChar(0)))
        s.chop(1);
    return s;
}

QString ansiText(QByteArrayView data)
{
    // The code page is unknown here; Latin-1 keeps every byte instead of guessing wrong.
    QString s = QString::fromLatin1(data);
    while (s.endsWith(QChar(0)))
        s.chop(1);
    return s;
}

QString systemTime(QByteArrayView d)
{
    const auto w = [d](int i) { return le<quint16>(d.data() + 2 * i); };
    return QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
        .arg(w(0), 4, 10, QChar(u'0')).arg(w(1), 2, 10, QChar(u'0')).arg(w(3), 2, 10, QChar(u'0'))
        .arg(w(4), 2, 10, QChar(u'0')).arg(w(5), 2, 10, QChar(u'0')).arg(w(6), 2, 10, QChar(u'0'))
        .arg(w(7), 3, 10, QChar(u'0'));
}

QString sid(QByteArrayView d)
{
    if (d.size() < 8)
        return QString::fromLatin1(d.toByteArray().toHex().toUpper());
    const int revision = quint8(d[0]);
    const int count = quint8(d[1]);
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)   // 48-bit big-endian identifier authority
        authority = (authority << 8) | quint8(d[i]);
    QString out = QStringLiteral("S-%1-%2").arg(revision).arg(authority);
    for (int i = 0; i < count && 8 + 4 * (i + 1) <= d.size(); ++i)
        out += u'-' + QString::number(le<quint32>(d.data() + 8 + 4 * i));
    return out;
}

// Element width of fixed-size types; 0 for variable-size ones.
qsizetype fixedSize(quint8 type, qsizetype total)
{
    switch (type) {
    case Int8Type: case UInt8Type: return 1;
    case Int16Type: case UInt16Type: return 2;
    case Int32Type: case UInt32Type: case Real32Type: case BoolType: case HexInt32Type: return 4;
    case Int64Type: case UInt64Type: case Real64Type: case FileTimeType: case HexInt64Type: return 8;
    case GuidType: case SysTimeType: return 16;
    case SizeTType: return total == 4 ? 4 : 8;
    default: return 0;
    }
}

QString scalar(quint8 type, QByteArrayView d)
{
    const char *p = d.data();
    switch (type) {
    case NullType: return {};
    case StringType: return utf16Text(d);
    case AnsiStringType: return ansiText(d);
    case Int8Type: return QString::number(qint8(p[0]));
    case UInt8Type: return QString::number(quint8(p[0]));
    case Int16Type: return QString::number(le<qint16>(p));
    case UInt16Type: return QString::number(le<quint16>(p));
    case Int32Type: return QString::number(le<qint32>(p));
    case UInt32Type: return QString::number(le<quint32>(p));
    case Int64Type: return QString::number(le<qint64>(p));
    case UInt64Type: return QString::number(le<quint64>(p));
    case Real32Type: {
        float f;
        std::memcpy(&f, p, sizeof f);
        return QString::number(double(f));
    }
    case Real64Type: {
        double f;
        std::memcpy(&f, p, sizeof f);
        return QString::number(f, 'g', 15);
    }
    case BoolType: return le<quint32>(p) ? QStringLiteral("true") : QStringLiteral("false");
    case GuidType: return formatGuid(d);
    case SizeTType: return hexNumber(d.size() == 4 ? le<quint32>(p) : le<quint64>(p));
    case FileTimeType: return formatFileTime(le<quint64>(p));
    case SysTimeType: return systemTime(d);
    case SidType: return sid(d);
    case HexInt32Type: return hexNumber(le<quint32>(p));
    case HexInt64Type: return hexNumber(le<quint64>(p));
    default:   // binary, handles, unknown types
        return QString::fromLatin1(d.toByteArray().toHex().toUpper());
    }
}

QStringList splitStrings(quint8 type, QByteArrayView d)
{
    QStringList out;
    if (type == (ArrayFlag | StringType)) {
        const QString all = QString::fromUtf16(reinterpret_cast<const char16_t *>(d.data()), d.size() / 2);
        out = all.split(QChar(0));
    } else {
        out = QString::fromLatin1(d).split(QChar(0));
    }
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();   // the terminator of the last string
    return out;
}

} // namespace

QString formatValue(quint8 type, QByteArrayView data)
{
    if (type & ArrayFlag) {
        const quint8 base = type & ~ArrayFlag;
        if (base == StringType || base == AnsiStringType)
            return splitStrings(type, data).join(QStringLiteral(", "));
        const qsizetype width = fixedSize(base, 0);
        if (width == 0 || data.size() % width != 0)
            return QString::fromLatin1(data.toByteArray().toHex().toUpper());
        QStringList parts;
        for (qsizetype i = 0; i < data.size(); i += width)
            parts << scalar(base, data.sliced(i, width));
        return parts.join(QStringLiteral(", "));
    }
    const qsizetype width = fixedSize(type, data.size());
    if (width > 0 && data.size() < width)   // too short for its type: show the raw bytes
        return QString::fromLatin1(data.toByteArray().toHex().toUpper());
    if (width > 0)
        data = data.first(width);
    return scalar(type, data);
}

QDateTime fileTimeToDateTime(quint64 fileTime)
{
    if (fileTime == 0 || fileTime > MaxFileTime)
        return {};
    const qint64 msecs = (qint64(fileTime) - qint64(EpochDeltaTicks)) / 10000;
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
}

QString formatFileTime(quint64 fileTime)
{
    const QDateTime dt = fileTimeToDateTime(fileTime);
    if (!dt.isValid())
        return hexNumber(fileTime);
    const int ticks = int(fileTime % 10000000ULL);
    return dt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.")) + QStringLiteral("%1Z").arg(ticks, 7, 10, QChar(u'0'));
}

QString formatGuid(QByteArrayView d)
{
    if (d.size() < 16)
        return QString::fromLatin1(d.toByteArray().toHex().toUpper());
    const char *p = d.data();
    const QByteArray tail = d.sliced(8, 2).toByteArray().toHex() + '-' + d.sliced(10, 6).toByteArray().toHex();
    return QStringLiteral("{%1-%2-%3-%4}")
        .arg(le<quint32>(p), 8, 16, QChar(u'0'))
        .arg(le<quint16>(p + 4), 4, 16, QChar(u'0'))
        .arg(le<quint16>(p + 6), 4, 16, QChar(u'0'))
        .arg(QString::fromLatin1(tail))
        .toUpper();
}

} // namespace lt::triage::binxml
