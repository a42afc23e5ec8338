#include "collect/categorymodel.h"
#include "collect/collectorwidget.h"
#include "collect/collectsettings.h"
#include "collect/custompathlist.h"
#include "collect/elevationbanner.h"
#include "collect/itemstatuspresentation.h"
#include "collect/resultpage.h"
#include "collect/whatiscollecteddialog.h"
#include "collect/collector.h"
#include "collect/fileaccess.h"
#include "common/languagemanager.h"
#include "fakewindowsroot.h"
#include "screenshot.h"

#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <atomic>

using lt::collect::CollectOutcome;
using lt::collect::ItemStatus;
using lt::ui::CategoryModel;
using lt::ui::CollectorWidget;
using lt::ui::ItemStatusPresentation;
using lt::ui::LanguageManager;

namespace {

// The engine's testing hook: the account "may not read" anything under a Panther folder,
// which is what a non-administrator meets on a real machine; and reading CBS.log waits for
// the test to open the gate, so the window can be seen (and photographed) mid-run.
class FakeWindowsAccess final : public lt::collect::FileAccess
{
public:
    Check check(const QString &path) const override
    {
        return path.contains(QStringLiteral("/Panther/"), Qt::CaseInsensitive) ? Check::Denied : FileAccess::check(path);
    }
    std::unique_ptr<QIODevice> open(const QString &path, QString *error) const override
    {
        if (path.contains(QStringLiteral("/Panther/"), Qt::CaseInsensitive)) {
            *error = QStringLiteral("Access is denied.");
            return nullptr;
        }
        if (path.endsWith(QStringLiteral("/CBS.log"), Qt::CaseInsensitive)) {
            for (int waited = 0; !gateOpen && waited < 30000; waited += 10)
                QThread::msleep(10);
        }
        return FileAccess::open(path, error);
    }
    mutable std::atomic<bool> gateOpen = false;
};

QByteArray readZipMember(const QString &zipPath, const QString &member)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(member))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList filesIn(const QString &dir)
{
    QStringList out;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        out << QFileInfo(it.next()).fileName();
    return out;
}

QString screenshotName(const QString &state)
{
    return QStringLiteral("collect-%1-%2").arg(state, LanguageManager::current());
}

} // namespace

