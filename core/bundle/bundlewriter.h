#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace lt::bundle {

// What became of one member once it is in the zip (or could not be).
struct MemberResult {
    QString name;               // path inside the zip
    bool ok = false;
    QString error;              // read error: the bytes before it are stored, the error says where
    qint64 size = 0;            // uncompressed bytes stored
    qint64 compressedSize = 0;
    quint32 crc32 = 0;
    QByteArray sha256;          // raw digest of the stored bytes
};

// Writes a zip (zip64, UTF-8 names, deflate) to NAME.part and renames it to NAME only when
// it is complete, so a cancel, crash or full disk never leaves a corrupt zip under the final
// name. Members are streamed in chunks; the chunks are deflated in parallel on worker
// threads (pigz-style: each chunk is primed with the previous 32 KiB as dictionary and ends
// on a sync flush) and written raw in order, so memory stays bounded whatever the input.
// addFile()/addData() are thread-safe; members are written in the order they are added.
class BundleWriter final
{
public:
    using OpenFunction = std::function<std::unique_ptr<QIODevice>(QString *error)>;
    using DoneFunction = std::function<void(const MemberResult &)>;

    // `threads` <= 0: QThread::idealThreadCount(). `level`: zlib level (6 = zip's default).
    explicit BundleWriter(const QString &finalPath, int threads = 0, int level = 6);
    ~BundleWriter();   // aborts (removes the .part) unless finish() succeeded
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    // Creates NAME.part and starts the writer thread.
    bool open(QString *error);
    QString partPath() const;
    QString finalPath() const;

    // Stores up to `maxLength` bytes (-1 = to the end) from `offset` of the device `open`
    // returns. `done` is called on the writer thread once the member is complete.
    void addDevice(const QString &name, OpenFunction open, qint64 offset, qint64 maxLength,
                   const QDateTime &modified, DoneFunction done);
    void addFile(const QString &name, const QString &path, qint64 offset = 0,
                 qint64 maxLength = -1, DoneFunction done = {});
    void addData(const QString &name, const QByteArray &data, DoneFunction done = {});

    // Waits until every queued member is written, writes the central directory and renames
    // NAME.part to NAME. On failure the .part is removed and *error says what happened.
    bool finish(QString *error);
    // Stops as soon as possible and removes the .part file. Safe from any thread.
    void abort();

    qint64 bytesIn() const { return m_bytesIn.load(); }     // uncompressed bytes stored so far
    qint64 bytesOut() const { return m_bytesOut.load(); }   // compressed bytes written so far
    qint64 zipSize() const { return m_zipSize; }            // after finish()

private:
    void run();   // the writer thread: reads, hands chunks to the pool, writes in order

    struct Private;
    std::unique_ptr<Private> d;
    std::atomic<qint64> m_bytesIn{0};
    std::atomic<qint64> m_bytesOut{0};
    qint64 m_zipSize = 0;
};

// Zip member names: '/' separators, no leading '/', no '..' or empty components, no
// characters Windows Explorer refuses (<>:"|?* and control characters are replaced by '_').
QString sanitizeMemberName(const QString &name);

} // namespace lt::bundle
