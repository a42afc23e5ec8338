#pragma once

#include "collecttypes.h"
#include "profile.h"

#include <QObject>

#include <memory>

namespace lt::collect {

class FileAccess;
class CollectorRun;

// Gathers the items of a profile into one bundle zip. start() returns at once; the work
// runs on a small worker pool (files and commands overlap) and on a writer thread that
// compresses members in parallel. All signals are emitted in the thread that owns the
// Collector (queued), so a window can connect them straight to widgets.
class Collector final : public QObject
{
    Q_OBJECT

public:
    explicit Collector(QObject *parent = nullptr);
    ~Collector() override;

    // Loads request.profile and starts. Errors (bad profile, unknown category, unwritable
    // output) arrive through finished() with bundleWritten == false.
    void start(const CollectRequest &request);
    // Same with an already loaded profile (the window loads it to show the categories).
    void start(const Profile &profile, const CollectRequest &request);
    // Kills running commands, stops reading, removes the .part file; finished() follows.
    void cancel();
    bool isRunning() const;

    // Testing hook: all file reads go through this layer (simulating access denied as root).
    void setFileAccess(std::shared_ptr<FileAccess> access);
    // Worker threads for gathering items (default 4: commands mostly wait).
    void setMaxParallelItems(int count);

signals:
    void itemStarted(const QString &itemId);
    void itemFinished(const lt::collect::ItemResult &result);
    void progressChanged(const lt::collect::CollectProgress &progress);
    void finished(const lt::collect::CollectOutcome &outcome);

private:
    void onRunFinished(const CollectOutcome &outcome);

    std::shared_ptr<FileAccess> m_access;
    std::unique_ptr<CollectorRun> m_run;
    int m_maxParallelItems = 4;
    bool m_running = false;
};

// Desktop/logtriage-HOST-YYYYmmdd-HHMMSS.zip (home when there is no desktop folder).
QString defaultBundlePath();
// Administrator (elevated token) on Windows, root elsewhere.
bool isElevated();

} // namespace lt::collect
