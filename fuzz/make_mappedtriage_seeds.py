#!/usr/bin/env python3
"""Writes the hand-made seeds of fuzz/corpus/fuzz_mappedtriage/ (docs/fuzzing.md).

Each seed is 3 option bytes (byte 0: segment size and threads, byte 1: the prefix/format,
byte 2: bit 0 plain screen, bit 1 UTF-8 BOM, bit 2 CRLF prefix; see fuzz_mappedtriage.cpp)
followed by log text."""
import os
import sys

CBS, DISM, WU_ETW, WU_LEGACY, PANTHER, GENERIC, CBS_RAW = range(7)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "fuzz_mappedtriage")


def opts(segment=0, threads=1, fmt=CBS, plain=False, bom=False, crlf=False):
    """segment index 0..4 = {default, 1, 97, 1000, 4096}."""
    return bytes([segment + 5 * (threads - 1), fmt, int(plain) | int(bom) << 1 | int(crlf) << 2])


def cbs(t, level, comp, msg):
    return "2022-08-23 15:%s, %-21s %-6s %s" % (t, level, comp, msg)


def lines(*ls, end="\n"):
    return end.join(ls) + end


seeds = {}

seeds["codes_every_form.log"] = opts(0, 1) + lines(
    cbs("20:01", "Error", "CBS", "Failed to perform operation.  [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]"),
    cbs("20:02", "Info", "CSI", "00000012 hr = 8024402c while reading the store"),
    cbs("20:03", "Info", "CBS", "Failed to resolve package HRESULT=800F081F"),
    cbs("20:04", "Info", "CBS", "Shtd: failed to open the session"),
    "[gle=0x80004005]",
    cbs("20:05", "Info", "CSI", "0000002f Perf:\tc0000034\tstatus 0xc0000034 from NtOpenFile"),
    cbs("20:06", "Info", "CBS", "Exec: status 0x0 nothing to do, result [0x00000000]"),
    cbs("20:07", "Info", "CSI", "0000003a (F) STATUS_OBJECT_NAME_NOT_FOUND #123# status 0xc0000034 [gle=0xd0000034]"),
).encode()

pad = "." * 120
seeds["console_wrapped.log"] = opts(2, 2) + lines(
    cbs("21:07", "Info", "CBS", "Staging package Package_for_KB5015811 %s Fai" % pad),
    "led to stage the payload",
    cbs("21:08", "Info", "CBS", "Staging package Package_for_KB5015812 %s [HRESULT = 0x8007" % pad),
    "0005 - E_ACCESSDENIED]",
    cbs("21:09", "Info", "CBS", "Staging package Package_for_KB5015813 %s result [" % pad),
    "80070002]",
    cbs("21:10", "Info", "CSI", "hr =\n8024402c after a cut"),
    cbs("21:11", "Info", "CBS", "status\n0x800f0922 after a cut, and a cut word: Err"),
    "or at the end",
).encode()

seeds["lone_cr_crlf_mixed.log"] = opts(3, 3, crlf=True) + (
    cbs("22:01", "Info", "CBS", "Failed to get session package state [HRESULT = 0x800f0821 - CBS_E_ABORT]\r")
    + cbs("22:02", "Info", "CBS", "plain line\r\n")
    + cbs("22:03", "Error", "CBS", "Failed to open the session for shutdown processing\r\r\n")
    + "\r\n\r"
    + cbs("22:04", "Info", "CSI", "hr=8007000d while reading status 800f0922 from store")   # no final line end
).encode()

seeds["preamble_before_header.log"] = opts(1, 4, fmt=CBS_RAW) + lines(
    "1 component failed to load, the servicing stack continues",
    "Logging resumed",
    "Fatal: cannot write the journal",
    cbs("23:01", "Info", "CBS", "Exec: Processing started.  Client: WindowsUpdateAgent, Session: 31012345_1234567890"),
    cbs("23:02", "Info", "CBS", "Session: 31012345_1234567890 initialized by client WindowsUpdateAgent, external staging directory: (null)"),
).encode()

seeds["levels_without_codes.log"] = opts(4, 2, plain=True) + lines(
    cbs("24:10", "Error", "CBS", "Failed to open the session for shutdown processing"),
    cbs("24:10", "Info", "CBS", "Failed to get the poqexec status, trying the next one"),
    cbs("24:11", "Fatal", "CSI", "Store access denied while aborting the transaction"),
    cbs("24:12", "Critical", "CBS", "Servicing stack aborted"),
    cbs("24:13", "Warning", "CBS", "Error in a warning line is no error"),
    cbs("24:14", "Error", "CBS", "Operation completed"),
).encode()

