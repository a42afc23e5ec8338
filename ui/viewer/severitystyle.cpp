#include "severitystyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace lt::ui::severitystyle {

using lt::triage::Severity;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor color(Severity severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error: return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xcf, 0x22, 0x2e);
    case Severity::Warning: return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xb0, 0x76, 0x00);
    case Severity::Info: return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    }
    return palette.color(QPalette::Text);
}

QIcon icon(Severity severity)
{
    // Drawn rather than taken from the style: the offscreen and Fusion styles have no
    // message-box icons small enough to read in a table row.
    QIcon result;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = color(severity, QPalette());
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        const QRectF r(size * 0.1, size * 0.1, size * 0.8, size * 0.8);
        if (severity == Severity::Warning) {
            const QPointF tri[3] = {{r.center().x(), r.top()}, {r.right(), r.bottom()}, {r.left(), r.bottom()}};
            p.drawPolygon(tri, 3);
        } else {
            p.drawEllipse(r);
        }
        p.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
        const qreal cx = r.center().x();
        if (severity == Severity::Info) {
            p.drawLine(QPointF(cx, r.top() + size * 0.35), QPointF(cx, r.bottom() - size * 0.2));
            p.drawPoint(QPointF(cx, r.top() + size * 0.2));
        } else {
            const qreal top = r.top() + size * (severity == Severity::Warning ? 0.3 : 0.18);
            p.drawLine(QPointF(cx, top), QPointF(cx, r.bottom() - size * 0.3));
            p.drawPoint(QPointF(cx, r.bottom() - size * 0.14));
        }
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QString label(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("lt::ui::SeverityStyle", "Error");
    case Severity::Warning: return QCoreApplication::translate("lt::ui::SeverityStyle", "Warning");
    case Severity::Info: return QCoreApplication::translate("lt::ui::SeverityStyle", "Info");
    }
    return {};
}

QString groupLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("lt::ui::SeverityStyle", "Errors");
    case Severity::Warning: return QCoreApplication::translate("lt::ui::SeverityStyle", "Warnings");
    case Severity::Info: return QCoreApplication::translate("lt::ui::SeverityStyle", "Notes");
    }
    return {};
}

} // namespace lt::ui::severitystyle
