#pragma once

#include "triage/triagereport.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}
namespace lt::bundle {
class BundleReader;
}
namespace lt::triage {
class TriageEngine;
}

namespace lt::ui {

class BundleTreeFilterModel;
class BundleTreeModel;
class DiagnosisPanel;
class EntryExtractor;
class ErrorLookupDialog;
class FindingsPanel;
class LogPane;
class SummaryPage;
class TimelinePane;
class ViewerActions;

// The 查看/分析 page (issue 7): bundle tree on the left; summary, log or merged timeline in
// the middle; diagnoses and findings below. Opening returns at once: the tree and summary
// come from the zip directory and manifest, triage runs in the background and results
// appear per file.
class ViewerWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ViewerWidget(QWidget *parent = nullptr);
    ~ViewerWidget() override;

    // Opens a bundle zip, a folder or single log files.
    void openPaths(const QStringList &paths);
    QStringList openedPaths() const { return m_opened; }

    // Shows an entry in the log view (extracting it first for zips); line 0 = keep position.
    void showFile(const QString &entryPath, qint64 line = 0);
    void showSummary();
    void showErrorLookup(const QString &query = {});
    bool exportReport(const QString &fileName, QString *error = nullptr);
    void openMergedTimeline(const QStringList &entryPaths);

    bool isTriageRunning() const { return m_running; }
    const lt::triage::TriageReport &report() const { return m_report; }
    QString shownFile() const { return m_shownFile; }

    ViewerActions *actions() const { return m_actions; }
    QList<QAction *> fileMenuActions() const;   // for MainWindow's File menu
    QMenu *recentFilesMenu() const;
    QList<QAction *> toolsMenuActions() const;  // for MainWindow's Tools menu

    // For tests and screenshots.
    QTreeView *treeView() const { return m_tree; }
    BundleTreeModel *treeModel() const { return m_treeModel; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnoses; }
    SummaryPage *summaryPage() const { return m_summary; }
    LogPane *logPane() const { return m_logPane; }
    QTabWidget *bottomTabs() const { return m_bottomTabs; }
    ErrorLookupDialog *errorLookupDialog() const;

signals:
    void opened();   // a bundle/folder/files were opened (menus, drops, recent files)
    void triageFinished();
    void fileShown(const QString &entryPath);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void resetState();
    void startTriage(const QStringList &paths);
    void onFileTriaged(const lt::triage::FileReport &report);
    void onProgress(int done, int total, const QString &current);
    void onFinished(const lt::triage::TriageReport &report);
    void onEntryReady(const QString &entryPath, const QString &localPath);
    void onTreeActivated(const QModelIndex &proxyIndex);
    void applyMarkers(const QString &entryPath);
    void jumpTo(qint64 line);
    void spanFailedRows();
    void exportWithDialog();
    void copyAllDiagnoses();
    void openFolderWithDialog();
    void timelineFromSelection();
    void updateStatus();
    QStringList selectedFileEntries() const;

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QPointer<lt::triage::TriageEngine> m_engine;   // one per opened bundle
    std::shared_ptr<lt::bundle::BundleReader> m_reader;
    EntryExtractor *m_extractor = nullptr;
    ViewerActions *m_actions = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLineEdit *m_treeFilter = nullptr;
    QCheckBox *m_onlyIssues = nullptr;
    QTreeView *m_tree = nullptr;
    BundleTreeModel *m_treeModel = nullptr;
    BundleTreeFilterModel *m_treeProxy = nullptr;
    QStackedWidget *m_center = nullptr;
    SummaryPage *m_summary = nullptr;
    LogPane *m_logPane = nullptr;
    TimelinePane *m_timeline = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    DiagnosisPanel *m_diagnoses = nullptr;
    FindingsPanel *m_findings = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_cancel = nullptr;
    QPointer<ErrorLookupDialog> m_lookup;

    QStringList m_opened;
    QHash<QString, lt::triage::FileReport> m_fileReports;
    lt::triage::TriageReport m_report;
    lt::bundle::Manifest m_manifest;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    QString m_shownFile;               // entry in the log view
    QString m_pendingFile;             // entry being extracted for the log view
    qint64 m_pendingLine = 0;
    qint64 m_gotoLine = 0;             // jump still to complete while the file indexes
    QStringList m_pendingTimeline;     // entries being extracted for the timeline
    QHash<QString, QString> m_timelineLocal;
};

} // namespace lt::ui
