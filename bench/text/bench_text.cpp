// bench_text: the big-file engine against the reference tools, side by side in one run.
//   scripts/lt exec build/bin/bench_text [--size-mb 1024] [--repeat 3] [--file PATH]
// Generates a CBS-format log (once) under /var/cache/logtriage/bench/, warms the page cache,
// then times `wc -l` vs the line index and `rg -c PATTERN` vs SearchJob, printing ratios.
#include "cbsgenerator.h"

#include "text/bytescan.h"
#include "text/filesnapshot.h"
#include "text/logfile.h"
#include "text/searchjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace lt::text;

namespace {

struct Timed {
    double seconds = 0;
    qint64 count = -1;
};

// Runs a reference tool; its stdout's first number is the count it reports.
Timed runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    Timed r{t.nsecsElapsed() / 1e9, -1};
    const QByteArray out = p.readAllStandardOutput().trimmed();
    bool ok = false;
    const qint64 n = out.split(' ').value(0).toLongLong(&ok);
    r.count = ok ? n : -1;
    if (p.exitCode() == 1 && program == QLatin1String("rg"))
        r.count = 0;   // rg: no match
    return r;
}

qint64 procStatusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct OpenResult {
    double firstScreen = 0;   // open() until 50 lines are readable
    double full = 0;          // open() until indexingFinished
    qint64 lines = 0;
    qint64 indexBytes = 0;
};

OpenResult openAndIndex(LogFile &file, const QString &path)
{
    OpenResult r;
    QEventLoop loop;
    QElapsedTimer t;
    bool gotFirst = false;
    auto c1 = QObject::connect(&file, &LogFile::linesAppended, &loop, [&](qint64 n) {
        if (!gotFirst && n >= 50 && !file.line(LineNumber(49)).isEmpty()) {
            gotFirst = true;
            r.firstScreen = t.nsecsElapsed() / 1e9;
        }
    });
    auto c2 = QObject::connect(&file, &LogFile::indexingFinished, &loop, [&](bool ok, const QString &err) {
        r.full = t.nsecsElapsed() / 1e9;
        if (!ok)
            std::fprintf(stderr, "indexing failed: %s\n", qPrintable(err));
        loop.quit();
    });
    t.start();
    file.open(path);
    const double openReturned = t.nsecsElapsed() / 1e9;
    if (qEnvironmentVariableIsSet("LT_BENCH_DEBUG")) {
        while (file.lineCount() < 50) { }
        std::printf("debug: open() returned after %.1f ms, 50 lines indexed after %.1f ms\n",
                    openReturned * 1000, t.nsecsElapsed() / 1e6);
    }
    loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    r.lines = file.lineCount();
    r.indexBytes = file.indexMemory();
    return r;
}

