#include "custompathlist.h"

#include "itemstatuspresentation.h"

#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lt::ui {

namespace {

enum Column { PathColumn, SizeColumn };
constexpr int PathRole = Qt::UserRole + 1;
constexpr int SizeRole = Qt::UserRole + 2;

// Total size of the files below `dir`; symlinks are not followed (no loops, no surprises).
qint64 folderSize(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

// An empty list says what it is for, instead of being a blank box.
class PathTree final : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    QString placeholder;

    // Modest by default (it grows with the window): the page must fit without scrolling.
    QSize sizeHint() const override
    {
        return {QTreeWidget::sizeHint().width(), fontMetrics().height() * 7};
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTreeWidget::paintEvent(event);
        if (topLevelItemCount() > 0 || placeholder.isEmpty())
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, placeholder);
    }
};

} // namespace

CustomPathList::CustomPathList(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new PathTree(this))
    , m_addFiles(new QPushButton(this))
    , m_addFolder(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setBuddy(m_list);

    m_list->setObjectName(QStringLiteral("customPathList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setTextElideMode(Qt::ElideMiddle);   // the file name at the end matters most
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    // Drops land on the viewport; the filter hands them to this widget's handlers.
    m_list->viewport()->setAcceptDrops(true);
    m_list->viewport()->installEventFilter(this);
    m_list->setMinimumHeight(fontMetrics().height() * 4);
    setAcceptDrops(true);

    m_addFiles->setObjectName(QStringLiteral("addFilesButton"));
    m_addFolder->setObjectName(QStringLiteral("addFolderButton"));
    m_remove->setObjectName(QStringLiteral("removePathButton"));
    connect(m_addFiles, &QPushButton::clicked, this, &CustomPathList::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &CustomPathList::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &CustomPathList::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CustomPathList::updateButtons);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(row, 1);

    setTabOrder(m_list, m_addFiles);
    setTabOrder(m_addFiles, m_addFolder);
    setTabOrder(m_addFolder, m_remove);
    retranslate();
    updateButtons();
}

QStringList CustomPathList::paths() const
{
    QStringList result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        result.append(m_list->topLevelItem(i)->data(PathColumn, PathRole).toString());
    return result;
}

void CustomPathList::setPaths(const QStringList &paths)
{
    m_list->clear();
    addPaths(paths);
    emit pathsChanged();
}

void CustomPathList::addPaths(const QStringList &paths)
{
    bool added = false;
    for (const QString &raw : paths) {
        const QFileInfo info(raw);
        if (!info.exists())
            continue;
        const QString path = info.absoluteFilePath();
        if (itemFor(path))
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(PathColumn, PathRole, path);
        item->setText(PathColumn, QDir::toNativeSeparators(path));
        item->setToolTip(PathColumn, QDir::toNativeSeparators(path));
        item->setIcon(PathColumn, style()->standardIcon(info.isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        measure(item);
        added = true;
    }
    if (added) {
        updateButtons();
        emit pathsChanged();
    }
}

qint64 CustomPathList::sizeOf(const QString &path) const
{
    const QTreeWidgetItem *item = itemFor(QFileInfo(path).absoluteFilePath());
    return item ? item->data(SizeColumn, SizeRole).toLongLong() : -1;
}

void CustomPathList::measure(QTreeWidgetItem *item)
{
    const QString path = item->data(PathColumn, PathRole).toString();
    const QFileInfo info(path);
    if (!info.isDir()) {
        item->setData(SizeColumn, SizeRole, info.size());
        item->setText(SizeColumn, ItemStatusPresentation::formatSize(info.size()));
        emit sizeKnown(path, info.size());
        return;
    }
    item->setData(SizeColumn, SizeRole, qint64(-1));
    item->setText(SizeColumn, tr("measuring..."));
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, path] {
        const qint64 bytes = watcher->result();
        watcher->deleteLater();
        if (QTreeWidgetItem *target = itemFor(path)) {   // it may have been removed meanwhile
            target->setData(SizeColumn, SizeRole, bytes);
            target->setText(SizeColumn, ItemStatusPresentation::formatSize(bytes));
            emit sizeKnown(path, bytes);
        }
    });
    watcher->setFuture(QtConcurrent::run(folderSize, path));
}

QTreeWidgetItem *CustomPathList::itemFor(const QString &path) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(PathColumn, PathRole).toString() == path)
            return item;
    }
    return nullptr;
}

void CustomPathList::addFiles()
{
    addPaths(QFileDialog::getOpenFileNames(this, tr("Add files to the bundle")));
}

void CustomPathList::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder to the bundle"));
    if (!dir.isEmpty())
        addPaths({dir});
}

void CustomPathList::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    updateButtons();
    emit pathsChanged();
}

void CustomPathList::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void CustomPathList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CustomPathList::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    addPaths(paths);
    event->acceptProposedAction();
}

bool CustomPathList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter: dragEnterEvent(static_cast<QDragEnterEvent *>(event)); return true;
        case QEvent::DragMove: {
            auto *move = static_cast<QDragMoveEvent *>(event);
            if (!localPaths(move->mimeData()).isEmpty())
                move->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: dropEvent(static_cast<QDropEvent *>(event)); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomPathList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomPathList::retranslate()
{
    m_heading->setText(tr("&Extra files or folders (only if the helpdesk asked; you can also drop them here):"));
    m_list->setHeaderLabels({tr("File or folder"), tr("Size")});
    static_cast<PathTree *>(m_list)->placeholder = tr("Usually nothing is needed here. Drop files or folders here, "
                                                      "or use \"Add files...\" / \"Add folder...\".");
    m_list->viewport()->update();
    m_addFiles->setText(tr("Add files..."));
    m_addFolder->setText(tr("Add folder..."));
    m_remove->setText(tr("Remove"));
    m_list->setAccessibleName(tr("Extra files and folders"));
    m_addFiles->setAccessibleName(tr("Add files"));
    m_addFolder->setAccessibleName(tr("Add folder"));
    m_remove->setAccessibleName(tr("Remove the selected files or folders"));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const qint64 bytes = item->data(SizeColumn, SizeRole).toLongLong();
        item->setText(SizeColumn, bytes < 0 ? tr("measuring...") : ItemStatusPresentation::formatSize(bytes));
    }
}

} // namespace lt::ui
