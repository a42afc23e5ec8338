#include "timelinepane.h"

#include "text/logfile.h"
#include "timelinemerger.h"
#include "timelineview.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lt::ui {

struct TimelinePane::Private {
    QList<TimelineSource> sources;
    QList<lt::text::LogFile *> files;
    TimelineMerger *merger = nullptr;
    QLabel *status = nullptr;
    bool merging = false;
};

TimelinePane::TimelinePane(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    m_view = new TimelineView(repository, this);
    d->merger = new TimelineMerger(this);
    d->status = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(d->status);
    d->status->setContentsMargins(4, 2, 4, 2);
    connect(d->merger, &TimelineMerger::rowsAppended, this, [this] {
        m_view->rowsAppended();
        updateStatus();
    });
    connect(d->merger, &TimelineMerger::finished, this, [this] {
        d->merging = false;
        m_view->rowsAppended();
        updateStatus();
        emit mergeFinished();
    });
    connect(m_view, &TimelineView::rowClicked, this, &TimelinePane::lineClicked);
    connect(m_view, &TimelineView::rowActivated, this, &TimelinePane::lineActivated);
    updateStatus();
}

TimelinePane::~TimelinePane()
{
    d->merger->cancel();
    delete d;
}

void TimelinePane::setSources(const QList<TimelineSource> &sources)
{
    clear();
    d->sources = sources;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        auto *file = new lt::text::LogFile(this);
        connect(file, &lt::text::LogFile::indexingFinished, this, &TimelinePane::startMergeWhenIndexed);
        d->files.append(file);
    }
    m_view->setSources(d->sources, d->files, d->merger);
    d->merging = !sources.isEmpty();
    // Open after connecting: a small file may finish indexing right away.
    for (int i = 0; i < sources.size(); ++i)
        d->files[i]->open(sources[i].localPath);
    updateStatus();
}

void TimelinePane::startMergeWhenIndexed()
{
    // The merge reads complete indexes; start once every file is done.
    for (const lt::text::LogFile *file : std::as_const(d->files)) {
        if (file->isIndexing())
            return;
    }
    if (d->merger->isRunning() || d->merger->entryCount() > 0)
        return;
    QList<TimelineMerger::Input> inputs;
    for (int i = 0; i < d->files.size(); ++i)
        inputs.append({d->files[i]->snapshot(), d->sources[i].format});
    d->merger->start(inputs);
}

void TimelinePane::clear()
{
    d->merger->reset();
    m_view->clear();
    qDeleteAll(d->files);
    d->files.clear();
    d->sources.clear();
    d->merging = false;
    updateStatus();
}

QList<TimelineSource> TimelinePane::sources() const
{
    return d->sources;
}

bool TimelinePane::isMerging() const
{
    return d->merging;
}

void TimelinePane::updateStatus()
{
    const QLocale locale;
    if (d->sources.isEmpty())
        d->status->setText(tr("Select several logs to see their lines merged by time."));
    else if (d->merging)
        d->status->setText(tr("Merging %1 logs by time… %2 lines so far")
                               .arg(d->sources.size()).arg(locale.toString(m_view->rowCount())));
    else
        d->status->setText(tr("%1 logs, %2 lines merged by time (lines without a time stay with the line before)")
                               .arg(d->sources.size()).arg(locale.toString(m_view->rowCount())));
}

void TimelinePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QWidget::changeEvent(event);
}

} // namespace lt::ui
