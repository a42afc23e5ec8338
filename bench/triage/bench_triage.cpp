// bench_triage [MiB] [FILE]: triage of a generated CBS-format log (1 GiB by default) against
// `rg -c '0x[0-9A-Fa-f]{8}'` on the same file (grep -cE when rg is missing), side by side: five
// rounds of triage then rg, the best of each compared (both read the file from the page cache).
// Prints throughput, peak memory and the ratio.
#include "triage/candidatescreen.h"
#include "triage/rulebook.h"
#include "triage/triageengine.h"

#include <ctime>

#include <algorithm>

#include <QCoreApplication>
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
    const lt::triage::CandidateScreen screen(lt::triage::RuleBook::builtin(), lt::text::TextEncoding::Utf8,
                                             lt::triage::LogFormat::Cbs, sample);
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments();
    if (args.size() > 2 && args[1] == u"--screen")
        return screenOnly(args[2], out);
    const qint64 mib = args.size() > 1 ? args[1].toLongLong() : 1024;
    QTemporaryDir dir;
    QString file = args.size() > 2 ? args[2] : dir.filePath(QStringLiteral("CBS.log"));
    if ((args.size() <= 2 || !QFile::exists(file)) && !generate(file, mib * 1024 * 1024)) {
        out << "cannot write " << file << '\n';
        return 1;
    }
    const qint64 size = QFile(file).size();

    QString tool = QStandardPaths::findExecutable(QStringLiteral("rg"));
    QStringList toolArgs{QStringLiteral("-c"), QStringLiteral("0x[0-9A-Fa-f]{8}"), file};
    if (tool.isEmpty()) {
        tool = QStandardPaths::findExecutable(QStringLiteral("grep"));
        toolArgs = {QStringLiteral("-cE"), QStringLiteral("0x[0-9A-Fa-f]{8}"), file};
    }
    lt::triage::TriageReport report;
    double triage = 1e9, reference = 1e9;
    QElapsedTimer t;
    for (int round = 0; round < 5; ++round) {
        t.start();
        report = lt::triage::TriageEngine::triagePaths({file});
        triage = std::min(triage, seconds(t));
        if (!tool.isEmpty()) {
            QProcess p;
            t.restart();
            p.start(tool, toolArgs);
            p.waitForFinished(-1);
            reference = std::min(reference, seconds(t));
        }
    }
    if (tool.isEmpty())
        reference = 0;

    const double mibs = size / 1048576.0;
    out << QStringLiteral("file: %1 MiB, %2 lines, %3 error findings (%4 errors)\n")
               .arg(mibs, 0, 'f', 0)
               .arg(report.files.value(0).lines)
               .arg(report.files.value(0).findings.size())
               .arg(report.totalErrors());
    out << QStringLiteral("triage: %1 s (%2 MiB/s)\n").arg(triage, 0, 'f', 2).arg(mibs / triage, 0, 'f', 1);
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("peak memory: %1 MiB\n").arg(usage.ru_maxrss / 1024);
#endif
    if (reference > 0) {
        out << QStringLiteral("%1: %2 s\n").arg(QFileInfo(tool).fileName()).arg(reference, 0, 'f', 2);
        out << QStringLiteral("ratio triage/%1: %2x\n").arg(QFileInfo(tool).fileName()).arg(triage / reference, 0, 'f', 2);
    }
    return 0;
}
