#pragma once

#include <QtGlobal>

namespace lt::text::mappingguard {

// Reading a mapped page whose file part was truncated away raises SIGBUS on POSIX systems,
// which would kill the program when a log is truncated or rotated while we index or search
// it. Registered mappings are protected: a page that faults this way is replaced by a page
// of zeros, the read goes on, and follow mode notices the shrink and re-opens the file.
// (Windows does not let another process truncate a mapped file: no-op there.)
// Thread-safe; up to 256 mappings are protected at once (more are mapped unprotected).
void protect(const void *start, qint64 length);
void unprotect(const void *start);

} // namespace lt::text::mappingguard
