#pragma once

#include "triagereport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace lt::triage {

class RuleBook;

// Triage of bundles, folders and log files, klogg-style: start() returns at once, files are
// parsed in parallel on the global thread pool (streamed in chunks, never loaded whole),
// progress and per-file results are signalled on the engine's thread, then finished().
class TriageEngine final : public QObject
{
    Q_OBJECT

public:
    explicit TriageEngine(QObject *parent = nullptr);
    ~TriageEngine() override;

    // Paths: bundle zips, folders or single log files (mixed is fine).
    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const;

    // The same work, synchronously (CLI, tests). Uses the built-in rules.
    static TriageReport triagePaths(const QStringList &paths);
    static TriageReport triagePaths(const QStringList &paths, const RuleBook &rules,
                                    const std::atomic_bool *cancelled = nullptr);

signals:
    void progress(int done, int total, const QString &current);
    void fileTriaged(const lt::triage::FileReport &report);
    void finished(const lt::triage::TriageReport &report);

private:
    struct Run;
    std::shared_ptr<Run> m_run;
};

} // namespace lt::triage
