// The viewer window on a realistic collector bundle (field case 1: 0x80070005 while DPX
// extracts the cumulative update, TmPreFlt/sysdiag in fltmc, a denied DISM log).
#include "common/languagemanager.h"
#include "darkpalette.h"
#include "screenshot.h"
#include "viewer/bundletreemodel.h"
#include "viewer/diagnosispanel.h"
#include "viewer/errorlookupdialog.h"
#include "viewer/findingsfiltermodel.h"
#include "viewer/findingsmodel.h"
#include "viewer/findingspanel.h"
#include "viewer/logpane.h"
#include "viewer/summarypage.h"
#include "viewer/timelinepane.h"
#include "viewer/timelineview.h"
#include "viewer/vieweractions.h"
#include "viewer/viewerwidget.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QUrl>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using lt::ui::BundleTreeModel;
using lt::ui::FindingsModel;
using lt::ui::ViewerWidget;

namespace {

const QString MinifilterRule = QStringLiteral("third-party-minifilter-blocks-servicing");

// Bundle path -> fixture file, laid out as the collector stores them.
const QList<std::pair<QString, QString>> BundleFiles = {
    {QStringLiteral("manifest.json"), QStringLiteral("manifest.json")},
    {QStringLiteral("system/systeminfo.txt"), QStringLiteral("systeminfo.txt")},
    {QStringLiteral("logs/CBS/CBS.log"), QStringLiteral("CBS.log")},
    {QStringLiteral("logs/WindowsUpdate/WindowsUpdate.log"), QStringLiteral("WindowsUpdate.log")},
    {QStringLiteral("commands/fltmc-filters.txt"), QStringLiteral("fltmc-filters.txt")},
};

bool writeZip(const QString &zipPath)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[entry, fixture] : BundleFiles) {
        QFile in(QStringLiteral(LT_TEST_DATA_DIR "/viewer/bundle/") + fixture);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(entry)))
            return false;
        out.write(in.readAll());
        out.close();
        if (out.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

using lt::test::darkPalette;

} // namespace

