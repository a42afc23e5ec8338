// Merged timeline: k-way merge by timestamp across files, source colours, click-through.
#include "screenshot.h"
#include "viewer/timelinemerger.h"
#include "viewer/timelinepane.h"
#include "viewer/timelineview.h"

#include <KSyntaxHighlighting/Repository>

#include <QSignalSpy>
#include <QtTest>

using namespace lt::ui;
using lt::triage::LogFormat;

namespace {
QString data(const char *name)
{
    return QStringLiteral(LT_TEST_DATA_DIR "/viewer/") + QLatin1StringView(name);
}
} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void mergesTwoFilesByTime();
    void fourSourcesAndClick();

private:
    KSyntaxHighlighting::Repository m_repository;
};

void TestTimeline::mergesTwoFilesByTime()
{
    TimelinePane pane(&m_repository);
    pane.resize(1000, 500);
    QSignalSpy finished(&pane, &TimelinePane::mergeFinished);
    pane.setSources({{data("cbs-utf16le-bom-crlf.log"), QStringLiteral("CBS.log"), LogFormat::Cbs},
                     {data("dism-utf8-lf.log"), QStringLiteral("dism.log"), LogFormat::Dism}});
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    TimelineView *view = pane.view();
    QCOMPARE(view->rowCount(), 23 + 7);
    // DISM starts first (09:40:58), then both interleave; ties keep the first source first.
    QCOMPARE(view->rowSource(0), qMakePair(1, qint64(0)));
    QCOMPARE(view->rowSource(1), qMakePair(1, qint64(1)));
    QCOMPARE(view->rowSource(2), qMakePair(0, qint64(0)));   // CBS 09:41:02
    QVERIFY(view->rowText(0).contains(u"Starting Dism.exe session"));
    // Order: DISM 09:41:04 sits between CBS 09:41:03 and CBS 09:41:05.
    QStringList order;
    for (qint64 row = 0; row < view->rowCount(); ++row) {
        const auto [source, line] = view->rowSource(row);
        order.append(QStringLiteral("%1:%2").arg(source).arg(line));
    }
    QVERIFY(order.indexOf(u"0:2") < order.indexOf(u"1:2"));
    QVERIFY(order.indexOf(u"1:2") < order.indexOf(u"0:3"));
    // DISM's "Failed to add package" (09:41:09) comes after CBS's 09:41:08 burst and before CBS 09:41:10.
    QVERIFY(order.indexOf(u"1:4") > order.indexOf(u"0:15"));
    QVERIFY(order.indexOf(u"1:4") < order.indexOf(u"0:18"));
    QVERIFY(order.indexOf(u"1:6") == order.size() - 1);   // 09:41:12, the last of all
    // Each file keeps its own order.
    for (int source = 0; source < 2; ++source) {
        qint64 last = -1;
        for (qint64 row = 0; row < view->rowCount(); ++row) {
            const auto [s, line] = view->rowSource(row);
            if (s == source) {
                QVERIFY(line > last);
                last = line;
            }
        }
    }
}

void TestTimeline::fourSourcesAndClick()
{
    TimelinePane pane(&m_repository);
    pane.resize(1300, 560);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy finished(&pane, &TimelinePane::mergeFinished);
    pane.setSources({{data("cbs-utf16le-bom-crlf.log"), QStringLiteral("CBS.log"), LogFormat::Cbs},
                     {data("dism-utf8-lf.log"), QStringLiteral("dism.log"), LogFormat::Dism},
                     {data("windowsupdate-etw.log"), QStringLiteral("WindowsUpdate.log"), LogFormat::WindowsUpdateEtw},
                     {data("setupapi-dev-crlf.log"), QStringLiteral("setupapi.dev.log"), LogFormat::SetupApi}});
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    TimelineView *view = pane.view();
    QCOMPARE(view->rowCount(), 23 + 7 + 5 + 16);
    QCOMPARE(view->rowSource(0), qMakePair(2, qint64(0)));   // WU 09:40:55 is the earliest
    // setupapi's section header has no time of its own: it takes the section start's
    // (09:41:01.120) and stays right before it.
    const qint64 header = [&] {
        for (qint64 row = 0; row < view->rowCount(); ++row) {
            if (view->rowSource(row) == qMakePair(3, qint64(0)))
                return row;
        }
        return qint64(-1);
    }();
    QVERIFY(header > 0);
    QCOMPARE(view->rowSource(header + 1), qMakePair(3, qint64(1)));
    QVERIFY(view->rowText(header - 1).contains(u"09:41:00"));   // WU's "Installing updates"
    QCOMPARE(pane.sources().size(), 4);

    QSignalSpy clicked(&pane, &TimelinePane::lineClicked);
    QSignalSpy activated(&pane, &TimelinePane::lineActivated);
    const int h = view->fontMetrics().height();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(300, 3 * h + h / 2));
    QCOMPARE(clicked.size(), 1);
    const auto [source, line] = view->rowSource(3);
    QCOMPARE(clicked.first().at(0).toInt(), source);
    QCOMPARE(clicked.first().at(1).toLongLong(), line + 1);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(300, 3 * h + h / 2));
    QCOMPARE(activated.size(), 1);
    view->setCurrentRow(12);
    lt::test::saveScreenshot(&pane, QStringLiteral("timeline"));
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
