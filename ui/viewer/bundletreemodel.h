#pragma once

#include "bundle/bundlereader.h"
#include "triage/triagereport.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace lt::ui {

// The opened bundle as a tree: a root row for the bundle itself (it opens the summary),
// its folders and files with format, size and finding counts, and the items the collector
// could not gather, greyed with the reason so a missing CBS.log is never silently absent.
// Counts arrive per file as triage progresses (updateFile()); folders show their sums.
class BundleTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IssuesColumn, FormatColumn, SizeColumn, ColumnCount };
    enum class Kind { Bundle, Folder, File, FailedItem };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        PathRole,                    // entry path ("" for the bundle row)
        ErrorsRole,                  // int, summed for folders
        WarningsRole,
        SizeRole,                    // qint64 bytes, summed for folders
        FormatRole,                  // lt::triage::LogFormat as int
        TriagedRole,                 // bool: counts are final
        StatusRole,                  // manifest status of a failed item ("denied"...)
        ReasonRole,                  // its reason
    };

    explicit BundleTreeModel(QObject *parent = nullptr);
    ~BundleTreeModel() override;

    void setBundle(const QString &displayName, const QList<lt::bundle::BundleEntry> &entries,
                   const QList<lt::bundle::ManifestItem> &failedItems);
    void clear();
    // After a language change: headers and labels are translated when asked for.
    void retranslate();
    void updateFile(const lt::triage::FileReport &report);
    // Triage is over: files it did not report on (manifest.json, binaries) are final too.
    void markAllTriaged();

    QModelIndex bundleIndex() const;
    QModelIndex indexForPath(const QString &path) const;
    int fileCount() const { return int(m_files.size()); }
    int failedItemCount() const { return m_failedCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString statusLabel(const QString &status);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *folderFor(const QString &folderPath);
    void addFailedItem(const lt::bundle::ManifestItem &item);
    QString displayName(const Node *node) const;
    QString toolTip(const Node *node) const;
    static qint64 totalSize(const Node *node);

    std::unique_ptr<Node> m_root;          // invisible; its only child is the bundle row
    QHash<QString, Node *> m_files;        // entry path -> file node
    QHash<QString, Node *> m_folders;      // folder path -> folder node
    int m_failedCount = 0;
};

} // namespace lt::ui
