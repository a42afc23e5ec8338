<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>lt::ui::AboutDialog</name>
    <message>
        <source>About LogTriage</source>
        <translation>关于 LogTriage</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LogTriage %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LogTriage %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Collects Windows and Linux diagnostic logs into one bundle, finds the failures in them and explains how to fix them.</source>
        <translation>将 Windows 和 Linux 诊断日志收集为一个压缩包，找出其中的故障并说明修复方法。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用的开源组件：</translation>
    </message>
</context>
<context>
    <name>lt::ui::CollectorWidget</name>
    <message>
        <source>The collector window is not available in this build yet. Use "logtriage-cli collect".</source>
        <translation>此版本尚未提供收集窗口。请使用 “logtriage-cli collect”。</translation>
    </message>
</context>
<context>
    <name>lt::ui::MainWindow</name>
    <message>
        <source>LogTriage</source>
        <translation>LogTriage 日志诊断</translation>
    </message>
    <message>
        <source>LogTriage — Windows log collection and analysis</source>
        <translation>LogTriage —— Windows 日志收集与分析</translation>
    </message>
    <message>
        <source>Collect the logs of this computer into one file for the helpdesk, or open a collected bundle to find out what went wrong.</source>
        <translation>把本机日志收集成一个文件发给技术支持，或打开已收集的日志包，找出问题所在。</translation>
    </message>
    <message>
        <source>Collect logs</source>
        <translation>收集日志</translation>
    </message>
    <message>
        <source>Gather system information and logs from this computer into a zip file on the desktop.</source>
        <translation>收集本机的系统信息和日志，在桌面上生成一个 zip 文件。</translation>
    </message>
    <message>
        <source>View / analyse</source>
        <translation>查看/分析</translation>
    </message>
    <message>
        <source>Open a bundle, a folder or a log file and see the errors found and how to fix them.</source>
        <translation>打开日志包、文件夹或日志文件，查看发现的错误及修复方法。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Collect logs</source>
        <translation>收集日志(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View / analyse</source>
        <translation>查看/分析(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LogTriage</source>
        <translation>关于 LogTriage(&amp;A)</translation>
    </message>
    <message>
        <source>Open bundle or log</source>
        <translation>打开日志包或日志</translation>
    </message>
    <message>
        <source>Bundles and logs (*.zip *.log *.txt *.csv *.xml *.etl *.evtx);;All files (*)</source>
        <translation>日志包和日志 (*.zip *.log *.txt *.csv *.xml *.etl *.evtx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>lt::ui::ViewerWidget</name>
    <message>
        <source>Open a bundle (.zip), a folder or a log file with File &gt; Open.</source>
        <translation>请通过“文件 &gt; 打开”打开日志包（.zip）、文件夹或日志文件。</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>已打开：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Collect and analyse Windows servicing logs.</source>
        <translation>收集并分析 Windows 更新与服务日志。</translation>
    </message>
    <message>
        <source>Open straight into the log collector.</source>
        <translation>直接打开日志收集页面。</translation>
    </message>
    <message>
        <source>User interface language: zh or en.</source>
        <translation>界面语言：zh（中文）或 en（英文）。</translation>
    </message>
    <message>
        <source>Bundles, folders or logs to open.</source>
        <translation>要打开的日志包、文件夹或日志。</translation>
    </message>
</context>
</TS>