class TestCollectorWidget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("LogTriageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_collectorwidget"));
    }

    void init()
    {
        QSettings().clear();
        LanguageManager::apply(QStringLiteral("zh"));
    }

    void startPage_data() { languages(); }
    void startPage()
    {
        QFETCH(QString, language);
        LanguageManager::apply(language);
        CollectorWidget widget;   // the output folder is left at its default, the desktop
        QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
        widget.resize(960, 720);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));

        // The categories are the profile's, titled in the UI language, ticked as it says.
        const lt::collect::Profile *profile = widget.profile();
        QVERIFY(profile);
        CategoryModel *model = widget.categoryModel();
        QCOMPARE(model->rowCount(), int(profile->categories().size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const lt::collect::Category &c = profile->categories().at(row);
            QCOMPARE(model->data(model->index(row, 0), Qt::DisplayRole).toString(), language == u"zh" ? c.titleZh : c.titleEn);
        }
        QCOMPARE(model->checkedIds(), profile->defaultCategoryIds());
        if (language == u"zh") {
            QStringList titles;
            for (const auto &c : profile->categories())
                titles << c.titleZh;
            for (const char *expected : {"系统信息", "网络信息", "系统日志", "更新日志"})
                QVERIFY2(titles.contains(QString::fromUtf8(expected)), qPrintable(titles.join(u',')));
        }

        // 全不选 disables 收集; ticking one with the mouse enables it again.
        auto *collect = widget.findChild<QPushButton *>(QStringLiteral("collectButton"));
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("selectNoneButton")), Qt::LeftButton);
        QVERIFY(model->checkedIds().isEmpty());
        QVERIFY(!collect->isEnabled());
        // A custom path alone is something to collect.
        auto *paths = widget.findChild<lt::ui::CustomPathList *>();
        paths->addPaths({QDir::tempPath()});
        QVERIFY(collect->isEnabled());
        paths->setPaths({});
        QVERIFY(!collect->isEnabled());
        // Keyboard: the list takes the focus, Space ticks the current category.
        auto *view = widget.findChild<QTreeView *>(QStringLiteral("categoryView"));
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(model->checkedIds(), QStringList{profile->categories().first().id});
        QVERIFY(collect->isEnabled());
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("selectAllButton")), Qt::LeftButton);
        QCOMPARE(model->checkedIds().size(), profile->categories().size());

        // The file name shown is the one that will be written.
        auto *fileName = widget.findChild<QLabel *>(QStringLiteral("outputFileName"));
        QVERIFY(fileName->text().startsWith(QStringLiteral("logtriage-")));
        QVERIFY(fileName->text().endsWith(QStringLiteral(".zip")));

        model->setCheckedIds(profile->defaultCategoryIds());
        QTest::qWait(50);
        lt::test::saveScreenshot(&widget, screenshotName(QStringLiteral("start")));
    }

    void startPageAt200Percent()
    {
        if (qGuiApp->devicePixelRatio() < 2)
            QSKIP("run with QT_SCALE_FACTOR=2 (ctest: tst_collectorwidget_200)");
        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
        widget.resize(960, 720);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        // Nothing may be squeezed below its size hint at 200%.
        auto *collect = widget.findChild<QPushButton *>(QStringLiteral("collectButton"));
        QVERIFY(collect->width() >= collect->sizeHint().width());
        QVERIFY(collect->height() >= collect->sizeHint().height());
        lt::test::saveScreenshot(&widget, QStringLiteral("collect-start-zh-200"));
    }

    void whatIsCollectedComesFromTheProfile()
    {
        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
        auto *link = widget.findChild<QLabel *>(QStringLiteral("whatIsCollectedLink"));
        QVERIFY(link);
        emit link->linkActivated(QStringLiteral("what"));
        auto *dialog = widget.findChild<lt::ui::WhatIsCollectedDialog *>();
        QVERIFY(dialog);
        const QString text = dialog->text();
        for (const lt::collect::Category &c : widget.profile()->categories()) {
            QVERIFY2(text.contains(c.titleZh), qPrintable(c.titleZh));
            QVERIFY2(text.contains(c.descriptionZh), qPrintable(c.descriptionZh));
        }
        for (const lt::collect::Item &item : widget.profile()->items())
            QVERIFY2(text.contains(item.describe()), qPrintable(item.describe()));
        dialog->resize(760, 560);
        lt::test::saveScreenshot(dialog, QStringLiteral("collect-what-zh"));
        dialog->close();
    }

    void notElevatedNamesTheAdminCategories()
    {
        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
        widget.categoryModel()->setAllChecked(true);
        QStringList adminTitles;
        for (const auto &c : widget.profile()->categories()) {
            if (c.needsAdmin)
                adminTitles << c.titleZh;
        }
        if (adminTitles.isEmpty())
            QSKIP("the Windows profile marks no category as needing administrator rights");
        auto *banner = widget.findChild<lt::ui::ElevationBanner *>();
        widget.setElevated(true);
        QVERIFY(banner->isHidden());
        widget.setElevated(false);
        widget.resize(960, 720);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(banner->isVisible());
        lt::test::saveScreenshot(&widget, QStringLiteral("collect-start-notadmin-zh"));
        for (const QString &title : adminTitles)
            QVERIFY2(banner->text().contains(title), qPrintable(banner->text()));
#ifndef Q_OS_WIN
        // Here the banner cannot restart anything: it hands over the command to run as root.
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("restartElevatedButton")), Qt::LeftButton);
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QStringLiteral("pkexec ")) && command.contains(QStringLiteral("--collect")),
                 qPrintable(command));
