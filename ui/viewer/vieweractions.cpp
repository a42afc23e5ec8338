#include "vieweractions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace lt::ui {

namespace {

// The one settings key of the viewer; typed access goes through recentFiles()/addRecentFile().
const QString RecentFilesKey = QStringLiteral("viewer/recentFiles");

} // namespace

ViewerActions::ViewerActions(QWidget *parent)
    : QObject(parent)
    , m_openFolder(new QAction(parent))
    , m_recentMenu(new QMenu(parent))
    , m_exportReport(new QAction(parent))
    , m_copyDiagnoses(new QAction(parent))
    , m_errorLookup(new QAction(parent))
    , m_timeline(new QAction(parent))
{
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_errorLookup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_exportReport->setEnabled(false);
    m_copyDiagnoses->setEnabled(false);
    m_timeline->setEnabled(false);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ViewerActions::rebuildRecentMenu);
    rebuildRecentMenu();
    retranslate();
}

QStringList ViewerActions::recentFiles()
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void ViewerActions::addRecentFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    QSettings().setValue(RecentFilesKey, list);
}

void ViewerActions::clearRecentFiles()
{
    QSettings().remove(RecentFilesKey);
}

void ViewerActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString &file : files) {
        // "&1 name" gives keyboard access; the full path is in the tooltip and status tip.
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n % 10).arg(QFileInfo(file).fileName()));
        a->setToolTip(file);
        a->setStatusTip(file);
        a->setEnabled(QFileInfo::exists(file));
        connect(a, &QAction::triggered, this, [this, file] { emit openRecentRequested(file); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear list"), this, [] { clearRecentFiles(); });
}

void ViewerActions::retranslate()
{
    m_openFolder->setText(tr("Open &folder..."));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_exportReport->setText(tr("&Export report..."));
    m_exportReport->setToolTip(tr("Save the triage report as HTML, Markdown or JSON"));
    m_copyDiagnoses->setText(tr("&Copy diagnoses for ticket"));
    m_errorLookup->setText(tr("Error code &lookup..."));
    m_timeline->setText(tr("&Merged timeline of selected logs"));
    rebuildRecentMenu();
}

} // namespace lt::ui
