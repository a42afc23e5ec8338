// bench_triage [MiB] [FILE]: triage of generated CBS-format logs (1 GiB by default; a quiet and
// a busy one, or FILE) against `rg -c '0x[0-9A-Fa-f]{8}'` on the same file (grep -cE when rg is
// missing), side by side: five rounds of triage each followed by rg, the best of each compared
// (both read the file from the page cache). Prints throughput, peak memory and the ratios.
// LT_BENCH_DIR keeps the generated files between runs. bench_triage --screen FILE: CPU time of
// the candidate screen alone.
#include "triage/candidatescreen.h"
#include "triage/rulebook.h"
#include "triage/triageengine.h"
#include "../text/cbsgenerator.h"

#include <ctime>

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

// Realistic CBS traffic: mostly Info lines (some with "0x0" results), one failure in 5000 lines.
bool generate(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray lines[] = {
        "2022-08-23 15:28:01, Info                  CBS    Exec: Processing package Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.1889.1.7, state Staged\r\n",
        "2022-08-23 15:28:01, Info                  CSI    0000012a Creating NT transaction (seq 2), objectname [6]\"(null)\"\r\n",
        "2022-08-23 15:28:02, Info                  CBS    Appl: detect Parent, Package: Microsoft-Windows-Client-Features-Package, Parent: Microsoft-Windows-Foundation-Package, Disposition = Detect, VersionComp: EQ\r\n",
        "2022-08-23 15:28:03, Info                  CBS    Doqe: Recording result: 0x0, for Inf: wpdmtp.inf\r\n",
    };
    const QByteArray failure = "2022-08-23 15:28:05, Error                 CBS    Failed to perform operation.  [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]\r\n";
    QByteArray block;
    for (int i = 0; i < 5000; ++i)
        block += i == 0 ? failure : lines[i % 4];
    for (qint64 written = 0; written < bytes; written += block.size()) {
        if (f.write(block) != block.size())
            return false;
    }
    return true;
}

double seconds(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e9;
}

} // namespace

// --screen: CPU time of the candidate screen alone, one thread over the whole file (steadier than
// wall time on a busy machine; shows what the scan loop costs per GiB).
int screenOnly(const QString &file, QTextStream &out)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const qint64 size = f.size();
    const uchar *data = f.map(0, size);
    if (!data)
        return 1;
    const char *bytes = reinterpret_cast<const char *>(data);
    const QByteArrayView sample(bytes, qMin<qint64>(size, 16 * 1024));
    lt::triage::RuleBook::builtin();
    QElapsedTimer setup;
    setup.start();
    const lt::triage::CandidateScreen screen(lt::triage::RuleBook::builtin(), lt::text::TextEncoding::Utf8,
                                             lt::triage::LogFormat::Cbs, sample);
    out << QStringLiteral("screen setup (needles, Teddy tables tuned on a 16 KiB sample): %1 ms\n").arg(setup.nsecsElapsed() / 1e6, 0, 'f', 1);
    std::vector<qint64> hits;
    qint64 lines = 0, candidates = 0;
    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
        lines = candidates = 0;
        timespec a{}, b{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
        for (qint64 block = 0; block < size; block += 256 * 1024) {
            hits.clear();
            lines += screen.scan(bytes, block, qMin(size, block + 256 * 1024), size, hits);
            candidates += qint64(hits.size());
        }
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
        best = std::min(best, double(b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9);
    }
    out << QStringLiteral("screen: %1 s CPU for %2 MiB (%3 MiB/s per core), %4 lines, %5 candidate hits\n")
               .arg(best, 0, 'f', 3).arg(size / 1048576.0, 0, 'f', 0).arg(size / 1048576.0 / best, 0, 'f', 0)
               .arg(lines).arg(candidates);
    return 0;
}

