#include "logfile.h"

#include "filesnapshot.h"
#include "lineindexer.h"
#include "mappedfile.h"

#include <QFileInfo>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <thread>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace lt::text {
namespace {

// What tells "the same file, grown" from "a different file under the same name".
struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
};

FileIdentity identify(const QString &path)
{
    FileIdentity id;
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.device = quint64(st.st_dev);
        id.inode = quint64(st.st_ino);
        id.size = qint64(st.st_size);
    }
#else
    const QFileInfo info(path);
    if (info.exists()) {
        // No inode in Qt's API: the creation time changes when a file is replaced.
        id.inode = quint64(info.birthTime().toMSecsSinceEpoch());
        id.size = info.size();
    }
#endif
    return id;
}

char16_t terminatorFor(LineEnding ending)
{
    // Mixed files split on LF (a CR before it is dropped); only pure CR files split on CR.
    return ending == LineEnding::Cr ? u'\r' : u'\n';
}

} // namespace

struct LogFile::Private {
    QString path;
    mutable QMutex mutex;   // guards snapshot (the pointer; the snapshot itself is thread-safe)
    std::shared_ptr<const FileSnapshot> snapshot;
    std::shared_ptr<LineIndex> index;
    FileIdentity identity;
    std::thread worker;
    std::atomic<bool> cancel{false};
    std::atomic<bool> indexing{false};
    quint64 generation = 0;   // bumps on open/close/reset; stale worker news is dropped
    QFileSystemWatcher *watcher = nullptr;
    QTimer *pollTimer = nullptr;
    bool recheckPending = false;
    std::vector<std::shared_ptr<const void>> retired;   // see open()

    void stopWorker()
    {
        cancel = true;
        if (worker.joinable())
            worker.join();
        cancel = false;
        indexing = false;
    }
};

