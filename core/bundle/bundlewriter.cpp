#include "bundlewriter.h"

#include "deflatechunk.h"
#include "sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>
#include <QThreadPool>
#include <QSet>

#include <quazip.h>
#include <zip.h>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace lt::bundle {

namespace {

// 2 MiB pieces: big enough that priming each with a 32 KiB dictionary costs ~1.5% of the
// CPU and the sync-flush markers nothing measurable, small enough that the chunks in flight
// (2 x threads + 2) stay far below the memory budget even for incompressible input.
constexpr qsizetype ChunkSize = 2 * 1024 * 1024;

// "Made by" Unix (3), spec version 4.5 (zip64). Not higher: when a member passes 4 GiB
// minizip copies this byte into "version needed to extract", and Info-ZIP unzip 6.0 (4.6)
// then refuses a 6.3 member.
constexpr uLong MadeBy = (3u << 8) | 45u;

struct Member {
    QString name;
    BundleWriter::OpenFunction open;
    qint64 offset = 0;
    qint64 maxLength = -1;
    QDateTime modified;
    BundleWriter::DoneFunction done;
};

struct MemberState {
    Member member;
    MemberResult result;
    Sha256 sha;
    bool entryOpen = false;
};

struct Chunk {
    std::shared_ptr<MemberState> member;
    qint64 length = 0;
    bool last = false;
    std::future<DeflatedChunk> compressed;
};

zip_fileinfo fileInfoFor(const QDateTime &modified)
{
    const QDateTime t = (modified.isValid() ? modified : QDateTime::currentDateTime()).toLocalTime();
    zip_fileinfo zi{};
    zi.tmz_date.tm_sec = uInt(t.time().second());
    zi.tmz_date.tm_min = uInt(t.time().minute());
    zi.tmz_date.tm_hour = uInt(t.time().hour());
    zi.tmz_date.tm_mday = uInt(t.date().day());
    zi.tmz_date.tm_mon = uInt(t.date().month() - 1);
    zi.tmz_date.tm_year = uInt(qMax(1980, t.date().year()));
    zi.external_fa = uLong(0100644) << 16;   // regular file, rw-r--r-- (made by Unix)
    return zi;
}

} // namespace

struct BundleWriter::Private {
    QString finalPath;
    QString partPath;
    int threads = 1;
    int level = 6;
    QuaZip zip;
    QThreadPool pool;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Member> queue;
    QSet<QString> names;   // zip member names already used (two items may pick the same file name)
    bool finishing = false;
    std::atomic<bool> aborted{false};
    bool opened = false;
    bool committed = false;
    QString error;   // first fatal error, guarded by mutex

    void fail(const QString &message)
    {
        std::lock_guard lock(mutex);
        if (error.isEmpty())
            error = message;
        aborted = true;
    }
    QString zipError(const QString &what, int code) const;
};

QString BundleWriter::Private::zipError(const QString &what, int code) const
{
    QString detail;
    if (QIODevice *dev = const_cast<QuaZip &>(zip).getIoDevice())
        detail = dev->errorString();
    const QStorageInfo storage(QFileInfo(partPath).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
        detail = QStringLiteral("the disk is full (%1 bytes free)").arg(storage.bytesAvailable());
    return QStringLiteral("%1 failed while writing %2 (zip error %3): %4")
        .arg(what, partPath).arg(code).arg(detail.isEmpty() ? QStringLiteral("unknown I/O error") : detail);
}

BundleWriter::BundleWriter(const QString &finalPath, int threads, int level)
    : d(std::make_unique<Private>())
{
    d->finalPath = finalPath;
    d->partPath = finalPath + QStringLiteral(".part");
    // Twice the cores by default: while one chunk's thread waits (page cache, the ordered
    // writer), another compresses; on a busy machine it also keeps our share of the CPU.
    const int fromEnv = qEnvironmentVariableIntValue("LT_COMPRESS_THREADS");
    d->threads = threads > 0 ? threads : fromEnv > 0 ? fromEnv : qMax(2, 2 * QThread::idealThreadCount());
    d->level = level;
    d->pool.setMaxThreadCount(d->threads);
}

BundleWriter::~BundleWriter()
{
    if (d->opened && !d->committed)
        abort();
}

bool BundleWriter::hasFailed() const { return d->aborted.load(); }

QString BundleWriter::partPath() const { return d->partPath; }
QString BundleWriter::finalPath() const { return d->finalPath; }

bool BundleWriter::open(QString *error)
{
    QFile::remove(d->partPath);
    d->zip.setZipName(d->partPath);
    d->zip.setZip64Enabled(true);
    d->zip.setUtf8Enabled(false);   // set per member below: only non-ASCII names carry the flag
    if (!d->zip.open(QuaZip::mdCreate)) {
        QString detail = d->zip.getIoDevice() ? d->zip.getIoDevice()->errorString() : QString();
        QFile probe(d->partPath);
        if (detail.isEmpty() && !probe.open(QIODevice::WriteOnly))
            detail = probe.errorString();
        QFile::remove(d->partPath);
        if (error)
            *error = QStringLiteral("cannot create %1: %2").arg(d->partPath, detail);
        return false;
    }
    d->opened = true;
    d->thread = std::thread([this] { run(); });
    return true;
}

void BundleWriter::addDevice(const QString &name, OpenFunction open, qint64 offset, qint64 maxLength,
                             const QDateTime &modified, DoneFunction done)
{
    {
        std::lock_guard lock(d->mutex);
        // Never two members with one name: "CBS.log" again becomes "CBS~2.log".
        QString unique = sanitizeMemberName(name);
        const QString base = unique;
        for (int n = 2; d->names.contains(unique.toLower()); ++n) {
            const qsizetype slash = base.lastIndexOf(u'/');
            const qsizetype dot = base.lastIndexOf(u'.');
            const qsizetype at = dot > slash + 1 ? dot : base.size();
            unique = base.left(at) + QStringLiteral("~%1").arg(n) + base.mid(at);
        }
        d->names.insert(unique.toLower());
        d->queue.push_back(Member{unique, std::move(open), offset, maxLength, modified, std::move(done)});
    }
    d->wake.notify_all();
}

void BundleWriter::addFile(const QString &name, const QString &path, qint64 offset, qint64 maxLength,
                           DoneFunction done)
{
    auto open = [path](QString *error) -> std::unique_ptr<QIODevice> {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = file->errorString();
            return nullptr;
        }
        return file;
    };
    addDevice(name, open, offset, maxLength, QFileInfo(path).lastModified(), std::move(done));
}

