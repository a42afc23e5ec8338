#pragma once

// Runs the built logtriage-cli (LT_CLI_PATH) as a user or a script would.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lt::test {

struct CliRun {
    int exitCode = -1;   // -1: crashed or killed after the timeout
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(LT_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace lt::test
