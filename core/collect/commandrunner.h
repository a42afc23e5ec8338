#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace lt::collect {

struct CommandOutput {
    enum class End { Exited, NotFound, FailedToStart, Crashed, TimedOut, Cancelled };
    End end = End::FailedToStart;
    int exitCode = -1;
    QByteArray out;              // stdout, at most maxOutputBytes (the head is kept)
    QByteArray err;              // stderr, at most 64 KiB
    bool outTruncated = false;
    qint64 durationMs = 0;
    QString error;               // human reason when it did not exit normally
};

// Runs argv (no shell) with a timeout; on timeout or cancel the whole process tree is killed.
// Blocking; called on collector worker threads (no event loop needed).
CommandOutput runCommand(const QStringList &argv, int timeoutMs, qint64 maxOutputBytes,
                         const std::atomic<bool> *cancel);

} // namespace lt::collect
