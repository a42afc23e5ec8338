#pragma once

#include <QColor>
#include <QList>
#include <QScrollBar>

namespace lt::ui {

// A vertical scrollbar that paints coloured ticks (findings, search hits) along its groove,
// so the whole file's trouble spots are visible at a glance.
class MarkerScrollBar final : public QScrollBar
{
    Q_OBJECT

public:
    struct Mark {
        double position = 0;   // 0..1 along the document
        QColor color;
    };

    explicit MarkerScrollBar(QWidget *parent = nullptr);
    void setMarks(QList<Mark> marks);
    const QList<Mark> &marks() const { return m_marks; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Mark> m_marks;
};

} // namespace lt::ui
