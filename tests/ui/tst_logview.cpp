// LogPane / LogView on realistic CBS (UTF-16LE, BOM, CRLF), DISM and setupapi files.
#include "darkpalette.h"
#include "screenshot.h"
#include "viewer/findbar.h"
#include "viewer/logpane.h"
#include "viewer/logview.h"
#include "text/logfile.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lt::ui;
using lt::triage::LogFormat;
using lt::triage::Severity;

namespace {
QString data(const char *name)
{
    return QStringLiteral(LT_TEST_DATA_DIR "/viewer/") + QLatin1StringView(name);
}

using lt::test::darkPalette;
} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensUtf16Cbs();
    void levelsAndTints();
    void goToLine();
    void selectionCopy();
    void keyboardSelection();
    void findNextPrevious();
    void filterMatchingLines();
    void levelFilter();
    void findingsFilterAndMarkers();
    void hresultHoverAndClick();
    void wordWrap();
    void otherFormats();
    void follow();
    void screenshots();

private:
    void openCbs();
    void waitIndexed();
    KSyntaxHighlighting::Repository m_repository;
    LogPane *m_pane = nullptr;
};

void TestLogView::init()
{
    m_pane = new LogPane(&m_repository);
    m_pane->resize(1100, 520);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestLogView::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
}

void TestLogView::waitIndexed()
{
    QTRY_VERIFY(m_pane->view()->logFile() && !m_pane->view()->logFile()->isIndexing()
                && m_pane->view()->logFile()->lineCount() > 0);
}

void TestLogView::openCbs()
{
    m_pane->openFile(data("cbs-utf16le-bom-crlf.log"), QStringLiteral("CBS.log"), LogFormat::Cbs);
    waitIndexed();
    QCOMPARE(m_pane->view()->logFile()->lineCount(), 23);
}

void TestLogView::opensUtf16Cbs()
{
    openCbs();
    LogView *view = m_pane->view();
    QCOMPARE(m_pane->displayName(), QStringLiteral("CBS.log"));
    const QList<qint64> lines = view->visibleLines();
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(), 0);
    // As many lines as fit, all 23 here (the pane is tall enough for 23 lines at this font).
    const int fit = view->viewport()->height() / view->lineHeight();
    QCOMPARE(lines.size(), qMin(23, fit));
    QVERIFY(view->logFile()->line(lt::text::LineNumber(0)).startsWith(
        u"2022-07-14 09:41:02, Info                  CBS    TI: --- Initializing Trusted Installer ---"));
    // CRLF is not part of the text.
    QVERIFY(!view->logFile()->line(lt::text::LineNumber(0)).endsWith(u'\r'));
}

void TestLogView::levelsAndTints()
{
    openCbs();
    LogView *view = m_pane->view();
    QCOMPARE(view->lineLevel(9), LineLevel::Error);     // Info + Failed + HRESULT (field case 1)
    QCOMPARE(view->lineLevel(15), LineLevel::Error);    // level Error
    QCOMPARE(view->lineLevel(4), LineLevel::Warning);   // noise code, no "Failed"
    QCOMPARE(view->lineLevel(20), LineLevel::Normal);
    // The tint is painted: the pixel right of the gutter on line 10 (row 9) is reddish.
    const QImage image = view->viewport()->grab().toImage();
    const int y = 9 * view->lineHeight() + 1;
    const QColor tint = image.pixelColor(image.width() - 30, y);
    QVERIFY2(tint.red() > tint.green() + 20, qPrintable(tint.name()));
    const QColor plain = image.pixelColor(image.width() - 30, 20 * view->lineHeight() + 1);
    QVERIFY2(qAbs(plain.red() - plain.green()) < 20, qPrintable(plain.name()));
}

