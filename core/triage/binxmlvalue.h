#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <memory>

namespace lt::triage::binxml {

struct Fragment;

// Value types of substitution values ([MS-EVEN6] / libevtx "Value types"). 0x80 marks arrays.
enum ValueType : quint8 {
    NullType = 0x00,
    StringType = 0x01,      // UTF-16LE
    AnsiStringType = 0x02,
    Int8Type = 0x03,
    UInt8Type = 0x04,
    Int16Type = 0x05,
    UInt16Type = 0x06,
    Int32Type = 0x07,
    UInt32Type = 0x08,
    Int64Type = 0x09,
    UInt64Type = 0x0a,
    Real32Type = 0x0b,
    Real64Type = 0x0c,
    BoolType = 0x0d,
    BinaryType = 0x0e,
    GuidType = 0x0f,
    SizeTType = 0x10,
    FileTimeType = 0x11,
    SysTimeType = 0x12,
    SidType = 0x13,
    HexInt32Type = 0x14,
    HexInt64Type = 0x15,
    BinXmlType = 0x21,
    ArrayFlag = 0x80,
};

// One substitution value of a template instance, already rendered as text the way the Windows
// event viewer shows it. Binary XML values (0x21) keep their parsed fragment instead.
struct Value {
    quint8 type = NullType;
    QString text;
    std::shared_ptr<const Fragment> xml;

    bool isNull() const { return type == NullType; }
};

// Renders `data` of value `type` as text. Arrays are rendered element by element, joined by
// ", ". Unknown types are rendered as hex so nothing is silently dropped.
QString formatValue(quint8 type, QByteArrayView data);

// FILETIME (100 ns ticks since 1601-01-01 UTC). Invalid for 0 and values past year 9999.
QDateTime fileTimeToDateTime(quint64 fileTime);
// "2016-07-08T18:12:51.6816406Z": seven fractional digits, FILETIME's full precision.
QString formatFileTime(quint64 fileTime);
// "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" from the 16 bytes of a little-endian GUID.
QString formatGuid(QByteArrayView sixteenBytes);

} // namespace lt::triage::binxml
