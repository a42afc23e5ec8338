#pragma once

#include "timelinesource.h"

#include <KSyntaxHighlighting/Theme>

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>

#include <memory>
#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}
namespace lt::text {
class LogFile;
}

namespace lt::ui {

class LogHighlighter;
class TimelineMerger;

// Paints the merged timeline: one row per line of any source, a colour stripe and the source
// name in a column on the left, then the line as written (highlighted with its source's
// definition, error/warning rows tinted like the log view). Virtualized like LogView.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~TimelineView() override;

    // The files must stay open while shown; `merger` supplies the row order.
    void setSources(const QList<TimelineSource> &sources, const QList<lt::text::LogFile *> &files,
                    TimelineMerger *merger);
    void clear();
    void rowsAppended();

    qint64 rowCount() const;
    qint64 currentRow() const { return m_current; }
    void setCurrentRow(qint64 row);
    qint64 topRow() const { return m_top; }
    // The source index and 0-based line shown on a row.
    QPair<int, qint64> rowSource(qint64 row) const;
    QString rowText(qint64 row) const;
    static QColor sourceColor(int index, bool dark);

signals:
    void rowClicked(int sourceIndex, qint64 line);     // 1-based line
    void rowActivated(int sourceIndex, qint64 line);   // 1-based line

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int rowsPerPage() const;
    qint64 maxTop() const;
    int nameColumnWidth() const;
    void updateScrollBar();
    void scrollTo(qint64 top);
    void applyTheme();

    KSyntaxHighlighting::Repository *m_repository;
    KSyntaxHighlighting::Theme m_theme;
    QList<TimelineSource> m_sources;
    QList<lt::text::LogFile *> m_files;
    std::vector<std::unique_ptr<LogHighlighter>> m_highlighters;
    TimelineMerger *m_merger = nullptr;
    qint64 m_top = 0;
    qint64 m_current = -1;
    bool m_settingBar = false;
    int m_maxWidth = 0;
};

} // namespace lt::ui
