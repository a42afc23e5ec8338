#include "viewerwidget.h"

#include "bundletreefiltermodel.h"
#include "bundletreemodel.h"
#include "countbadgedelegate.h"
#include "diagnosispanel.h"
#include "entryextractor.h"
#include "errorlookupdialog.h"
#include "findingspanel.h"
#include "logpane.h"
#include "logview.h"
#include "summarypage.h"
#include "timelinepane.h"
#include "vieweractions.h"

#include "bundle/bundlereader.h"
#include "text/logfile.h"
#include "triage/reportexporter.h"
#include "triage/triageengine.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTimer>

#include <functional>
#include <QTreeView>
#include <QVBoxLayout>

namespace lt::ui {

using lt::triage::FileReport;
using lt::triage::TriageReport;

ViewerWidget::ViewerWidget(QWidget *parent)
    : QWidget(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_actions(new ViewerActions(this))
{
    qRegisterMetaType<lt::triage::FileReport>();
    qRegisterMetaType<lt::triage::TriageReport>();
    setAcceptDrops(true);
    buildUi();


    connect(m_actions, &ViewerActions::openRecentRequested, this, [this](const QString &p) { openPaths({p}); });
    connect(m_actions->openFolder(), &QAction::triggered, this, &ViewerWidget::openFolderWithDialog);
    connect(m_actions->exportReport(), &QAction::triggered, this, &ViewerWidget::exportWithDialog);
    connect(m_actions->copyDiagnoses(), &QAction::triggered, this, &ViewerWidget::copyAllDiagnoses);
    connect(m_actions->errorLookup(), &QAction::triggered, this, [this] { showErrorLookup(); });
    connect(m_actions->timeline(), &QAction::triggered, this, &ViewerWidget::timelineFromSelection);
    retranslate();
}

ViewerWidget::~ViewerWidget()
{
    if (m_engine)
        m_engine->cancel();
}

void ViewerWidget::startTriage(const QStringList &paths)
{
    // A fresh engine per bundle: results of a cancelled run can never reach the new one's panels.
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
        m_engine->deleteLater();
    }
    m_engine = new lt::triage::TriageEngine(this);
    connect(m_engine, &lt::triage::TriageEngine::fileTriaged, this, &ViewerWidget::onFileTriaged);
    connect(m_engine, &lt::triage::TriageEngine::progress, this, &ViewerWidget::onProgress);
    connect(m_engine, &lt::triage::TriageEngine::finished, this, &ViewerWidget::onFinished);
    connect(m_cancel, &QToolButton::clicked, m_engine, &lt::triage::TriageEngine::cancel);
    m_engine->start(paths);
}

void ViewerWidget::resetState()
{
    if (m_engine)
        m_engine->cancel();
    m_logPane->close();
    m_timeline->clear();
    m_findings->clear();
    m_diagnoses->setDiagnoses({});
    m_summary->clear();
    m_treeModel->clear();
    m_fileReports.clear();
    m_report = {};
    m_manifest = {};
    m_shownFile.clear();
    m_pendingFile.clear();
    m_pendingTimeline.clear();
    m_timelineLocal.clear();
    m_done = m_total = 0;
    delete m_extractor;
    m_extractor = nullptr;
    m_reader.reset();
    m_actions->exportReport()->setEnabled(false);
    m_actions->copyDiagnoses()->setEnabled(false);
}

void ViewerWidget::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    resetState();
    m_opened = paths;
    for (const QString &p : paths)
        ViewerActions::addRecentFile(p);

    // Listing a zip's central directory or a folder is quick; content is read by triage.
    auto reader = std::make_shared<lt::bundle::BundleReader>();
    const bool readable = paths.size() == 1 ? reader->open(paths.front()) : reader->open(paths);
    m_reader = reader;
    QStringList loose;
    for (const QString &p : paths) {
        if (QFileInfo(p).isFile())
            loose << p;
    }
    m_extractor = new EntryExtractor(reader, loose, this);
    connect(m_extractor, &EntryExtractor::ready, this, &ViewerWidget::onEntryReady);
    connect(m_extractor, &EntryExtractor::failed, this, [this](const QString &entry, const QString &error) {
        m_status->setText(tr("Could not open %1: %2").arg(entry, error));
    });

