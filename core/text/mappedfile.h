#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QMutex>
#include <QString>

namespace lt::text {

// Read-only access to a file's bytes: a memory map of the first size() bytes when the OS
// allows it, else (or beyond the mapped part) positioned reads into a caller-owned buffer.
// Thread-safe: bytes() may be called from any number of threads.
class MappedFile final
{
public:
    MappedFile() = default;
    ~MappedFile();
    Q_DISABLE_COPY_MOVE(MappedFile)

    // Opens and maps `path` as it is now. False with errorString() set when it can't be read.
    bool open(const QString &path, bool allowMapping = true);
    qint64 size() const { return m_size; }
    bool isMapped() const { return m_map != nullptr; }
    QString errorString() const { return m_error; }

    // The bytes [offset, offset + length) clamped to what exists: a view into the mapping,
    // or read into `scratch` (which then backs the view). Empty on a read error.
    QByteArrayView bytes(qint64 offset, qint64 length, QByteArray &scratch) const;

    // Tells the OS the file will be read front to back (after open(), before a full scan).
    void adviseSequential() const;

private:
    mutable QFile m_file;
    mutable QMutex m_readLock;   // QFile's position is shared state
    const uchar *m_map = nullptr;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace lt::text
