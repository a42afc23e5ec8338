#include "logview.h"

#include "hresulttoken.h"
#include "loghighlighter.h"
#include "scrollmapping.h"
#include "markerscrollbar.h"
#include "text/linematcher.h"
#include "text/logfile.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextOption>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace lt::ui {

using lt::text::LineNumber;

namespace {
// Highlighting and layout of a pathological line stop here (the engine already caps at 64 KiB).
constexpr qsizetype MaxHighlightLength = 8192;
constexpr int WheelRows = 3;
} // namespace

LogView::LogView(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repository(repository)
    , m_highlighter(std::make_unique<LogHighlighter>(repository))
    , m_cache(4000)
{
    m_markerBar = new MarkerScrollBar(this);
    setVerticalScrollBar(m_markerBar);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    applyTheme();
}

LogView::~LogView() = default;

void LogView::openFile(const QString &path, lt::triage::LogFormat format)
{
    close();
    m_format = format;
    m_highlighter->setLogFormat(format);
    m_file = new lt::text::LogFile(this);
    connect(m_file, &lt::text::LogFile::linesAppended, this, &LogView::onLinesAppended);
    connect(m_file, &lt::text::LogFile::indexingFinished, this, [this] {
        if (m_pendingLine >= 0) {
            const qint64 line = std::exchange(m_pendingLine, -1);
            goToLine(line, m_pendingColumn);   // clamped to the last line now
        }
        emit fileChanged();
    });
    connect(m_file, &lt::text::LogFile::indexingProgressed, this, [this] { emit fileChanged(); });
    connect(m_file, &lt::text::LogFile::fileReset, this, [this] {
        m_cache.clear();
        m_topRow = 0;
        m_cursor = m_anchor = {};
        m_filter.showAll(0);
        updateScrollBars();
        viewport()->update();
        emit fileChanged();
    });
    m_file->setFollow(m_follow);
    m_file->open(path);
    viewport()->update();
}

void LogView::close()
{
    if (m_file) {
        m_file->disconnect(this);
        m_file->close();
        m_file->deleteLater();
        m_file = nullptr;
    }
    m_cache.clear();
    m_filter.showAll(0);
    m_markers.clear();
    m_matcher.reset();
    m_topRow = 0;
    m_maxWidth = 0;
    m_cursor = m_anchor = {};
    updateScrollBars();
    updateMarks();
    viewport()->update();
}

void LogView::onLinesAppended(qint64 count)
{
    const bool atEnd = m_topRow >= maxTopRow();
    if (m_filter.mode() == lt::text::LineFilter::Mode::AllLines) {
        // The last line may have been partial and grown: forget it.
        m_cache.remove(m_filter.rowCount() - 1);
        m_filter.showAll(count);
    }
    if (m_follow && atEnd)
        m_topRow = maxTopRow();
    if (m_pendingLine >= 0 && (count > m_pendingLine || !m_file->isIndexing())) {
        goToLine(m_pendingLine, m_pendingColumn);
        m_pendingLine = -1;
    }
    updateScrollBars();
    updateMarks();
    viewport()->update();
    emit fileChanged();
}

// ---------------------------------------------------------------- rows and filter

void LogView::showAllLines()
{
    m_filter.showAll(m_file ? m_file->lineCount() : 0);
    refreshRows();
    goToLine(m_cursor.line, m_cursor.column);
}

void LogView::showHits(std::shared_ptr<const lt::text::HitList> hits)
{
    m_filter.showHits(std::move(hits));
    m_topRow = 0;
    refreshRows();
}

void LogView::showLines(QList<LineNumber> lines)
{
    m_filter.showLines(std::move(lines));
    m_topRow = 0;
    refreshRows();
}

void LogView::refreshRows()
{
    m_topRow = qBound<qint64>(0, m_topRow, maxTopRow());
    updateScrollBars();
    updateMarks();
    viewport()->update();
}

void LogView::rowsGrew()
{
    const qint64 top = m_topRow;
    m_topRow = qBound<qint64>(0, m_topRow, maxTopRow());
    updateScrollBars();
    updateMarks();
    // Rows are only appended after the last one: a full viewport at the same top stays as is.
    if (m_paintedTop < 0 || m_paintedTop != m_topRow || top != m_topRow)
        viewport()->update();
}

qint64 LogView::rowOfLine(qint64 line) const
{
    return m_filter.rowForLine(LineNumber(line));
}

// ---------------------------------------------------------------- line info

const LogView::LineData &LogView::lineData(qint64 line) const
{
    if (LineData *cached = m_cache.object(line))
        return *cached;
    auto info = std::make_unique<LineData>();
    info->text = m_file ? m_file->line(LineNumber(line)) : QString();
    const QStringView view = QStringView(info->text).left(MaxHighlightLength);
    // Carry the previous line's end state when it is cached (the visible block is built top
    // down, so it usually is); a default state otherwise: our definitions reset at line ends.
    KSyntaxHighlighting::State state;
    if (const LineData *previous = m_cache.object(line - 1))
        state = previous->endState;
    info->formats = m_highlighter->highlight(view, &state);
    info->endState = state;
    info->tokens = findHResultTokens(view);
    info->level = LineClassifier::instance().classify(view);
    LineData *raw = info.get();
    m_cache.insert(line, info.release(), 1);
    return *raw;
}

std::shared_ptr<QTextLayout> LogView::makeLayout(const LineData &info, qint64 line) const
{
    // The selection's part of this line decides whether a cached layout still fits.
    qsizetype selStart = -1;
    qsizetype selLength = 0;
    if (hasSelection()) {
        const bool forward = m_anchor.line < m_cursor.line
            || (m_anchor.line == m_cursor.line && m_anchor.column <= m_cursor.column);
        const Position from = forward ? m_anchor : m_cursor;
        const Position to = forward ? m_cursor : m_anchor;
        if (line >= from.line && line <= to.line) {
            selStart = line == from.line ? from.column : 0;
            const qsizetype end = line == to.line ? to.column : info.text.size() + 1;
            selLength = qMax<qsizetype>(0, end - selStart);
        }
    }
    if (info.layout && info.layoutGeneration == m_layoutGeneration && info.layoutSelStart == selStart
        && info.layoutSelLength == selLength)
        return info.layout;

    auto layout = std::make_shared<QTextLayout>(info.text.left(MaxHighlightLength), font());
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 8);
    layout->setTextOption(option);
    QList<QTextLayout::FormatRange> formats = info.formats;
    for (const HResultToken &token : info.tokens) {
        QTextLayout::FormatRange range;
        range.start = int(token.start);
        range.length = int(token.length);
        range.format.setUnderlineStyle(QTextCharFormat::DotLine);
        range.format.setFontUnderline(true);
        formats.append(range);
    }
    if (m_matcher) {
        const bool dark = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
        for (const auto &span : m_matcher->matchSpans(info.text)) {
            QTextLayout::FormatRange range;
            range.start = int(span.start);
            range.length = int(span.length);
            range.format.setBackground(QColor(255, 200, 0, dark ? 110 : 170));
            formats.append(range);
        }
    }
    // Selection last so it wins.
    if (selStart >= 0) {
        QTextLayout::FormatRange range;
        range.start = int(selStart);
        range.length = int(selLength);
        range.format.setBackground(m_selection);
        range.format.setForeground(palette().highlightedText());
        formats.append(range);
    }
    layout->setFormats(formats);
    layout->beginLayout();
    const int width = qMax(50, viewport()->width() - textLeft() - 4);
    int y = 0;
    for (;;) {
        QTextLine textLine = layout->createLine();
        if (!textLine.isValid())
            break;
        if (m_wrap)
            textLine.setLineWidth(width);
        textLine.setPosition(QPointF(0, y));
        y += lineHeight();
    }
    layout->endLayout();
    layout->setCacheEnabled(true);
    info.layout = layout;
    info.layoutGeneration = m_layoutGeneration;
    info.layoutSelStart = selStart;
    info.layoutSelLength = selLength;
    return layout;
}

