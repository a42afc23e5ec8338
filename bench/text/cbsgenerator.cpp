#include "cbsgenerator.h"

#include <QFile>

#include <array>
#include <random>

namespace lt::bench {
namespace {

struct HResult {
    const char *code;
    const char *name;
};

constexpr std::array<HResult, 8> HResults{{
    {"0x800f0922", "CBS_E_INSTALLERS_FAILED"}, {"0x800f081f", "CBS_E_SOURCE_MISSING"},
    {"0x800f0831", "CBS_E_STORE_CORRUPTION"}, {"0x800f0805", "CBS_E_INVALID_PACKAGE"},
    {"0x80070005", "E_ACCESSDENIED"}, {"0x80070002", "ERROR_FILE_NOT_FOUND"},
    {"0x800736b3", "ERROR_SXS_ASSEMBLY_NOT_FOUND"}, {"0x800f0821", "CBS_E_ABORT"},
}};

constexpr std::array<const char *, 6> Packages{{
    "Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.1889.1.7",
    "Package_for_KB5012170~31bf3856ad364e35~amd64~~22000.825.1.1",
    "Microsoft-Windows-NetFx4-WCF-OC-Package~31bf3856ad364e35~amd64~~10.0.14393.0",
    "Package_for_ServicingStack_1940~31bf3856ad364e35~amd64~~19041.1940.1.0",
    "Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~zh-CN~10.0.19041.1",
    "Package_1_for_KB3177467~31bf3856ad364e35~amd64~~6.1.1.1",
}};

class Writer final
{
public:
    explicit Writer(quint64 seed) : m_rng(seed) {}

    int pick(int n) { return int(m_rng() % quint64(n)); }

    // One line into `out`, CRLF-terminated like the real file.
    void line(QByteArray &out)
    {
        if (pick(40) == 0) ++m_second;
        const int s = m_second;
        char stamp[64];
        std::snprintf(stamp, sizeof stamp, "2024-03-%02d %02d:%02d:%02d, ", 1 + (s / 86400) % 28,
                      (s / 3600) % 24, (s / 60) % 60, s % 60);
        out += stamp;
        const int kind = pick(1000);
        const char *pkg = Packages[size_t(pick(int(Packages.size())))];
        const HResult &hr = HResults[size_t(pick(int(HResults.size())))];
        char buf[1024];
        if (kind < 420) {
            static constexpr std::array<const char *, 6> chatter{{
                "Exec: Processing started.  Client: DISM Package Manager Provider, Session: 31005943_%u, Package: %s",
                "Appl: detect Parent, Package: %2$s, Parent: Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.19041.%1$u, Disposition = Detect, VersionComp: EQ, ServiceComp: EQ, BuildComp: EQ, DistributionComp: GE, RevisionComp: GE, Exist: present",
                "Session: 31005943_%u initialized by client DISM Package Manager Provider, external staging directory: (null), external registry directory: (null)",
                "Read out cached package applicability for package: %2$s, ApplicableState: 112, CurrentState:112 (session %1$u)",
                "Setting ExecuteState key to: ExecuteStateNone (session %u)",
                "Loaded Servicing Stack v10.0.19041.%u with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.19041.1940_none_7dd80d767cb5c7b0\\cbscore.dll",
            }};
            std::snprintf(buf, sizeof buf, chatter[size_t(pick(int(chatter.size())))], unsigned(m_rng() % 100000), pkg);
            appendLine(out, "Info", "CBS", buf);
        } else if (kind < 800) {
            static constexpr std::array<const char *, 4> csi{{
                "%08x Creating NT transaction (seq %u), objectname [6]\"(null)\"",
                "%08x@2024/3/5:10:11:12.%03u CSI Transaction @0x1a2b3c4d5e destroyed",
                "%08x Performing %u operations as follows:",
                "%08x [SR] Verifying 100 components, %u checked so far",
            }};
            std::snprintf(buf, sizeof buf, csi[size_t(pick(int(csi.size())))], ++m_csiSeq, unsigned(m_rng() % 1000));
            appendLine(out, "Info", "CSI", buf);
        } else if (kind < 900) {
            std::snprintf(buf, sizeof buf, "Reporting package change for package: %s, current: Installed, pending: Default, start: Installed, applicable: Installed, target: Installed, limit: Installed, hotpatch status: StillGoing, status: 0x0, failure source: Execute, reboot required: False, client id: DISM Package Manager Provider, initiated offline: False, execution sequence: %u, first merged sequence: %u, reboot reason: REBOOT_NOT_REQUIRED, RM App session: -1, RM App name: N/A, FileName in use: N/A, release type: Feature Pack, release quality: final, OC operation: True, download source: 0, download time (secs): 4294967295, download status: 0x0 (S_OK), Express download: False, Download Size: 0",
                          pkg, unsigned(m_rng() % 200), unsigned(m_rng() % 200));
            appendLine(out, "Info", "CBS", buf);
        } else if (kind < 960) {
            std::snprintf(buf, sizeof buf, "Failed to internally open package. [HRESULT = %s - %s]", hr.code, hr.name);
            appendLine(out, "Info", "CBS", buf);
        } else if (kind < 975) {
            std::snprintf(buf, sizeof buf, "Perf: Doqe: Install ended. (elapsed %u ms)", unsigned(m_rng() % 90000));
            appendLine(out, "Perf", "CBS", buf);
        } else if (kind < 985) {
            std::snprintf(buf, sizeof buf, "Failed to resolve package '%s' [HRESULT = %s - %s]", pkg, hr.code, hr.name);
            appendLine(out, "Error", "CBS", buf);
        } else if (kind < 995) {
            std::snprintf(buf, sizeof buf, "%08x (F) STATUS_SHARING_VIOLATION #%u# from Windows::Rtl::SystemImplementation::DirectFileSystemProvider::SysCreateFile(flags = 0, handle = {provider=NULL, handle=0, name= (\"null\")}, da = (SYNCHRONIZE|FILE_READ_ATTRIBUTES))[gle=0xd0000043]",
                          ++m_csiSeq, unsigned(m_rng() % 9000000));
            appendLine(out, "Error", "CSI", buf);
        } else {
            std::snprintf(buf, sizeof buf, "Warning: Unrecognized packageExtended attribute. (session %u)", unsigned(m_rng() % 100000));
            appendLine(out, "Warning", "CBS", buf);
        }
    }

private:
    static void appendLine(QByteArray &out, const char *level, const char *component, const char *text)
    {
        char head[64];
        std::snprintf(head, sizeof head, "%-22s%-7s", level, component);
        out += head;
        out += text;
        out += "\r\n";
    }

    std::mt19937_64 m_rng;
    int m_second = 36000;
    unsigned m_csiSeq = 0;
};

} // namespace

bool generateCbsLog(const QString &path, qint64 bytes, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    Writer writer(seed);
    QByteArray buffer;
    buffer.reserve(1 << 21);
    qint64 written = 0;
    while (written < bytes) {
        buffer.clear();
        while (buffer.size() < (1 << 20))
            writer.line(buffer);
        if (file.write(buffer) != buffer.size())
            return false;
        written += buffer.size();
    }
    return file.flush();
}

} // namespace lt::bench
