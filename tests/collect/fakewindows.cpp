#include "fakewindows.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

namespace lt::testing {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray cbsLikeLog(qsizetype size)
{
    static const char *const lines[] = {
        "%1, Info                  CBS    Exec: Processing complete, session(Corruption Repairing): 31109483_2512345678 [HRESULT = 0x00000000 - S_OK]",
        "%1, Info                  CBS    Appl: detect Parent, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~22621.4460.1.6, Parent: Microsoft-Windows-Client-Features-Package~31bf3856ad364e35~amd64~~10.0.22621.4460, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present",
        "%1, Info                  DPX    Extraction of file: amd64_microsoft-windows-kernel32_31bf3856ad364e35_10.0.22621.4460_none_5f3f0a4e3b8c2f11\\kernel32.dll",
        "%1, Error                 DPX    Failed to extract file from cab, hr: 0x80070005 - E_ACCESSDENIED [HRESULT = 0x80070005 - E_ACCESSDENIED]",
        "%1, Info                  CSI    00000a3b@2026/11/2:02:14:17.521 CSI Transaction @0x1f2a6b0 initialized for deployment engine {d16d444c-56d8-11d5-882d-0080c847b195} with flags 00000002 and client id [10]\"TI5.31109483_2512345678:1/\"",
        "%1, Info                  CBS    Perf: Doqe: Install started.",
    };
    QByteArray out;
    out.reserve(size + 512);
    int n = 0;
    while (out.size() < size) {
        const QString stamp = QStringLiteral("2026-11-02 10:%1:%2").arg(14 + (n / 3000) % 40, 2, 10, QLatin1Char('0'))
                                  .arg((n / 50) % 60, 2, 10, QLatin1Char('0'));
        out += QString::fromLatin1(lines[n % 6]).arg(stamp).toLatin1() + "\r\n";
        ++n;
    }
    out.truncate(size);
    return out;
}

FakeWindows makeFakeWindows(const QString &folder)
{
    FakeWindows fw;
    fw.root = QDir(folder).filePath(QStringLiteral("C"));
    fw.replay = QDir(folder).filePath(QStringLiteral("replay"));
    const QDir c(fw.root);
    const QDir r(fw.replay);
    fw.cbsLog = cbsLikeLog(6 * 1024 * 1024 + 123);
    writeFile(c.filePath(QStringLiteral("Windows/Logs/CBS/CBS.log")), fw.cbsLog);
    writeFile(c.filePath(QStringLiteral("Windows/Logs/CBS/CbsPersist_20261101093012.log")), cbsLikeLog(200000));
    writeFile(c.filePath(QStringLiteral("Windows/Logs/CBS/CbsPersist_20261030081500.cab")), QByteArray("MSCF\0\0\0\0", 8) + QByteArray(5000, '\x11'));
    writeFile(c.filePath(QStringLiteral("Windows/Logs/DISM/dism.log")),
              "2026-11-02 10:20:11, Error                 DISM   DISM Package Manager: PID=4242 TID=1234 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0821)\r\n");
    // ReportingEvents.log is UTF-16LE with BOM on real machines.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    writeFile(c.filePath(QStringLiteral("Windows/SoftwareDistribution/ReportingEvents.log")),
              utf16(QStringLiteral("{6E1C2B3A-0001-4C5F-9F0B-1A2B3C4D5E6F}\t2026-11-02 10:21:00:123+0800\t1\t161\t101\t{00000000-0000-0000-0000-000000000000}\t0\t80070005\tUpdateOrchestrator\tFailure\tContent Install\tInstallation Failure: Windows failed to install the following update with error 0x80070005: 2026-11 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5046633).\r\n")));
    writeFile(c.filePath(QStringLiteral("Windows/Logs/WindowsUpdate/WindowsUpdate.20261102.102100.123.1.etl")), QByteArray(70000, '\x07'));
    writeFile(c.filePath(QStringLiteral("Windows/Logs/WindowsUpdate/readme.txt")), "not an etl");
    writeFile(c.filePath(QStringLiteral("Windows/WinSxS/pending.xml")),
              "<?xml version='1.0' encoding='utf-8'?>\r\n<PendingTransaction Version=\"3.1\" Identifier=\"916ae75edb30da0146730000b008b035\"><Transactions/></PendingTransaction>\r\n");
    writeFile(c.filePath(QStringLiteral("Windows/WinSxS/poqexec.log")), "1dad5c0a3b4b2f1: Poqexec started\r\n");
    writeFile(c.filePath(QStringLiteral("Windows/servicing/Sessions/Sessions.xml")),
              "<?xml version=\"1.0\" encoding=\"utf-8\"?><Sessions Version=\"2\"><Session id=\"31109483_2512345678\" Status=\"0x800f0821\"/></Sessions>\r\n");
    writeFile(c.filePath(QStringLiteral("Windows/Panther/setupact.log")), "2026-10-01 09:00:00, Info                  SP     Setup phase change: [SetupPhaseDownlevel]\r\n");
    writeFile(c.filePath(QStringLiteral("Windows/Panther/setuperr.log")), "");
    writeFile(c.filePath(QStringLiteral("Windows/inf/setupapi.dev.log")), ">>>  [Device Install (Hardware initiated) - PCI\\VEN_8086&DEV_15F3]\r\n");
    writeFile(c.filePath(QStringLiteral("Windows/System32/drivers/etc/hosts")), "127.0.0.1 localhost\r\n");
    writeFile(c.filePath(QStringLiteral("ProgramData/Vendor/agent.log")), "agent started\n");

