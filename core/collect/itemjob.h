#pragma once

#include "collecttypes.h"
#include "profile.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace lt::bundle {
class BundleWriter;
}

namespace lt::collect {

class FileAccess;
class PathResolver;

// Everything an item needs while it is gathered. Shared by all items of a run.
struct GatherContext {
    const PathResolver *resolver = nullptr;
    const FileAccess *access = nullptr;
    lt::bundle::BundleWriter *writer = nullptr;
    QString replayDir;
    QString tempDir;                   // for commands that write a file ({outfile})
    bool onWindows = false;            // real Windows, or replaying a Windows profile
    const std::atomic<bool> *cancel = nullptr;
    std::atomic<qint64> *bytesQueued = nullptr;
};

// One item of a run. The item is finished when its gathering is over and the writer has
// stored (or failed to store) each member it queued; then `onFinished` runs once, on
// whichever thread got there last. Thread-safe.
class ItemJob final : public std::enable_shared_from_this<ItemJob>
{
public:
    ItemJob(Item item, std::function<void(const ItemResult &)> onFinished);

    const Item &item() const { return m_item; }
    // Gathers on the calling thread (a collector worker); returns once members are queued.
    void gather(const GatherContext &context);
    // For items that never ran (cancelled before start, or the run was aborted).
    void finishAs(ItemStatus status, const QString &reason);
    bool isFinished() const;

    // Used by the kind-specific gatherers.
    void note(ItemStatus status, const QString &reason);
    // `affectsStatus` false: listed in the manifest only (links not followed, files over a cap).
    void notStored(const QString &source, ItemStatus status, const QString &reason, bool affectsStatus = true);
    void setExitCode(int code);
    void storeFile(const GatherContext &c, const QString &bundleName, const QString &realPath,
                   const QString &sourcePath, qint64 offset, qint64 sourceSize, bool truncated);
    void storeData(const GatherContext &c, const QString &bundleName, const QByteArray &data,
                   const QString &sourcePath, const QString &encoding, bool truncated);

private:
    void release();
    void finalizeLocked();

    Item m_item;
    std::function<void(const ItemResult &)> m_onFinished;
    mutable std::mutex m_mutex;
    ItemResult m_result;
    QStringList m_reasons;
    int m_pending = 1;   // the gathering itself, then one per queued member
    bool m_finished = false;
    QElapsedTimer m_clock;
};

// The gatherers per kind (itemgatherers.cpp).
void gatherFiles(ItemJob &job, const GatherContext &c);
void gatherDir(ItemJob &job, const GatherContext &c);
void gatherCommand(ItemJob &job, const GatherContext &c);

} // namespace lt::collect
