#include "fakewindowsroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace lt::test {

namespace {

// The same values the engine uses for a fake root (PathResolver): drive C: is the root.
QString expandWindowsPath(QString path)
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("user"));
    const QString home = QStringLiteral("C:\\Users\\") + user;
    const QMap<QString, QString> env = {
        {QStringLiteral("SYSTEMDRIVE"), QStringLiteral("C:")}, {QStringLiteral("SYSTEMROOT"), QStringLiteral("C:\\Windows")},
        {QStringLiteral("WINDIR"), QStringLiteral("C:\\Windows")}, {QStringLiteral("PROGRAMDATA"), QStringLiteral("C:\\ProgramData")},
        {QStringLiteral("ALLUSERSPROFILE"), QStringLiteral("C:\\ProgramData")},
        {QStringLiteral("PROGRAMFILES"), QStringLiteral("C:\\Program Files")},
        {QStringLiteral("PROGRAMFILES(X86)"), QStringLiteral("C:\\Program Files (x86)")},
        {QStringLiteral("USERPROFILE"), home}, {QStringLiteral("HOME"), home},
        {QStringLiteral("APPDATA"), home + QStringLiteral("\\AppData\\Roaming")},
        {QStringLiteral("LOCALAPPDATA"), home + QStringLiteral("\\AppData\\Local")},
        {QStringLiteral("TEMP"), home + QStringLiteral("\\AppData\\Local\\Temp")},
        {QStringLiteral("TMP"), home + QStringLiteral("\\AppData\\Local\\Temp")}, {QStringLiteral("USERNAME"), user}};
    static const QRegularExpression percent(QStringLiteral("%([A-Za-z_][A-Za-z0-9_()]*)%"));
    QRegularExpressionMatch m;
    while ((m = percent.match(path)).hasMatch())
        path.replace(m.capturedStart(), m.capturedLength(), env.value(m.captured(1).toUpper(), QStringLiteral("X")));
    path.replace(u'\\', u'/');
    if (path.size() >= 2 && path.at(1) == u':')
        path = path.mid(2);
    return path;
}

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

