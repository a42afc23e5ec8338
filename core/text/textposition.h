#pragma once

#include <QtGlobal>

#include <compare>

namespace lt::text {

// A number that must not be mixed up with another kind of number (a line vs a byte offset).
// Construction is explicit; get() gives the plain value back where arithmetic is needed.
template <typename Tag>
class StrongInt final
{
public:
    constexpr StrongInt() = default;
    constexpr explicit StrongInt(qint64 value) : m_value(value) {}

    constexpr qint64 get() const { return m_value; }
    constexpr auto operator<=>(const StrongInt &) const = default;

    constexpr StrongInt operator+(qint64 n) const { return StrongInt(m_value + n); }
    constexpr StrongInt operator-(qint64 n) const { return StrongInt(m_value - n); }
    constexpr qint64 operator-(StrongInt other) const { return m_value - other.m_value; }
    constexpr StrongInt &operator++() { ++m_value; return *this; }

private:
    qint64 m_value = 0;
};

// 0-based line number in a file (the UI shows get() + 1).
using LineNumber = StrongInt<struct LineNumberTag>;
// Byte position in a file (not a character position: UTF-16 lines count 2 bytes a unit).
using ByteOffset = StrongInt<struct ByteOffsetTag>;

// Lines longer than this are shown cut off (with a marker); search always sees the whole line.
inline constexpr qint64 MaxDisplayLineBytes = 64 * 1024;

} // namespace lt::text