void BundleWriter::addData(const QString &name, const QByteArray &data, DoneFunction done)
{
    auto open = [data](QString *) -> std::unique_ptr<QIODevice> {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(data);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    };
    addDevice(name, open, 0, -1, QDateTime::currentDateTime(), std::move(done));
}

bool BundleWriter::finish(QString *error)
{
    if (!d->opened) {
        if (error)
            *error = QStringLiteral("the bundle was never opened");
        return false;
    }
    {
        std::lock_guard lock(d->mutex);
        d->finishing = true;
    }
    d->wake.notify_all();
    if (d->thread.joinable())
        d->thread.join();
    d->pool.waitForDone();

    QString message;
    {
        std::lock_guard lock(d->mutex);
        message = d->error;
    }
    if (message.isEmpty() && !d->aborted) {
        d->zip.close();
        if (d->zip.getZipError() != ZIP_OK)
            message = d->zipError(QStringLiteral("writing the zip directory"), d->zip.getZipError());
    } else if (d->zip.isOpen()) {
        d->zip.close();
    }
    if (message.isEmpty() && d->aborted)
        message = QStringLiteral("cancelled");
    if (message.isEmpty()) {
        QFile::remove(d->finalPath);
        if (!QFile::rename(d->partPath, d->finalPath))
            message = QStringLiteral("cannot rename %1 to %2").arg(d->partPath, d->finalPath);
    }
    if (!message.isEmpty()) {
        QFile::remove(d->partPath);
        d->opened = false;
        if (error)
            *error = message;
        return false;
    }
    m_zipSize = QFileInfo(d->finalPath).size();
    d->committed = true;
    return true;
}

void BundleWriter::abort()
{
    d->aborted = true;
    d->wake.notify_all();
    if (d->thread.joinable())
        d->thread.join();
    d->pool.waitForDone();
    if (d->zip.isOpen())
        d->zip.close();
    if (d->opened && !d->committed)
        QFile::remove(d->partPath);
    d->opened = false;
}

