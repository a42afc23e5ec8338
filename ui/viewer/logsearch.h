#pragma once

#include "text/hitlist.h"
#include "text/searchoptions.h"

#include <QObject>

#include <memory>

namespace lt::text {
class LineMatcher;
class LogFile;
class SearchJob;
}

namespace lt::ui {

// One restartable background search over a LogFile (the engine's SearchJob): the find bar's
// pattern, or the level filter's classifier pattern. Starting again cancels the previous job.
class LogSearch final : public QObject
{
    Q_OBJECT

public:
    explicit LogSearch(QObject *parent = nullptr);
    ~LogSearch() override;

    // Starts searching `file` for `options` (returns at once). An empty pattern clears.
    void start(lt::text::LogFile *file, const lt::text::SearchOptions &options);
    void clear();
    void cancel();

    bool isActive() const { return m_hits != nullptr; }
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    const lt::text::SearchOptions &options() const { return m_options; }
    std::shared_ptr<const lt::text::HitList> hits() const { return m_hits; }
    qint64 hitCount() const { return m_hits ? m_hits->size() : 0; }
    // For highlighting matches in visible lines; null when inactive or the pattern is invalid.
    std::shared_ptr<const lt::text::LineMatcher> matcher() const { return m_matcher; }
    QString errorString() const { return m_error; }

signals:
    void hitsFound(qint64 total);
    void progress(int percent);
    void finished(bool ok);

private:
    std::unique_ptr<lt::text::SearchJob> m_job;
    std::shared_ptr<const lt::text::HitList> m_hits;
    std::shared_ptr<const lt::text::LineMatcher> m_matcher;
    lt::text::SearchOptions m_options;
    QString m_error;
    bool m_finished = false;
};

} // namespace lt::ui
