#include "bundletreefiltermodel.h"

#include "bundletreemodel.h"

namespace lt::ui {

using Kind = BundleTreeModel::Kind;

BundleTreeFilterModel::BundleTreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void BundleTreeFilterModel::setOnlyWithIssues(bool only)
{
    if (only == m_onlyWithIssues)
        return;
    m_onlyWithIssues = only;
    invalidateRowsFilter();
}

bool BundleTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = Kind(index.data(BundleTreeModel::KindRole).toInt());
    if (kind == Kind::Bundle)
        return true;   // the summary entry never disappears
    if (kind == Kind::Folder)
        return false;  // kept only through a matching descendant (recursive filtering)
    if (m_onlyWithIssues && kind == Kind::File
        && index.data(BundleTreeModel::ErrorsRole).toInt() + index.data(BundleTreeModel::WarningsRole).toInt() == 0)
        return false;
    const QString text = filterRegularExpression().pattern();
    if (text.isEmpty())
        return true;
    return index.data(BundleTreeModel::PathRole).toString().contains(filterRegularExpression())
        || index.data(Qt::DisplayRole).toString().contains(filterRegularExpression());
}

bool BundleTreeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto lk = Kind(left.data(BundleTreeModel::KindRole).toInt());
    const auto rk = Kind(right.data(BundleTreeModel::KindRole).toInt());
    // Folders, then files, then what the collector could not gather, in either sort order.
    auto rank = [](Kind k) { return k == Kind::Folder ? 0 : k == Kind::FailedItem ? 2 : 1; };
    if (rank(lk) != rank(rk))
        return sortOrder() == Qt::AscendingOrder ? rank(lk) < rank(rk) : rank(lk) > rank(rk);
    switch (left.column()) {
    case BundleTreeModel::IssuesColumn: {
        const int le = left.data(BundleTreeModel::ErrorsRole).toInt();
        const int re = right.data(BundleTreeModel::ErrorsRole).toInt();
        if (le != re)
            return le < re;
        return left.data(BundleTreeModel::WarningsRole).toInt() < right.data(BundleTreeModel::WarningsRole).toInt();
    }
    case BundleTreeModel::SizeColumn:
        return left.data(BundleTreeModel::SizeRole).toLongLong() < right.data(BundleTreeModel::SizeRole).toLongLong();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace lt::ui
