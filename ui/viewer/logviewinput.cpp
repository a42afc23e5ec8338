// LogView: cursor, selection, keyboard and mouse, markers, tooltips.
#include "logview.h"

#include "hresulttoken.h"
#include "markerscrollbar.h"
#include "text/linematcher.h"
#include "text/logfile.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>

namespace lt::ui {

using lt::text::LineNumber;

namespace {
// Copying more than this many lines asks the clipboard for hundreds of MB: cut it there.
constexpr qint64 MaxCopyLines = 200000;
} // namespace

void LogView::goToLine(qint64 line, qsizetype column, qsizetype selectLength)
{
    if (!m_file)
        return;
    // A line not indexed yet: go as far as possible now and finish the jump when it arrives.
    m_pendingLine = line >= m_file->lineCount() && m_file->isIndexing() ? line : -1;
    m_pendingColumn = column;
    // Hidden (e.g. in a stacked widget not shown yet): centre again once the view has a size.
    m_centreOnResize = !isVisible() || viewport()->height() < lineHeight();
    line = qBound<qint64>(0, line, qMax<qint64>(0, m_file->lineCount() - 1));
    if (!m_filter.isShown(LineNumber(line)) && m_filter.mode() != lt::text::LineFilter::Mode::AllLines) {
        // The caller wants this very line: drop the filter hiding it.
        m_filter.showAll(m_file->lineCount());
        updateMarks();
        emit filterCleared();
    }
    m_anchor = {line, column};
    m_cursor = {line, column + selectLength};
    const qint64 row = rowOfLine(line);
    const QList<qint64> visible = visibleLines();
    if (!visible.contains(line))
        m_topRow = qBound<qint64>(0, row - rowsPerPage() / 2, maxTopRow());
    if (!m_wrap) {
        // Bring the target (a search match far right in a long line) into view horizontally.
        const auto layout = makeLayout(lineData(line), line);
        if (layout->lineCount() > 0) {
            const QTextLine textLine = layout->lineAt(0);
            const int x = int(textLine.cursorToX(int(column + selectLength)));
            const int x0 = int(textLine.cursorToX(int(column)));
            m_maxWidth = qMax(m_maxWidth, int(layout->maximumWidth()));
            updateScrollBars();
            const int width = viewport()->width() - textLeft() - 20;
            QScrollBar *hbar = horizontalScrollBar();
            if (x0 < hbar->value() || x > hbar->value() + width)
                hbar->setValue(qMax(0, x - width + 40));
            if (column == 0)
                hbar->setValue(0);
        }
    }
    updateScrollBars();
    viewport()->update();
    emit currentLineChanged(line);
}

void LogView::moveCursor(Position position, bool keepAnchor)
{
    m_pendingLine = -1;   // the user moved on
    m_centreOnResize = false;
    const qint64 previousLine = m_cursor.line;
    m_cursor = position;
    if (!keepAnchor)
        m_anchor = position;
    const qint64 row = rowOfLine(position.line);
    if (row < m_topRow)
        m_topRow = row;
    else if (row >= m_topRow + rowsPerPage())
        m_topRow = row - rowsPerPage() + 1;
    m_topRow = qBound<qint64>(0, m_topRow, maxTopRow());
    updateScrollBars();
    viewport()->update();
    if (position.line != previousLine)
        emit currentLineChanged(position.line);
}

void LogView::setSelection(Position anchor, Position cursor)
{
    m_anchor = anchor;
    m_cursor = cursor;
    viewport()->update();
}

QString LogView::selectedText() const
{
    if (!m_file || !hasSelection())
        return {};
    const bool forward = m_anchor.line < m_cursor.line
        || (m_anchor.line == m_cursor.line && m_anchor.column <= m_cursor.column);
    const Position from = forward ? m_anchor : m_cursor;
    const Position to = forward ? m_cursor : m_anchor;
    if (from.line == to.line)
        return m_file->line(LineNumber(from.line)).mid(from.column, to.column - from.column);
    // Rows between the ends: in a filtered view only the shown lines are copied.
    QStringList parts;
    const qint64 lastRow = rowOfLine(to.line);
    for (qint64 row = rowOfLine(from.line); row <= lastRow && row < m_filter.rowCount(); ++row) {
        if (parts.size() >= MaxCopyLines)
            break;
        const qint64 line = m_filter.lineForRow(row).get();
        const QString text = m_file->line(LineNumber(line));
        if (line == from.line)
            parts.append(text.mid(from.column));
        else if (line == to.line)
            parts.append(text.left(to.column));
        else if (line < to.line)
            parts.append(text);
    }
    return parts.join(u'\n');
}

void LogView::copy() const
{
    const QString text = hasSelection() ? selectedText()
        : (m_file ? m_file->line(LineNumber(m_cursor.line)) : QString());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LogView::setWordWrap(bool wrap)
{
    if (m_wrap == wrap)
        return;
    m_wrap = wrap;
    invalidateLayouts();
    updateScrollBars();
    viewport()->update();
}

void LogView::setFollow(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (m_file) {
        m_file->setFollow(follow);
        if (follow)
            scrollToRow(maxTopRow());
    }
    emit followChanged(follow);
}

void LogView::setMarkers(const QList<LineMarker> &markers)
{
    m_markers.clear();
    for (const LineMarker &marker : markers) {
        const qint64 line = marker.line - 1;
        const auto it = m_markers.find(line);
        if (it == m_markers.end() || int(it->severity) < int(marker.severity))
            m_markers.insert(line, marker);
    }
    updateMarks();
    viewport()->update();
}

QList<LineNumber> LogView::markerLines() const
{
    QList<LineNumber> lines;
    lines.reserve(m_markers.size());
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it)
        lines.append(LineNumber(it.key()));
    return lines;
}

void LogView::updateMarks()
{
    QList<MarkerScrollBar::Mark> marks;
    const qint64 rows = m_filter.rowCount();
    if (rows > 0) {
        // Least severe first: the painter lets later marks win a shared pixel row.
        for (auto severity : {triage::Severity::Info, triage::Severity::Warning, triage::Severity::Error}) {
            const QColor color = severity == triage::Severity::Error ? QColor(220, 40, 40)
                : severity == triage::Severity::Warning ? QColor(230, 160, 0) : QColor(60, 130, 220);
            for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it) {
                if (it->severity != severity || !m_filter.isShown(LineNumber(it.key())))
                    continue;
                marks.append({double(rowOfLine(it.key())) / double(rows), color});
            }
        }
    }
    m_markerBar->setMarks(std::move(marks));
}

