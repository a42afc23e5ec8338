#include "findingsfiltermodel.h"

#include "findingsmodel.h"

namespace lt::ui {

using lt::triage::Severity;

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setDynamicSortFilter(true);
}

void FindingsFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void FindingsFilterModel::setSeverityVisible(Severity severity, bool visible)
{
    m_visible[int(severity)] = visible;
    invalidateRowsFilter();
}

bool FindingsFilterModel::isSeverityVisible(Severity severity) const
{
    return m_visible[int(severity)];
}

void FindingsFilterModel::setFile(const QString &file)
{
    m_file = file;
    invalidateRowsFilter();
}

bool FindingsFilterModel::acceptsFinding(const QModelIndex &index) const
{
    if (!m_visible[index.data(FindingsModel::SeverityRole).toInt()])
        return false;
    if (!m_file.isEmpty() && index.data(FindingsModel::FileRole).toString() != m_file)
        return false;
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column : {FindingsModel::CodeColumn, FindingsModel::NameColumn, FindingsModel::LocationColumn,
                       FindingsModel::MessageColumn}) {
        const QModelIndex cell = model->index(index.row(), column, index.parent());
        if (cell.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!index.data(FindingsModel::IsGroupRole).toBool())
        return acceptsFinding(index);
    // A group stays while one of its findings is accepted: an empty "Notes (0)" row is noise.
    const int children = sourceModel()->rowCount(index);
    for (int row = 0; row < children; ++row) {
        if (acceptsFinding(sourceModel()->index(row, 0, index)))
            return true;
    }
    return false;
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(FindingsModel::IsGroupRole).toBool()) {
        // Errors first in both sort orders.
        const bool errorsFirst = left.data(FindingsModel::SeverityRole).toInt() > right.data(FindingsModel::SeverityRole).toInt();
        return sortOrder() == Qt::AscendingOrder ? errorsFirst : !errorsFirst;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace lt::ui
