// Differential fuzzing of the fast triage path: MappedTriager (memory-mapped, raw bytes screened
// by CandidateScreen, only candidate entries parsed, in segments and parallel ranges) must give
// exactly the report of the streaming FileTriager on the same bytes. Besides "no crash / no
// sanitizer report", any difference in findings, rule hits, diagnoses, line count or size aborts
// with both reports printed.
//
// Input: byte 0 picks the segment size and thread count, byte 1 a prefix that makes format
// detection land on a line-based format (and the file name that goes with it), byte 2 option
// bits (plain C++ screen instead of AVX2, UTF-8 BOM, CRLF in the prefix); the rest is log text.
#include "reportdescription.h"
#include "triage/candidatescreen.h"
#include "triage/filetriager.h"
#include "triage/mappedtriager.h"
#include "triage/rulebook.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

using lt::triage::CandidateScreen;

struct Prefix {
    const char *fileName;
    const char *lines;   // three neutral header lines of the format (no code, no rule keyword)
};

// Neutral lines only: whatever the report holds comes from the fuzzed text.
constexpr Prefix Prefixes[] = {
    {"CBS.log",
     "2022-08-23 15:10:01, Info                  CBS    TI: --- Initializing Trusted Installer ---\n"
     "2022-08-23 15:10:01, Info                  CSI    00000001@2022/8/23:15:10:01.123 WcpInitialize: wcp.dll version 0.0.0.6\n"
     "2022-08-23 15:10:02, Info                  CBS    Loaded Servicing Stack v10.0.19041.1880 with Core: C:\\Windows\\winsxs\\cbscore.dll\n"},
    {"dism.log",
     "2022-08-23 15:10:01, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->\n"
     "2022-08-23 15:10:01, Info                  DISM   DISM.EXE: Host machine information: OS Version=10.0.19045\n"
     "2022-08-23 15:10:02, Info                  DISM   DISM Provider Store: PID=4242 TID=4343 Getting the collection of providers\n"},
    {"WindowsUpdate.log",
     "2022/08/23 15:10:02.1234567 1204  5520  ComApi          * START *   Search ClientId = UpdateOrchestrator\n"
     "2022/08/23 15:10:02.1234999 1204  5520  Agent           * Online = Yes; Ignore download priority = No\n"
     "2022/08/23 15:10:03.2000000 1204  6644  Agent           Added service 7971F918-A847-4430-9279-4A52D1EFE18D to sequential scan list\n"},
    {"WindowsUpdate.log",
     "2016-10-19\t11:23:47:610\t1532\t1f40\tPT\t+++++++++++  PT: Synchronizing server updates  +++++++++++\n"
     "2016-10-19\t11:23:47:611\t1532\t1f40\tPT\t  + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}\n"
     "2016-10-19\t11:23:48:002\t1532\t1f40\tAgent\t*************\n"},
    {"setupact.log",
     "2022-08-23 15:10:01, Info                  MOUPG  SetupHost: Current SetupHost version 10.0.19041.1\n"
     "2022-08-23 15:10:01, Info                  MOUPG  SetupHost: Host OS Version 10.0.19045\n"
     "2022-08-23 15:10:02, Info                  SP     Operation queued: Prepare Setup Environment\n"},
    {"app.log", ""},   // no prefix: format detection on the fuzzed text alone
    {"CBS.log", ""},
};

constexpr qint64 Segments[] = {0, 1, 97, 1000, 4096};

QString toPrintable(const QString &report)
{
    return report.isEmpty() ? QStringLiteral("(empty)\n") : report;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3 || size > 256 * 1024)
        return 0;
    static QTemporaryDir dir;   // one folder per process; each input overwrites its file
    if (!dir.isValid())
        std::abort();
    const lt::triage::RuleBook &rules = lt::triage::RuleBook::builtin();
    if (rules.rules().isEmpty())
        std::abort();   // the harness compares nothing without rules

    const qint64 segment = Segments[data[0] % std::size(Segments)];
    const int threads = 1 + (data[0] / std::size(Segments)) % 4;
    const Prefix &prefix = Prefixes[data[1] % std::size(Prefixes)];
    const bool plain = data[2] & 1;
    QByteArray bytes;
    if (data[2] & 2)
        bytes += "\xEF\xBB\xBF";
    QByteArray head(prefix.lines);
    if (data[2] & 4)
        head.replace("\n", "\r\n");
    bytes += head;
    bytes.append(reinterpret_cast<const char *>(data) + 3, qsizetype(size) - 3);

    const QString name = QString::fromLatin1(prefix.fileName);
    const QString path = dir.filePath(name);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            std::abort();
    }

    CandidateScreen::setVectorised(!plain);
    const std::optional<lt::triage::FileReport> mapped
        = lt::triage::MappedTriager(rules).triage(path, name, nullptr, segment, threads);
    CandidateScreen::setVectorised(true);
    if (!mapped)
        return 0;   // not eligible: FileTriager streams such files itself

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const lt::triage::FileReport streamed = lt::triage::FileTriager(rules).triage(buffer, name);

    const QString expected = lt::test::describeReport(streamed);
    const QString actual = lt::test::describeReport(*mapped);
    if (expected != actual || streamed.bytes != mapped->bytes) {
        std::fprintf(stderr,
                     "MappedTriager differs from FileTriager (%s, segment %lld, %d threads, %s screen)\n"
                     "--- streamed (%lld bytes):\n%s--- mapped (%lld bytes):\n%s",
                     prefix.fileName, static_cast<long long>(segment), threads, plain ? "plain" : "vector",
                     static_cast<long long>(streamed.bytes), qUtf8Printable(toPrintable(expected)),
                     static_cast<long long>(mapped->bytes), qUtf8Printable(toPrintable(actual)));
        std::abort();
    }
    if (qEnvironmentVariableIsSet("LT_FUZZ_VERBOSE"))   // shows what a corpus exercises
        std::fprintf(stderr, "== %s segment %lld, %d threads, %s screen\n%s", prefix.fileName,
                     static_cast<long long>(segment), threads, plain ? "plain" : "vector", qUtf8Printable(actual));
    return 0;
}