int LogView::lineHeight() const
{
    return fontMetrics().height();
}

int LogView::gutterWidth() const
{
    const qint64 lines = m_file ? qMax<qint64>(m_file->lineCount(), 1) : 1;
    const int digits = qMax(4, int(std::log10(double(lines))) + 1);
    return fontMetrics().horizontalAdvance(u'9') * digits + 16;
}

int LogView::rowsPerPage() const
{
    return qMax(1, viewport()->height() / lineHeight());
}

qint64 LogView::maxTopRow() const
{
    return qMax<qint64>(0, m_filter.rowCount() - rowsPerPage());
}

QList<LogView::RowGeometry> LogView::rowGeometry() const
{
    QList<RowGeometry> rows;
    const qint64 count = m_filter.rowCount();
    const int height = viewport()->height();
    int y = 0;
    for (qint64 row = m_topRow; row < count && y < height; ++row) {
        const qint64 line = m_filter.lineForRow(row).get();
        int h = lineHeight();
        if (m_wrap)
            h = makeLayout(lineData(line), line)->lineCount() * lineHeight();
        rows.append({row, line, y, qMax(h, lineHeight())});
        y += qMax(h, lineHeight());
    }
    return rows;
}

QList<qint64> LogView::visibleLines() const
{
    QList<qint64> lines;
    for (const RowGeometry &row : rowGeometry()) {
        if (row.y + row.height <= viewport()->height() || lines.isEmpty())
            lines.append(row.line);
    }
    return lines;
}

LineLevel LogView::lineLevel(qint64 line) const
{
    return lineData(line).level;
}

