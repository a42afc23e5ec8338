#pragma once

#include <QFileInfo>
#include <QString>

#include <memory>

class QIODevice;

namespace lt::collect {

// Every file the collector reads goes through this small layer, so tests can simulate what
// root on Linux never sees (access denied) and the Windows build can add backup semantics.
// Implementations must be thread-safe: items are gathered on several threads.
class FileAccess
{
public:
    enum class Check { Readable, Missing, Denied };

    virtual ~FileAccess() = default;
    // Whether `path` (already resolved to a real path) can be opened for reading.
    virtual Check check(const QString &path) const;
    // Opens `path` for reading; nullptr with *error set when it cannot.
    virtual std::unique_ptr<QIODevice> open(const QString &path, QString *error) const;
};

} // namespace lt::collect