Timed searchCount(const LogFile &file, const SearchOptions &options, int threads = 0)
{
    SearchJob job(file.snapshot(), options);
    job.setThreadCount(threads);
    QElapsedTimer t;
    t.start();
    job.run();
    return {t.nsecsElapsed() / 1e9, job.hitCount()};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void row(const char *what, double ours, double ref, qint64 ourCount, qint64 refCount, double target)
{
    const double ratio = ref > 0 ? ours / ref : 0;
    std::printf("%-34s %8.3f s  %8.3f s  %6.2fx  %s  counts %lld / %lld%s\n", what, ours, ref, ratio,
                target > 0 ? (ratio <= target ? "PASS" : "FAIL") : "    ",
                static_cast<long long>(ourCount), static_cast<long long>(refCount),
                ourCount == refCount ? "" : "  MISMATCH");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("size-mb"), QStringLiteral("Size of the generated log."), QStringLiteral("mb"), QStringLiteral("1024")});
    cli.addOption({QStringLiteral("file"), QStringLiteral("Log to use (generated if absent)."), QStringLiteral("path")});
    cli.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per measurement (median)."), QStringLiteral("n"), QStringLiteral("3")});
    cli.addOption({QStringLiteral("pattern"), QStringLiteral("Regex to search."), QStringLiteral("re"), QStringLiteral("Error.*0x800f08[0-9a-f]{2}")});
    cli.addOption({QStringLiteral("search-only"), QStringLiteral("Only time our searches, back to back.")});
    cli.addOption({QStringLiteral("no-prefilter"), QStringLiteral("Also time the regex without the literal prefilter (slow).")});
    cli.process(app);

    const qint64 sizeMb = cli.value(QStringLiteral("size-mb")).toLongLong();
    const QString path = cli.isSet(QStringLiteral("file")) ? cli.value(QStringLiteral("file"))
        : QStringLiteral("/var/cache/logtriage/bench/cbs-%1mb.log").arg(sizeMb);
    const int repeat = qMax(1, cli.value(QStringLiteral("repeat")).toInt());
    const QString pattern = cli.value(QStringLiteral("pattern"));

    if (!QFileInfo::exists(path)) {
        std::printf("generating %s (%lld MiB)...\n", qPrintable(path), static_cast<long long>(sizeMb));
        if (!lt::bench::generateCbsLog(path, sizeMb * 1024 * 1024)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const qint64 bytes = QFileInfo(path).size();
    // Warm the page cache so every contender reads from memory.
    runTool(QStringLiteral("wc"), {QStringLiteral("-l"), path});

    std::printf("file %s: %.1f MiB, %d threads, byte scan %s\n", qPrintable(path), bytes / 1048576.0,
                QThread::idealThreadCount(), bytescan::implementationName());
    std::printf("load average before: %s\n", qPrintable(QString::fromLatin1([] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
    }())));
    std::printf("%-34s %10s  %10s  %7s\n", "", "LogTriage", "reference", "ratio");

    if (cli.isSet(QStringLiteral("search-only"))) {
        // Diagnostics: the same searches back to back on one open file.
        LogFile f;
        const OpenResult o = openAndIndex(f, path);
        std::printf("index %.3f s\n", o.full);
        for (const SearchOptions &opt : {SearchOptions{pattern, true, true, false}, SearchOptions{pattern, true, false, false},
                                         SearchOptions{QStringLiteral("STATUS_SHARING_VIOLATION"), false, true, false}}) {
            for (int i = 0; i < repeat; ++i) {
                const Timed t = searchCount(f, opt);
                std::printf("%-40s cs=%d %.3f s %lld\n", qPrintable(opt.pattern), opt.caseSensitive, t.seconds, static_cast<long long>(t.count));
            }
        }
        return 0;
    }
    std::vector<double> wc, idx, first, rg, ours, rgi, oursi, rgl, oursl, rga, oursa;
    OpenResult last;
    Timed wcT, rgT, ourT, rgiT, ouriT, rglT, ourlT, rgaT, ouraT;
    LogFile file;
    SearchOptions regex{pattern, true, true, false};
    SearchOptions regexNoCase{pattern, true, false, false};
    SearchOptions literal{QStringLiteral("STATUS_SHARING_VIOLATION"), false, true, false};
    SearchOptions alternation{QStringLiteral("CBS_E_ABORT|E_ACCESSDENIED|gle=0xd00000\\d\\d"), true, true, false};
    for (int i = 0; i < repeat; ++i) {
        wcT = runTool(QStringLiteral("wc"), {QStringLiteral("-l"), path});
        last = openAndIndex(file, path);
        wc.push_back(wcT.seconds);
        idx.push_back(last.full);
        first.push_back(last.firstScreen);
        rgT = runTool(QStringLiteral("rg"), {QStringLiteral("-c"), pattern, path});
        ourT = searchCount(file, regex);
        rg.push_back(rgT.seconds);
        ours.push_back(ourT.seconds);
        rgiT = runTool(QStringLiteral("rg"), {QStringLiteral("-c"), QStringLiteral("-i"), pattern, path});
        ouriT = searchCount(file, regexNoCase);
        rgi.push_back(rgiT.seconds);
        oursi.push_back(ouriT.seconds);
        rglT = runTool(QStringLiteral("rg"), {QStringLiteral("-c"), QStringLiteral("-F"), literal.pattern, path});
        ourlT = searchCount(file, literal);
        rgl.push_back(rglT.seconds);
        oursl.push_back(ourlT.seconds);
        rgaT = runTool(QStringLiteral("rg"), {QStringLiteral("-c"), alternation.pattern, path});
        ouraT = searchCount(file, alternation);
        rga.push_back(rgaT.seconds);
        oursa.push_back(ouraT.seconds);
    }
    row("line index vs wc -l", median(idx), median(wc), last.lines, wcT.count, 1.5);
    row("regex search vs rg -c", median(ours), median(rg), ourT.count, rgT.count, 1.5);
    row("regex -i search vs rg -c -i", median(oursi), median(rgi), ouriT.count, rgiT.count, 0);
    row("literal search vs rg -c -F", median(oursl), median(rgl), ourlT.count, rglT.count, 0);
    row("alternation search vs rg -c", median(oursa), median(rga), ouraT.count, rgaT.count, 0);
    {
        // rg searches one file on one thread; this row shows what a single core of ours does.
        std::vector<double> single;
        Timed t;
        for (int i = 0; i < repeat; ++i) {
            t = searchCount(file, regex, 1);
            single.push_back(t.seconds);
        }
        row("regex search, 1 thread, vs rg -c", median(single), median(rg), t.count, rgT.count, 0);
    }
    if (cli.isSet(QStringLiteral("no-prefilter"))) {
        // "(?:...)" hides the literal from the extractor: same matches, regex on every line.
        SearchOptions plain{QStringLiteral("(?:%1)").arg(pattern), true, true, false};
        const Timed t = searchCount(file, plain);
        row("regex without prefilter vs rg -c", t.seconds, median(rg), t.count, rgT.count, 0);
    }
    std::printf("first screen after open: %.1f ms (median; target < 100 ms) %s\n", median(first) * 1000,
                median(first) < 0.1 ? "PASS" : "FAIL");
    const double perLine = last.lines ? double(last.indexBytes) / double(last.lines) : 0;
    std::printf("index memory: %.1f MiB for %lld lines = %.2f bytes/line (target <= 4) %s\n",
                last.indexBytes / 1048576.0, static_cast<long long>(last.lines), perLine,
                perLine <= 4 ? "PASS" : "FAIL");
    std::printf("process memory: anonymous RSS %.1f MiB, peak RSS %.1f MiB (file pages mapped: %.1f MiB)\n",
                procStatusKb("RssAnon:") / 1024.0, procStatusKb("VmHWM:") / 1024.0,
                procStatusKb("RssFile:") / 1024.0);
    return 0;
}
