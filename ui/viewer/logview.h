#pragma once

#include "lineclassifier.h"
#include "linemarker.h"
#include "triage/logformat.h"
#include "text/linefilter.h"

#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractScrollArea>
#include <QCache>
#include <QTextLayout>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}
namespace lt::text {
class LineMatcher;
class LogFile;
}

namespace lt::ui {

class LogHighlighter;
class MarkerScrollBar;
struct HResultToken;

// The virtualized log view (klogg-style): paints only the visible lines of a
// lt::text::LogFile, whatever its size. Rows are what the LineFilter shows (all lines, search
// hits, lines with findings); line numbers are 0-based file lines inside, 1-based on screen.
// The vertical scrollbar works in rows, scaled into a bounded range for files with more rows
// than a QScrollBar's int can take smoothly.
class LogView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    struct Position {
        qint64 line = 0;        // 0-based file line
        qsizetype column = 0;   // UTF-16 offset in the decoded line
        bool operator==(const Position &) const = default;
    };

    explicit LogView(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~LogView() override;

    void openFile(const QString &path, lt::triage::LogFormat format);
    void close();
    lt::text::LogFile *logFile() const { return m_file; }
    lt::triage::LogFormat format() const { return m_format; }

    // Row filter (see lt::text::LineFilter).
    void showAllLines();
    void showHits(std::shared_ptr<const lt::text::HitList> hits);
    void showLines(QList<lt::text::LineNumber> lines);
    void refreshRows();   // the rows changed
    // A shown hit list grew (a search is streaming): repaints only if new rows can be visible.
    void rowsGrew();
    lt::text::LineFilter::Mode filterMode() const { return m_filter.mode(); }
    qint64 rowCount() const { return m_filter.rowCount(); }
    qint64 lineForRow(qint64 row) const { return m_filter.lineForRow(row).get(); }

    // Moves the cursor to a 0-based line (selecting `selectLength` units from `column`),
    // scrolls it to the middle of the view if it is not visible.
    void goToLine(qint64 line, qsizetype column = 0, qsizetype selectLength = 0);
    qint64 currentLine() const { return m_file ? m_cursor.line : -1; }
    Position cursorPosition() const { return m_cursor; }
    qint64 topRow() const { return m_topRow; }
    void scrollToRow(qint64 row);
    // 0-based file lines painted in the viewport right now (top to bottom).
    QList<qint64> visibleLines() const;

    void setSelection(Position anchor, Position cursor);
    bool hasSelection() const { return m_anchor != m_cursor; }
    QString selectedText() const;
    void copy() const;

    void setWordWrap(bool wrap);
    bool wordWrap() const { return m_wrap; }
    void setFollow(bool follow);
    bool follow() const { return m_follow; }

    void setMarkers(const QList<LineMarker> &markers);
    QList<lt::text::LineNumber> markerLines() const;
    // Highlights every match of `matcher` in the visible lines (nullptr: none).
    void setSearchMatcher(std::shared_ptr<const lt::text::LineMatcher> matcher);

    LineLevel lineLevel(qint64 line) const;
    // Where a position is painted (viewport coordinates), and the inverse.
    QPoint pointForPosition(Position position) const;
    Position positionAt(QPoint point) const;
    // The tooltip shown when hovering `point` (HRESULT decoding or marker text).
    QString toolTipAt(QPoint point) const;
    int lineHeight() const;

signals:
    void currentLineChanged(qint64 line);   // 0-based
    void errorCodeActivated(quint32 code);
    void fileChanged();                      // line count, encoding or indexing state changed
    void followChanged(bool follow);
    // goToLine() had to show all lines again because the filter hid the line.
    void filterCleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct LineData {
        QString text;
        QList<QTextLayout::FormatRange> formats;
        QList<HResultToken> tokens;
        LineLevel level = LineLevel::Normal;
        KSyntaxHighlighting::State endState;
        // Laid-out text, reused while nothing that shapes it changed (generation) and the
        // selection covers the same part of this line.
        mutable std::shared_ptr<QTextLayout> layout;
        mutable quint64 layoutGeneration = 0;
        mutable qsizetype layoutSelStart = -1;
        mutable qsizetype layoutSelLength = 0;
    };
    struct RowGeometry {
        qint64 row = 0;
        qint64 line = 0;
        int y = 0;
        int height = 0;
    };

    const LineData &lineData(qint64 line) const;
    std::shared_ptr<QTextLayout> makeLayout(const LineData &data, qint64 line) const;
    void invalidateLayouts() { ++m_layoutGeneration; }
    QList<RowGeometry> rowGeometry() const;
    int gutterWidth() const;
    int textLeft() const { return gutterWidth() + 6; }
    int rowsPerPage() const;
    qint64 maxTopRow() const;
    void updateScrollBars();
    void updateMarks();
    void applyTheme();
    void onLinesAppended(qint64 count);
    void moveCursor(Position position, bool keepAnchor);
    qint64 rowOfLine(qint64 line) const;
    const HResultToken *tokenAt(QPoint point, qint64 *line) const;

    KSyntaxHighlighting::Repository *m_repository;
    std::unique_ptr<LogHighlighter> m_highlighter;
    KSyntaxHighlighting::Theme m_theme;
    lt::text::LogFile *m_file = nullptr;
    lt::triage::LogFormat m_format = lt::triage::LogFormat::Unknown;
    lt::text::LineFilter m_filter;
    MarkerScrollBar *m_markerBar = nullptr;
    mutable QCache<qint64, LineData> m_cache;
    std::shared_ptr<const lt::text::LineMatcher> m_matcher;
    QMap<qint64, LineMarker> m_markers;   // by 0-based line, the most severe one
    qint64 m_topRow = 0;
    Position m_cursor;
    Position m_anchor;
    bool m_selecting = false;
    bool m_wrap = false;
    bool m_follow = false;
    bool m_settingScrollBar = false;
    int m_maxWidth = 0;                  // widest line painted so far (horizontal range)
    quint64 m_layoutGeneration = 1;
    qint64 m_pendingLine = -1;            // goToLine() target beyond the lines indexed so far
    qsizetype m_pendingColumn = 0;
    bool m_centreOnResize = false;        // goToLine() ran while the view had no real size
    mutable qint64 m_paintedTop = -1;             // top row of the last paint, if it filled the viewport
    QColor m_errorTint, m_warningTint, m_currentLine, m_selection, m_gutterText, m_gutterBack;
};

} // namespace lt::ui
