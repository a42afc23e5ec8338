#pragma once

#include "triage/logformat.h"

#include <QObject>
#include <QReadWriteLock>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace lt::text {
class FileSnapshot;
}

namespace lt::ui {

// K-way merge of several indexed files by line timestamp, on a worker thread: each file is
// read as a stream of (timestamp, line) in file order, a heap picks the earliest head, ties go
// to the earlier source. Only the merged order is stored (8 bytes a line: source + line number),
// never the text. Lines without their own time keep the previous line's (TimestampExtractor),
// so a wrapped entry stays in one piece. Rows stream out while the merge runs.
// Thread-safety: control from one thread; entryCount()/entry() may be called from any thread.
class TimelineMerger final : public QObject
{
    Q_OBJECT

public:
    struct Input {
        std::shared_ptr<const lt::text::FileSnapshot> file;
        lt::triage::LogFormat format = lt::triage::LogFormat::Unknown;
    };
    struct Entry {
        int source = 0;
        qint64 line = 0;   // 0-based
    };

    explicit TimelineMerger(QObject *parent = nullptr);
    ~TimelineMerger() override;   // cancels and waits

    void start(QList<Input> inputs);
    void cancel();
    // Cancels and forgets every row.
    void reset();
    bool isRunning() const { return m_running.load(); }

    qint64 entryCount() const;
    Entry entry(qint64 row) const;
    // Timestamp (ms, wall clock) of a merged row; -1 when its file had none before it.
    qint64 timestamp(qint64 row) const;

signals:
    void rowsAppended(qint64 total);
    void finished(bool complete);

private:
    void run(QList<Input> inputs);

    mutable QReadWriteLock m_lock;
    std::vector<quint64> m_entries;   // source << 48 | line
    std::vector<qint64> m_times;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    QThread *m_thread = nullptr;
};

} // namespace lt::ui