void BundleWriter::run()
{
    const std::size_t maxInFlight = std::size_t(d->threads) * 2 + 2;
    std::deque<Chunk> inFlight;
    std::shared_ptr<MemberState> reading;
    std::unique_ptr<QIODevice> device;
    qint64 remaining = 0;
    QByteArray previousTail;   // last 32 KiB of the member, the next chunk's dictionary
    zipFile zf = d->zip.getZipFile();

    auto report = [](MemberState &m) {
        m.result.sha256 = m.sha.result();
        if (m.member.done)
            m.member.done(m.result);
    };

    // Takes the next member off the queue; blocks only when nothing is being compressed.
    auto nextMember = [&]() -> bool {
        std::unique_lock lock(d->mutex);
        if (inFlight.empty())
            d->wake.wait(lock, [&] { return !d->queue.empty() || d->finishing || d->aborted; });
        if (d->queue.empty() || d->aborted)
            return false;
        reading = std::make_shared<MemberState>();
        reading->member = std::move(d->queue.front());
        d->queue.pop_front();
        return true;
    };

    auto submit = [&](QByteArray data, bool last) {
        Chunk chunk;
        chunk.member = reading;
        chunk.length = data.size();
        chunk.last = last;
        auto task = std::make_shared<std::packaged_task<DeflatedChunk()>>(
            [data, dict = previousTail, last, level = d->level] { return deflateChunk(data, dict, last, level); });
        chunk.compressed = task->get_future();
        d->pool.start([task] { (*task)(); });
        previousTail = data.size() >= DeflateWindow ? data.right(DeflateWindow)
                                                    : QByteArray(previousTail + data).right(DeflateWindow);
        inFlight.push_back(std::move(chunk));
        if (last) {
            reading.reset();
            device.reset();
            previousTail.clear();
        }
    };

    while (!d->aborted) {
        // Read ahead and keep the pool busy.
        while (inFlight.size() < maxInFlight && !d->aborted) {
            if (!reading) {
                if (!nextMember())
                    break;
                MemberState &m = *reading;
                m.result.name = m.member.name;
                QString error;
                device = m.member.open(&error);
                if (device && m.member.offset > 0 && !device->seek(m.member.offset)) {
                    error = device->errorString();
                    device.reset();
                }
                if (!device) {
                    // Nothing stored: no zip entry, just the reason.
                    m.result.error = error.isEmpty() ? QStringLiteral("cannot open") : error;
                    report(m);
                    reading.reset();
                    continue;
                }
                remaining = m.member.maxLength >= 0 ? m.member.maxLength : std::numeric_limits<qint64>::max();
            }
            QByteArray data(qsizetype(qMin<qint64>(ChunkSize, remaining)), Qt::Uninitialized);
            const qint64 got = data.isEmpty() ? 0 : device->read(data.data(), data.size());
            if (got < 0) {
                reading->result.error = QStringLiteral("read error after %1 bytes: %2")
                                            .arg(reading->result.size).arg(device->errorString());
                submit(QByteArray(), true);
                continue;
            }
            data.truncate(qsizetype(got));
            remaining -= got;
            reading->sha.addData(data);
            reading->result.size += got;
            m_bytesIn += got;
            const bool last = got == 0 || remaining == 0 || (device->atEnd() && !device->isSequential());
            submit(std::move(data), last);
        }
        if (inFlight.empty()) {
            std::lock_guard lock(d->mutex);
            if (d->finishing && d->queue.empty() && !reading)
                break;
            continue;
        }
        // Write the oldest chunk: members stay contiguous and in order.
        Chunk chunk = std::move(inFlight.front());
        inFlight.pop_front();
        const DeflatedChunk out = chunk.compressed.get();
        MemberState &m = *chunk.member;
        if (!out.ok) {
            d->fail(QStringLiteral("zlib could not compress %1").arg(m.member.name));
            break;
        }
        if (!m.entryOpen) {
            const zip_fileinfo zi = fileInfoFor(m.member.modified);
            const QByteArray name = m.member.name.toUtf8();
            // The UTF-8 flag only where it matters: QuaZip marks flagged zip64 members
            // "needs 6.3", which Info-ZIP unzip 6.0 refuses; ASCII names need no flag.
            bool ascii = true;
            for (char c : name)
                ascii = ascii && uchar(c) < 0x80;
            const int rc = zipOpenNewFileInZip4_64(zf, name.constData(), &zi, nullptr, 0, nullptr, 0, nullptr,
                                                   Z_DEFLATED, d->level, 1, -MAX_WBITS, DEF_MEM_LEVEL,
                                                   Z_DEFAULT_STRATEGY, nullptr, 0, MadeBy,
                                                   ascii ? 0u : ZIP_ENCODING_UTF8, 1);
            if (rc != ZIP_OK) {
                d->fail(d->zipError(QStringLiteral("adding %1").arg(m.member.name), rc));
                break;
            }
            m.entryOpen = true;
        }
        if (!out.data.isEmpty()) {
            const int rc = zipWriteInFileInZip(zf, out.data.constData(), unsigned(out.data.size()));
            if (rc != ZIP_OK) {
                d->fail(d->zipError(QStringLiteral("writing %1").arg(m.member.name), rc));
                break;
            }
        }
        m.result.crc32 = combineCrc32(m.result.crc32, out.crc32, chunk.length);   // crc32("") == 0
        m.result.compressedSize += out.data.size();
        m_bytesOut += out.data.size();
        if (chunk.last) {
            const int rc = zipCloseFileInZipRaw64(zf, ZPOS64_T(m.result.size), uLong(m.result.crc32));
            if (rc != ZIP_OK) {
                d->fail(d->zipError(QStringLiteral("closing %1").arg(m.member.name), rc));
                break;
            }
            m.entryOpen = false;
            m.result.ok = m.result.error.isEmpty();
            report(m);
        }
    }
    // Let queued compressions finish before their buffers go away.
    for (Chunk &chunk : inFlight) {
        if (chunk.compressed.valid())
            chunk.compressed.wait();
    }
}

QString sanitizeMemberName(const QString &name)
{
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList parts;
    for (QString part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == u"." || part == u"..")
            continue;
        for (QChar &c : part) {
            if (c.unicode() < 0x20 || QStringView(u"<>:\"|?*").contains(c))
                c = QLatin1Char('_');
        }
        parts << part;
    }
    return parts.isEmpty() ? QStringLiteral("unnamed") : parts.join(QLatin1Char('/'));
}

} // namespace lt::bundle
