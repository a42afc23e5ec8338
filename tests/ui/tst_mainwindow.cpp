#include "common/languagemanager.h"
#include "main/mainwindow.h"
#include "screenshot.h"

#include <QCommandLinkButton>
#include <QMenuBar>
#include <QTest>

using lt::ui::LanguageManager;
using lt::ui::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init() { LanguageManager::apply(QStringLiteral("zh")); }

    void opensOnTheHomePageWithBothEntries()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), MainWindow::Page::Home);
        auto *collect = window.findChild<QCommandLinkButton *>(QStringLiteral("collectEntry"));
        auto *view = window.findChild<QCommandLinkButton *>(QStringLiteral("viewEntry"));
        QVERIFY(collect && view);
        QCOMPARE(collect->text(), QStringLiteral("收集日志"));
        QCOMPARE(view->text(), QStringLiteral("查看/分析"));
        lt::test::saveScreenshot(&window, QStringLiteral("main-zh"));

        QTest::mouseClick(collect, Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Collector);
        window.showPage(MainWindow::Page::Home);
        QTest::mouseClick(view, Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Viewer);
    }

    void switchesLanguageAtRunTime()
    {
        MainWindow window;
        auto *collect = window.findChild<QCommandLinkButton *>(QStringLiteral("collectEntry"));
        const QString chineseMenu = window.menuBar()->actions().first()->text();
        QVERIFY2(chineseMenu.contains(QStringLiteral("文件")), qPrintable(chineseMenu));

        LanguageManager::apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();   // LanguageChange is posted to top-level widgets
        QCOMPARE(collect->text(), QStringLiteral("Collect logs"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        lt::test::saveScreenshot(&window, QStringLiteral("main-en"));

        LanguageManager::apply(QStringLiteral("zh"));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(collect->text(), QStringLiteral("收集日志"));
    }

    void commandLineFilesOpenTheViewer()
    {
        MainWindow window;
        window.openPaths({QStringLiteral(LT_TEST_DATA_DIR "/text/cbs-utf8-lf.log")});
        QCOMPARE(window.currentPage(), MainWindow::Page::Viewer);
    }

    void languageResolution()
    {
        QCOMPARE(LanguageManager::resolve(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("ZH")), QStringLiteral("zh"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
