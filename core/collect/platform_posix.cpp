#include "collector.h"
#include "platform.h"

#include <QProcess>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace lt::collect {

bool isElevated()
{
    return ::geteuid() == 0;
}

namespace platform {

void prepareProcessTree(QProcess &process)
{
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
}

void killProcessTree(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);   // the whole group: shells, pipelines, grandchildren
    process.kill();
}

QString currentUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace platform
} // namespace lt::collect