    fw.ipconfigText = QStringLiteral("\r\nWindows IP 配置\r\n\r\n   主机名  . . . . . . . . . . . . . : PC-01\r\n\r\n以太网适配器 以太网:\r\n\r\n   IPv4 地址 . . . . . . . . . . . . : 192.168.1.20(首选)\r\n");
    QStringEncoder utf16b(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    writeFile(r.filePath(QStringLiteral("ipconfig.txt")), utf16b(fw.ipconfigText));
    QStringEncoder gbk("GB18030");
    writeFile(r.filePath(QStringLiteral("systeminfo.txt")),
              gbk(QStringLiteral("主机名:           PC-01\r\nOS 名称:          Microsoft Windows 11 专业版\r\nOS 版本:          10.0.22631 暂缺 Build 22631\r\n")));
    writeFile(r.filePath(QStringLiteral("fltmc-filters.txt")),
              "\r\nFilter Name                     Num Instances    Altitude    Frame\r\n------------------------------  -------------  ------------  -----\r\nTmPreFlt                                5       329500         0\r\nWdFilter                                5       328010         0\r\n");
    writeFile(r.filePath(QStringLiteral("gpresult-html.txt")), "<html><body>RSOP</body></html>");
    writeFile(r.filePath(QStringLiteral("evt-system.txt")), "Event[0]:\r\n  Log Name: System\r\n  Event ID: 7023\r\n");
    writeFile(r.filePath(QStringLiteral("evt-system.evtx")), QByteArray("ElfFile\0", 8) + QByteArray(4096, '\0'));
    writeFile(r.filePath(QStringLiteral("evt-application.txt")), "Event[0]:\r\n  Log Name: Application\r\n");
    writeFile(r.filePath(QStringLiteral("slmgr-dlv.txt")), "Error: 0xC004F074 The Key Management Service (KMS) is unavailable\r\n");
    writeFile(r.filePath(QStringLiteral("slmgr-dlv.json")), "{\"exitCode\": 1}");
    writeFile(r.filePath(QStringLiteral("hotfixes.txt")), "");
    writeFile(r.filePath(QStringLiteral("hotfixes.json")), "{\"timeout\": true, \"exitCode\": -1}");
    return fw;
}

} // namespace lt::testing