void LogView::setSearchMatcher(std::shared_ptr<const lt::text::LineMatcher> matcher)
{
    m_matcher = std::move(matcher);
    invalidateLayouts();
    viewport()->update();
}

// ---------------------------------------------------------------- geometry

LogView::Position LogView::positionAt(QPoint point) const
{
    const QList<RowGeometry> rows = rowGeometry();
    if (rows.isEmpty())
        return m_cursor;
    const RowGeometry *hit = &rows.last();
    for (const RowGeometry &row : rows) {
        if (point.y() < row.y + row.height) {
            hit = &row;
            break;
        }
    }
    const auto layout = makeLayout(lineData(hit->line), hit->line);
    const int xOffset = m_wrap ? 0 : horizontalScrollBar()->value();
    const int index = qBound(0, (qMax(0, point.y() - hit->y)) / lineHeight(), layout->lineCount() - 1);
    if (layout->lineCount() == 0)
        return {hit->line, 0};
    const QTextLine textLine = layout->lineAt(index);
    return {hit->line, textLine.xToCursor(point.x() - textLeft() + xOffset)};
}

QPoint LogView::pointForPosition(Position position) const
{
    for (const RowGeometry &row : rowGeometry()) {
        if (row.line != position.line)
            continue;
        const auto layout = makeLayout(lineData(row.line), row.line);
        const QTextLine textLine = layout->lineForTextPosition(int(position.column));
        const int xOffset = m_wrap ? 0 : horizontalScrollBar()->value();
        if (!textLine.isValid())
            return QPoint(textLeft() - xOffset, row.y + lineHeight() / 2);
        return QPoint(int(textLine.cursorToX(int(position.column))) + textLeft() - xOffset + 1,
                      row.y + int(textLine.y()) + lineHeight() / 2);
    }
    return QPoint(-1, -1);
}

