// bench_viewer: what a helpdesk user feels when opening a 1 GiB CBS.log in the viewer.
// Measures time to the first painted lines, and the longest event-loop stall (a 1 ms timer
// that notes how late it fires) while indexing, searching, filtering and scrolling to the end.
#include "viewer/findbar.h"
#include "viewer/logpane.h"
#include "viewer/logview.h"
#include "text/logfile.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStringList>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

// Notes the longest gap between 1 ms timer ticks: how long the GUI thread was unavailable.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_last > 30'000'000 && m_gaps.size() < 12)
                m_gaps.append(QStringLiteral("%1+%2").arg(m_last / 1e6, 0, 'f', 0).arg((now - m_last) / 1e6, 0, 'f', 0));
            if (now - m_last > m_longest) {
                m_longest = now - m_last;
                m_at = m_last;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        if (qEnvironmentVariableIsSet("LT_BENCH_VERBOSE"))
            std::printf("  (longest stall began %.1f ms into the phase; gaps > 30 ms: %s)\n", m_at / 1e6,
                        qPrintable(m_gaps.join(u' ')));
        return m_longest / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_at = 0;
    QStringList m_gaps;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// A CBS-shaped log when the text engine's generator output is not there.
bool generate(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const char *messages[] = {
        "Info                  CBS    Exec: Processing started.  Client: WindowsUpdateAgent, Session: 31005943_2046287312, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3165.1.8",
        "Info                  CSI    00000012 CSI Transaction @0x1f3a4b0 destroyed",
        "Info                  CBS    Appl: detect Parent, Package: Package_1_for_KB5015811~31bf3856ad364e35~amd64~~17763.3165.1.8, Parent: Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.17763.1, Disposition = Detect",
        "Info                  DPX    Ended DPX phase: Resume and Download Job",
        "Info                  CBS    Failed to extract files from cabinet \\\\?\\C:\\WINDOWS\\SoftwareDistribution\\Download\\8f7c\\inst\\Windows10.0-KB5015811-x64.cab [HRESULT = 0x80070005 - E_ACCESSDENIED]",
        "Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
        "Info                  CSI    00000005 [SR] Verifying 100 components",
    };
    const int weights[] = {30, 40, 20, 6, 2, 1, 1};
    QRandomGenerator rng(42);
    QByteArray chunk;
    qint64 written = 0;
    qint64 second = 0;
    while (written < bytes) {
        chunk.clear();
        while (chunk.size() < (1 << 20)) {
            int pick = rng.bounded(100);
            int i = 0;
            while (pick >= weights[i]) {
                pick -= weights[i];
                ++i;
            }
            const qint64 s = second++ / 50;
            chunk += QStringLiteral("2022-07-14 %1:%2:%3, ")
                         .arg(9 + s / 3600 % 14, 2, 10, QChar(u'0'))
                         .arg(s / 60 % 60, 2, 10, QChar(u'0'))
                         .arg(s % 60, 2, 10, QChar(u'0')).toLatin1();
            chunk += messages[i];
            chunk += "\r\n";
        }
        written += file.write(chunk);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Log view benchmark (run with QT_QPA_PLATFORM=offscreen)."));
    cli.addHelpOption();
    cli.addOption({QStringLiteral("file"), QStringLiteral("CBS-format log to open (generated if absent)."),
                   QStringLiteral("path"), QStringLiteral("/var/cache/logtriage/bench/cbs-1024mb.log")});
    cli.process(app);
    const QString path = cli.value(QStringLiteral("file"));
    if (!QFileInfo::exists(path)) {
        std::printf("generating %s (1 GiB)...\n", qPrintable(path));
        if (!generate(path, qint64(1) << 30)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }

    KSyntaxHighlighting::Repository repository;
    lt::ui::LogPane pane(&repository);
    pane.resize(1280, 800);
    pane.show();
    QCoreApplication::processEvents();
    lt::ui::LogView *view = pane.view();
    StallMeter stall;

    // 1. Open: time until the first lines are painted.
    QElapsedTimer clock;
    clock.start();
    stall.start();
    pane.openFile(path, QFileInfo(path).fileName(), lt::triage::LogFormat::Cbs);
    const double openCall = clock.nsecsElapsed() / 1e6;
    if (!waitFor([&] { return view->rowCount() > 0; }, 10000)) {
        std::fprintf(stderr, "no lines after 10 s\n");
        return 1;
    }
    const double linesThere = clock.nsecsElapsed() / 1e6;
    view->viewport()->repaint();
    const double firstPaint = clock.nsecsElapsed() / 1e6;
    if (qEnvironmentVariableIsSet("LT_BENCH_VERBOSE"))
        std::printf("  (openFile() returned after %.1f ms, first lines indexed at %.1f ms)\n", openCall, linesThere);
    const qint64 firstLines = view->visibleLines().size();
    // 2. Indexing in the background.
    waitFor([&] { return !view->logFile()->isIndexing(); }, 600000);
    const double indexMs = clock.nsecsElapsed() / 1e6;
    const double indexStall = stall.stopMs();
    const qint64 lines = view->logFile()->lineCount();
    QCoreApplication::processEvents();

    // 3. Scroll to the end (Ctrl+End) and through the file by dragging the scrollbar.
    stall.start();
    clock.restart();
    QKeyEvent end(QEvent::KeyPress, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::sendEvent(view, &end);
    view->viewport()->repaint();
    const double toEnd = clock.nsecsElapsed() / 1e6;
    double slowestJump = 0;
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i <= 50; ++i) {
        QElapsedTimer jump;
        jump.start();
        bar->setValue(int(qint64(bar->maximum()) * ((i * 7919) % 51) / 50));
        view->viewport()->repaint();
        slowestJump = qMax(slowestJump, jump.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents();
    }
    const double scrollStall = stall.stopMs();

    // 4. Background search with the find bar.
    lt::ui::FindBar *bar2 = pane.findBar();
    stall.start();
    clock.restart();
    bar2->setOptions(true, true, false);
    bar2->setPattern(QStringLiteral("Error.*0x800f08[0-9a-f]{2}"));
    waitFor([&] {
        const QString s = bar2->statusText();
        return (s.contains(u"matching") && !s.contains(u'+')) || s.contains(u"No matches");
    }, 600000);
    const double searchMs = clock.nsecsElapsed() / 1e6;
    const double searchStall = stall.stopMs();
    const QString searchStatus = bar2->statusText();

    // 5. Level filter (errors only) and filter-mode scrolling.
    stall.start();
    clock.restart();
    bar2->setPattern(QString());
    bar2->setLevelFilter(lt::ui::FindBar::LevelFilter::ErrorsOnly);
    qint64 lastRows = -1;
    qint64 slowestRead = 0;
    waitFor([&] {
        QElapsedTimer read;
        read.start();
        const qint64 rows = view->rowCount();
        slowestRead = qMax(slowestRead, read.nsecsElapsed());
        const bool done = rows > 0 && rows == lastRows
            && !view->logFile()->isIndexing() && bar2->statusText().isEmpty();
        lastRows = view->rowCount();
        return done;
    }, 600000);
    const double levelMs = clock.nsecsElapsed() / 1e6;
    const double levelStall = stall.stopMs();
    if (qEnvironmentVariableIsSet("LT_BENCH_VERBOSE"))
        std::printf("  (slowest hit count read while filtering: %.1f ms)\n", slowestRead / 1e6);
    clock.restart();
    QCoreApplication::sendEvent(view, &end);
    view->viewport()->repaint();
    const double filteredEnd = clock.nsecsElapsed() / 1e6;

    std::printf("file: %s (%.1f MiB, %lld lines)\n", qPrintable(path),
                view->logFile()->fileSize() / 1048576.0, static_cast<long long>(lines));
    std::printf("first painted lines:          %8.1f ms  (%lld lines on screen; target < 200 ms)\n",
                firstPaint, static_cast<long long>(firstLines));
    std::printf("indexing finished:            %8.1f ms\n", indexMs);
    std::printf("longest stall while indexing: %8.1f ms  (target < 50 ms)\n", indexStall);
    std::printf("Ctrl+End to last line:        %8.1f ms\n", toEnd);
    std::printf("slowest scrollbar jump+paint: %8.1f ms\n", slowestJump);
    std::printf("longest stall while scrolling:%8.1f ms  (target < 50 ms)\n", scrollStall);
    std::printf("search Error.*0x800f08..:     %8.1f ms  (%s)\n", searchMs, qPrintable(searchStatus));
    std::printf("longest stall while searching:%8.1f ms  (target < 50 ms)\n", searchStall);
    std::printf("level filter errors only:     %8.1f ms  (%lld rows)\n", levelMs,
                static_cast<long long>(view->rowCount()));
    std::printf("longest stall while filtering:%8.1f ms  (target < 50 ms)\n", levelStall);
    std::printf("Ctrl+End in the filtered view:%8.1f ms\n", filteredEnd);
    return 0;
}