void TestLogView::goToLine()
{
    m_pane->resize(1100, 200);
    openCbs();
    QSignalSpy spy(m_pane, &LogPane::currentLineChanged);
    m_pane->goToLine(20);
    QCOMPARE(m_pane->currentLine(), 20);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toLongLong(), 20);
    QVERIFY(m_pane->view()->visibleLines().contains(19));
    QVERIFY(m_pane->view()->topRow() > 0);
    m_pane->goToLine(1);
    QCOMPARE(m_pane->view()->topRow(), 0);
    m_pane->goToLine(1000);   // clamped to the last line
    QCOMPARE(m_pane->currentLine(), 23);

    // Asked for before the line is indexed: the jump completes when it arrives.
    m_pane->openFile(data("cbs-utf16le-bom-crlf.log"), QStringLiteral("CBS.log"), LogFormat::Cbs);
    m_pane->goToLine(20);
    QTRY_COMPARE(m_pane->currentLine(), 20);
    QVERIFY(m_pane->view()->visibleLines().contains(19));

    // Asked for while hidden: centred once the view is shown with its real size.
    LogPane hidden(&m_repository);
    hidden.openFile(data("cbs-utf16le-bom-crlf.log"), QStringLiteral("CBS.log"), LogFormat::Cbs);
    QTRY_VERIFY(hidden.view()->logFile()->lineCount() == 23 && !hidden.view()->logFile()->isIndexing());
    hidden.goToLine(18);
    hidden.resize(1000, 120);
    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    QTRY_VERIFY(hidden.view()->visibleLines().contains(17));
    QCOMPARE(hidden.currentLine(), 18);
}

void TestLogView::selectionCopy()
{
    openCbs();
    LogView *view = m_pane->view();
    const QString line1 = view->logFile()->line(lt::text::LineNumber(1));
    const QString line2 = view->logFile()->line(lt::text::LineNumber(2));
    const QString line3 = view->logFile()->line(lt::text::LineNumber(3));
    view->setSelection({1, 21}, {3, 10});
    QCOMPARE(view->selectedText(), line1.mid(21) + u'\n' + line2 + u'\n' + line3.left(10));
    view->setSelection({3, 10}, {1, 21});   // backwards is the same text
    QCOMPARE(view->selectedText(), line1.mid(21) + u'\n' + line2 + u'\n' + line3.left(10));
    view->copy();
    QCOMPARE(QApplication::clipboard()->text(), view->selectedText());

    // Mouse drag from the start of line 5 to column 19 of line 6.
    const QPoint from = view->pointForPosition({5, 0});
    const QPoint to = view->pointForPosition({6, 19});
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(view->selectedText(), view->logFile()->line(lt::text::LineNumber(5)) + u'\n'
                 + QStringLiteral("2022-07-14 09:41:08"));
}

void TestLogView::keyboardSelection()
{
    openCbs();
    LogView *view = m_pane->view();
    view->setFocus();
    m_pane->goToLine(3);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_End, Qt::ShiftModifier);
    QCOMPARE(view->selectedText(), view->logFile()->line(lt::text::LineNumber(2)) + u'\n'
                 + view->logFile()->line(lt::text::LineNumber(3)));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), view->selectedText());
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_pane->currentLine(), 23);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_pane->currentLine(), 1);
    QVERIFY(!view->hasSelection());
}

