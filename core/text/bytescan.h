#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace lt::text {

// SIMD byte searching, the hot loops under indexing and search (AVX2 when the CPU has it,
// else SSE2 or plain C++). All functions are pure and thread-safe.
namespace bytescan {

// Appends base + i + 1 for every i with data[i] == byte (the offset just past each hit).
void findAll(const char *data, qint64 size, char byte, qint64 base, std::vector<qint64> &out);

// First position >= 0 of `needle` in data[0, size), or -1. With caseSensitive false, ASCII
// letters compare without case (other bytes exactly).
qint64 findLiteral(const char *data, qint64 size, const QByteArray &needle, bool caseSensitive);

// Human-readable name of the code path in use, for benchmark output.
const char *implementationName();

} // namespace bytescan
} // namespace lt::text
