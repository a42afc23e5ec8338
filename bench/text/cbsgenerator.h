#pragma once

#include <QString>

namespace lt::bench {

// Writes a synthetic CBS.log of about `bytes` bytes to `path`: the real CBS line layout
// (timestamp, level padded to 22 columns, component, text) with the mix of a servicing
// session (mostly Info CBS/CSI chatter, package state reports, some long lines, a few
// Error lines with CBS_E_* and Win32 HRESULTs). Deterministic for a given seed.
bool generateCbsLog(const QString &path, qint64 bytes, quint64 seed = 20261129);

} // namespace lt::bench