    SummaryPage::Bundle info;
    info.title = paths.size() == 1 ? QFileInfo(paths.front()).fileName() : tr("%n file(s)", nullptr, int(paths.size()));
    info.path = paths.join(QStringLiteral(", "));
    qint64 total = 0;
    for (const auto &e : reader->entries())
        total += e.size;
    info.entryCount = int(reader->entries().size());
    info.totalBytes = total;
    if (const auto manifest = reader->manifest()) {
        info.hasManifest = true;
        info.manifest = *manifest;
        m_manifest = info.manifest;
    }
    m_summary->setBundle(info);
    m_treeModel->setBundle(info.title, reader->entries(), info.manifest.failedItems());
    m_tree->expandToDepth(1);
    m_tree->setCurrentIndex(m_treeProxy->mapFromSource(m_treeModel->bundleIndex()));

    if (!readable && reader->entries().isEmpty()) {
        m_status->setText(tr("Could not open %1: %2").arg(info.path, reader->errorString()));
        m_center->setCurrentWidget(m_summary);
        return;
    }
    m_running = true;
    m_total = int(reader->entries().size());
    m_diagnoses->setAnalysing(true);
    m_summary->setProgress(0, m_total, true);
    startTriage(paths);
    updateStatus();
    // One plain log: straight to its text. A bundle: the overview first.
    if (reader->entries().size() == 1 && !info.hasManifest)
        showFile(reader->entries().front().path);
    else
        showSummary();
    emit opened();
}

void ViewerWidget::onProgress(int done, int total, const QString &current)
{
    m_done = done;
    m_total = total;
    m_summary->setProgress(done, total, true);
    updateStatus();
    if (!current.isEmpty())
        m_progress->setToolTip(current);
}

void ViewerWidget::onFileTriaged(const FileReport &report)
{
    m_fileReports.insert(report.path, report);
    m_treeModel->updateFile(report);
    m_findings->addFindings(report.findings);
    m_summary->addFile(report);
    if (report.path == m_shownFile)
        applyMarkers(report.path);
}

void ViewerWidget::onFinished(const TriageReport &report)
{
    m_report = report;
    if (m_report.bundle.hasManifest) {
        // The exported report names hosts and items as the summary does.
        m_report.bundle.manifest = m_manifest;
        m_report.failedItems = m_manifest.failedItems();
    }
    m_running = false;
    // Files the engine reported only at the end (or not per file) still reach the panels.
    for (const FileReport &f : report.files) {
        if (!m_fileReports.contains(f.path))
            onFileTriaged(f);
    }
    m_treeModel->markAllTriaged();
    m_diagnoses->setAnalysing(false);
    m_diagnoses->setDiagnoses(report.diagnoses);
    m_summary->setReport(m_report);
    m_actions->exportReport()->setEnabled(true);
    m_actions->copyDiagnoses()->setEnabled(!report.diagnoses.isEmpty());
    if (report.diagnoses.isEmpty() && report.totalErrors() > 0)
        m_bottomTabs->setCurrentWidget(m_findings);
    else
        m_bottomTabs->setCurrentWidget(m_diagnoses);
    updateStatus();
    emit triageFinished();
}

void ViewerWidget::updateStatus()
{
    m_progress->setVisible(m_running);
    m_cancel->setVisible(m_running);
    if (m_running) {
        m_progress->setMaximum(std::max(1, m_total));
        m_progress->setValue(m_done);
        m_status->setText(tr("Analysing… %1 of %2 files").arg(m_done).arg(m_total));
        return;
    }
    if (m_opened.isEmpty()) {
        m_status->clear();
        return;
    }
    m_status->setText(tr("%1 files analysed: %2 errors, %3 warnings, %4 diagnoses")
                          .arg(m_report.files.size()).arg(m_report.totalErrors())
                          .arg(m_report.totalWarnings()).arg(m_report.diagnoses.size()));
}

void ViewerWidget::onTreeActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_treeProxy->mapToSource(proxyIndex.siblingAtColumn(0));
    switch (BundleTreeModel::Kind(index.data(BundleTreeModel::KindRole).toInt())) {
    case BundleTreeModel::Kind::Bundle:
        showSummary();
        break;
    case BundleTreeModel::Kind::File:
        showFile(index.data(BundleTreeModel::PathRole).toString());
        break;
    case BundleTreeModel::Kind::FailedItem:
        m_status->setText(index.data(Qt::ToolTipRole).toString());
        break;
    case BundleTreeModel::Kind::Folder:
        break;
    }
}

