#include "collector.h"
#include "platform.h"

#include <QProcess>

#include <windows.h>

namespace lt::collect {

bool isElevated()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const bool ok = GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size);
    CloseHandle(token);
    return ok && elevation.TokenIsElevated;
}

namespace platform {

void prepareProcessTree(QProcess &process)
{
    // Own console group, so Ctrl+C in our console does not reach it twice.
    process.setCreateProcessArgumentsModifier([](QProcess::CreateProcessArguments *args) {
        args->flags |= CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW;
    });
}

void killProcessTree(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0) {
        // taskkill /T walks the parent-child links: wevtutil/powershell children die too.
        // Not QProcess::execute(): that forwards taskkill's "SUCCESS: ..." lines to our own
        // console, into the report that `logtriage-cli collect --json` writes to stdout.
        QProcess taskkill;
        taskkill.setProcessChannelMode(QProcess::MergedChannels);
        taskkill.setStandardOutputFile(QProcess::nullDevice());
        taskkill.start(QStringLiteral("taskkill.exe"),
                       {QStringLiteral("/T"), QStringLiteral("/F"), QStringLiteral("/PID"), QString::number(pid)});
        taskkill.waitForFinished(10000);
    }
    process.kill();
}

QString currentUserName()
{
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    const QString user = qEnvironmentVariable("USERNAME");
    return domain.isEmpty() ? user : QString(domain + u'\\' + user);
}

} // namespace platform
} // namespace lt::collect
