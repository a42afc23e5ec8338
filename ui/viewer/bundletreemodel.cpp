#include "bundletreemodel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace lt::ui {

using lt::triage::LogFormat;

struct BundleTreeModel::Node {
    Kind kind = Kind::Folder;
    QString name;
    QString path;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    qint64 size = 0;
    LogFormat format = LogFormat::Unknown;
    QString encoding;
    int errors = 0;
    int warnings = 0;
    bool triaged = false;
    QString readError;     // triage could not read it
    QString status;        // manifest status for failed items / truncated files
    QString reason;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

BundleTreeModel::BundleTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

BundleTreeModel::~BundleTreeModel() = default;

void BundleTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_files.clear();
    m_folders.clear();
    m_failedCount = 0;
    endResetModel();
}

BundleTreeModel::Node *BundleTreeModel::folderFor(const QString &folderPath)
{
    Node *bundle = m_root->children.front().get();
    if (folderPath.isEmpty())
        return bundle;
    if (Node *existing = m_folders.value(folderPath))
        return existing;
    const qsizetype slash = folderPath.lastIndexOf(u'/');
    Node *parentNode = folderFor(slash < 0 ? QString() : folderPath.left(slash));
    auto node = std::make_unique<Node>();
    node->kind = Kind::Folder;
    node->name = folderPath.mid(slash + 1);
    node->path = folderPath;
    Node *added = parentNode->add(std::move(node));
    m_folders.insert(folderPath, added);
    return added;
}

void BundleTreeModel::setBundle(const QString &displayName, const QList<lt::bundle::BundleEntry> &entries,
                                const QList<lt::bundle::ManifestItem> &failedItems)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_files.clear();
    m_folders.clear();
    m_failedCount = 0;
    auto bundle = std::make_unique<Node>();
    bundle->kind = Kind::Bundle;
    bundle->name = displayName;
    m_root->add(std::move(bundle));

    for (const lt::bundle::BundleEntry &entry : entries) {
        const qsizetype slash = entry.path.lastIndexOf(u'/');
        Node *folder = folderFor(slash < 0 ? QString() : entry.path.left(slash));
        auto node = std::make_unique<Node>();
        node->kind = Kind::File;
        node->name = entry.path.mid(slash + 1);
        node->path = entry.path;
        node->size = entry.size;
        m_files.insert(entry.path, folder->add(std::move(node)));
    }
    for (const lt::bundle::ManifestItem &item : failedItems)
        addFailedItem(item);
    endResetModel();
}

void BundleTreeModel::addFailedItem(const lt::bundle::ManifestItem &item)
{
    // A truncated file is in the bundle: it keeps its row and only gains the note.
    bool placed = false;
    for (const QString &file : item.files) {
        if (Node *existing = m_files.value(file)) {
            existing->status = item.status;
            existing->reason = item.reason;
            placed = true;
        }
    }
    if (placed)
        return;
    ++m_failedCount;
    auto node = std::make_unique<Node>();
    node->kind = Kind::FailedItem;
    node->status = item.status;
    node->reason = item.reason;
    node->triaged = true;
    if (!item.files.isEmpty()) {
        // Shown where it would have been, so it is found next to its siblings.
        const QString &path = item.files.front();
        const qsizetype slash = path.lastIndexOf(u'/');
        node->name = path.mid(slash + 1);
        node->path = path;
        folderFor(slash < 0 ? QString() : path.left(slash))->add(std::move(node));
    } else {
        node->name = item.title.isEmpty() ? item.id : item.title;
        node->path = item.id;
        m_root->children.front()->add(std::move(node));
    }
}

void BundleTreeModel::updateFile(const lt::triage::FileReport &report)
{
    Node *node = m_files.value(report.path);
    if (!node)
        return;
    const int dErrors = report.errors - node->errors;
    const int dWarnings = report.warnings - node->warnings;
    node->format = report.format;
    node->encoding = report.encoding;
    node->errors = report.errors;
    node->warnings = report.warnings;
    node->readError = report.error;
    node->triaged = true;
    if (report.bytes > 0)
        node->size = report.bytes;
    emit dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
    for (Node *p = node->parent; p && p != m_root.get(); p = p->parent) {
        p->errors += dErrors;
        p->warnings += dWarnings;
        emit dataChanged(indexFor(p, IssuesColumn), indexFor(p, IssuesColumn));
    }
}

