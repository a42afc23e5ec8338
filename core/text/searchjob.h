#pragma once

#include "hitlist.h"
#include "searchoptions.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace lt::text {

class FileSnapshot;

// Searches a whole file for lines matching SearchOptions, klogg-style: start() returns at
// once; the file is cut into chunks searched on all cores; hits stream into hits() in line
// order (hitsFound) with progress, and cancel() stops within one chunk. Covers the lines
// indexed when the search starts. A "hit" is a matching line (like `rg -c` counts).
// Thread-safety: control it from one thread; hits() may be read from any thread.
class SearchJob final : public QObject
{
    Q_OBJECT

public:
    SearchJob(std::shared_ptr<const FileSnapshot> file, SearchOptions options,
              QObject *parent = nullptr);
    ~SearchJob() override;   // cancels and waits

    void start();
    void cancel();
    bool isRunning() const { return m_running.load(); }
    // Runs the search in the calling thread (plus helper threads) and returns when done;
    // signals are emitted as with start(). For the CLI, triage and benchmarks.
    SearchStatus run();

    const SearchOptions &options() const { return m_options; }
    std::shared_ptr<const HitList> hits() const { return m_hits; }
    qint64 hitCount() const { return m_hits->size(); }
    QString errorString() const { return m_error; }

    // Worker threads to use (default: all cores).
    void setThreadCount(int threads) { m_threads = threads; }

signals:
    void hitsFound(qint64 totalHits);
    void progress(int percent);
    void finished(lt::text::SearchStatus status, qint64 totalHits, const QString &error);

private:
    SearchStatus execute();

    std::shared_ptr<const FileSnapshot> m_file;
    SearchOptions m_options;
    std::shared_ptr<HitList> m_hits;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    QString m_error;
    int m_threads = 0;
    class QThread *m_thread = nullptr;
};

} // namespace lt::text