LogFile::LogFile(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

LogFile::~LogFile()
{
    d->stopWorker();
}

void LogFile::open(const QString &path)
{
    // The previous file's mapping is dropped by the new worker once the new file is indexed:
    // munmap holds the process's memory map lock, which would stall the new file's mmap and
    // page faults (and so the first screen) for as long as the old mapping takes to go.
    d->retired = detach();
    d->path = path;
    d->identity = identify(path);
    d->index = std::make_shared<LineIndex>();
    startIndexing(-1);
    if (m_follow)
        setFollow(true);
}

void LogFile::close()
{
    auto retired = detach();
    // Unmapping a big, fully read file takes tens of milliseconds (page tables, TLB
    // shootdowns): not on this thread.
    if (!retired.empty())
        QThreadPool::globalInstance()->start([retired = std::move(retired)]() mutable { retired.clear(); });
}

std::vector<std::shared_ptr<const void>> LogFile::detach()
{
    d->stopWorker();
    ++d->generation;
    std::vector<std::shared_ptr<const void>> retired;
    QMutexLocker lock(&d->mutex);
    if (d->snapshot)
        retired.push_back(std::exchange(d->snapshot, nullptr));
    if (d->index)
        retired.push_back(std::exchange(d->index, nullptr));
    d->path.clear();
    return retired;
}

// Runs the worker: from < 0 opens the file fresh (encoding, index reset); otherwise maps the
// file again and indexes what lies after `from`, keeping everything before.
void LogFile::startIndexing(qint64 from)
{
    d->stopWorker();
    d->indexing = true;
    const quint64 generation = d->generation;
    const QString path = d->path;
    std::shared_ptr<LineIndex> index = d->index;
    std::shared_ptr<const FileSnapshot> previous = snapshot();
    auto retired = std::move(d->retired);
    d->retired.clear();

    d->worker = std::thread([this, generation, path, index, previous, from,
                             retired = std::move(retired)]() mutable {
        auto file = std::make_shared<MappedFile>();
        if (!file->open(path)) {
            const QString error = file->errorString();
            QMetaObject::invokeMethod(this, [this, generation, error] {
                onWorkerFinished(generation, false, error);
            }, Qt::QueuedConnection);
            return;
        }
        std::shared_ptr<const FileSnapshot> snap;
        if (from < 0 || !previous) {
            QByteArray scratch;
            const QByteArrayView head = file->bytes(0, EncodingSampleSize, scratch);
            const EncodingGuess guess = detectEncoding(head);
            const LineEnding ending = detectLineEnding(head, guess.encoding);
            const bool utf16 = guess.encoding == TextEncoding::Utf16LE
                || guess.encoding == TextEncoding::Utf16BE;
            index->reset(guess.bomLength, utf16 ? 2 : 1,
                         guess.encoding == TextEncoding::Utf16BE, terminatorFor(ending));
            snap = std::make_shared<FileSnapshot>(file, index, guess, ending);
        } else {
            snap = std::make_shared<FileSnapshot>(file, index, previous->encoding(),
                                                  previous->lineEnding());
        }
        {
            QMutexLocker lock(&d->mutex);
            if (generation == d->generation)
                d->snapshot = snap;
        }
        const qint64 start = from < 0 ? index->dataStart() : index->lastLineEnd();
        const qint64 total = qMax<qint64>(1, file->size() - start);
        file->adviseSequential();
        QString error;
        const bool ok = LineIndexer::run(*file, *index, start,
            LineIndexer::defaultThreadCount(), d->cancel,
            [&](qint64 done) {
                const int percent = int(100 * (done - start) / total);
                const qint64 lines = index->lineCount();
                QMetaObject::invokeMethod(this, [this, generation, percent, lines] {
                    onWorkerProgress(generation, percent, lines);
                }, Qt::QueuedConnection);
            }, &error);
        retired.clear();   // only now: see open()
        if (d->cancel)
            return;
        QMetaObject::invokeMethod(this, [this, generation, ok, error] {
            onWorkerFinished(generation, ok, error);
        }, Qt::QueuedConnection);
    });
}

void LogFile::onWorkerProgress(quint64 generation, int percent, qint64 lines)
{
    if (generation != d->generation)
        return;
    emit indexingProgressed(percent);
    emit linesAppended(lines);
}

void LogFile::onWorkerFinished(quint64 generation, bool ok, const QString &error)
{
    if (generation != d->generation)
        return;
    if (d->worker.joinable())
        d->worker.join();
    d->indexing = false;
    if (ok)
        emit linesAppended(lineCount());
    emit indexingProgressed(100);
    emit indexingFinished(ok, ok ? QString() : tr("Cannot read %1: %2").arg(d->path, error));
    if (d->recheckPending) {
        d->recheckPending = false;
        checkForChanges();
    }
}

QString LogFile::path() const { return d->path; }
bool LogFile::isIndexing() const { return d->indexing; }

std::shared_ptr<const FileSnapshot> LogFile::snapshot() const
{
    QMutexLocker lock(&d->mutex);
    return d->snapshot;
}

qint64 LogFile::lineCount() const
{
    const auto snap = snapshot();
    return snap ? snap->lineCount() : 0;
}

qint64 LogFile::fileSize() const
{
    const auto snap = snapshot();
    return snap ? snap->file().size() : 0;
}

EncodingGuess LogFile::encoding() const
{
    const auto snap = snapshot();
    return snap ? snap->encoding() : EncodingGuess{};
}

QString LogFile::encodingName() const { return lt::text::encodingName(encoding().encoding); }

LineEnding LogFile::lineEnding() const
{
    const auto snap = snapshot();
    return snap ? snap->lineEnding() : LineEnding::None;
}

qint64 LogFile::indexMemory() const
{
    const auto snap = snapshot();
    return snap ? snap->index().memoryBytes() : 0;
}

QString LogFile::line(LineNumber line) const
{
    const auto snap = snapshot();
    return snap ? snap->line(line) : QString();
}

QStringList LogFile::lines(LineNumber first, qint64 count) const
{
    QStringList out;
    const auto snap = snapshot();
    if (!snap)
        return out;
    const qint64 end = qMin(first.get() + count, snap->lineCount());
    out.reserve(qMax<qint64>(0, end - first.get()));
    for (LineNumber n = first; n.get() < end; ++n)
        out.append(snap->line(n));
    return out;
}

QByteArray LogFile::rawLine(LineNumber line) const
{
    const auto snap = snapshot();
    return snap ? snap->rawLine(line) : QByteArray();
}

qint64 LogFile::lineByteLength(LineNumber line) const
{
    const auto snap = snapshot();
    ByteOffset begin, end;
    if (!snap || !snap->span(line, &begin, &end))
        return 0;
    return end - begin;
}

ByteOffset LogFile::lineOffset(LineNumber line) const
{
    const auto snap = snapshot();
    ByteOffset begin, end;
    if (!snap || !snap->span(line, &begin, &end))
        return ByteOffset(-1);
    return begin;
}

LineNumber LogFile::lineAtOffset(ByteOffset offset) const
{
    const auto snap = snapshot();
    return snap ? snap->index().lineAt(offset) : LineNumber(0);
}

void LogFile::setFollow(bool follow)
{
    m_follow = follow;
    // deleteLater: this may run inside one of their own signals (via checkForChanges).
    if (d->watcher)
        d->watcher->deleteLater();
    d->watcher = nullptr;
    if (d->pollTimer)
        d->pollTimer->deleteLater();
    d->pollTimer = nullptr;
    if (!follow || d->path.isEmpty())
        return;
    // Change notifications are quick but miss events on some file systems (network shares,
    // some editors' replace-by-rename); a slow poll backs them up.
    d->watcher = new QFileSystemWatcher(QStringList{d->path}, this);
    connect(d->watcher, &QFileSystemWatcher::fileChanged, this, &LogFile::checkForChanges);
    d->pollTimer = new QTimer(this);
    d->pollTimer->setInterval(1000);
    connect(d->pollTimer, &QTimer::timeout, this, &LogFile::checkForChanges);
    d->pollTimer->start();
}

void LogFile::checkForChanges()
{
    if (d->path.isEmpty())
        return;
    if (d->indexing) {
        d->recheckPending = true;   // look again when the current pass is done
        return;
    }
    const FileIdentity now = identify(d->path);
    const FileIdentity &was = d->identity;
    if (now.size < 0)
        return;   // gone for a moment (rotation in progress): keep showing what we have
    if (d->watcher && !d->watcher->files().contains(d->path))
        d->watcher->addPath(d->path);   // replaced files drop out of the watch list
    const bool replaced = now.inode != was.inode || now.device != was.device;
    const qint64 indexed = d->index ? d->index->indexedSize() : 0;
    if (replaced || now.size < indexed) {
        const QString path = d->path;
        open(path);
        emit fileReset();
        return;
    }
    d->identity = now;
    if (now.size > indexed)
        startIndexing(d->index->lastLineEnd());
}

} // namespace lt::text
