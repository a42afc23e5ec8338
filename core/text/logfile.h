#pragma once

#include "encodingdetector.h"
#include "textposition.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace lt::text {

class FileSnapshot;

// One log file on disk, klogg-style: open() returns at once; a worker thread maps the file,
// detects the encoding and indexes the lines in chunks on all cores. The first screen of lines
// is readable within milliseconds (linesAppended), long before indexingFinished. With follow
// on, growth extends the index without re-reading and truncation/replacement re-opens it.
// Thread-safety: create, open and connect on one (usually the GUI) thread; the const readers
// (line(), lines(), rawLine(), lineCount()...) may be called from any thread.
class LogFile final : public QObject
{
    Q_OBJECT

public:
    explicit LogFile(QObject *parent = nullptr);
    ~LogFile() override;

    // Starts opening `path` (closing any current file); the result arrives as signals.
    void open(const QString &path);
    void close();

    QString path() const;
    bool isIndexing() const;
    // Lines indexed so far (grows while indexing/following). A file without a final newline
    // still counts its last line; an empty file has 0 lines.
    qint64 lineCount() const;
    qint64 fileSize() const;
    EncodingGuess encoding() const;
    QString encodingName() const;
    LineEnding lineEnding() const;
    // Bytes used by the line index (grows ~2 bytes/line; everything else is fixed-size).
    qint64 indexMemory() const;

    // Decoded text of a line without its terminator, cut at MaxDisplayLineBytes.
    // Empty for a line number out of range.
    QString line(LineNumber line) const;
    QStringList lines(LineNumber first, qint64 count) const;
    // All bytes of the line in the file's encoding, terminator excluded, never truncated.
    QByteArray rawLine(LineNumber line) const;
    // Length of the line's content in bytes (to tell the viewer it was truncated).
    qint64 lineByteLength(LineNumber line) const;
    bool isLineTruncated(LineNumber line) const { return lineByteLength(line) > MaxDisplayLineBytes; }
    ByteOffset lineOffset(LineNumber line) const;
    LineNumber lineAtOffset(ByteOffset offset) const;

    // Follow mode (tail -f): watch the file and pick up appends, truncation and replacement.
    void setFollow(bool follow);
    bool follow() const { return m_follow; }
    // Looks at the file now (follow mode does this on change notifications and a timer).
    void checkForChanges();

    // What searches and other workers read from; stays valid after close() or a reset.
    std::shared_ptr<const FileSnapshot> snapshot() const;

signals:
    void indexingProgressed(int percent);
    void indexingFinished(bool ok, const QString &error);
    // The line count grew (first screen, further chunks, appended data in follow mode).
    void linesAppended(qint64 newCount);
    // The file was truncated or replaced: everything known about it is gone, indexing restarts.
    void fileReset();

private:
    struct Private;
    // Stops the worker and hands back what the current file held (mapping, index).
    std::vector<std::shared_ptr<const void>> detach();
    void startIndexing(qint64 from);
    void onWorkerProgress(quint64 generation, int percent, qint64 lines);
    void onWorkerFinished(quint64 generation, bool ok, const QString &error);

    std::unique_ptr<Private> d;
    bool m_follow = false;
};

} // namespace lt::text
