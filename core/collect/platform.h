#pragma once

#include <QString>

class QProcess;

// The few things that differ per platform; implemented in platform_posix.cpp / platform_win.cpp.
namespace lt::collect::platform {

// Puts the child in its own process group (POSIX) / kill-on-close job (Windows), so a
// timeout can kill everything it started, not just the first process.
void prepareProcessTree(QProcess &process);
void killProcessTree(QProcess &process);

// The account the collector runs as (for the manifest).
QString currentUserName();

} // namespace lt::collect::platform
