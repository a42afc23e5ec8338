#pragma once

#include <QStyledItemDelegate>

namespace lt::ui {

// Paints a row's error and warning counts (BundleTreeModel::ErrorsRole / WarningsRole) as
// coloured pills, red then amber, like a mail client's unread badges: readable at a glance
// in a long tree, and empty (not "0 0") for clean files.
class CountBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CountBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lt::ui