const HResultToken *LogView::tokenAt(QPoint point, qint64 *line) const
{
    if (!m_file || point.x() < textLeft())
        return nullptr;
    const Position position = positionAt(point);
    // xToCursor rounds to the nearest boundary: check the character under the mouse too.
    const LineData &info = lineData(position.line);
    for (const HResultToken &token : info.tokens) {
        if (position.column >= token.start && position.column <= token.start + token.length) {
            const QPoint start = pointForPosition({position.line, token.start});
            const QPoint end = pointForPosition({position.line, token.start + token.length});
            if (point.x() >= start.x() - 1 && point.x() <= end.x() + 1) {
                *line = position.line;
                return &token;
            }
        }
    }
    return nullptr;
}

QString LogView::toolTipAt(QPoint point) const
{
    qint64 line = 0;
    if (const HResultToken *token = tokenAt(point, &line))
        return hresultTooltip(token->code);
    if (point.x() < gutterWidth()) {
        const Position position = positionAt(point);
        const auto marker = m_markers.constFind(position.line);
        if (marker != m_markers.constEnd())
            return marker->tooltip;
    }
    return {};
}

bool LogView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// ---------------------------------------------------------------- mouse and keyboard

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (!m_file || event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    qint64 line = 0;
    if (!(event->modifiers() & Qt::ShiftModifier)) {
        if (const HResultToken *token = tokenAt(event->position().toPoint(), &line)) {
            const quint32 code = token->code;
            moveCursor({line, token->start}, false);
            emit errorCodeActivated(code);
            return;
        }
    }
    moveCursor(positionAt(event->position().toPoint()), event->modifiers() & Qt::ShiftModifier);
    m_selecting = true;
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    qint64 line = 0;
    if (!m_selecting) {
        viewport()->setCursor(tokenAt(event->position().toPoint(), &line) ? Qt::PointingHandCursor
                                                                          : Qt::IBeamCursor);
        return;
    }
    QPoint point = event->position().toPoint();
    // Dragging above or below the viewport scrolls.
    if (point.y() < 0)
        scrollToRow(m_topRow - 1);
    else if (point.y() > viewport()->height())
        scrollToRow(m_topRow + 1);
    moveCursor(positionAt(point), true);
}

void LogView::mouseReleaseEvent(QMouseEvent *)
{
    m_selecting = false;
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_file)
        return;
    // Select the word (or code, path piece) under the mouse.
    const Position position = positionAt(event->position().toPoint());
    const QString &text = lineData(position.line).text;
    qsizetype start = qMin(position.column, text.size());
    qsizetype end = start;
    auto isWord = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    while (start > 0 && isWord(text.at(start - 1)))
        --start;
    while (end < text.size() && isWord(text.at(end)))
        ++end;
    m_anchor = {position.line, start};
    m_cursor = {position.line, end};
    viewport()->update();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (!m_file) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        // Whole-file selection of a multi-GB log is never what anyone wants to copy; select
        // the visible page instead.
        const QList<qint64> lines = visibleLines();
        if (!lines.isEmpty())
            setSelection({lines.first(), 0}, {lines.last(), lineData(lines.last()).text.size()});
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const qint64 rows = m_filter.rowCount();
    if (rows == 0)
        return;
    const qint64 row = qBound<qint64>(0, rowOfLine(m_cursor.line), rows - 1);
    auto lineAtRow = [&](qint64 r) { return m_filter.lineForRow(qBound<qint64>(0, r, rows - 1)).get(); };
    Position target = m_cursor;
    switch (event->key()) {
    case Qt::Key_Up: target = {lineAtRow(row - 1), m_cursor.column}; break;
    case Qt::Key_Down: target = {lineAtRow(row + 1), m_cursor.column}; break;
    case Qt::Key_PageUp: target = {lineAtRow(row - rowsPerPage()), m_cursor.column}; break;
    case Qt::Key_PageDown: target = {lineAtRow(row + rowsPerPage()), m_cursor.column}; break;
    case Qt::Key_Left: target.column = qMax<qsizetype>(0, m_cursor.column - 1); break;
    case Qt::Key_Right:
        target.column = qMin(m_cursor.column + 1, lineData(m_cursor.line).text.size());
        break;
    case Qt::Key_Home: target = ctrl ? Position{lineAtRow(0), 0} : Position{m_cursor.line, 0}; break;
    case Qt::Key_End:
        target = ctrl ? Position{lineAtRow(rows - 1), 0}
                      : Position{m_cursor.line, lineData(m_cursor.line).text.size()};
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    target.column = qMin(target.column, lineData(target.line).text.size());
    moveCursor(target, shift);
}

} // namespace lt::ui
