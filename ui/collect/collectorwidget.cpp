#include "collectorwidget.h"

#include "categorymodel.h"
#include "categorypanel.h"
#include "collectsettings.h"
#include "custompathlist.h"
#include "elevation.h"
#include "elevationbanner.h"
#include "itemprogressmodel.h"
#include "outputchooser.h"
#include "progresspage.h"
#include "resultpage.h"
#include "startpage.h"
#include "whatiscollecteddialog.h"

#include "collect/collector.h"
#include "common/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lt::ui {

CollectorWidget::CollectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_elevated(collect::isElevated())
    , m_collector(new collect::Collector(this))
    , m_categories(new CategoryModel(this))
    , m_items(new ItemProgressModel(this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(m_categories, this))
    , m_progressPage(new ProgressPage(m_items, this))
    , m_resultPage(new ResultPage(this))
{
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_progressPage);
    m_pages->addWidget(m_resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_categories->setElevated(m_elevated);
    connect(m_categories, &CategoryModel::checkedChanged, this, &CollectorWidget::onSelectionChanged);
    connect(m_startPage->customPaths(), &CustomPathList::pathsChanged, this, &CollectorWidget::onSelectionChanged);
    connect(m_startPage->output(), &OutputChooser::folderChanged, this, [this](const QString &folder) {
        if (!m_restoring)
            CollectSettings::outputFolder().set(folder);
    });
    connect(m_startPage->categoryPanel(), &CategoryPanel::whatIsCollectedRequested, this,
            &CollectorWidget::showWhatIsCollected);
    connect(m_startPage, &StartPage::collectRequested, this, &CollectorWidget::startCollection);
    connect(m_startPage->elevationBanner(), &ElevationBanner::restartRequested, this, &CollectorWidget::restartElevated);
    connect(m_progressPage, &ProgressPage::cancelRequested, this, &CollectorWidget::cancelCollection);
    connect(m_resultPage, &ResultPage::openInViewerRequested, this, &CollectorWidget::openInViewerRequested);
    connect(m_resultPage, &ResultPage::collectAgainRequested, this, [this] { showPage(m_startPage); });

    connect(m_collector, &collect::Collector::itemStarted, this, &CollectorWidget::onItemStarted);
    connect(m_collector, &collect::Collector::itemFinished, this, [this](const collect::ItemResult &result) {
        m_items->markFinished(result);
        onProgress(m_lastProgress);
    });
    connect(m_collector, &collect::Collector::progressChanged, this, &CollectorWidget::onProgress);
    connect(m_collector, &collect::Collector::finished, this, &CollectorWidget::onFinished);

    // Enter starts on the first page, Esc cancels while collecting.
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto *start = new QShortcut(QKeySequence(key), m_startPage, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(start, &QShortcut::activated, this, &CollectorWidget::startCollection);
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), m_progressPage, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &CollectorWidget::cancelCollection);

    setProfileSource(collect::Profile::defaultName());
}

CollectorWidget::~CollectorWidget() = default;

bool CollectorWidget::setProfileSource(const QString &nameOrPath)
{
    m_profileSource = nameOrPath;
    QString error;
    m_profile = collect::Profile::load(nameOrPath, &error);
    m_restoring = true;
    if (m_profile) {
        m_categories->setProfile(*m_profile);
        m_startPage->setNotice({});
    } else {
        m_categories->setProfile(collect::Profile());
        m_startPage->setNotice(tr("The list of what to collect could not be loaded: %1").arg(error), true);
    }
    restoreSettings();
    m_restoring = false;
    onSelectionChanged();
    return m_profile.has_value();
}

void CollectorWidget::restoreSettings()
{
    if (const std::optional<QStringList> saved = CollectSettings::categories(m_profileSource).get())
        m_categories->setCheckedIds(*saved);
    m_startPage->customPaths()->setPaths(CollectSettings::customPaths().get(QStringList()));
    QString folder = CollectSettings::outputFolder().get(QString());
    if (folder.isEmpty() || !QFileInfo(folder).isDir())   // e.g. a USB stick that is gone
        folder = CollectSettings::defaultOutputFolder();
    m_startPage->output()->setFolder(folder);
}

void CollectorWidget::setSourceOverrides(const QString &fakeRoot, const QString &replayDir)
{
    m_fakeRoot = fakeRoot;
    m_replayDir = replayDir;
}

void CollectorWidget::setElevated(bool elevated)
{
    m_elevated = elevated;
    m_categories->setElevated(elevated);
    onSelectionChanged();
}

CollectorWidget::State CollectorWidget::state() const
{
    if (m_pages->currentWidget() == m_progressPage)
        return State::Running;
    return m_pages->currentWidget() == m_resultPage ? State::Result : State::Start;
}

const collect::Profile *CollectorWidget::profile() const
{
    return m_profile ? &*m_profile : nullptr;
}

