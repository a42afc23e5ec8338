// ViewerWidget: building the widgets, menus hook and translation.
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