namespace {

struct Result {
    double triage = 1e9;
    double reference = 0;
    lt::triage::TriageReport report;
};

// Five rounds of triage, each followed by the reference tool; the best time of each side.
Result measure(const QString &file, const QString &tool, const QStringList &toolArgs)
{
    Result r;
    double reference = 1e9;
    QElapsedTimer t;
    for (int round = 0; round < 5; ++round) {
        t.start();
        r.report = lt::triage::TriageEngine::triagePaths({file});
        r.triage = std::min(r.triage, seconds(t));
        if (!tool.isEmpty()) {
            QProcess p;
            t.restart();
            p.start(tool, toolArgs);
            p.waitForFinished(-1);
            reference = std::min(reference, seconds(t));
        }
    }
    r.reference = tool.isEmpty() ? 0 : reference;
    return r;
}

void report(QTextStream &out, const QString &label, const QString &file, const Result &r, const QString &tool)
{
    const double mibs = QFile(file).size() / 1048576.0;
    const lt::triage::FileReport f = r.report.files.value(0);
    out << QStringLiteral("[%1] %2 MiB, %3 lines, %4 findings (%5 errors, %6 warnings), %7 diagnoses\n")
               .arg(label).arg(mibs, 0, 'f', 0).arg(f.lines).arg(f.findings.size())
               .arg(r.report.totalErrors()).arg(f.warnings).arg(r.report.diagnoses.size());
    out << QStringLiteral("[%1] triage: %2 s (%3 MiB/s)\n").arg(label).arg(r.triage, 0, 'f', 2).arg(mibs / r.triage, 0, 'f', 1);
    if (r.reference > 0) {
        out << QStringLiteral("[%1] %2: %3 s\n").arg(label, QFileInfo(tool).fileName()).arg(r.reference, 0, 'f', 2);
        out << QStringLiteral("[%1] ratio triage/%2: %3x\n").arg(label, QFileInfo(tool).fileName()).arg(r.triage / r.reference, 0, 'f', 2);
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() > 2 && args[1] == u"--screen")
        return screenOnly(args[2], out);
    const qint64 mib = args.size() > 1 ? args[1].toLongLong() : 1024;

    // Two generated logs of the same size: "quiet" (a servicing session's usual chatter, one
    // failure in 5000 lines) and "busy" (bench/text's generator: 8 % failure lines, package
    // state reports, sessions started every few lines - far denser than real logs), or FILE.
    QTemporaryDir dir;
    const QString cache = qEnvironmentVariable("LT_BENCH_DIR");
    const auto place = [&](const QString &name) {
        return QDir(cache.isEmpty() ? dir.path() : cache).filePath(name.arg(mib));
    };
    QList<std::pair<QString, QString>> files;   // label, path
    if (args.size() > 2) {
        files.append({QStringLiteral("file"), args[2]});
    } else {
        files.append({QStringLiteral("quiet"), place(QStringLiteral("cbs-quiet-%1mb.log"))});
        files.append({QStringLiteral("busy"), place(QStringLiteral("cbs-busy-%1mb.log"))});
    }
    for (const auto &[label, path] : std::as_const(files)) {
        if (QFile::exists(path) && QFile(path).size() >= mib * 1024 * 1024)
            continue;
        const bool ok = label == u"busy" ? lt::bench::generateCbsLog(path, mib * 1024 * 1024)
                                         : generate(path, mib * 1024 * 1024);
        if (!ok) {
            out << "cannot write " << path << '\n';
            return 1;
        }
    }
    QString tool = QStandardPaths::findExecutable(QStringLiteral("rg"));
    QStringList toolArgs{QStringLiteral("-c"), QStringLiteral("0x[0-9A-Fa-f]{8}")};
    if (tool.isEmpty()) {
        tool = QStandardPaths::findExecutable(QStringLiteral("grep"));
        toolArgs = {QStringLiteral("-cE"), QStringLiteral("0x[0-9A-Fa-f]{8}")};
    }
    for (const auto &[label, path] : std::as_const(files))
        report(out, label, path, measure(path, tool, toolArgs + QStringList{path}), tool);
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("peak memory: %1 MiB\n").arg(usage.ru_maxrss / 1024);
#endif
    return 0;
}
