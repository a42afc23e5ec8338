// logtriage: the desktop program (collector and viewer in one window).
#include "common/languagemanager.h"
#include "collect/collectorwidget.h"
#include "main/appicon.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LogTriage"));
    QApplication::setApplicationName(QStringLiteral("LogTriage"));
    QApplication::setApplicationVersion(QStringLiteral(LT_VERSION));
    QApplication::setWindowIcon(lt::ui::applicationIcon());
    // Wayland shells find the launcher entry (and its icon) by this name: logtriage.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("logtriage"));

    // The language is needed before the parser's own help text, so peek at --lang first.
    QString requestedLanguage;
    const QStringList raw = QCoreApplication::arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw[i] == u"--lang" && i + 1 < raw.size())
            requestedLanguage = raw[i + 1];
        else if (raw[i].startsWith(u"--lang="))
            requestedLanguage = raw[i].mid(7);
    }
    lt::ui::LanguageManager::apply(lt::ui::LanguageManager::resolve(requestedLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Collect and analyse Windows servicing logs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption collectOption(QStringLiteral("collect"),
        QCoreApplication::translate("main", "Open straight into the log collector."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language: zh or en."), QStringLiteral("zh|en"));
    const QCommandLineOption categoriesOption(QStringLiteral("categories"),
        QCoreApplication::translate("main", "Categories to tick in the collector, comma-separated."),
        QStringLiteral("ids"));
    const QCommandLineOption addOption(QStringLiteral("add"),
        QCoreApplication::translate("main", "A file or folder to collect too (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption outputFolderOption(QStringLiteral("output-folder"),
        QCoreApplication::translate("main", "Where the collector saves the bundle."), QStringLiteral("folder"));
    parser.addOption(collectOption);
    parser.addOption(categoriesOption);
    parser.addOption(addOption);
    parser.addOption(outputFolderOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main", "Bundles, folders or logs to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    lt::ui::MainWindow window;
    if (parser.isSet(categoriesOption))
        window.collector()->setCheckedCategories(parser.value(categoriesOption).split(u',', Qt::SkipEmptyParts));
    if (parser.isSet(addOption))
        window.collector()->setCustomPaths(parser.values(addOption));
    if (parser.isSet(outputFolderOption))
        window.collector()->setOutputFolder(parser.value(outputFolderOption));
    if (parser.isSet(collectOption))
        window.showPage(lt::ui::MainWindow::Page::Collector);
    else
        window.openPaths(parser.positionalArguments());
    window.show();
    return QApplication::exec();
}
