#pragma once

#include "timelinesource.h"

#include <QWidget>

namespace KSyntaxHighlighting {
class Repository;
}

namespace lt::ui {

class TimelineView;

// Several logs interleaved by timestamp (CBS + DISM + WindowsUpdate + setupapi), each source
// coloured and named in its own column. The merge streams through the files (k-way merge on
// per-file timestamps) and never loads a whole file.
class TimelinePane final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePane(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~TimelinePane() override;

    // Starts merging (returns at once; rows appear as the merge progresses).
    void setSources(const QList<TimelineSource> &sources);
    void clear();
    QList<TimelineSource> sources() const;
    bool isMerging() const;

    TimelineView *view() const { return m_view; }

signals:
    // A row was clicked: `sourceIndex` into sources(), 1-based line (the shell may sync a LogPane).
    void lineClicked(int sourceIndex, qint64 line);
    // A row was activated (double-click / Enter): open that source at that line.
    void lineActivated(int sourceIndex, qint64 line);
    // The merge finished (all rows are there).
    void mergeFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    void startMergeWhenIndexed();
    void updateStatus();

    TimelineView *m_view = nullptr;
    Private *d = nullptr;
};

} // namespace lt::ui
