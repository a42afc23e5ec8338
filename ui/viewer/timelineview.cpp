#include "timelineview.h"

#include "lineclassifier.h"
#include "loghighlighter.h"
#include "scrollmapping.h"
#include "text/logfile.h"
#include "timelinemerger.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

#include <cmath>

namespace lt::ui {

namespace {
constexpr qsizetype MaxPaintLength = 4096;
} // namespace

TimelineView::TimelineView(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repository(repository)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    applyTheme();
}

TimelineView::~TimelineView() = default;

QColor TimelineView::sourceColor(int index, bool dark)
{
    // Distinct hues that stay apart for the usual 2-6 sources, on light and dark backgrounds.
    static const int hues[] = {210, 25, 130, 285, 0, 175, 55, 320};
    const int hue = hues[index % int(std::size(hues))];
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 110);
}

void TimelineView::setSources(const QList<TimelineSource> &sources,
                              const QList<lt::text::LogFile *> &files, TimelineMerger *merger)
{
    m_sources = sources;
    m_files = files;
    m_merger = merger;
    m_highlighters.clear();
    for (const TimelineSource &source : sources) {
        auto highlighter = std::make_unique<LogHighlighter>(m_repository);
        highlighter->setLogFormat(source.format);
        highlighter->setTheme(m_theme);
        m_highlighters.push_back(std::move(highlighter));
    }
    m_top = 0;
    m_current = -1;
    m_maxWidth = 0;
    updateScrollBar();
    viewport()->update();
}

void TimelineView::clear()
{
    setSources({}, {}, nullptr);
}

void TimelineView::rowsAppended()
{
    updateScrollBar();
    viewport()->update();
}

qint64 TimelineView::rowCount() const
{
    return m_merger ? m_merger->entryCount() : 0;
}

QPair<int, qint64> TimelineView::rowSource(qint64 row) const
{
    if (!m_merger || row < 0 || row >= rowCount())
        return {-1, -1};
    const auto entry = m_merger->entry(row);
    return {entry.source, entry.line};
}

QString TimelineView::rowText(qint64 row) const
{
    const auto [source, line] = rowSource(row);
    if (source < 0 || source >= m_files.size())
        return {};
    return m_files[source]->line(lt::text::LineNumber(line));
}

int TimelineView::rowHeight() const
{
    return fontMetrics().height();
}

int TimelineView::rowsPerPage() const
{
    return qMax(1, viewport()->height() / rowHeight());
}

qint64 TimelineView::maxTop() const
{
    return qMax<qint64>(0, rowCount() - rowsPerPage());
}

int TimelineView::nameColumnWidth() const
{
    int width = fontMetrics().horizontalAdvance(QStringLiteral("setupapi.dev.log"));
    for (const TimelineSource &source : m_sources)
        width = qMax(width, fontMetrics().horizontalAdvance(source.displayName));
    return qMin(width, 260) + 20;
}

void TimelineView::updateScrollBar()
{
    m_settingBar = true;
    const qint64 top = maxTop();
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, ScrollMapping::rangeFor(top));
    bar->setValue(ScrollMapping::valueFor(m_top, top));
    bar->setPageStep(rowsPerPage());
    QScrollBar *hbar = horizontalScrollBar();
    hbar->setRange(0, qMax(0, m_maxWidth + nameColumnWidth() + 20 - viewport()->width()));
    hbar->setPageStep(viewport()->width());
    m_settingBar = false;
}

void TimelineView::scrollContentsBy(int, int)
{
    if (m_settingBar)
        return;
    const qint64 top = maxTop();
    const int value = verticalScrollBar()->value();
    m_top = qBound<qint64>(0, ScrollMapping::topFor(value, top), top);
    viewport()->update();
}

void TimelineView::scrollTo(qint64 top)
{
    m_top = qBound<qint64>(0, top, maxTop());
    updateScrollBar();
    viewport()->update();
}