void ViewerWidget::showSummary()
{
    m_center->setCurrentWidget(m_summary);
}

void ViewerWidget::showFile(const QString &entryPath, qint64 line)
{
    if (!m_extractor)
        return;
    const QModelIndex proxy = m_treeProxy->mapFromSource(m_treeModel->indexForPath(entryPath));
    if (proxy.isValid() && m_tree->currentIndex().siblingAtColumn(0) != proxy) {
        const QSignalBlocker block(m_tree);
        m_tree->setCurrentIndex(proxy);
        m_tree->scrollTo(proxy);
    }
    if (entryPath == m_shownFile) {
        m_center->setCurrentWidget(m_logPane);
        jumpTo(line);
        return;
    }
    m_pendingFile = entryPath;
    m_pendingLine = line;
    m_status->setText(tr("Opening %1…").arg(entryPath));
    m_extractor->request(entryPath);
}

void ViewerWidget::onEntryReady(const QString &entryPath, const QString &localPath)
{
    if (m_pendingTimeline.contains(entryPath)) {
        m_timelineLocal.insert(entryPath, localPath);
        if (m_timelineLocal.size() == m_pendingTimeline.size()) {
            QList<TimelineSource> sources;
            for (const QString &e : std::as_const(m_pendingTimeline))
                sources.append({m_timelineLocal.value(e), e, m_fileReports.value(e).format});
            m_pendingTimeline.clear();
            m_timelineLocal.clear();
            m_timeline->setSources(sources);
            m_center->setCurrentWidget(m_timeline);
        }
    }
    if (entryPath != m_pendingFile)
        return;   // the user moved on while it was extracted
    m_pendingFile.clear();
    m_center->setCurrentWidget(m_logPane);   // first, so the view has its real size to centre in
    m_logPane->openFile(localPath, entryPath, m_fileReports.value(entryPath).format);
    m_shownFile = entryPath;
    applyMarkers(entryPath);
    jumpTo(m_pendingLine);
    m_findings->setCurrentFile(entryPath);
    updateStatus();
    emit fileShown(entryPath);
}

void ViewerWidget::jumpTo(qint64 line)
{
    m_gotoLine = line;
    if (line <= 0)
        return;
    m_logPane->goToLine(line);
    // Once more after the pending layout pass: the page size is known then.
    QTimer::singleShot(0, this, [this, line] {
        if (m_gotoLine == line || m_logPane->currentLine() == line)
            m_logPane->goToLine(line);
    });
}

void ViewerWidget::applyMarkers(const QString &entryPath)
{
    QList<LineMarker> markers;
    for (const lt::triage::Finding &f : m_fileReports.value(entryPath).findings) {
        const QString tip = f.name.isEmpty() ? f.message.simplified()
                                             : QStringLiteral("%1 %2").arg(f.codeHex(), f.name);
        markers.append({f.line, f.severity, tip});
        if (f.lastLine > f.line)
            markers.append({f.lastLine, f.severity, tip});
    }
    m_logPane->setMarkers(markers);
}

QStringList ViewerWidget::selectedFileEntries() const
{
    QStringList entries;
    for (const QModelIndex &proxy : m_tree->selectionModel()->selectedRows()) {
        const QModelIndex index = m_treeProxy->mapToSource(proxy);
        if (BundleTreeModel::Kind(index.data(BundleTreeModel::KindRole).toInt()) == BundleTreeModel::Kind::File)
            entries << index.data(BundleTreeModel::PathRole).toString();
    }
    return entries;
}

void ViewerWidget::timelineFromSelection()
{
    openMergedTimeline(selectedFileEntries());
}

void ViewerWidget::openMergedTimeline(const QStringList &entryPaths)
{
    if (!m_extractor || entryPaths.size() < 2)
        return;
    m_pendingTimeline = entryPaths;
    m_timelineLocal.clear();
    for (const QString &e : entryPaths)
        m_extractor->request(e);
}

} // namespace lt::ui