seeds["failure_source.log"] = opts(0, 2, bom=True) + lines(
    cbs("25:12", "Info", "CBS", "Reporting package change for package: Package_for_KB5015811~31bf3856ad364e35~amd64~~19041.1889.1.7, current: Staged, status: 0x0, failure source: Execute, client id: DISM Package Manager Provider"),
    cbs("25:12", "Info", "CBS", "WER: Generating failure report for package: Package_for_KB5015811~31bf3856ad364e35~amd64~~19041.1889.1.7, status: 0x800f0922, failure source: Execute, client id: WindowsUpdateAgent"),
    cbs("25:13", "Info", "CBS", "Failed execution of queue item Installer: Extended Security Updates AI installer ({f6d7b1c0-1ccb-4a1b-8c2e-1d1c1d1c1d1c}) with HRESULT HRESULT_FROM_WIN32(1603).  Failure will not be ignored: A rollback will be initiated"),
).encode()

gb = lines(
    cbs("26:04", "Info", "CBS", "Shtd: 等待安装程序完成的时候出现错误 the operation could"),
    "   continue after a wrapped line 拒绝访问",
    cbs("26:05", "错误", "CBS", "安装失败 [HRESULT = 0x80070005 - E_ACCESSDENIED]"),
    cbs("26:06", "Info", "CBS", "开始安装 更新 KB5015811"),
    cbs("26:07", "严重", "CSI", "存储损坏"),
)
seeds["gb18030_chinese.log"] = opts(2, 3, crlf=True) + gb.encode("gb18030")

long_line = cbs("27:01", "Info", "CBS", "Plan: Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.1889.1.7, " * 40)
seeds["very_long_lines.log"] = opts(3, 2) + lines(
    long_line[:3000] + " [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
    cbs("27:02", "Info", "CBS", "x" * 500 + "Error" + "y" * 200),
).encode()

seeds["dism.log"] = opts(2, 2, fmt=DISM) + lines(
    cbs("28:01", "Error", "DISM", "DISM Package Manager: PID=4242 TID=4343 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f081f)"),
    cbs("28:02", "Info", "DISM", "DISM Package Manager: PID=4242 TID=4343 The source files could not be found; hr = 0x800f081f"),
    cbs("28:03", "Error", "DISM", "DISM DISM Package Manager: Failed while processing command add-capability. - CPackageManagerCLIHandler::ExecuteCmdLine(hr:0x800f0954)"),
).encode()

seeds["windowsupdate_etw.log"] = opts(3, 2, fmt=WU_ETW) + lines(
    "2022/08/23 15:10:02.3498804 1204  6644  Misc            *FAILED* [800703F0] Failed to get proxy settings token, not impersonating user",
    "2022/08/23 15:10:05.2345678 1204  6120  ProtocolTalker  SOAP Client failed to get a valid response from the server; hr = 0x8024402C",
    "2022/08/23 15:10:06.0000001 1204  6120  Agent           * START *   Installing updates CallerId = UpdateOrchestrator",
    "2022/08/23 15:40:06.0000001 1204  6120  Agent           Exit code = 0x80240022",
).encode()

seeds["windowsupdate_legacy.log"] = opts(1, 2, fmt=WU_LEGACY) + lines(
    "2016-10-19\t11:23:58:516\t1532\t1f40\tPT\tWARNING: SyncUpdates failure, error = 0x8024402C, soap client error = 5, soap error code = 0, HTTP status code = 200",
    "2016-10-19\t11:23:58:517\t1532\t1f40\tAgent\t  * WARNING: Exit code = 0x8024402C",
    "2016-10-19\t11:23:58:518\t1532\t1f40\tAU\tWARNING: failed\t8024402c tab-separated",
).encode()

seeds["panther_setupact.log"] = opts(4, 1, fmt=PANTHER) + lines(
    cbs("29:01", "Error", "SP", "Operation failed: Add [1] Disk Space Hard Block. Error: 0x80070070[gle=0x00000070]"),
    cbs("29:02", "Info", "MOUPG", "DiskSpace = 12345 InstallDiskSpace"),
    cbs("29:03", "Error", "", "CSetupManager::Execute(1234): Result = 0xC1900101"),
).encode()

seeds["generic_app.log"] = opts(0, 1, fmt=GENERIC) + lines(
    "[2023-01-05 08:00:01] INFO  agent started, version 5.2.1",
    "[2023-01-05 08:00:02] ERROR could not open C:\\ProgramData\\Agent\\state.db: 0x80070005",
    "[2023-01-05 08:00:03] WARN  access denied to the cache",
    "2023-01-05 08:00:04 fatal error, aborting",
    "\tc0000022 after a tab",
).encode()

seeds["generic_latin1.log"] = opts(2, 2, fmt=GENERIC) + lines(
    "2023-01-05 08:00:01 D\xe9marrage du service",
    "2023-01-05 08:00:02 \xc9chec: acc\xe8s refus\xe9 (0x80070005)",
).encode("latin-1")

os.makedirs(OUT, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
print("%d seeds, %d bytes" % (len(seeds), sum(len(d) for d in seeds.values())), file=sys.stderr)