void TimelineView::setCurrentRow(qint64 row)
{
    if (rowCount() == 0)
        return;
    m_current = qBound<qint64>(0, row, rowCount() - 1);
    if (m_current < m_top)
        scrollTo(m_current);
    else if (m_current >= m_top + rowsPerPage())
        scrollTo(m_current - rowsPerPage() + 1);
    viewport()->update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QColor background = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const bool dark = background.lightness() < 128;
    painter.fillRect(viewport()->rect(), background);
    const int nameWidth = nameColumnWidth();
    const int h = rowHeight();
    const int xOffset = horizontalScrollBar()->value();
    const qint64 count = rowCount();
    const QColor normal = QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QColor errorTint = dark ? QColor(110, 30, 30) : QColor(255, 214, 214);
    const QColor warningTint = dark ? QColor(90, 75, 20) : QColor(255, 243, 191);
    QColor current = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
    current.setAlpha(dark ? 140 : 120);
    int widest = m_maxWidth;
    int y = 0;
    for (qint64 row = m_top; row < count && y < viewport()->height(); ++row, y += h) {
        const auto [source, line] = rowSource(row);
        if (source < 0 || source >= m_files.size())
            continue;
        const QString text = m_files[source]->line(lt::text::LineNumber(line)).left(MaxPaintLength);
        const QRect rowRect(0, y, viewport()->width(), h);
        const LineLevel level = LineClassifier::instance().classify(text);
        if (level == LineLevel::Error)
            painter.fillRect(rowRect, errorTint);
        else if (level == LineLevel::Warning)
            painter.fillRect(rowRect, warningTint);
        if (row == m_current)
            painter.fillRect(rowRect, current);

        const QColor color = sourceColor(source, dark);
        painter.fillRect(QRect(0, y, 5, h), color);
        painter.setPen(color);
        const QString name = fontMetrics().elidedText(m_sources[source].displayName, Qt::ElideMiddle,
                                                      nameWidth - 16);
        painter.drawText(QRect(9, y, nameWidth - 12, h), Qt::AlignLeft | Qt::AlignVCenter, name);

        painter.save();
        painter.setClipRect(QRect(nameWidth, y, viewport()->width() - nameWidth, h));
        KSyntaxHighlighting::State state;
        QTextLayout layout(text, font());
        layout.setFormats(m_highlighters[size_t(source)]->highlight(text, &state));
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        painter.setPen(normal);
        layout.draw(&painter, QPointF(nameWidth - xOffset, y));
        widest = qMax(widest, int(layout.maximumWidth()));
        painter.restore();
    }
    painter.setPen(QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::Separator)));
    painter.drawLine(nameWidth - 4, 0, nameWidth - 4, viewport()->height());
    if (widest != m_maxWidth) {
        m_maxWidth = widest;
        updateScrollBar();
    }
}

void TimelineView::applyTheme()
{
    m_theme = m_repository->themeForPalette(palette());
    for (auto &highlighter : m_highlighters)
        highlighter->setTheme(m_theme);
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().x() != 0 || event->modifiers() & Qt::ShiftModifier) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    scrollTo(m_top - event->angleDelta().y() / 120 * 3);
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const qint64 row = m_top + int(event->position().y()) / rowHeight();
    if (row >= rowCount())
        return;
    setCurrentRow(row);
    const auto [source, line] = rowSource(row);
    emit rowClicked(source, line + 1);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 row = m_top + int(event->position().y()) / rowHeight();
    if (row >= rowCount())
        return;
    const auto [source, line] = rowSource(row);
    emit rowActivated(source, line + 1);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && m_current >= 0) {
        const auto [source, line] = rowSource(m_current);
        QApplication::clipboard()->setText(
            tr("%1:%2: %3").arg(m_sources[source].displayName).arg(line + 1).arg(rowText(m_current)));
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up: setCurrentRow(m_current - 1); break;
    case Qt::Key_Down: setCurrentRow(m_current + 1); break;
    case Qt::Key_PageUp: setCurrentRow(m_current - rowsPerPage()); break;
    case Qt::Key_PageDown: setCurrentRow(m_current + rowsPerPage()); break;
    case Qt::Key_Home: setCurrentRow(0); break;
    case Qt::Key_End: setCurrentRow(rowCount() - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0) {
            const auto [source, line] = rowSource(m_current);
            emit rowActivated(source, line + 1);
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace lt::ui
