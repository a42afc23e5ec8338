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
#include "manifestcompat.h"
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
#include <QJsonDocument>
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

void ViewerWidget::buildUi()
{
    // Left: the bundle tree with its filter.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    m_treeFilter = new QLineEdit(left);
    m_treeFilter->setObjectName(QStringLiteral("treeFilter"));
    m_treeFilter->setClearButtonEnabled(true);
    m_onlyIssues = new QCheckBox(left);
    m_treeModel = new BundleTreeModel(this);
    m_treeProxy = new BundleTreeFilterModel(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("bundleTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setItemDelegateForColumn(BundleTreeModel::IssuesColumn, new CountBadgeDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(BundleTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(BundleTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(BundleTreeModel::IssuesColumn, 86);
    m_tree->header()->resizeSection(BundleTreeModel::FormatColumn, 90);
    m_tree->header()->resizeSection(BundleTreeModel::SizeColumn, 70);
    m_tree->setColumnHidden(BundleTreeModel::FormatColumn, true);   // in the tooltip; shown on demand
    m_tree->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *showFormat = new QAction(m_tree->header());
    showFormat->setCheckable(true);
    showFormat->setObjectName(QStringLiteral("showFormatColumn"));
    connect(showFormat, &QAction::toggled, this, [this](bool on) { m_tree->setColumnHidden(BundleTreeModel::FormatColumn, !on); });
    m_tree->header()->addAction(showFormat);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_actions->timeline());
    leftLayout->addWidget(m_treeFilter);
    leftLayout->addWidget(m_onlyIssues);
    leftLayout->addWidget(m_tree, 1);
    connect(m_treeFilter, &QLineEdit::textChanged, m_treeProxy, [this](const QString &text) {
        m_treeProxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(text),
                                                                   QRegularExpression::CaseInsensitiveOption));
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_onlyIssues, &QCheckBox::toggled, m_treeProxy, &BundleTreeFilterModel::setOnlyWithIssues);
    // Items the collector could not gather span the whole row: their reason is the content.
    connect(m_treeProxy, &QAbstractItemModel::layoutChanged, this, &ViewerWidget::spanFailedRows);
    connect(m_treeProxy, &QAbstractItemModel::modelReset, this, &ViewerWidget::spanFailedRows);
    connect(m_treeProxy, &QAbstractItemModel::rowsInserted, this, &ViewerWidget::spanFailedRows);
    connect(m_tree, &QTreeView::activated, this, &ViewerWidget::onTreeActivated);
    connect(m_tree, &QTreeView::clicked, this, &ViewerWidget::onTreeActivated);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_actions->timeline()->setEnabled(selectedFileEntries().size() >= 2); });

    // Centre: summary, log or timeline.
    m_center = new QStackedWidget(this);
    m_summary = new SummaryPage(m_center);
    m_logPane = new LogPane(m_repository.get(), m_center);
    m_timeline = new TimelinePane(m_repository.get(), m_center);
    m_center->addWidget(m_summary);
    m_center->addWidget(m_logPane);
    m_center->addWidget(m_timeline);
    connect(m_summary, &SummaryPage::fileActivated, this, [this](const QString &p) { showFile(p); });
    connect(m_summary, &SummaryPage::diagnosisActivated, this, [this](int i) {
        m_bottomTabs->setCurrentWidget(m_diagnoses);
        m_diagnoses->scrollToDiagnosis(i);
    });
    // The log view clamps goToLine() to the lines indexed so far, and a hidden view has no page
    // to centre in: a jump into a file still being indexed is repeated as indexing progresses,
    // until it ends or the user moves the cursor elsewhere.
    connect(m_logPane->view(), &LogView::fileChanged, this, [this] {
        if (m_gotoLine <= 0)
            return;
        m_logPane->goToLine(m_gotoLine);
        const lt::text::LogFile *file = m_logPane->view()->logFile();
        if (!file || !file->isIndexing())
            m_gotoLine = 0;
    });
    connect(m_logPane, &LogPane::currentLineChanged, this, [this](qint64 line) {
        const lt::text::LogFile *file = m_logPane->view()->logFile();
        if (m_gotoLine > 0 && line != m_gotoLine && file && file->lineCount() >= m_gotoLine)
            m_gotoLine = 0;
    });
    connect(m_logPane, &LogPane::errorCodeActivated, this, [this](quint32 code) {
        showErrorLookup(QStringLiteral("0x") + QString::number(code, 16).rightJustified(8, u'0').toUpper());
    });
    connect(m_timeline, &TimelinePane::lineActivated, this, [this](int source, qint64 line) {
        const auto sources = m_timeline->sources();
        if (source >= 0 && source < sources.size())
            showFile(sources[source].displayName, line);
    });

    // Bottom: diagnoses first (what to do), findings second (what was seen).
    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setDocumentMode(true);
    m_diagnoses = new DiagnosisPanel(m_bottomTabs);
    m_findings = new FindingsPanel(m_bottomTabs);
    m_bottomTabs->addTab(m_diagnoses, QString());
    m_bottomTabs->addTab(m_findings, QString());
    auto showAt = [this](const QString &file, qint64 line) { showFile(file, line); };
    connect(m_diagnoses, &DiagnosisPanel::evidenceActivated, this, showAt);
    connect(m_findings, &FindingsPanel::findingActivated, this, showAt);
    auto lookupCode = [this](quint32 code) {
        showErrorLookup(QStringLiteral("0x") + QString::number(code, 16).rightJustified(8, u'0').toUpper());
    };
    connect(m_diagnoses, &DiagnosisPanel::errorCodeActivated, this, lookupCode);
    connect(m_findings, &FindingsPanel::errorCodeActivated, this, lookupCode);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->addWidget(m_center);
    m_rightSplitter->addWidget(m_bottomTabs);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setSizes({470, 330});
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({430, 850});

    // Status line: triage progress and cancel.
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("viewerStatus"));
    m_cancel = new QToolButton(this);
    m_cancel->setVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 2);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_mainSplitter, 1);
    layout->addLayout(statusRow);
}

