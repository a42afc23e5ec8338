#include "logsearch.h"

#include "text/linematcher.h"
#include "text/logfile.h"
#include "text/searchjob.h"

namespace lt::ui {

LogSearch::LogSearch(QObject *parent)
    : QObject(parent)
{
}

LogSearch::~LogSearch() = default;

void LogSearch::start(lt::text::LogFile *file, const lt::text::SearchOptions &options)
{
    clear();
    if (!file || options.pattern.isEmpty())
        return;
    m_options = options;
    auto matcher = std::make_shared<lt::text::LineMatcher>(options, file->encoding().encoding);
    if (!matcher->isValid()) {
        m_error = matcher->errorString();
        m_finished = true;
        emit finished(false);
        return;
    }
    m_matcher = std::move(matcher);
    m_job = std::make_unique<lt::text::SearchJob>(file->snapshot(), options);
    m_hits = m_job->hits();
    connect(m_job.get(), &lt::text::SearchJob::hitsFound, this, &LogSearch::hitsFound);
    connect(m_job.get(), &lt::text::SearchJob::progress, this, &LogSearch::progress);
    connect(m_job.get(), &lt::text::SearchJob::finished, this,
            [this](lt::text::SearchStatus status, qint64 total, const QString &error) {
                m_finished = true;
                m_error = error;
                emit hitsFound(total);
                emit finished(status == lt::text::SearchStatus::Finished);
            });
    m_job->start();
}

void LogSearch::clear()
{
    if (m_job) {
        // Never wait for a running job in the GUI thread (its destructor would): let it stop
        // within its current chunk and delete itself when it says so.
        lt::text::SearchJob *job = m_job.release();
        job->disconnect(this);
        connect(job, &lt::text::SearchJob::finished, job, &QObject::deleteLater);
        job->cancel();
        if (!job->isRunning())
            delete job;
    }
    m_hits.reset();
    m_matcher.reset();
    m_options = {};
    m_error.clear();
    m_finished = false;
}

void LogSearch::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool LogSearch::isRunning() const
{
    return m_job && m_job->isRunning();
}

} // namespace lt::ui
