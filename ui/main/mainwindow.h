#pragma once

#include <QMainWindow>

class QStackedWidget;
class QAction;
class QMenu;
class QLabel;
class QCommandLinkButton;

namespace lt::ui {

class CollectorWidget;
class ViewerWidget;

// The program's one window: a home page with the two entries (收集日志, 查看/分析)
// and the collector and viewer pages behind them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Home, Collector, Viewer };

    explicit MainWindow(QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    void openPaths(const QStringList &paths);

    CollectorWidget *collector() const { return m_collector; }
    ViewerWidget *viewer() const { return m_viewer; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHomePage();
    void createMenus();
    void retranslate();
    void openWithDialog();
    void switchLanguage(const QString &language);

    QStackedWidget *m_pages = nullptr;
    CollectorWidget *m_collector = nullptr;
    ViewerWidget *m_viewer = nullptr;

    QLabel *m_homeTitle = nullptr;
    QLabel *m_homeSubtitle = nullptr;
    QCommandLinkButton *m_collectEntry = nullptr;
    QCommandLinkButton *m_viewEntry = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_collectAction = nullptr;
    QAction *m_viewAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace lt::ui
