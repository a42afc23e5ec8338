#pragma once

#include "collecttypes.h"
#include "profile.h"

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace lt::collect {

class FileAccess;
class ItemJob;

// One collection, on its own driver thread: plans the items, gathers them on a worker pool,
// writes the bundle, then the manifest. Callbacks run on worker threads; Collector turns
// them into queued signals.
class CollectorRun final
{
public:
    struct Callbacks {
        std::function<void(const QString &)> itemStarted;
        std::function<void(const ItemResult &)> itemFinished;
        std::function<void(const CollectOutcome &)> finished;
    };

    CollectorRun(Profile profile, CollectRequest request, std::shared_ptr<FileAccess> access,
                 int parallelItems, Callbacks callbacks);
    ~CollectorRun();   // cancels and waits

    void start();
    void cancel();
    CollectProgress progress() const;

    // The items a request selects, in profile order, custom paths last. Fails on unknown categories.
    static QList<Item> plan(const Profile &profile, const CollectRequest &request, QString *error);

private:
    void run();

    Profile m_profile;
    CollectRequest m_request;
    std::shared_ptr<FileAccess> m_access;
    int m_parallel = 4;
    Callbacks m_callbacks;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_bytesQueued{0};
    std::atomic<void *> m_writer{nullptr};
    mutable std::mutex m_currentMutex;
    QString m_current;
};

} // namespace lt::collect
