#include "commandrunner.h"

#include "platform.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace lt::collect {

namespace {

constexpr qint64 MaxStderr = 64 * 1024;

void append(QByteArray &to, const QByteArray &data, qint64 cap, bool *truncated)
{
    const qint64 room = cap - to.size();
    if (room >= data.size()) {
        to += data;
    } else {
        if (room > 0)
            to += data.left(qsizetype(room));
        if (truncated)
            *truncated = true;
    }
}

} // namespace

CommandOutput runCommand(const QStringList &argv, int timeoutMs, qint64 maxOutputBytes,
                         const std::atomic<bool> *cancel)
{
    CommandOutput r;
    QElapsedTimer clock;
    clock.start();
    if (argv.isEmpty()) {
        r.error = QStringLiteral("empty command");
        return r;
    }
    const QString program = argv.first();
    if (QStandardPaths::findExecutable(program).isEmpty() && !QFileInfo(program).isAbsolute()) {
        r.end = CommandOutput::End::NotFound;
        r.error = QStringLiteral("program not found: %1").arg(program);
        return r;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(argv.mid(1));
    process.setInputChannelMode(QProcess::ManagedInputChannel);
    platform::prepareProcessTree(process);
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(10000)) {
        r.end = process.error() == QProcess::FailedToStart && !QFileInfo::exists(program) && QFileInfo(program).isAbsolute()
                    ? CommandOutput::End::NotFound
                    : CommandOutput::End::FailedToStart;
        r.error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        r.durationMs = clock.elapsed();
        return r;
    }
    process.closeWriteChannel();
    bool finished = false;
    while (!finished) {
        finished = process.waitForFinished(100);
        append(r.out, process.readAllStandardOutput(), maxOutputBytes, &r.outTruncated);
        append(r.err, process.readAllStandardError(), MaxStderr, nullptr);
        if (finished || process.state() == QProcess::NotRunning)
            break;
        const bool cancelled = cancel && cancel->load();
        if (cancelled || clock.elapsed() > timeoutMs) {
            platform::killProcessTree(process);
            process.waitForFinished(5000);
            r.end = cancelled ? CommandOutput::End::Cancelled : CommandOutput::End::TimedOut;
            r.error = cancelled ? QStringLiteral("cancelled; the process tree was killed")
                                : QStringLiteral("no answer after %1 s; the process tree was killed").arg(timeoutMs / 1000.0);
            r.durationMs = clock.elapsed();
            return r;
        }
    }
    append(r.out, process.readAllStandardOutput(), maxOutputBytes, &r.outTruncated);
    append(r.err, process.readAllStandardError(), MaxStderr, nullptr);
    r.durationMs = clock.elapsed();
    if (process.exitStatus() == QProcess::CrashExit) {
        r.end = CommandOutput::End::Crashed;
        r.error = QStringLiteral("%1 crashed").arg(program);
        return r;
    }
    r.end = CommandOutput::End::Exited;
    r.exitCode = process.exitCode();
    return r;
}

} // namespace lt::collect
