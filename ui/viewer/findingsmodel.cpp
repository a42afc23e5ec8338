#include "findingsmodel.h"

#include "severitystyle.h"
#include "triage/hresult.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace lt::ui {

using lt::triage::Finding;
using lt::triage::Severity;

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

Severity FindingsModel::groupSeverity(int row)
{
    return row == 0 ? Severity::Error : row == 1 ? Severity::Warning : Severity::Info;
}

int FindingsModel::groupRow(Severity severity)
{
    return severity == Severity::Error ? 0 : severity == Severity::Warning ? 1 : 2;
}

void FindingsModel::clear()
{
    beginResetModel();
    for (auto &group : m_groups)
        group.clear();
    endResetModel();
}

void FindingsModel::addFindings(const QList<Finding> &findings)
{
    std::array<QList<Finding>, 3> split;
    for (const Finding &f : findings)
        split[size_t(groupRow(f.severity))].append(f);
    for (int g = 0; g < 3; ++g) {
        const QList<Finding> &add = split[size_t(g)];
        if (add.isEmpty())
            continue;
        QList<Finding> &group = m_groups[size_t(g)];
        const QModelIndex parentIndex = createIndex(g, 0, GroupId);
        beginInsertRows(parentIndex, int(group.size()), int(group.size() + add.size() - 1));
        group.append(add);
        endInsertRows();
        emit dataChanged(parentIndex, createIndex(g, ColumnCount - 1, GroupId));
    }
}

int FindingsModel::totalCount(Severity severity) const
{
    int total = 0;
    for (const Finding &f : m_groups[size_t(groupRow(severity))])
        total += f.count;
    return total;
}

int FindingsModel::findingCount() const
{
    return int(m_groups[0].size() + m_groups[1].size() + m_groups[2].size());
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const QList<Finding> &group = m_groups[size_t(index.internalId())];
    return index.row() < group.size() ? &group[index.row()] : nullptr;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId()), 0, GroupId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 3;
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::groupData(int row, int column, int role) const
{
    const Severity severity = groupSeverity(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == SeverityColumn)
            return severitystyle::groupLabel(severity);
        if (column == CountColumn)
            return totalCount(severity);
        if (column == NameColumn)
            return tr("%n distinct finding(s)", nullptr, int(m_groups[size_t(row)].size()));
        return {};
    case Qt::DecorationRole:
        return column == SeverityColumn ? QVariant(severitystyle::icon(severity)) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsGroupRole: return true;
    case SeverityRole: return int(severity);
    case CountRole: return totalCount(severity);
    case SortRole: return 2 - row;   // Error sorts last ascending; the proxy keeps groups fixed
    default: return {};
    }
}

QString FindingsModel::displayName(const Finding &f)
{
    if (!f.name.isEmpty() || f.code == 0)
        return f.name;
    // Lines like "status: 0x80070005" carry no name: take the catalog's.
    const lt::triage::HResultDecoding d = lt::triage::decodeHResult(f.code);
    return d.entry ? d.entry->name : QString();
}

QVariant FindingsModel::findingData(const Finding &f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn: return severitystyle::label(f.severity);
        case CodeColumn: return f.codeHex();
        case NameColumn: return displayName(f);
        case CountColumn: return f.count;
        // The file name is enough in the cell; the full bundle path is in the tooltip.
        case LocationColumn: return QStringLiteral("%1:%2").arg(f.file.section(u'/', -1)).arg(f.line);
        case TimeColumn: return f.timestamp.isValid() ? f.timestamp.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        case MessageColumn: return f.message.simplified();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == MessageColumn || column == LocationColumn) {
            QString tip = QStringLiteral("%1:%2\n%3").arg(f.file).arg(f.line).arg(f.message.trimmed());
            if (f.count > 1)
                tip += u'\n' + tr("Seen %n time(s), lines %1–%2", nullptr, f.count).arg(f.line).arg(f.lastLine);
            return tip;
        }
        return {};
    case Qt::DecorationRole:
        return column == SeverityColumn ? QVariant(severitystyle::icon(f.severity)) : QVariant();
    case Qt::FontRole:
        if (column == CodeColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (column == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsGroupRole: return false;
    case SeverityRole: return int(f.severity);
    case FileRole: return f.file;
    case LineRole: return f.line;
    case CodeRole: return f.code;
    case CountRole: return f.count;
    case TimestampRole: return f.timestamp;
    case SortRole:
        switch (column) {
        case SeverityColumn:
        case LocationColumn: return QStringLiteral("%1\x1f%2").arg(f.file).arg(f.line, 12, 10, QLatin1Char('0'));
        case CodeColumn: return f.code;
        case NameColumn: return displayName(f);
        case CountColumn: return f.count;
        case TimeColumn: return f.timestamp;
        case MessageColumn: return f.message;
        default: return {};
        }
    default: return {};
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId)
        return groupData(index.row(), index.column(), role);
    const Finding *f = findingAt(index);
    return f ? findingData(*f, index.column(), role) : QVariant();
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case CountColumn: return tr("Count");
    case LocationColumn: return tr("File:line");
    case TimeColumn: return tr("Time");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace lt::ui