void BundleTreeModel::markAllTriaged()
{
    for (Node *node : std::as_const(m_files)) {
        if (!node->triaged) {
            node->triaged = true;
            emit dataChanged(indexFor(node, IssuesColumn), indexFor(node, IssuesColumn));
        }
    }
}

QModelIndex BundleTreeModel::bundleIndex() const
{
    return m_root->children.empty() ? QModelIndex() : createIndex(0, 0, m_root->children.front().get());
}

QModelIndex BundleTreeModel::indexForPath(const QString &path) const
{
    if (const Node *n = m_files.value(path))
        return indexFor(n);
    if (const Node *n = m_folders.value(path))
        return indexFor(n);
    return {};
}

BundleTreeModel::Node *BundleTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex BundleTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex BundleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex BundleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int BundleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int BundleTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString BundleTreeModel::statusLabel(const QString &status)
{
    if (status == u"missing") return tr("missing");
    if (status == u"denied") return tr("access denied");
    if (status == u"timeout") return tr("timed out");
    if (status == u"truncated") return tr("truncated");
    if (status == u"skipped") return tr("skipped");
    if (status == u"cancelled") return tr("cancelled");
    if (status == u"failed") return tr("failed");
    return status;
}

QString BundleTreeModel::displayName(const Node *node) const
{
    if (node->kind != Kind::FailedItem)
        return node->name;
    if (node->reason.isEmpty())
        return tr("%1 — %2").arg(node->name, statusLabel(node->status));
    return tr("%1 — %2: %3").arg(node->name, statusLabel(node->status), node->reason);
}

QString BundleTreeModel::toolTip(const Node *node) const
{
    QLocale locale;
    switch (node->kind) {
    case Kind::Bundle:
        return tr("Bundle overview: system, collection and diagnoses");
    case Kind::Folder:
        return node->path;
    case Kind::FailedItem:
        return tr("Not collected (%1): %2").arg(statusLabel(node->status), node->reason);
    case Kind::File: {
        QStringList lines{node->path, locale.formattedDataSize(node->size)};
        if (node->triaged)
            lines << tr("Format: %1").arg(lt::triage::formatDisplayName(node->format));
        if (!node->encoding.isEmpty())
            lines << tr("Encoding: %1").arg(node->encoding);
        if (!node->readError.isEmpty())
            lines << tr("Could not be read: %1").arg(node->readError);
        if (!node->status.isEmpty())
            lines << tr("Collector note (%1): %2").arg(statusLabel(node->status), node->reason);
        return lines.join(u'\n');
    }
    }
    return {};
}

qint64 BundleTreeModel::totalSize(const Node *node)
{
    qint64 total = node->size;
    for (const auto &c : node->children)
        total += totalSize(c.get());
    return total;
}

QVariant BundleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return displayName(node);
        case FormatColumn:
            if (node->kind == Kind::File && node->triaged)
                return lt::triage::formatDisplayName(node->format);
            return {};
        case SizeColumn:
            if (node->kind == Kind::File)
                return QLocale().formattedDataSize(node->size);
            return {};
        default: return {};
        }
    case Qt::ToolTipRole: return toolTip(node);
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        switch (node->kind) {
        case Kind::Bundle: return QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
        case Kind::Folder: return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        case Kind::File: return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        case Kind::FailedItem: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ForegroundRole:
        if (node->kind == Kind::FailedItem)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (node->kind == Kind::FailedItem || node->kind == Kind::Bundle) {
            QFont font;
            font.setItalic(node->kind == Kind::FailedItem);
            font.setBold(node->kind == Kind::Bundle);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole: return QVariant::fromValue(int(node->kind));
    case PathRole: return node->path;
    case ErrorsRole: return node->errors;
    case WarningsRole: return node->warnings;
    case SizeRole: {
        if (node->kind != Kind::Folder)
            return node->size;
        return totalSize(node);
    }
    case FormatRole: return int(node->format);
    case TriagedRole: return node->triaged;
    case StatusRole: return node->status;
    case ReasonRole: return node->reason;
    default: return {};
    }
}

void BundleTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

QVariant BundleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case IssuesColumn: return tr("Issues");
    case FormatColumn: return tr("Format");
    case SizeColumn: return tr("Size");
    default: return {};
    }
}

Qt::ItemFlags BundleTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace lt::ui