// ---------------------------------------------------------------- painting

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    painter.fillRect(area, QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, area.height()), m_gutterBack);
    m_paintedTop = -1;
    if (!m_file)
        return;
    const int left = textLeft();
    const int xOffset = m_wrap ? 0 : horizontalScrollBar()->value();
    const QColor normalText = QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Normal));
    int widest = m_maxWidth;
    const QList<RowGeometry> rows = rowGeometry();
    m_paintedTop = !rows.isEmpty() && rows.last().y + rows.last().height >= area.height() ? m_topRow : -1;
    for (const RowGeometry &row : rows) {
        const LineData &info = lineData(row.line);
        const QRect rowRect(gutter, row.y, area.width() - gutter, row.height);
        if (info.level == LineLevel::Error)
            painter.fillRect(rowRect, m_errorTint);
        else if (info.level == LineLevel::Warning)
            painter.fillRect(rowRect, m_warningTint);
        if (row.line == m_cursor.line)
            painter.fillRect(rowRect, m_currentLine);

        // Gutter: number, plus a severity bar for a finding on this line.
        const auto marker = m_markers.constFind(row.line);
        if (marker != m_markers.constEnd()) {
            const QColor color = marker->severity == triage::Severity::Error ? QColor(220, 40, 40)
                : marker->severity == triage::Severity::Warning ? QColor(230, 160, 0) : QColor(60, 130, 220);
            painter.fillRect(QRect(0, row.y, 4, row.height), color);
        }
        painter.setPen(row.line == m_cursor.line ? normalText : m_gutterText);
        painter.drawText(QRect(0, row.y, gutter - 8, lineHeight()), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(row.line + 1));

        painter.save();
        painter.setClipRect(QRect(gutter + 1, row.y, area.width() - gutter - 1, row.height));
        painter.setPen(normalText);
        const auto layout = makeLayout(info, row.line);
        layout->draw(&painter, QPointF(left - xOffset, row.y));
        if (!m_wrap)
            widest = qMax(widest, int(layout->maximumWidth()));
        if (m_file->isLineTruncated(LineNumber(row.line))) {
            painter.setPen(m_gutterText);
            painter.drawText(QPointF(left - xOffset + layout->maximumWidth() + 4,
                                     row.y + fontMetrics().ascent()),
                             tr("… (line cut off for display)"));
        }
        painter.restore();
    }
    if (widest != m_maxWidth) {
        m_maxWidth = widest;
        updateScrollBars();
    }
}

void LogView::applyTheme()
{
    m_theme = m_repository->themeForPalette(palette());
    m_highlighter->setTheme(m_theme);
    m_cache.clear();
    const QColor background = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const bool dark = background.lightness() < 128;
    // CMTrace-like: red and yellow rows, subdued on dark backgrounds so text stays readable.
    m_errorTint = dark ? QColor(110, 30, 30) : QColor(255, 214, 214);
    m_warningTint = dark ? QColor(90, 75, 20) : QColor(255, 243, 191);
    m_currentLine = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine));
    m_currentLine.setAlpha(dark ? 90 : 110);
    m_selection = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
    m_gutterText = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    m_gutterBack = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::IconBorder));
    updateMarks();
    viewport()->update();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        m_cache.clear();
    invalidateLayouts();
    QAbstractScrollArea::changeEvent(event);
}

// ---------------------------------------------------------------- scrolling

void LogView::updateScrollBars()
{
    const qint64 maxTop = maxTopRow();
    m_settingScrollBar = true;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, ScrollMapping::rangeFor(maxTop));
    bar->setValue(ScrollMapping::valueFor(m_topRow, maxTop));
    bar->setPageStep(rowsPerPage());
    bar->setSingleStep(1);
    QScrollBar *hbar = horizontalScrollBar();
    if (m_wrap) {
        hbar->setRange(0, 0);
    } else {
        hbar->setRange(0, qMax(0, m_maxWidth + textLeft() + 20 - viewport()->width()));
        hbar->setPageStep(viewport()->width());
        hbar->setSingleStep(fontMetrics().horizontalAdvance(u'x') * 4);
    }
    m_settingScrollBar = false;
}

void LogView::scrollContentsBy(int, int)
{
    if (m_settingScrollBar)
        return;
    const qint64 maxTop = maxTopRow();
    const int value = verticalScrollBar()->value();
    m_topRow = qBound<qint64>(0, ScrollMapping::topFor(value, maxTop), maxTop);
    viewport()->update();
}

void LogView::scrollToRow(qint64 row)
{
    m_topRow = qBound<qint64>(0, row, maxTopRow());
    updateScrollBars();
    viewport()->update();
}

void LogView::wheelEvent(QWheelEvent *event)
{
    // Rows, not scrollbar units: with a scaled scrollbar one unit can be thousands of lines.
    if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().x() != 0) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        scrollToRow(m_topRow - steps * WheelRows);
    event->accept();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_wrap)
        invalidateLayouts();   // the wrap width changed
    updateScrollBars();
    if (m_centreOnResize && m_file && viewport()->height() >= lineHeight()) {
        m_centreOnResize = false;
        m_topRow = qBound<qint64>(0, rowOfLine(m_cursor.line) - rowsPerPage() / 2, maxTopRow());
        updateScrollBars();
    }
}

} // namespace lt::ui
