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

    TimelineView *view() const { return m_view; }

signals:
    // A row was activated (double-click / Enter): `sourceIndex` into sources(), 1-based line.
    void lineActivated(int sourceIndex, qint64 line);

private:
    TimelineView *m_view = nullptr;
    class QLabel *m_status = nullptr;
};

} // namespace lt::ui