class TestViewerWidget final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zip;

    // Opens the bundle and waits for triage to finish.
    bool openBundle(ViewerWidget &viewer)
    {
        viewer.resize(1280, 820);
        viewer.show();
        if (!QTest::qWaitForWindowExposed(&viewer))
            return false;
        QSignalSpy finished(&viewer, &ViewerWidget::triageFinished);
        viewer.openPaths({m_zip});
        return finished.wait(60000) || !viewer.isTriageRunning();
    }

    QModelIndex findingRow(ViewerWidget &viewer, const QString &file, quint32 code)
    {
        QAbstractItemModel *model = viewer.findingsPanel()->view()->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                const QModelIndex row = model->index(r, 0, group);
                if (row.data(FindingsModel::FileRole).toString() == file
                    && row.data(FindingsModel::CodeRole).toUInt() == code)
                    return row;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogTriageTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_viewerwidget"));
        lt::ui::ViewerActions::clearRecentFiles();
        QVERIFY(m_dir.isValid());
        m_zip = m_dir.filePath(QStringLiteral("LogTriage-BRANCH-PC-0417-20220810-152003.zip"));
        QVERIFY(writeZip(m_zip));
    }

    void init()
    {
        lt::ui::LanguageManager::apply(QStringLiteral("zh"));
        QCoreApplication::sendPostedEvents();
    }

    void treeShowsFilesCountsAndFailedItems()
    {
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        BundleTreeModel *model = viewer.treeModel();
        QCOMPARE(model->fileCount(), 5);
        QCOMPARE(model->failedItemCount(), 2);

        const QModelIndex cbs = model->indexForPath(QStringLiteral("logs/CBS/CBS.log"));
        QVERIFY(cbs.isValid());
        QVERIFY(cbs.data(BundleTreeModel::TriagedRole).toBool());
        const int cbsErrors = cbs.data(BundleTreeModel::ErrorsRole).toInt();
        QVERIFY2(cbsErrors >= 5, qPrintable(QString::number(cbsErrors)));   // the DPX/CBS 0x80070005 chain
        const QModelIndex fltmc = model->indexForPath(QStringLiteral("commands/fltmc-filters.txt"));
        QCOMPARE(fltmc.data(BundleTreeModel::ErrorsRole).toInt(), 0);
        // Folders show the sum of what is below them.
        const QModelIndex logs = model->indexForPath(QStringLiteral("logs"));
        const int wuErrors = model->indexForPath(QStringLiteral("logs/WindowsUpdate/WindowsUpdate.log"))
                                 .data(BundleTreeModel::ErrorsRole).toInt();
        QCOMPARE(logs.data(BundleTreeModel::ErrorsRole).toInt(), cbsErrors + wuErrors);
        QCOMPARE(model->index(0, 0).data(BundleTreeModel::ErrorsRole).toInt(), viewer.report().totalErrors());

        // The denied DISM log is in the tree, greyed, with the collector's reason.
        QStringList failed;
        const QModelIndex bundle = model->bundleIndex();
        for (int r = 0; r < model->rowCount(bundle); ++r) {
            const QModelIndex i = model->index(r, 0, bundle);
            if (BundleTreeModel::Kind(i.data(BundleTreeModel::KindRole).toInt()) == BundleTreeModel::Kind::FailedItem)
                failed << i.data().toString();
        }
        QCOMPARE(failed.size(), 2);
        const QString dism = failed.filter(QStringLiteral("DISM")).value(0);
        QVERIFY2(dism.startsWith(QStringLiteral("DISM 日志 — ")) && dism.endsWith(QStringLiteral("拒绝访问。")), qPrintable(dism));

        // Filtering keeps the ancestors of a match and drops the rest.
        QTreeView *tree = viewer.treeView();
        auto *lineEdit = viewer.findChild<QLineEdit *>(QStringLiteral("treeFilter"));
        QVERIFY(lineEdit);
        lineEdit->setText(QStringLiteral("fltmc"));
        const QModelIndex root = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(root), 1);   // "commands" only
        lineEdit->clear();
        QVERIFY(tree->model()->rowCount(root) >= 4);
    }

    void openingIsImmediateAndASecondOpenReplacesTheFirst()
    {
        ViewerWidget viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QElapsedTimer timer;
        timer.start();
        viewer.openPaths({m_zip});
        const qint64 openMs = timer.elapsed();
        // The tree and the manifest's facts are there before any log was read.
        QCOMPARE(viewer.treeModel()->fileCount(), 5);
        QCOMPARE(viewer.treeModel()->failedItemCount(), 2);
        QVERIFY(viewer.summaryPage()->browser()->toPlainText().contains(QStringLiteral("BRANCH-PC-0417")));
        QVERIFY2(openMs < 1000, qPrintable(QString::number(openMs)));
        qInfo("openPaths() returned after %lld ms", openMs);

        // Opening field case 2 while case 1 is analysed: only case 2's results remain.
        QSignalSpy finished(&viewer, &ViewerWidget::triageFinished);
        viewer.openPaths({QStringLiteral(LT_TEST_DATA_DIR "/viewer/fieldcase2")});
        QVERIFY(finished.wait(60000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(viewer.treeModel()->fileCount(), 2);
        QCOMPARE(viewer.report().diagnoses.front().ruleId, QStringLiteral("orchestrator-install-timeout"));
        for (int g = 0; g < viewer.findingsPanel()->model()->rowCount(); ++g) {
            const QModelIndex group = viewer.findingsPanel()->model()->index(g, 0);
            for (int r = 0; r < viewer.findingsPanel()->model()->rowCount(group); ++r) {
                const QString file = viewer.findingsPanel()->model()->index(r, 0, group).data(FindingsModel::FileRole).toString();
                QVERIFY2(!file.startsWith(QStringLiteral("logs/")), qPrintable(file));
            }
        }
    }

    void summaryShowsSystemAndTopDiagnosis()
    {
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        const QString text = viewer.summaryPage()->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("BRANCH-PC-0417")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("10.0.17763")));
        QVERIFY(!viewer.report().diagnoses.isEmpty());
        QCOMPARE(viewer.report().diagnoses.front().ruleId, MinifilterRule);
        QVERIFY2(text.contains(QStringLiteral("第三方文件系统筛选驱动")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("logs/CBS/CBS.log")));
        QVERIFY(text.contains(QStringLiteral("拒绝访问。")));
        QVERIFY2(text.contains(QStringLiteral("2022-08-10 15:20:03 (UTC+08:00)")), qPrintable(text));   // the PC's own time
        QTest::qWait(200);   // let the diagnosis cards get their layout before the picture
        lt::test::saveScreenshot(&viewer, QStringLiteral("viewer-summary-zh"));
    }

    void clickingAFindingShowsItsLine()
    {
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        viewer.bottomTabs()->setCurrentWidget(viewer.findingsPanel());
        QTreeView *view = viewer.findingsPanel()->view();
        const QModelIndex row = findingRow(viewer, QStringLiteral("logs/CBS/CBS.log"), 0x80070005u);
        QVERIFY(row.isValid());
        const qint64 line = row.data(FindingsModel::LineRole).toLongLong();
        QVERIFY(line > 100);   // the failure sits after the morning's applicability noise
        view->scrollTo(row);
        QSignalSpy shown(&viewer, &ViewerWidget::fileShown);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        QCOMPARE(viewer.shownFile(), QStringLiteral("logs/CBS/CBS.log"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.logPane()->currentLine(), line, 10000);
        view->setCurrentIndex(row);
        QTest::qWait(500);
        QCOMPARE(viewer.logPane()->currentLine(), line);   // stays there once indexing ends
        lt::test::saveScreenshot(&viewer, QStringLiteral("viewer-cbs-findings-zh"));

        // The findings filter narrows to matching rows and keeps the groups.
        auto *filter = viewer.findingsPanel()->filterModel();
        const int before = filter->rowCount(filter->index(0, 0));
        filter->setText(QStringLiteral("cabinet"));
        const int after = filter->rowCount(filter->index(0, 0));
        QVERIFY(after >= 1 && after < before);
    }

    void diagnosisPanelShowsTheMinifilterCase()
    {
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        viewer.bottomTabs()->setCurrentWidget(viewer.diagnosisPanel());
        lt::ui::DiagnosisPanel *panel = viewer.diagnosisPanel();
        QVERIFY(!panel->diagnoses().isEmpty());
        QCOMPARE(panel->diagnoses().front().ruleId, MinifilterRule);
        const auto cards = panel->findChildren<QWidget *>(QStringLiteral("diagnosisCard"));
        QCOMPARE(cards.size(), panel->diagnoses().size());
        auto *suspects = cards.front()->findChild<QLabel *>(QStringLiteral("diagnosisSuspects"));
        QVERIFY(suspects);
        QVERIFY2(suspects->text().contains(QStringLiteral("TmPreFlt")), qPrintable(suspects->text()));
        QVERIFY(suspects->text().contains(QStringLiteral("sysdiag")));
        QVERIFY(!suspects->text().contains(QStringLiteral("WdFilter")));   // Microsoft Defender is not a suspect

        // Copy buttons copy their command verbatim.
        const auto copyButtons = cards.front()->findChildren<QToolButton *>(QStringLiteral("copyCommandButton"));
        QVERIFY(copyButtons.size() >= 3);
        QToolButton *fltmcButton = nullptr;
        for (QToolButton *b : copyButtons) {
            if (b->property("copyText").toString() == u"fltmc filters")
                fltmcButton = b;
        }
        QVERIFY(fltmcButton);
        QTest::mouseClick(fltmcButton, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("fltmc filters"));

        // An evidence link opens its line.
        const lt::triage::Evidence evidence = panel->diagnoses().front().evidence.front();
        auto *evidenceLabel = cards.front()->findChild<QLabel *>(QStringLiteral("diagnosisEvidence"));
        QVERIFY(evidenceLabel);
        QSignalSpy shown(&viewer, &ViewerWidget::fileShown);
        emit evidenceLabel->linkActivated(QStringLiteral("ev:0"));
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        QCOMPARE(viewer.shownFile(), evidence.file);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.logPane()->currentLine(), evidence.line, 10000);
        viewer.showSummary();

        // "Copy for ticket" gives the whole diagnosis as text.
        auto *copyAll = cards.front()->findChild<QPushButton *>(QStringLiteral("copyDiagnosisButton"));
        QVERIFY(copyAll);
        QTest::mouseClick(copyAll, Qt::LeftButton);
        const QString ticket = QApplication::clipboard()->text();
        QVERIFY(ticket.contains(QStringLiteral("0x80070005")));
        QVERIFY(ticket.contains(QStringLiteral("TmPreFlt")));
        QVERIFY(ticket.contains(QStringLiteral("1. ")));

        viewer.showFile(evidence.file, evidence.line);
        // The picture is about the diagnosis: give it most of the height and show the steps.
        for (QSplitter *splitter : viewer.findChildren<QSplitter *>()) {
            if (splitter->orientation() == Qt::Vertical && splitter->indexOf(viewer.bottomTabs()) == 1)
                splitter->setSizes({260, 540});
        }
        QTest::qWait(200);
        if (auto *scroll = panel->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(copyButtons.front(), 0, 260);
        QTest::qWait(300);
        lt::test::saveScreenshot(&viewer, QStringLiteral("viewer-diagnosis-zh"));

        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QTest::qWait(300);
        lt::test::saveScreenshot(&viewer, QStringLiteral("viewer-diagnosis-dark-zh"));
        QApplication::setPalette(light);
    }

    void diagnosisPanelShowsTheOrchestratorTimeout()
    {
        // Field case 2 as an unpacked folder without manifest: CBS.log and WindowsUpdate.log.
        ViewerWidget viewer;
        viewer.resize(1280, 820);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy finished(&viewer, &ViewerWidget::triageFinished);
        viewer.openPaths({QStringLiteral(LT_TEST_DATA_DIR "/viewer/fieldcase2")});
        QVERIFY(finished.wait(60000));
        QCOMPARE(viewer.treeModel()->fileCount(), 2);
        QCOMPARE(viewer.treeModel()->failedItemCount(), 0);
        lt::ui::DiagnosisPanel *panel = viewer.diagnosisPanel();
        QVERIFY(!panel->diagnoses().isEmpty());
        QCOMPARE(panel->diagnoses().front().ruleId, QStringLiteral("orchestrator-install-timeout"));
        const QString title = panel->diagnoses().front().title.text();
        QVERIFY2(title.contains(QStringLiteral("30")), qPrintable(title));
        auto *card = panel->findChild<QWidget *>(QStringLiteral("diagnosisCard"));
        const auto registry = card->findChildren<QToolButton *>(QStringLiteral("copyRegistryButton"));
        QVERIFY(!registry.isEmpty());
        QVERIFY(registry.front()->property("copyText").toString().contains(QStringLiteral("installcallbacktimeoutinms")));
        QTest::mouseClick(registry.front(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("14400000")));
        const auto all = card->findChildren<QToolButton *>(QStringLiteral("copyStepCommandsButton"));
        QVERIFY(!all.isEmpty());
        QTest::mouseClick(all.front(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().count(u'\n') >= 1);

        viewer.showFile(QStringLiteral("CBS.log"), panel->diagnoses().front().evidence.last().line);
        for (QSplitter *splitter : viewer.findChildren<QSplitter *>()) {
            if (splitter->orientation() == Qt::Vertical && splitter->indexOf(viewer.bottomTabs()) == 1)
                splitter->setSizes({300, 500});
        }
        QTest::qWait(300);
        lt::test::saveScreenshot(&viewer, QStringLiteral("viewer-diagnosis-timeout-zh"));
    }

    void mergedTimelineOfSelectedLogs()
    {
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        QTreeView *tree = viewer.treeView();
        auto *proxy = tree->model();
        auto select = [&](const QString &path) {
            const QModelIndex source = viewer.treeModel()->indexForPath(path);
            const QModelIndex index = static_cast<QSortFilterProxyModel *>(proxy)->mapFromSource(source);
            tree->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        tree->selectionModel()->clearSelection();
        select(QStringLiteral("logs/CBS/CBS.log"));
        QVERIFY(!viewer.actions()->timeline()->isEnabled());   // one log is no timeline
        select(QStringLiteral("logs/WindowsUpdate/WindowsUpdate.log"));
        QVERIFY(viewer.actions()->timeline()->isEnabled());
        viewer.actions()->timeline()->trigger();
        auto *timeline = viewer.findChild<lt::ui::TimelinePane *>();
        QVERIFY(timeline);
        QTRY_COMPARE_WITH_TIMEOUT(timeline->sources().size(), qsizetype(2), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->isVisible(), 5000);
        // Both logs interleaved: every CBS and WindowsUpdate line is a row.
        QTRY_COMPARE_WITH_TIMEOUT(timeline->view()->rowCount(), qint64(136 + 11), 10000);
    }

    void droppedFilesAreOpened()
    {
        ViewerWidget viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy opened(&viewer, &ViewerWidget::opened);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(LT_TEST_DATA_DIR "/viewer/fieldcase2/CBS.log"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&viewer, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&viewer, &drop);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(viewer.openedPaths().size(), 1);
        // A single plain log goes straight to its text.
        QTRY_COMPARE_WITH_TIMEOUT(viewer.shownFile(), QStringLiteral("CBS.log"), 10000);
    }

    // A bundle really written by `logtriage-cli collect` (Linux profile), when one was made
    // into build/realbundle/: the viewer must take the collector's own manifest as it is.
    void realCollectorBundle()
    {
        const QString path = QStringLiteral(LT_SOURCE_DIR "/build/realbundle/linux.zip");
        if (!QFileInfo::exists(path))
            QSKIP("no build/realbundle/linux.zip (make one with logtriage-cli collect --out ...)");
        ViewerWidget viewer;
        viewer.resize(1280, 820);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy finished(&viewer, &ViewerWidget::triageFinished);
        viewer.openPaths({path});
        QVERIFY(finished.wait(120000));
        QVERIFY(viewer.report().bundle.hasManifest);
        QVERIFY(!viewer.report().bundle.manifest.host.isEmpty());
        QVERIFY(viewer.treeModel()->fileCount() > 5);
        const QString text = viewer.summaryPage()->browser()->toPlainText();
        QVERIFY(text.contains(viewer.report().bundle.manifest.host));
        for (const auto &item : viewer.report().failedItems)
            QVERIFY2(!item.title.isEmpty(), qPrintable(item.id));   // bilingual titles resolved
        qInfo("%d files, %d not collected, %d errors, %d diagnoses", viewer.treeModel()->fileCount(),
              viewer.treeModel()->failedItemCount(), viewer.report().totalErrors(), int(viewer.report().diagnoses.size()));
        QTest::qWait(200);
        lt::test::saveScreenshot(&viewer, QStringLiteral("local-linux-bundle"));
    }

    void englishViewer()
    {
        lt::ui::LanguageManager::apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        const QString text = viewer.summaryPage()->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("A third-party file-system filter blocks servicing")), qPrintable(text));
        QTest::qWait(200);
        lt::test::saveScreenshot(&viewer, QStringLiteral("viewer-summary-en"));
        viewer.showFile(QStringLiteral("logs/CBS/CBS.log"), viewer.report().diagnoses.front().evidence.front().line);
        QTest::qWait(300);
        lt::test::saveScreenshot(&viewer, QStringLiteral("viewer-diagnosis-en"));
    }

    void errorLookup()
    {
        lt::ui::ErrorLookupDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *input = dialog.findChild<QLineEdit *>(QStringLiteral("lookupInput"));
        QVERIFY(input);
        QTest::keyClicks(input, QStringLiteral("0x80070005"));
        QVERIFY(dialog.hasResult());
        const QString text = dialog.findChild<QTextBrowser *>(QStringLiteral("lookupResult"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("E_ACCESSDENIED")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("WIN32")));
        QVERIFY(text.contains(QStringLiteral("-2147024891")));
        QVERIFY2(text.contains(QStringLiteral("5 ERROR_ACCESS_DENIED")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("拒绝访问")));
        lt::test::saveScreenshot(&dialog, QStringLiteral("lookup-zh"));

        dialog.lookup(QStringLiteral("E_ACCESSDENIED"));
        QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("lookupResult"))->toPlainText().contains(QStringLiteral("0x80070005")));
        dialog.lookup(QStringLiteral("0xC1900101-0x20017"));
        QVERIFY(dialog.hasResult());
        QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("lookupResult"))->toPlainText().contains(QStringLiteral("0x20017")));
        dialog.lookup(QStringLiteral("not a code"));
        QVERIFY(!dialog.hasResult());

        lt::ui::LanguageManager::apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
        dialog.lookup(QStringLiteral("0x800f0821"));
        QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("lookupResult"))->toPlainText().contains(QStringLiteral("CBS_E_ABORT")));
        lt::test::saveScreenshot(&dialog, QStringLiteral("lookup-en"));
    }

    void logPaneErrorCodeOpensTheLookup()
    {
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        emit viewer.logPane()->errorCodeActivated(0x80070005u);
        QVERIFY(viewer.errorLookupDialog());
        QVERIFY(viewer.errorLookupDialog()->isVisible());
        QCOMPARE(viewer.errorLookupDialog()->query(), QStringLiteral("0x80070005"));
    }

    void exportsHtmlMarkdownAndJson()
    {
        ViewerWidget viewer;
        QVERIFY(openBundle(viewer));
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        const QString md = m_dir.filePath(QStringLiteral("report.md"));
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QString error;
        QVERIFY2(viewer.exportReport(html, &error), qPrintable(error));
        QVERIFY2(viewer.exportReport(md, &error), qPrintable(error));
        QVERIFY2(viewer.exportReport(json, &error), qPrintable(error));
        QVERIFY(!viewer.exportReport(m_dir.filePath(QStringLiteral("report.docx")), &error));

        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString h = read(html);
        QVERIFY(h.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(h.contains(QStringLiteral("BRANCH-PC-0417")));
        QVERIFY(h.contains(QStringLiteral("TmPreFlt")));
        QVERIFY(h.contains(QStringLiteral("DISM 日志")));
        QVERIFY(!h.contains(QStringLiteral("<script")));
        const QString m = read(md);
        QVERIFY(m.startsWith(QStringLiteral("# ")));
        QVERIFY(m.contains(QStringLiteral("fltmc filters")));
        const QJsonObject root = QJsonDocument::fromJson(read(json).toUtf8()).object();
        QCOMPARE(root.value(QLatin1StringView("diagnoses")).toArray().first().toObject().value(QLatin1StringView("id")).toString(), MinifilterRule);
        QCOMPARE(root.value(QLatin1StringView("bundle")).toObject().value(QLatin1StringView("manifest")).toObject()
                     .value(QLatin1StringView("host")).toString(), QStringLiteral("BRANCH-PC-0417"));
        QCOMPARE(root.value(QLatin1StringView("failedItems")).toArray().size(), 2);
    }

    void remembersRecentFilesAndSurvivesBrokenInput()
    {
        QCOMPARE(lt::ui::ViewerActions::recentFiles().value(0), QFileInfo(m_zip).absoluteFilePath());
        const QString broken = m_dir.filePath(QStringLiteral("broken.zip"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip file, it was cut during upload");
        f.close();
        ViewerWidget viewer;
        viewer.show();
        QSignalSpy finished(&viewer, &ViewerWidget::triageFinished);
        viewer.openPaths({broken});
        if (viewer.isTriageRunning())
            QVERIFY(finished.wait(30000));
        QVERIFY(!viewer.findChild<QLabel *>(QStringLiteral("viewerStatus"))->text().isEmpty());
    }
};

QTEST_MAIN(TestViewerWidget)
#include "tst_viewerwidget.moc"
