#pragma once

#include <QString>

class QProcess;

// The few things that differ per platform; implemented in platform_posix.cpp / platform_win.cpp.
namespace lt::collect::platform {

// Puts the child in its own process group (POSIX: setpgid; Windows: a new console process
// group without a console window), so a timeout can kill everything it started, not just the
// first process (POSIX: kill(-pgid); Windows: taskkill /T, which follows parent process ids).
void prepareProcessTree(QProcess &process);
void killProcessTree(QProcess &process);

// The account the collector runs as (for the manifest).
QString currentUserName();

} // namespace lt::collect::platform
