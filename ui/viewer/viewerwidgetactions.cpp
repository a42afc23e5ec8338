// ViewerWidget: export, copy, lookup, open-folder and drag and drop.
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

} // namespace lt::ui
