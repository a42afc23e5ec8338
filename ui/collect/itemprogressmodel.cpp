#include "itemprogressmodel.h"

#include <algorithm>

namespace lt::ui {

using Phase = ItemStatusPresentation::Phase;

ItemProgressModel::ItemProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ItemProgressModel::reset(const QList<collect::Item> &items)
{
    beginResetModel();
    m_items = items;
    m_rows.clear();
    for (const collect::Item &item : items)
        m_rows.append(Row{item.id, item.title(), Phase::Pending, collect::ItemStatus::Ok, {}});
    endResetModel();
}

int ItemProgressModel::rowOf(const QString &itemId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == itemId)
            return int(i);
    }
    return -1;
}

void ItemProgressModel::markStarted(const QString &itemId)
{
    int row = rowOf(itemId);
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(Row{itemId, itemId, Phase::Running, collect::ItemStatus::Ok, {}});
        endInsertRows();
        return;
    }
    if (m_rows[row].phase == Phase::Done)
        return;   // a late start after the finish (queued signals) must not undo it
    m_rows[row].phase = Phase::Running;
    rowChanged(row);
}

void ItemProgressModel::markFinished(const collect::ItemResult &result)
{
    int row = rowOf(result.itemId);
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(Row{result.itemId, result.title.isEmpty() ? result.itemId : result.title,
                          Phase::Pending, collect::ItemStatus::Ok, {}});
        endInsertRows();
    }
    Row &r = m_rows[row];
    if (!result.title.isEmpty() && row >= m_items.size())   // an item the engine added
        r.title = result.title;
    r.phase = Phase::Done;
    r.status = result.status;
    r.reason = result.reason;
    rowChanged(row);
}

void ItemProgressModel::markUnfinishedCancelled()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].phase != Phase::Done) {
            m_rows[i].phase = Phase::Done;
            m_rows[i].status = collect::ItemStatus::Cancelled;
            rowChanged(int(i));
        }
    }
}

int ItemProgressModel::countDone() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.phase == Phase::Done; }));
}

QStringList ItemProgressModel::runningTitles() const
{
    QStringList titles;
    for (const Row &r : m_rows) {
        if (r.phase == Phase::Running)
            titles.append(r.title);
    }
    return titles;
}

void ItemProgressModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ItemProgressModel::refreshTexts()
{
    for (qsizetype i = 0; i < m_items.size() && i < m_rows.size(); ++i)
        m_rows[i].title = m_items[i].title();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ItemProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return row.title;
        return ItemStatusPresentation::label(row.phase, row.status);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return ItemStatusPresentation::icon(row.phase, row.status);
        return {};
    case Qt::ToolTipRole:
        return row.reason.isEmpty() ? QVariant() : QVariant(row.reason);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(row.title, ItemStatusPresentation::label(row.phase, row.status));
    case Qt::UserRole:
        return row.id;
    default:
        return {};
    }
}

QVariant ItemProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Item") : tr("Status");
}

} // namespace lt::ui