ErrorLookupDialog *ViewerWidget::errorLookupDialog() const
{
    return m_lookup;
}

QList<QAction *> ViewerWidget::fileMenuActions() const
{
    return {m_actions->openFolder(), m_actions->exportReport(), m_actions->copyDiagnoses()};
}

QMenu *ViewerWidget::recentFilesMenu() const
{
    return m_actions->recentMenu();
}

QList<QAction *> ViewerWidget::toolsMenuActions() const
{
    return {m_actions->errorLookup(), m_actions->timeline()};
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
        if (const auto raw = reader->readEntry(reader->manifestPath(), 4 * 1024 * 1024))
            info.manifestJson = QJsonDocument::fromJson(*raw).object();
        completeManifest(info.manifest, info.manifestJson);
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

void ViewerWidget::spanFailedRows()
{
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_treeProxy->rowCount(parent); ++r) {
            const QModelIndex i = m_treeProxy->index(r, 0, parent);
            const auto kind = BundleTreeModel::Kind(i.data(BundleTreeModel::KindRole).toInt());
            m_tree->setFirstColumnSpanned(r, parent, kind == BundleTreeModel::Kind::FailedItem);
            walk(i);
        }
    };
    walk({});
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

void ViewerWidget::showErrorLookup(const QString &query)
{
    if (!m_lookup)
        m_lookup = new ErrorLookupDialog(this);
    if (!query.isEmpty())
        m_lookup->lookup(query);
    m_lookup->show();
    m_lookup->raise();
    m_lookup->activateWindow();
}

bool ViewerWidget::exportReport(const QString &fileName, QString *error)
{
    const auto format = lt::triage::ReportExporter::formatForFileName(fileName);
    if (!format) {
        if (error)
            *error = tr("Unknown report format: use .html, .md or .json.");
        return false;
    }
    return lt::triage::ReportExporter::save(m_report, fileName, *format, error);
}

void ViewerWidget::exportWithDialog()
{
    QString base = m_report.bundle.manifest.host;
    if (base.isEmpty() && !m_opened.isEmpty())
        base = QFileInfo(m_opened.front()).completeBaseName();
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export report"), base + QStringLiteral("-triage.html"),
        tr("HTML report (*.html);;Markdown (*.md);;JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportReport(fileName, &error))
        QMessageBox::warning(this, tr("Export report"), tr("Could not save the report: %1").arg(error));
    else
        m_status->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(fileName)));
}

void ViewerWidget::copyAllDiagnoses()
{
    QStringList parts;
    for (const lt::triage::Diagnosis &d : m_report.diagnoses)
        parts << lt::triage::ReportExporter::diagnosisText(d);
    QApplication::clipboard()->setText(parts.join(QStringLiteral("\n----\n\n")));
    m_status->setText(tr("%n diagnosis(es) copied to the clipboard.", nullptr, int(parts.size())));
}

void ViewerWidget::openFolderWithDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open an unpacked bundle folder"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void ViewerWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ViewerWidget::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

void ViewerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ViewerWidget::retranslate()
{
    m_treeFilter->setPlaceholderText(tr("Filter files"));
    m_onlyIssues->setText(tr("Only files with errors or warnings"));
    m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_diagnoses), tr("Diagnoses"));
    m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_findings), tr("Findings"));
    m_cancel->setText(tr("Cancel"));
    if (auto *a = m_tree->header()->actions().value(0))
        a->setText(tr("Show format column"));
    m_actions->retranslate();
    m_treeModel->retranslate();
    updateStatus();
}

} // namespace lt::ui
