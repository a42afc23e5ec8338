// Collector benchmark: generates realistic servicing logs (CBS/DISM-like text, CRLF), zips them
// with `zip -r -q -6` and collects them with lt::collect::Collector, and prints the ratios of
// wall time and bundle size, and the collector's peak RSS.
//
//   bench_collect [--mb 400] [--dir DIR] [--runs 2]
#include <collect/collector.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

namespace {

// Lines in the shapes CBS.log and dism.log really have; numbers vary like in a real log.
void writeLog(const QString &path, qint64 size, quint32 seed)
{
    static const char *const words[] = {"servicingstack", "kernel-base", "shell32", "wininit", "ntfs", "bcrypt",
                                         "update-agent", "msmq", "defender-core", "edge-webview", "appx-deployment"};
    QRandomGenerator rng(seed);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block;
    qint64 written = 0;
    char stamp[32];
    char line[600];
    for (int n = 0; written < size; ++n) {
        std::snprintf(stamp, sizeof stamp, "2026-11-02 %02d:%02d:%02d", n / 360000 % 24, n / 6000 % 60, n / 100 % 60);
        const int build = 4000 + int(rng.bounded(600));
        const unsigned hex8 = rng.bounded(100000u);
        const unsigned long long hex12 = rng.generate64() & 0xffffffffffULL;
        const unsigned dec = rng.bounded(1000000000u);
        const char *word = words[rng.bounded(11)];
        switch (rng.bounded(7)) {
        case 0: std::snprintf(line, sizeof line, "%s, Info                  CBS    Appl: detect Parent, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~22621.%d.1.6, Parent: Microsoft-Windows-Client-Features-Package~31bf3856ad364e35~amd64~~10.0.22621.%d, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present\r\n", stamp, build, build); break;
        case 1: std::snprintf(line, sizeof line, "%s, Info                  CSI    %08x@2026/11/2:02:14:17.521 CSI Transaction @0x%012llx initialized for deployment engine {d16d444c-56d8-11d5-882d-0080c847b195} with flags 00000002 and client id [10]\"TI5.31109483_%u:1/\"\r\n", stamp, hex8, hex12, dec); break;
        case 2: std::snprintf(line, sizeof line, "%s, Info                  CBS    Exec: Processing complete, session(Corruption Repairing): 31109483_%u [HRESULT = 0x00000000 - S_OK]\r\n", stamp, dec); break;
        case 3: std::snprintf(line, sizeof line, "%s, Info                  DPX    Extraction of file: amd64_microsoft-windows-%s_31bf3856ad364e35_10.0.22621.%d_none_%012llx\\%s.dll\r\n", stamp, word, build, hex12, word); break;
        case 4: std::snprintf(line, sizeof line, "%s, Error                 DPX    Failed to extract file from cab, hr: 0x80070005 - E_ACCESSDENIED [HRESULT = 0x80070005 - E_ACCESSDENIED]\r\n", stamp); break;
        case 5: std::snprintf(line, sizeof line, "%s, Info                  CBS    Perf: Doqe: Install started. Component: amd64_microsoft-windows-%s_31bf3856ad364e35_10.0.22621.%d_none_%012llx\r\n", stamp, word, build, hex12); break;
        default: std::snprintf(line, sizeof line, "%s, Info                  DISM   DISM Provider Store: PID=%d TID=%u Getting Provider DISM Package Manager - CDISMProviderStore::GetProvider\r\n", stamp, build, hex8); break;
        }
        block += line;
        if (block.size() > 1024 * 1024 || written + block.size() >= size) {
            const qint64 take = qMin<qint64>(block.size(), size - written);
            f.write(block.constData(), take);
            written += take;
            block.clear();
        }
    }
}

double seconds(qint64 ms) { return double(ms) / 1000.0; }

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mbOpt(QStringLiteral("mb"), QStringLiteral("input size in MB (default 400)"), QStringLiteral("MB"), QStringLiteral("400"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("work folder (default: a temp folder)"), QStringLiteral("DIR"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("runs of each (best is kept, default 2)"), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("keep the generated input and bundles"));
    parser.addOptions({mbOpt, dirOpt, runsOpt, keepOpt});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir temp(parser.isSet(dirOpt) ? parser.value(dirOpt) + QStringLiteral("/bench-XXXXXX") : QDir::tempPath() + QStringLiteral("/lt-bench-XXXXXX"));
    temp.setAutoRemove(!parser.isSet(keepOpt));
    const QDir work(temp.path());
    const QString logs = work.filePath(QStringLiteral("Logs"));
    QDir().mkpath(logs);
    // A servicing folder's shape: one big CBS.log, persisted logs, dism.log, small files.
    const qint64 total = parser.value(mbOpt).toLongLong() * 1024 * 1024;
    const QList<std::pair<QString, double>> files = {
        {QStringLiteral("CBS/CBS.log"), 0.40}, {QStringLiteral("CBS/CbsPersist_20261101093012.log"), 0.20},
        {QStringLiteral("CBS/CbsPersist_20261015120000.log"), 0.15}, {QStringLiteral("DISM/dism.log"), 0.15},
        {QStringLiteral("WindowsUpdate/ReportingEvents.log"), 0.05}, {QStringLiteral("Panther/setupact.log"), 0.04}};
    qint64 generated = 0;
    quint32 seed = 1;
    for (const auto &[name, share] : files) {
        QDir().mkpath(QFileInfo(logs + u'/' + name).absolutePath());
        writeLog(logs + u'/' + name, qint64(double(total) * share), seed++);
        generated += qint64(double(total) * share);
    }
    QDir().mkpath(logs + QStringLiteral("/small"));
    for (int i = 0; i < 40; ++i) {   // many small files, like inf/setupapi and Panther xml
        writeLog(logs + QStringLiteral("/small/setupapi.%1.log").arg(i), total / 100 / 40, seed++);
        generated += total / 100 / 40;
    }
    out << QStringLiteral("input: %1 MB in %2 files (%3)\n").arg(generated / 1048576).arg(files.size() + 40).arg(logs);
    out.flush();

    const int runs = qMax(1, parser.value(runsOpt).toInt());
    qint64 zipMs = std::numeric_limits<qint64>::max(), ltMs = zipMs, zipSize = 0, ltSize = 0;
    double zipCpu = 0, ltCpu = 0;
    for (int run = 0; run < runs; ++run) {
        // Interleaved runs, best of each: other load on the machine hits both alike.
        const QString zipOut = work.filePath(QStringLiteral("zip.zip"));
        QFile::remove(zipOut);
        rusage childBefore{};
        getrusage(RUSAGE_CHILDREN, &childBefore);
        QElapsedTimer clock;
        clock.start();
        QProcess zip;
        zip.setWorkingDirectory(work.path());
        zip.start(QStringLiteral("zip"), {QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("-6"), zipOut, QStringLiteral("Logs")});
        if (!zip.waitForFinished(-1) || zip.exitCode() != 0)
            qFatal("zip failed: %s", zip.readAllStandardError().constData());
        zipMs = qMin(zipMs, clock.elapsed());
        rusage childAfter{};
        getrusage(RUSAGE_CHILDREN, &childAfter);
        zipCpu = double(childAfter.ru_utime.tv_sec - childBefore.ru_utime.tv_sec)
                 + double(childAfter.ru_utime.tv_usec - childBefore.ru_utime.tv_usec) / 1e6
                 + double(childAfter.ru_stime.tv_sec - childBefore.ru_stime.tv_sec)
                 + double(childAfter.ru_stime.tv_usec - childBefore.ru_stime.tv_usec) / 1e6;
        zipSize = QFileInfo(zipOut).size();

        // The collector on the same folder, as a dir item (what a profile would do).
        const QJsonObject item{{QStringLiteral("id"), QStringLiteral("logs")}, {QStringLiteral("kind"), QStringLiteral("dir")},
                               {QStringLiteral("title"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("日志")}, {QStringLiteral("en"), QStringLiteral("Logs")}}},
                               {QStringLiteral("paths"), QJsonArray{logs}}, {QStringLiteral("bundlePath"), QStringLiteral("Logs")}};
        const QJsonObject category{{QStringLiteral("id"), QStringLiteral("logs")},
                                   {QStringLiteral("title"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("日志")}, {QStringLiteral("en"), QStringLiteral("Logs")}}},
                                   {QStringLiteral("description"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("日志")}, {QStringLiteral("en"), QStringLiteral("Logs")}}},
                                   {QStringLiteral("items"), QJsonArray{item}}};
        const QJsonObject root{{QStringLiteral("schema"), 1}, {QStringLiteral("name"), QStringLiteral("bench")},
                               {QStringLiteral("platform"), QStringLiteral("linux")},
                               {QStringLiteral("title"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("基准")}, {QStringLiteral("en"), QStringLiteral("Bench")}}},
                               {QStringLiteral("categories"), QJsonArray{category}}};
        QString error;
        const auto profile = lt::collect::Profile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("bench.json"), &error);
        if (!profile)
            qFatal("%s", qPrintable(error));
        lt::collect::CollectRequest request;
        request.outputFile = work.filePath(QStringLiteral("lt.zip"));
        lt::collect::Collector collector;
        QSignalSpy finished(&collector, &lt::collect::Collector::finished);
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        clock.restart();
        collector.start(*profile, request);
        finished.wait(600000);
        ltMs = qMin(ltMs, clock.elapsed());
        const auto outcome = finished.first().first().value<lt::collect::CollectOutcome>();
        if (!outcome.bundleWritten)
            qFatal("collect failed: %s", qPrintable(outcome.error));
        ltSize = outcome.bundleSize;
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        auto cpu = [](const timeval &a, const timeval &b) { return double(b.tv_sec - a.tv_sec) + double(b.tv_usec - a.tv_usec) / 1e6; };
        ltCpu = cpu(before.ru_utime, after.ru_utime) + cpu(before.ru_stime, after.ru_stime);
        out << QStringLiteral("run %1: zip %2 s (CPU %3 s), collector %4 s (CPU %5 s, all threads)\n")
                   .arg(run + 1).arg(seconds(zipMs), 0, 'f', 2).arg(zipCpu, 0, 'f', 2)
                   .arg(seconds(clock.elapsed()), 0, 'f', 2).arg(ltCpu, 0, 'f', 2);
        out.flush();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("zip -r -q -6: %1 s, %2 MB\n").arg(seconds(zipMs), 0, 'f', 2).arg(double(zipSize) / 1048576.0, 0, 'f', 1);
    out << QStringLiteral("collector:    %1 s, %2 MB\n").arg(seconds(ltMs), 0, 'f', 2).arg(double(ltSize) / 1048576.0, 0, 'f', 1);
    out << QStringLiteral("time ratio (collector/zip): %1 (target <= 0.75)\n").arg(double(ltMs) / double(zipMs), 0, 'f', 3);
    out << QStringLiteral("size ratio (collector/zip): %1 (target <= 1.03)\n").arg(double(ltSize) / double(zipSize), 0, 'f', 4);
    out << QStringLiteral("collector peak RSS: %1 MB (target < 200; includes the generator's buffers)\n").arg(usage.ru_maxrss / 1024);
    return 0;
}
