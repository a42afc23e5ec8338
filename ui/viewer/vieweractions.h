#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace lt::ui {

// The viewer's menu entries, kept apart from the window composition so MainWindow can
// place them in its menus: File ▸ Open folder / Recent / Export report / Copy diagnoses,
// Tools ▸ Error code lookup / Merged timeline. Recent files live in QSettings.
class ViewerActions final : public QObject
{
    Q_OBJECT

public:
    explicit ViewerActions(QWidget *parent);

    QAction *openFolder() const { return m_openFolder; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *exportReport() const { return m_exportReport; }
    QAction *copyDiagnoses() const { return m_copyDiagnoses; }
    QAction *errorLookup() const { return m_errorLookup; }
    QAction *timeline() const { return m_timeline; }

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();
    static constexpr int MaxRecentFiles = 10;

    void retranslate();

signals:
    void openRecentRequested(const QString &path);

private:
    void rebuildRecentMenu();

    QAction *m_openFolder = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_copyDiagnoses = nullptr;
    QAction *m_errorLookup = nullptr;
    QAction *m_timeline = nullptr;
};

} // namespace lt::ui
