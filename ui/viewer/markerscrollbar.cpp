#include "markerscrollbar.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace lt::ui {

MarkerScrollBar::MarkerScrollBar(QWidget *parent)
    : QScrollBar(Qt::Vertical, parent)
{
}

void MarkerScrollBar::setMarks(QList<Mark> marks)
{
    m_marks = std::move(marks);
    update();
}

void MarkerScrollBar::paintEvent(QPaintEvent *event)
{
    QScrollBar::paintEvent(event);
    if (m_marks.isEmpty())
        return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_ScrollBar, &option,
                                                 QStyle::SC_ScrollBarGroove, this);
    QPainter painter(this);
    const int h = qMax(2, groove.height() / 300);
    // Later marks win a pixel row: callers put the most severe marks last.
    for (const Mark &mark : m_marks) {
        const int y = groove.top() + int(mark.position * (groove.height() - h));
        painter.fillRect(QRect(groove.left() + 2, y, groove.width() - 4, h), mark.color);
    }
}

} // namespace lt::ui
