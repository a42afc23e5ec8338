#include "mainwindow.h"

#include "collect/collectorwidget.h"
#include "common/aboutdialog.h"
#include "common/languagemanager.h"
#include "viewer/viewerwidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCommandLinkButton>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStyle>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace lt::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_collector(new CollectorWidget(this))
    , m_viewer(new ViewerWidget(this))
{
    m_pages->addWidget(createHomePage());
    m_pages->addWidget(m_collector);
    m_pages->addWidget(m_viewer);
    setCentralWidget(m_pages);
    createMenus();

    connect(m_collector, &CollectorWidget::openInViewerRequested, this,
            [this](const QString &bundle) { openPaths({bundle}); });

    resize(1100, 720);
    retranslate();
}

QWidget *MainWindow::createHomePage()
{
    // A centred column that does not stretch across wide screens: the two entries are the
    // only things a first-time user needs to see.
    auto *page = new QWidget(this);
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget(page);
    column->setMaximumWidth(760);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 48, 24, 24);
    layout->setSpacing(14);

    m_homeTitle = new QLabel(column);
    QFont titleFont = m_homeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setBold(true);
    m_homeTitle->setFont(titleFont);
    m_homeTitle->setWordWrap(true);
    m_homeSubtitle = new QLabel(column);
    m_homeSubtitle->setWordWrap(true);
    QPalette muted = m_homeSubtitle->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_homeSubtitle->setPalette(muted);

    m_collectEntry = new QCommandLinkButton(column);
    m_collectEntry->setObjectName(QStringLiteral("collectEntry"));
    m_viewEntry = new QCommandLinkButton(column);
    m_viewEntry->setObjectName(QStringLiteral("viewEntry"));
    for (QCommandLinkButton *entry : {m_collectEntry, m_viewEntry}) {
        entry->setMinimumHeight(80);
        entry->setIconSize(QSize(32, 32));
        QFont f = entry->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        entry->setFont(f);
        // A card look that follows the palette, so dark themes stay readable.
        entry->setStyleSheet(QStringLiteral(
            "QCommandLinkButton { border: 1px solid palette(mid); border-radius: 8px;"
            " background: palette(base); padding: 10px; }"
            "QCommandLinkButton:hover { border-color: palette(highlight); }"));
    }
    m_collectEntry->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_viewEntry->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    connect(m_collectEntry, &QPushButton::clicked, this, [this] { showPage(Page::Collector); });
    connect(m_viewEntry, &QPushButton::clicked, this, [this] { showPage(Page::Viewer); });

    layout->addWidget(m_homeTitle);
    layout->addWidget(m_homeSubtitle);
    layout->addSpacing(18);
    layout->addWidget(m_collectEntry);
    layout->addWidget(m_viewEntry);
    layout->addStretch(1);
    return page;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);

    m_goMenu = menuBar()->addMenu(QString());
    m_homeAction = m_goMenu->addAction(QString(), this, [this] { showPage(Page::Home); });
    m_collectAction = m_goMenu->addAction(QString(), this, [this] { showPage(Page::Collector); });
    m_viewAction = m_goMenu->addAction(QString(), this, [this] { showPage(Page::Viewer); });

    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // The language names are never translated: each is written in its own language.
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("中文"), this, [this] { switchLanguage(QStringLiteral("zh")); });
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { switchLanguage(QStringLiteral("en")); });
    for (QAction *a : {m_chineseAction, m_englishAction}) {
        a->setCheckable(true);
        languages->addAction(a);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("LogTriage"));
    m_homeTitle->setText(tr("LogTriage — Windows log collection and analysis"));
    m_homeSubtitle->setText(tr("Collect the logs of this computer into one file for the helpdesk, "
                               "or open a collected bundle to find out what went wrong."));
    m_collectEntry->setText(tr("Collect logs"));
    m_collectEntry->setDescription(tr("Gather system information and logs from this computer into a zip file on the desktop."));
    m_viewEntry->setText(tr("View / analyse"));
    m_viewEntry->setDescription(tr("Open a bundle, a folder or a log file and see the errors found and how to fix them."));

    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open..."));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_homeAction->setText(tr("&Home"));
    m_collectAction->setText(tr("&Collect logs"));
    m_viewAction->setText(tr("&View / analyse"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About LogTriage"));

    const bool chinese = LanguageManager::current() != u"en";
    m_chineseAction->setChecked(chinese);
    m_englishAction->setChecked(!chinese);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_viewer->openPaths(paths);
    showPage(Page::Viewer);
}

void MainWindow::openWithDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open bundle or log"), QString(),
        tr("Bundles and logs (*.zip *.log *.txt *.csv *.xml *.etl *.evtx);;All files (*)"));
    openPaths(files);
}

void MainWindow::switchLanguage(const QString &language)
{
    LanguageManager::apply(language);   // QEvent::LanguageChange reaches every widget
}

} // namespace lt::ui