#endif
        // Unticking them hides the banner: nothing ticked needs the rights any more.
        QStringList rest = widget.categoryModel()->checkedIds();
        for (const auto &c : widget.profile()->categories()) {
            if (c.needsAdmin)
                rest.removeAll(c.id);
        }
        widget.categoryModel()->setCheckedIds(rest);
        QVERIFY(banner->isHidden());
    }

    void switchesLanguageAtRunTime()
    {
        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
        widget.show();
        const lt::collect::Category first = widget.profile()->categories().first();
        CategoryModel *model = widget.categoryModel();
        QCOMPARE(model->index(0, 0).data().toString(), first.titleZh);
        LanguageManager::apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(model->index(0, 0).data().toString(), first.titleEn);
        QCOMPARE(widget.findChild<QPushButton *>(QStringLiteral("collectButton"))->text(), QStringLiteral("Collect"));
        QCOMPARE(widget.findChild<QPushButton *>(QStringLiteral("selectNoneButton"))->text(), QStringLiteral("Select none"));
    }

    void brokenProfileIsExplainedNotCollected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": 1, "name": "broken", "platform": "windows", "title": {"zh": "坏", "en": "Broken"},
                    "categories": [{"id": "x", "title": {"zh": "甲", "en": "A"}, "description": {"zh": "甲", "en": "A"},
                    "items": [{"id": "y", "kind": "fiel", "title": {"zh": "乙", "en": "B"}, "bundlePath": "b", "paths": ["C:\\b.log"]}]}]})");
        f.close();
        LanguageManager::apply(QStringLiteral("en"));
        CollectorWidget widget;
        QVERIFY(!widget.setProfileSource(path));
        QVERIFY(!widget.findChild<QPushButton *>(QStringLiteral("collectButton"))->isEnabled());
        QVERIFY(!widget.startCollection());
        const QString notice = widget.findChild<QLabel *>(QStringLiteral("startNotice"))->text();
        QVERIFY2(notice.contains(QStringLiteral("could not be loaded")) && notice.contains(QStringLiteral("kind")), qPrintable(notice));
    }

    void unwritableOutputSaysNoFileWasWritten()
    {
        LanguageManager::apply(QStringLiteral("en"));
        QTemporaryDir work;
        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(writeSlowProfile(work.path())));
        widget.categoryModel()->setCheckedIds({QStringLiteral("logs")});
        widget.setOutputFolder(QStringLiteral("/proc/1/no-such-folder"));   // even root cannot write here
        QSignalSpy finished(&widget, &CollectorWidget::collectionFinished);
        QVERIFY(widget.startCollection());
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.first().first().value<CollectOutcome>();
        QVERIFY(!outcome.bundleWritten);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(widget.state(), CollectorWidget::State::Result);
        QVERIFY(widget.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isHidden());
        QVERIFY(widget.findChild<QPushButton *>(QStringLiteral("openInViewerButton"))->isHidden());
        QVERIFY(widget.findChild<QPushButton *>(QStringLiteral("collectAgainButton"))->isVisibleTo(&widget));
    }

    void remembersSelectionsAndOutputFolder()
    {
        QTemporaryDir out;
        QTemporaryDir extra;
        QFile note(extra.filePath(QStringLiteral("note.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("printer queue stuck since Monday\r\n");
        note.close();
        QStringList chosen;
        {
            CollectorWidget widget;
            QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
            const auto &categories = widget.profile()->categories();
            chosen = {categories.first().id, categories.last().id};
            widget.categoryModel()->setCheckedIds(chosen);
            widget.setOutputFolder(out.path());
            widget.findChild<lt::ui::CustomPathList *>()->addPaths({note.fileName()});
        }
        CollectorWidget again;
        QVERIFY(again.setProfileSource(QStringLiteral("windows")));
        QCOMPARE(again.categoryModel()->checkedIds(), chosen);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("outputFolderEdit"))->text(), QDir::toNativeSeparators(out.path()));
        QCOMPARE(again.findChild<lt::ui::CustomPathList *>()->paths(), QStringList{QFileInfo(note).absoluteFilePath()});
    }

    // `logtriage --collect --categories a,b` (the restart as administrator) ticks exactly those,
    // whatever another account's saved settings say.
    void categoriesFromTheCommandLineWin()
    {
        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
        const auto &categories = widget.profile()->categories();
        const QStringList wanted = {categories.at(1).id, categories.at(6).id};
        widget.setCheckedCategories({wanted.first(), QStringLiteral("no-such-category"), wanted.last()});
        QCOMPARE(widget.categoryModel()->checkedIds(), wanted);
        // What the restart as administrator passes on: categories, custom paths, output folder.
        QTemporaryDir out;
        widget.setCustomPaths({out.path()});
        widget.setOutputFolder(out.path());
        const QStringList args = widget.restartArguments();
        QCOMPARE(args.mid(args.indexOf(QStringLiteral("--categories")), 2),
                 (QStringList{QStringLiteral("--categories"), wanted.join(u',')}));
        QCOMPARE(args.mid(args.indexOf(QStringLiteral("--add")), 2), (QStringList{QStringLiteral("--add"), out.path()}));
        QCOMPARE(args.mid(args.indexOf(QStringLiteral("--output-folder")), 2),
                 (QStringList{QStringLiteral("--output-folder"), out.path()}));
    }

    void customPathsByDropWithSizes()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("Logs"));
        QFile a(dir.filePath(QStringLiteral("Logs/app.log")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(QByteArray(3000, 'x'));
        a.close();
        QFile b(dir.filePath(QStringLiteral("single.txt")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray(1234, 'y'));
        b.close();

        lt::ui::CustomPathList list;
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        auto *tree = list.findChild<QTreeWidget *>(QStringLiteral("customPathList"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("Logs"))), QUrl::fromLocalFile(b.fileName())});
        QSignalSpy sizes(&list, &lt::ui::CustomPathList::sizeKnown);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &drop);
        QCOMPARE(list.paths().size(), 2);
        QTRY_COMPARE(sizes.size(), 2);   // the folder is measured on a worker thread
        QCOMPARE(list.sizeOf(dir.filePath(QStringLiteral("Logs"))), qint64(3000));
        QCOMPARE(list.sizeOf(b.fileName()), qint64(1234));
        QCOMPARE(tree->topLevelItem(1)->text(1), ItemStatusPresentation::formatSize(1234));

        // Dropping the same again adds nothing; Remove takes the selected one away.
        QCoreApplication::sendEvent(tree->viewport(), &drop);
        QCOMPARE(list.paths().size(), 2);
        tree->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(list.findChild<QPushButton *>(QStringLiteral("removePathButton")), Qt::LeftButton);
        QCOMPARE(list.paths(), QStringList{QFileInfo(b).absoluteFilePath()});
    }

    void collectsFakeWindowsRoot_data() { languages(); }
    void collectsFakeWindowsRoot()
    {
        QFETCH(QString, language);
        LanguageManager::apply(language);
        QTemporaryDir work;
        QTemporaryDir out;
        QString error;
        const auto profile = lt::collect::Profile::load(QStringLiteral("windows"), &error);
        QVERIFY2(profile, qPrintable(error));
        lt::test::FakeWindowsRoot fake;
        QVERIFY2(fake.build(*profile, work.path(), &error), qPrintable(error));

        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(QStringLiteral("windows")));
        widget.setSourceOverrides(fake.root, fake.replayDir);
        widget.setOutputFolder(out.path());
        widget.setElevated(false);
        auto access = std::make_shared<FakeWindowsAccess>();
        widget.findChild<lt::collect::Collector *>()->setFileAccess(access);
        widget.categoryModel()->setAllChecked(true);
        widget.resize(960, 720);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));

        // Enter starts (the user was told: click 收集; the keyboard works the same).
        QSignalSpy finished(&widget, &CollectorWidget::collectionFinished);
        widget.findChild<QPushButton *>(QStringLiteral("collectButton"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(widget.state(), CollectorWidget::State::Running);
        // Mid-run: CBS.log is being read, much else is done; the window keeps painting.
        auto *progressView = widget.findChild<QTreeView *>(QStringLiteral("itemProgressView"));
        const auto openGate = qScopeGuard([&access] { access->gateOpen = true; });   // also on failure
        QTRY_VERIFY_WITH_TIMEOUT(countDone(progressView) >= 5, 20000);
        QTest::qWait(1100);
        qInfo("mid-run: %d of %d items done", countDone(progressView), progressView->model()->rowCount());
        QCOMPARE(widget.state(), CollectorWidget::State::Running);
        QCOMPARE(widget.width(), 960);   // long item titles are elided, never widen the window
        lt::test::saveScreenshot(&widget, screenshotName(QStringLiteral("running")));
        access->gateOpen = true;
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<CollectOutcome>();
        QVERIFY2(outcome.bundleWritten, qPrintable(outcome.error));
        QCOMPARE(widget.state(), CollectorWidget::State::Result);
        QCOMPARE(QFileInfo(outcome.bundlePath).absolutePath(), QFileInfo(out.path()).absoluteFilePath());

        // The result page's counts are the manifest's.
        auto *result = widget.findChild<lt::ui::ResultPage *>();
        const QJsonObject manifest = QJsonDocument::fromJson(readZipMember(outcome.bundlePath, QStringLiteral("manifest.json"))).object();
        QVERIFY(!manifest.isEmpty());
        const QJsonArray items = manifest.value(u"items").toArray();
        QCOMPARE(result->totalCount(), int(items.size()));
        const QJsonObject byStatus = manifest.value(u"totals").toObject().value(u"byStatus").toObject();
        QCOMPARE(result->succeededCount(), byStatus.value(u"ok").toInt() + byStatus.value(u"truncated").toInt());
        QStringList failedInManifest;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QString status = item.value(u"status").toString();
            if (status != u"ok" && status != u"truncated")
                failedInManifest << item.value(u"title").toObject().value(language).toString() + u'\t' + status;
        }
        const QStringList lines = result->failedLines();
        QCOMPARE(lines.size(), failedInManifest.size());
        QVERIFY(!lines.isEmpty());   // the fixture has a missing file, a timeout and a denied folder
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines[i].section(u'\t', 0, 0), failedInManifest[i].section(u'\t', 0, 0));
            ItemStatus status;
            QVERIFY(lt::collect::statusFromName(failedInManifest[i].section(u'\t', 1), &status));
            const QString reason = lines[i].section(u'\t', 1);
            if (status == ItemStatus::Denied)
                QCOMPARE(reason, ItemStatusPresentation::label(ItemStatusPresentation::Phase::Done, ItemStatus::Denied));
            if (language == u"en" && status == ItemStatus::Timeout)
                QVERIFY2(reason.startsWith(QStringLiteral("Timed out")), qPrintable(reason));
            if (language == u"en" && status == ItemStatus::Missing)
                QCOMPARE(reason, QStringLiteral("Not found on this computer"));
        }
        // Not elevated and something was denied: the page says how to get it next time.
        if (byStatus.value(u"denied").toInt() > 0)
            QVERIFY(widget.findChild<QLabel *>(QStringLiteral("adminHintLabel"))->isVisible());
        if (language == u"en") {
            const QString summary = result->summaryText();
            QVERIFY2(summary.startsWith(QStringLiteral("%1 of %2 items were collected")
                                            .arg(result->succeededCount()).arg(result->totalCount())), qPrintable(summary));
        }

        // The UTF-16LE replay was stored decoded, and says so.
        bool sawUtf16 = false;
        for (const QJsonValue &v : items) {
            if (v.toObject().value(u"id").toString() != fake.utf16ItemId)
                continue;
            for (const QJsonValue &f : v.toObject().value(u"files").toArray()) {
                const QJsonObject file = f.toObject();
                QCOMPARE(file.value(u"encoding").toString(), QStringLiteral("UTF-16LE"));
                const QString text = QString::fromUtf8(readZipMember(outcome.bundlePath, file.value(u"path").toString()));
                QVERIFY2(text.contains(QStringLiteral("Windows IP 配置")), qPrintable(text));
                sawUtf16 = true;
            }
        }
        QVERIFY(sawUtf16);

        // 复制路径 puts the zip's path on the clipboard; the viewer button hands it over.
        QTest::qWait(50);
        QCOMPARE(widget.width(), 960);   // no long text may widen the window
        lt::test::saveScreenshot(&widget, screenshotName(QStringLiteral("result")));
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("copyPathButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(outcome.bundlePath));
        QSignalSpy open(&widget, &CollectorWidget::openInViewerRequested);
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("openInViewerButton")), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), outcome.bundlePath);
    }

    void cancelStopsAndLeavesNothing_data() { languages(); }
    void cancelStopsAndLeavesNothing()
    {
        QFETCH(QString, language);
        LanguageManager::apply(language);
        QTemporaryDir work;
        QTemporaryDir out;
        const QString profilePath = writeSlowProfile(work.path());

        CollectorWidget widget;
        QVERIFY(widget.setProfileSource(profilePath));
        widget.setOutputFolder(out.path());
        widget.categoryModel()->setAllChecked(true);
        widget.resize(960, 720);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));

        auto *collector = widget.findChild<lt::collect::Collector *>();
        QSignalSpy started(collector, &lt::collect::Collector::itemStarted);
        QSignalSpy itemsDone(collector, &lt::collect::Collector::itemFinished);
        QSignalSpy finished(&widget, &CollectorWidget::collectionFinished);
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("collectButton")), Qt::LeftButton);
        QCOMPARE(widget.state(), CollectorWidget::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(spyHas(started, QStringLiteral("slow-diagnostics")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(itemsDone.size() >= 6, 10000);   // all but the slow one are done
        // The window stays responsive while the command runs: a 50 ms timer keeps ticking
        // (a blocked event loop would starve it), and the elapsed time moves on.
        int ticks = 0;
        QTimer tick;
        tick.setInterval(50);
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start();
        QTest::qWait(1200);
        QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks)));
        QVERIFY2(finished.isEmpty(), "the slow command ended on its own");
        QCOMPARE(widget.state(), CollectorWidget::State::Running);
        // The clock ticks twice a second: within a few ticks it has left 0:00.
        auto *elapsed = widget.findChild<QLabel *>(QStringLiteral("elapsedLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(!elapsed->text().endsWith(QStringLiteral("0:00")), qPrintable(elapsed->text()), 3000);
#ifdef Q_OS_LINUX
        QVERIFY(!sleepingChildren().isEmpty());   // the command really runs
#endif
        // Esc cancels: the sleeping command is killed at once, not after its 30 seconds.
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(widget.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::Key_Escape);
        QVERIFY(finished.wait(15000));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        const auto outcome = finished.first().first().value<CollectOutcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.bundleWritten);
        QCOMPARE(widget.state(), CollectorWidget::State::Start);
        QVERIFY2(filesIn(out.path()).isEmpty(), qPrintable(filesIn(out.path()).join(u", ")));   // no .zip, no .part
        QTRY_VERIFY_WITH_TIMEOUT(filesIn(out.path()).isEmpty(), 2000);
#ifdef Q_OS_LINUX
        // The command was killed, not left behind: no "sleep 30" child of ours is alive.
        QTRY_VERIFY2_WITH_TIMEOUT(sleepingChildren().isEmpty(), qPrintable(sleepingChildren().join(u',')), 3000);
#endif
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // Rows of the progress list that show a final status (not waiting, not collecting).
    static int countDone(QTreeView *view)
    {
        int done = 0;
        const QString waiting = ItemStatusPresentation::label(ItemStatusPresentation::Phase::Pending, ItemStatus::Ok);
        const QString running = ItemStatusPresentation::label(ItemStatusPresentation::Phase::Running, ItemStatus::Ok);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString status = view->model()->index(row, 1).data().toString();
            done += status != waiting && status != running;
        }
        return done;
    }

    // Processes running "sleep 30" whose parent is this test (Linux /proc).
    static QStringList sleepingChildren()
    {
        QStringList pids;
        const QString self = QString::number(QCoreApplication::applicationPid());
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!cmdline.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
                continue;
            // QProcess starts the resolved program: "/usr/bin/sleep\0" "30\0".
            const QList<QByteArray> args = cmdline.readAll().split('\0');
            if (args.size() < 2 || !(args.at(0) == "sleep" || args.at(0).endsWith("/sleep")) || args.at(1) != "30")
                continue;
            // stat: "pid (comm) state ppid ..."; comm has no ')' for sleep.
            const QList<QByteArray> fields = stat.readAll().split(' ');
            if (fields.size() > 3 && QString::fromLatin1(fields.at(3)) == self && fields.at(2) != "Z")
                pids << pid;
        }
        return pids;
    }

    static bool spyHas(const QSignalSpy &spy, const QString &id)
    {
        for (const QList<QVariant> &args : spy) {
            if (args.first().toString() == id)
                return true;
        }
        return false;
    }

    // A Linux profile of our own: quick file and command items, one file that is not there,
    // and a diagnostic command that sleeps 30 s (the one a cancel must kill).
    static QString writeSlowProfile(const QString &dir)
    {
        QDir(dir).mkpath(QStringLiteral("var/log/apt"));
        QDir(dir).mkpath(QStringLiteral("etc"));
        const QList<std::pair<const char *, const char *>> files = {
            {"var/log/syslog", "2026-11-29T21:40:01.123456+00:00 pc-0412 systemd[1]: Started apt-daily.service - Daily apt download activities.\n"},
            {"var/log/dpkg.log", "2026-11-28 09:12:44 status installed libc6:amd64 2.41-12\n"},
            {"var/log/apt/history.log", "Start-Date: 2026-11-28  09:12:30\nCommandline: apt-get -y upgrade\nEnd-Date: 2026-11-28  09:12:51\n"},
            {"etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 13 (trixie)\"\nVERSION_ID=\"13\"\n"}};
        for (const auto &[name, text] : files) {
            QFile f(dir + u'/' + QString::fromLatin1(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
        }
        const QString json = QString::fromUtf8(R"json({
  "schema": 1, "name": "slow-test", "platform": "linux",
  "title": {"zh": "测试配置", "en": "Test profile"},
  "categories": [
    {"id": "system", "title": {"zh": "系统信息", "en": "System information"},
     "description": {"zh": "操作系统版本和内核", "en": "Operating system version and kernel"},
     "items": [
       {"id": "os-release", "kind": "file", "title": {"zh": "系统版本", "en": "OS release"}, "bundlePath": "system", "paths": ["%1/etc/os-release"]},
       {"id": "uname", "kind": "command", "title": {"zh": "内核版本", "en": "Kernel version"}, "bundlePath": "system/uname.txt", "argv": ["uname", "-a"], "timeoutSeconds": 10}
     ]},
    {"id": "logs", "title": {"zh": "系统日志", "en": "System logs"},
     "description": {"zh": "系统和软件包日志", "en": "System and package logs"},
     "items": [
       {"id": "syslog", "kind": "file", "title": {"zh": "系统日志文件", "en": "System log"}, "bundlePath": "logs", "paths": ["%1/var/log/syslog"]},
       {"id": "dpkg-log", "kind": "file", "title": {"zh": "软件包安装日志", "en": "Package install log"}, "bundlePath": "logs", "paths": ["%1/var/log/dpkg.log"]},
       {"id": "apt-history", "kind": "file", "title": {"zh": "APT 历史记录", "en": "APT history"}, "bundlePath": "logs/apt", "paths": ["%1/var/log/apt/history.log"]},
       {"id": "xorg-log", "kind": "file", "title": {"zh": "图形界面日志", "en": "Display server log"}, "bundlePath": "logs", "paths": ["%1/var/log/Xorg.0.log"]}
     ]},
    {"id": "diagnostics", "title": {"zh": "诊断", "en": "Diagnostics"},
     "description": {"zh": "运行时间较长的诊断命令", "en": "A slow diagnostic command"},
     "items": [
       {"id": "slow-diagnostics", "kind": "command", "title": {"zh": "完整诊断（较慢）", "en": "Full diagnostics (slow)"},
        "bundlePath": "diagnostics.txt", "argv": ["sleep", "30"], "timeoutSeconds": 120}
     ]}
  ]})json").arg(dir);
        const QString path = dir + QStringLiteral("/slow-test.json");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(json.toUtf8());
        return path;
    }
};

QTEST_MAIN(TestCollectorWidget)
#include "tst_collectorwidget.moc"
