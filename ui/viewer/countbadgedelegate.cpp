#include "countbadgedelegate.h"

#include "bundletreemodel.h"
#include "severitystyle.h"

#include <QApplication>
#include <QPainter>

namespace lt::ui {

namespace {

QString countText(int count)
{
    return count > 9999 ? QStringLiteral("9999+") : QString::number(count);
}

} // namespace

CountBadgeDelegate::CountBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CountBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int errors = index.data(BundleTreeModel::ErrorsRole).toInt();
    const int warnings = index.data(BundleTreeModel::WarningsRole).toInt();
    const bool triaged = index.data(BundleTreeModel::TriagedRole).toBool();
    const auto kind = BundleTreeModel::Kind(index.data(BundleTreeModel::KindRole).toInt());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int height = fm.height() + 2;
    int x = option.rect.left() + 4;
    const int y = option.rect.center().y() - height / 2;

    auto pill = [&](int count, lt::triage::Severity severity) {
        const QString text = countText(count);
        const int width = std::max(height, fm.horizontalAdvance(text) + 12);
        const QRect r(x, y, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(severitystyle::color(severity, option.palette));
        painter->drawRoundedRect(r, height / 2.0, height / 2.0);
        // Dark palettes get light pills, so their text is dark.
        painter->setPen(severitystyle::isDark(option.palette) ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white));
        painter->drawText(r, Qt::AlignCenter, text);
        x += width + 4;
    };
    if (errors > 0)
        pill(errors, lt::triage::Severity::Error);
    if (warnings > 0)
        pill(warnings, lt::triage::Severity::Warning);
    if (errors == 0 && warnings == 0 && kind == BundleTreeModel::Kind::File && !triaged) {
        // Still being analysed: an ellipsis rather than an empty cell that would read "clean".
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(option.rect.adjusted(6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("…"));
    }
    painter->restore();
}

QSize CountBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(std::max(size.width(), fm.horizontalAdvance(QStringLiteral("9999  999")) + 36));
    size.setHeight(std::max(size.height(), fm.height() + 6));
    return size;
}

} // namespace lt::ui
