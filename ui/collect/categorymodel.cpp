#include "categorymodel.h"

#include <QApplication>
#include <QStyle>

namespace lt::ui {

CategoryModel::CategoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CategoryModel::setProfile(const collect::Profile &profile)
{
    beginResetModel();
    m_categories = profile.categories();
    m_checked.clear();
    for (const collect::Category &c : std::as_const(m_categories))
        m_checked.append(c.defaultOn);
    endResetModel();
    emit checkedChanged();
}

void CategoryModel::setElevated(bool elevated)
{
    if (m_elevated == elevated)
        return;
    m_elevated = elevated;
    if (!m_categories.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList CategoryModel::checkedIds() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        if (m_checked[i])
            ids.append(m_categories[i].id);
    }
    return ids;
}

void CategoryModel::setCheckedIds(const QStringList &ids)
{
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        m_checked[i] = ids.contains(m_categories[i].id);
    if (!m_categories.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

void CategoryModel::setAllChecked(bool checked)
{
    m_checked.fill(checked);
    if (!m_categories.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

QStringList CategoryModel::checkedAdminTitles() const
{
    QStringList titles;
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        if (m_checked[i] && m_categories[i].needsAdmin)
            titles.append(m_categories[i].title());
    }
    return titles;
}

void CategoryModel::refreshTexts()
{
    if (!m_categories.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const collect::Category &category = m_categories[index.row()];
    const bool adminMissing = category.needsAdmin && !m_elevated;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? category.title() : category.description();
    case Qt::ToolTipRole:
        return adminMissing ? tr("%1\nNeeds administrator rights: restart as administrator to collect all of it.")
                                  .arg(category.description())
                            : category.description();
    case Qt::AccessibleTextRole:
        return adminMissing ? tr("%1 (needs administrator rights)").arg(category.title()) : category.title();
    case Qt::AccessibleDescriptionRole:
        return category.description();
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn)
            return m_checked[index.row()] ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && adminMissing)
            return QApplication::style()->standardIcon(QStyle::SP_VistaShield);
        return {};
    case IdRole:
        return category.id;
    case NeedsAdminRole:
        return category.needsAdmin;
    default:
        return {};
    }
}

bool CategoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != TitleColumn)
        return false;
    m_checked[index.row()] = value.value<Qt::CheckState>() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags CategoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Category") : tr("What it contains");
}

} // namespace lt::ui