void TestLogView::findNextPrevious()
{
    openCbs();
    FindBar *bar = m_pane->findBar();
    m_pane->goToLine(1);
    bar->setPattern(QStringLiteral("failed to extract"));   // case-insensitive by default
    QTRY_COMPARE(bar->statusText(), QStringLiteral("3 matching lines"));
    emit bar->findNext();
    QCOMPARE(m_pane->currentLine(), 11);
    // The match itself is selected.
    QCOMPARE(m_pane->view()->selectedText(), QStringLiteral("Failed to extract"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
    emit bar->findNext();
    QCOMPARE(m_pane->currentLine(), 12);
    emit bar->findNext();
    QCOMPARE(m_pane->currentLine(), 13);
    emit bar->findNext();   // wraps
    QCOMPARE(m_pane->currentLine(), 11);
    emit bar->findPrevious();   // wraps back
    QCOMPARE(m_pane->currentLine(), 13);
    emit bar->findPrevious();
    QCOMPARE(m_pane->currentLine(), 12);

    // Case-sensitive and regex options reach the engine.
    bar->setOptions(false, true, false);
    QTRY_COMPARE(bar->statusText(), QStringLiteral("No matches"));
    bar->setPattern(QStringLiteral("HRESULT = 0x8007000[25]"));
    bar->setOptions(true, true, false);
    QTRY_VERIFY(bar->statusText() == QStringLiteral("8 matching lines") || bar->statusText().endsWith(u" of 8"));
    bar->setPattern(QStringLiteral("(unclosed"));
    QTRY_VERIFY(!bar->statusText().isEmpty() && bar->statusText() != QStringLiteral("Searching…"));
}

void TestLogView::filterMatchingLines()
{
    openCbs();
    FindBar *bar = m_pane->findBar();
    LogView *view = m_pane->view();
    bar->setPattern(QStringLiteral("DPX"));
    bar->setRowFilter(FindBar::RowFilter::MatchingLines);
    QTRY_COMPARE(view->rowCount(), 4);   // lines 7, 8, 9 and 10 (DpxThreadResumeJobProc)
    QCOMPARE(view->lineForRow(0), 6);
    QCOMPARE(view->lineForRow(3), 9);
    QCOMPARE(view->visibleLines(), QList<qint64>({6, 7, 8, 9}));
    // Going to a hidden line drops the filter.
    m_pane->goToLine(20);
    QCOMPARE(view->rowCount(), 23);
    QCOMPARE(m_pane->currentLine(), 20);
    bar->setRowFilter(FindBar::RowFilter::MatchingLines);
    QTRY_COMPARE(view->rowCount(), 4);
    bar->setRowFilter(FindBar::RowFilter::AllLines);
    QCOMPARE(view->rowCount(), 23);
}

void TestLogView::levelFilter()
{
    openCbs();
    FindBar *bar = m_pane->findBar();
    LogView *view = m_pane->view();
    bar->setLevelFilter(FindBar::LevelFilter::ErrorsOnly);
    auto rows = [view] {
        QStringList lines;
        for (qint64 r = 0; r < view->rowCount(); ++r)
            lines.append(QString::number(view->lineForRow(r)));
        return lines.join(u',');
    };
    QTRY_COMPARE(rows(), QStringLiteral("9,10,11,12,13,15,16,17"));
    bar->setLevelFilter(FindBar::LevelFilter::WarningsAndErrors);
    QTRY_COMPARE(view->rowCount(), 11);
    // Combined with a find filter: the intersection.
    bar->setPattern(QStringLiteral("cabinet"));
    bar->setRowFilter(FindBar::RowFilter::MatchingLines);
    QTRY_COMPARE(view->rowCount(), 3);
    QCOMPARE(view->lineForRow(0), 10);
    bar->setLevelFilter(FindBar::LevelFilter::All);
    bar->setRowFilter(FindBar::RowFilter::AllLines);
    QTRY_COMPARE(view->rowCount(), 23);
}

void TestLogView::findingsFilterAndMarkers()
{
    openCbs();
    LogView *view = m_pane->view();
    m_pane->setMarkers({{10, Severity::Error, QStringLiteral("E_ACCESSDENIED while resuming the DPX job")},
                        {16, Severity::Error, QStringLiteral("single phase execution failed")},
                        {5, Severity::Warning, QStringLiteral("noise")}});
    m_pane->findBar()->setRowFilter(FindBar::RowFilter::FindingLines);
    QCOMPARE(view->rowCount(), 3);
    QCOMPARE(view->lineForRow(0), 4);
    QCOMPARE(view->lineForRow(2), 15);
    // Marker tooltip in the gutter.
    QPoint p = view->pointForPosition({9, 0});
    p.setX(4);
    QCOMPARE(view->toolTipAt(p), QStringLiteral("E_ACCESSDENIED while resuming the DPX job"));
    m_pane->findBar()->setRowFilter(FindBar::RowFilter::AllLines);
    QCOMPARE(view->rowCount(), 23);
}

void TestLogView::hresultHoverAndClick()
{
    openCbs();
    LogView *view = m_pane->view();
    const QString line = view->logFile()->line(lt::text::LineNumber(9));
    const qsizetype at = line.indexOf(u"0x80070005");
    QVERIFY(at > 0);
    const QPoint point = view->pointForPosition({9, at + 3});
    const QString tip = view->toolTipAt(point);
    QVERIFY2(tip.contains(u"E_ACCESSDENIED") && tip.contains(u"0x80070005"), qPrintable(tip));
    QVERIFY(view->toolTipAt(view->pointForPosition({9, 30})).isEmpty());
    QSignalSpy spy(m_pane, &LogPane::errorCodeActivated);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<quint32>(), 0x80070005u);
    // WU-style token without 0x.
    m_pane->openFile(data("windowsupdate-etw.log"), QStringLiteral("WindowsUpdate.log"), LogFormat::WindowsUpdateEtw);
    waitIndexed();
    const QString wu = view->logFile()->line(lt::text::LineNumber(4));
    const QString wuTip = view->toolTipAt(view->pointForPosition({4, wu.indexOf(u"80070005") + 2}));
    QVERIFY2(wuTip.contains(u"E_ACCESSDENIED"), qPrintable(wuTip));
}

void TestLogView::wordWrap()
{
    m_pane->resize(500, 400);
    openCbs();
    LogView *view = m_pane->view();
    const int unwrapped = view->visibleLines().size();
    view->setWordWrap(true);
    QVERIFY(view->wordWrap());
    const int wrapped = view->visibleLines().size();
    QVERIFY2(wrapped < unwrapped, qPrintable(QStringLiteral("%1 vs %2").arg(wrapped).arg(unwrapped)));
    // Positions still map both ways on a wrapped line.
    const QPoint p = view->pointForPosition({2, 120});
    QCOMPARE(view->positionAt(p).line, 2);
    QVERIFY(qAbs(view->positionAt(p).column - 120) <= 1);
}

void TestLogView::otherFormats()
{
    m_pane->openFile(data("setupapi-dev-crlf.log"), QStringLiteral("setupapi.dev.log"), LogFormat::SetupApi);
    waitIndexed();
    LogView *view = m_pane->view();
    QCOMPARE(view->logFile()->lineCount(), 16);
    QCOMPARE(view->lineLevel(12), LineLevel::Error);
    QCOMPARE(view->lineLevel(11), LineLevel::Warning);
    QCOMPARE(view->lineLevel(15), LineLevel::Error);
    m_pane->openFile(data("dism-utf8-lf.log"), QStringLiteral("dism.log"), LogFormat::Dism);
    waitIndexed();
    QCOMPARE(view->logFile()->lineCount(), 7);
    QCOMPARE(view->lineLevel(4), LineLevel::Error);
    QCOMPARE(view->visibleLines().size(), 7);
}

void TestLogView::follow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.log"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 100; ++i)
        file.write(QStringLiteral("2022-07-14 09:41:%1, Info                  CBS    line %2\n")
                       .arg(i % 60, 2, 10, QChar(u'0')).arg(i).toUtf8());
    file.flush();
    m_pane->openFile(path, QStringLiteral("live.log"), LogFormat::Cbs);
    waitIndexed();
    LogView *view = m_pane->view();
    QCOMPARE(view->logFile()->lineCount(), 100);
    view->setFollow(true);
    QCOMPARE(view->topRow(), 100 - view->viewport()->height() / view->lineHeight());
    for (int i = 100; i < 150; ++i)
        file.write(QStringLiteral("2022-07-14 09:42:00, Error                 CBS    appended %1\n").arg(i).toUtf8());
    file.flush();
    view->logFile()->checkForChanges();
    QTRY_COMPARE(view->logFile()->lineCount(), 150);
    QTRY_COMPARE(view->visibleLines().last(), 149);   // the view followed the end
}

void TestLogView::screenshots()
{
    m_pane->resize(1200, 560);
    openCbs();
    m_pane->setMarkers({{10, Severity::Error, QStringLiteral("E_ACCESSDENIED")},
                        {16, Severity::Error, QStringLiteral("E_ACCESSDENIED")}});
    m_pane->goToLine(10);
    QApplication::processEvents();
    lt::test::saveScreenshot(m_pane, QStringLiteral("logview-cbs-light"));

    m_pane->setPalette(darkPalette());
    QApplication::processEvents();
    lt::test::saveScreenshot(m_pane, QStringLiteral("logview-cbs-dark"));
    m_pane->setPalette(QPalette());

    m_pane->findBar()->focusPattern();
    m_pane->findBar()->setPattern(QStringLiteral("failed to extract"));
    QTRY_COMPARE(m_pane->findBar()->statusText(), QStringLiteral("3 matching lines"));
    emit m_pane->findBar()->findNext();
    m_pane->findBar()->setLevelFilter(FindBar::LevelFilter::WarningsAndErrors);
    QTRY_VERIFY(m_pane->view()->rowCount() == 11);
    QApplication::processEvents();
    lt::test::saveScreenshot(m_pane, QStringLiteral("findbar"));
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