void CollectorWidget::onSelectionChanged()
{
    const QStringList checked = m_categories->checkedIds();
    if (!m_restoring) {
        if (m_profile)
            CollectSettings::categories(m_profileSource).set(checked);
        CollectSettings::customPaths().set(m_startPage->customPaths()->paths());
    }
    m_startPage->elevationBanner()->setRestartArguments(restartArguments());
    m_startPage->elevationBanner()->setCategories(m_elevated ? QStringList() : m_categories->checkedAdminTitles());
    // A custom path alone is something to collect too.
    const bool nothing = checked.isEmpty() && m_startPage->customPaths()->paths().isEmpty();
    m_startPage->setCollectEnabled(m_profile && !nothing);
    m_startPage->collectButton()->setToolTip(nothing ? tr("Tick a category or add a path first.") : QString());
}

bool CollectorWidget::startCollection()
{
    if (!m_profile || m_collector->isRunning() || state() == State::Running)
        return false;
    const QStringList categories = m_categories->checkedIds();
    if (categories.isEmpty() && m_startPage->customPaths()->paths().isEmpty())
        return false;

    collect::CollectRequest request;
    request.profile = m_profileSource;
    request.categories = categories;
    request.customPaths = m_startPage->customPaths()->paths();
    request.outputFile = m_startPage->output()->bundlePathNow();
    request.fakeRoot = m_fakeRoot;
    request.replayDir = m_replayDir;
    request.language = LanguageManager::current();

    QList<collect::Item> items;
    for (const QString &id : categories)
        items += m_profile->itemsOf(id);
    m_items->reset(items);
    m_lastProgress = {};
    m_lastProgress.itemsTotal = int(items.size() + request.customPaths.size());
    m_startPage->setNotice({});
    m_progressPage->begin(int(items.size() + request.customPaths.size()));
    showPage(m_progressPage);
    m_collector->start(*m_profile, request);
    return true;
}

void CollectorWidget::cancelCollection()
{
    if (state() != State::Running)
        return;
    m_progressPage->setCancelling();
    m_collector->cancel();
}

void CollectorWidget::onItemStarted(const QString &itemId)
{
    m_items->markStarted(itemId);
    onProgress(m_lastProgress);
}

void CollectorWidget::onProgress(const collect::CollectProgress &progress)
{
    m_lastProgress = progress;
    m_lastProgress.itemsDone = qMax(progress.itemsDone, m_items->countDone());
    // Several items run at once: name them all, the engine's "current" is only one of them.
    m_progressPage->setProgress(m_lastProgress, QLocale().createSeparatedList(m_items->runningTitles()));
}

void CollectorWidget::onFinished(const collect::CollectOutcome &outcome)
{
    m_progressPage->end();
    if (outcome.cancelled && !outcome.bundleWritten) {
        m_items->markUnfinishedCancelled();
        m_startPage->setNotice(tr("Collecting was cancelled. No file was saved."));
        showPage(m_startPage);
    } else {
        QSet<QString> adminItems;
        if (m_profile) {
            for (const collect::Item &item : m_profile->items()) {
                const std::optional<collect::Category> category = m_profile->category(item.categoryId);
                if (item.needsAdmin || (category && category->needsAdmin))
                    adminItems.insert(item.id);
            }
        }
        m_resultPage->showOutcome(outcome, adminItems, m_elevated);
        showPage(m_resultPage);
    }
    m_startPage->output()->refreshFileName();
    emit collectionFinished(outcome);
}

void CollectorWidget::setCheckedCategories(const QStringList &ids)
{
    m_categories->setCheckedIds(ids);
}

void CollectorWidget::setCustomPaths(const QStringList &paths)
{
    m_startPage->customPaths()->setPaths(paths);
}

void CollectorWidget::setOutputFolder(const QString &folder)
{
    m_startPage->output()->setFolder(folder);
}

void CollectorWidget::showWhatIsCollected()
{
    if (!m_profile)
        return;
    auto *dialog = new WhatIsCollectedDialog(*m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QStringList CollectorWidget::restartArguments() const
{
    // The selections are also saved in QSettings, but an administrator who is another Windows
    // account has other settings and another desktop: pass the ticked categories, the custom
    // paths and the output folder (the user's desktop, where the helpdesk told them to look).
    QStringList args{QStringLiteral("--collect"), QStringLiteral("--lang"), LanguageManager::current(),
                     QStringLiteral("--categories"), m_categories->checkedIds().join(u',')};
    for (const QString &path : m_startPage->customPaths()->paths())
        args << QStringLiteral("--add") << path;
    if (!m_startPage->output()->folder().isEmpty())
        args << QStringLiteral("--output-folder") << m_startPage->output()->folder();
    return args;
}

void CollectorWidget::restartElevated()
{
    QString error;
    if (Elevation::restartElevated(restartArguments(), &error)) {
        QCoreApplication::quit();
        return;
    }
    m_startPage->setNotice(error, true);
}

void CollectorWidget::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    if (page == m_startPage)
        m_startPage->collectButton()->setFocus();
    else if (page == m_progressPage)
        m_progressPage->cancelButton()->setFocus();
    else
        m_resultPage->focusMainAction();
}

void CollectorWidget::showEvent(QShowEvent *event)
{
    m_startPage->output()->refreshFileName();
    QWidget::showEvent(event);
}

} // namespace lt::ui