// Realistic contents by file name: what the helpdesk expects to find in each log.
QByteArray contentFor(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.contains(u"cbs"))
        return crlf(
            "2022-07-20 10:41:02, Info                  CBS    Exec: Processing started.  Client: WindowsUpdateAgent, Session(Stack): 31016893_2105046917\n"
            "2022-07-20 10:41:03, Info                  DPX    Ended DPX phase: Resume and Download Job\n"
            "2022-07-20 10:41:03, Info                  DPX    DpxException hr=0x80070005 code=0x020217\n"
            "2022-07-20 10:41:03, Info                  CBS    Failed to Resume job in DpxThreadResumeJobProc [HRESULT = 0x80070005 - E_ACCESSDENIED]\n"
            "2022-07-20 10:41:03, Info                  CBS    Failed to extract files from cabinet \\\\?\\C:\\WINDOWS\\SoftwareDistribution\\Download\\8b3a\\inst\\Windows10.0-KB5015811-x64.cab\\Cab 3 for KB5015811 PSFX.cab [HRESULT = 0x80070005 - E_ACCESSDENIED]\n"
            "2022-07-20 10:41:03, Info                  CBS    Failed to add package: Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3165.1.8 [HRESULT = 0x80070005 - E_ACCESSDENIED]\n"
            "2022-07-20 10:41:03, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x80070005 - E_ACCESSDENIED]\n");
    if (lower.contains(u"dism"))
        return crlf(
            "2022-07-20 10:45:12, Info                  DISM   DISM.EXE: Image session version 10.0.17763.1 loaded\n"
            "2022-07-20 10:45:13, Error                 DISM   DISM Package Manager: PID=4120 TID=5012 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0922)\n");
    if (lower.contains(u"setupact") || lower.contains(u"panther"))
        return crlf(
            "2022-07-21 08:02:11, Info                  MOUPG  SetupHost: Reporting error event [Start]\n"
            "2022-07-21 08:02:11, Error                 SP     CSetupPlatform::ResurrectNewSystem: Failed to resurrect new system. Error: 0x80070005\n");
    return crlf("2022-07-20 09:00:00, Info    Service started\n2022-07-20 09:00:01, Warning Retrying connection\n");
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// ipconfig /all as a Chinese Windows writes it when redirected with /U: UTF-16LE with BOM.
QByteArray utf16Ipconfig()
{
    const QString text = QStringLiteral(
        "\r\nWindows IP 配置\r\n\r\n   主机名  . . . . . . . . . . . . . : PC-0412\r\n"
        "   主 DNS 后缀 . . . . . . . . . . . : corp.example\r\n\r\n以太网适配器 以太网:\r\n\r\n"
        "   物理地址. . . . . . . . . . . . . : 00-15-5D-01-02-03\r\n"
        "   IPv4 地址 . . . . . . . . . . . . : 10.20.30.41(首选)\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

bool FakeWindowsRoot::build(const collect::Profile &profile, const QString &baseDir, QString *error)
{
    root = baseDir + QStringLiteral("/C");
    replayDir = baseDir + QStringLiteral("/replay");
    QDir().mkpath(root);
    QDir().mkpath(replayDir);

    // The last file item stays absent: a realistic "not found" (e.g. no upgrade ever ran).
    for (const collect::Item &item : profile.items()) {
        if (item.kind == collect::ItemKind::File || item.kind == collect::ItemKind::Dir)
            missingItemId = item.id;
    }
    // ipconfig writes UTF-16LE when redirected on a Chinese system; gpresult is the one that hangs.
    for (const collect::Item &item : profile.items()) {
        if (item.kind != collect::ItemKind::Command)
            continue;
        if (item.id == u"ipconfig" || utf16ItemId.isEmpty())
            utf16ItemId = item.id;
    }
    for (const collect::Item &item : profile.items()) {
        if (item.kind == collect::ItemKind::Command && item.id != utf16ItemId
            && (item.id.startsWith(u"gpresult") || timeoutItemId.isEmpty()))
            timeoutItemId = item.id;
    }
    for (const collect::Item &item : profile.items()) {
        switch (item.kind) {
        case collect::ItemKind::File:
        case collect::ItemKind::Dir:
            if (item.id == missingItemId)
                break;
            for (const QString &pattern : item.paths) {
                QString path = expandWindowsPath(pattern);
                QString last = path.section(u'/', -1);
                if (item.kind == collect::ItemKind::Dir || last.isEmpty()) {
                    path += QStringLiteral("/sample.log");
                } else if (last.contains(u'*') || last.contains(u'?')) {
                    const QString folder = path.section(u'/', -2, -2);
                    last.replace(u'*', folder.compare(u"CBS", Qt::CaseInsensitive) == 0 ? QStringLiteral("CBS")
                                                                                         : QStringLiteral("sample"));
                    last.replace(u'?', u'1');
                    path = path.section(u'/', 0, -2) + u'/' + last;
                }
                if (path.section(u'/', 0, -2).contains(u'*'))
                    continue;   // wildcard folders: too clever for a fixture, leave them missing
                if (!writeFile(root + path, contentFor(QFileInfo(path).fileName()), error))
                    return false;
            }
            break;
        case collect::ItemKind::Command:
        case collect::ItemKind::Registry: {
            QByteArray output;
            if (item.id == utf16ItemId) {
                output = utf16Ipconfig();
            } else if (item.id == timeoutItemId) {
                output = crlf("Partial output before the command hung\n");
                if (!writeFile(replayDir + u'/' + item.id + QStringLiteral(".json"), R"({"exitCode": 1, "timeout": true})", error))
                    return false;
            } else {
                output = crlf("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\n"
                              "    WUServer    REG_SZ    http://wsus.corp.example:8530\n");
            }
            if (!writeFile(replayDir + u'/' + item.id + QStringLiteral(".txt"), output, error))
                return false;
            break;
        }
        case collect::ItemKind::EventLog: {
            // An .evtx starts with the "ElfFile" header; the window never parses it.
            QByteArray evtx("ElfFile\0", 8);
            evtx.append(QByteArray(4088, '\0'));
            if (!writeFile(replayDir + u'/' + item.id + QStringLiteral(".evtx"), evtx, error))
                return false;
            if (!writeFile(replayDir + u'/' + item.id + QStringLiteral(".txt"),
                           crlf("Event[0]:\n  Log Name: System\n  Source: Microsoft-Windows-WindowsUpdateClient\n"
                                "  Event ID: 20\n  Level: Error\n  Description: Installation Failure: Windows failed "
                                "to install the following update with error 0x80070005.\n"), error))
                return false;
            break;
        }
        }
    }
    return true;
}

} // namespace lt::test
