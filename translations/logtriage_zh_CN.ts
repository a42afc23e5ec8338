<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EvtxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The event log device is not open for reading.</source>
        <translation>事件日志设备未以读取方式打开。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Not a Windows event log (.evtx) file: the &quot;ElfFile&quot; signature is missing.</source>
        <translation>不是 Windows 事件日志（.evtx）文件：缺少 “ElfFile” 签名。</translation>
    </message>
    <message>
        <source>The event log is cut off inside its file header (%1 bytes).</source>
        <translation>事件日志在文件头内被截断（%1 字节）。</translation>
    </message>
</context>
<context>
    <name>lt::bundle</name>
    <message>
        <source>zip error %1 (damaged or truncated archive)</source>
        <translation>zip 错误 %1（压缩包已损坏或不完整）</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation>manifest.json 不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>lt::bundle::BundleReader</name>
    <message>
        <source>nothing to open</source>
        <translation>没有要打开的内容</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1：不是可读取的文件</translation>
    </message>
    <message>
        <source>%1: cannot open as zip: %2</source>
        <translation>%1：无法作为 zip 打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the zip directory: %2</source>
        <translation>%1：无法读取 zip 目录：%2</translation>
    </message>
    <message>
        <source>no bundle is open</source>
        <translation>未打开任何日志包</translation>
    </message>
    <message>
        <source>%1: no such entry in the bundle</source>
        <translation>%1：日志包中没有此文件</translation>
    </message>
    <message>
        <source>%1: cannot open the zip entry: %2</source>
        <translation>%1：无法打开 zip 中的文件：%2</translation>
    </message>
    <message>
        <source>%1: outside the bundle folder</source>
        <translation>%1：位于日志包文件夹之外</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1：读取错误：%2</translation>
    </message>
    <message>
        <source>the bundle has no manifest.json</source>
        <translation>日志包中没有 manifest.json</translation>
    </message>
</context>
<context>
    <name>lt::collect</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>lt::text::LogFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>lt::text::SearchJob</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
</context>
<context>
    <name>lt::triage</name>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not a text file (binary content), not parsed</source>
        <translation>不是文本文件（二进制内容），未解析</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>data ends early</source>
        <translation>数据提前结束</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged part(s) skipped, first: %1</source>
        <translation>
            <numerusform>已跳过 %n 处损坏的部分，第一处：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>triage was cancelled</source>
        <translation>分析已取消</translation>
    </message>
</context>
<context>
    <name>lt::triage::ReportExporter</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>LogTriage report</source>
        <translation>LogTriage 分析报告</translation>
    </message>
    <message>
        <source>LogTriage report — %1</source>
        <translation>LogTriage 分析报告 — %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1 (confidence %2%)</source>
        <translation>诊断：%1（置信度 %2%）</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Suspects: %1</source>
        <translation>可疑组件：%1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Remediation steps:</source>
        <translation>修复步骤：</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>参考资料：</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>打开的文件</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收集时间</translation>
    </message>
    <message>
        <source>Files analysed</source>
        <translation>已分析文件</translation>
    </message>
    <message>
        <source>Errors / warnings</source>
        <translation>错误 / 警告</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>No known cause was recognised.</source>
        <translation>未识别出已知原因。</translation>
    </message>
    <message>
        <source>Error codes:</source>
        <translation>错误代码：</translation>
    </message>
    <message>
        <source>Suspects:</source>
        <translation>可疑组件：</translation>
    </message>
    <message>
        <source>Items not collected</source>
        <translation>未收集的项目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>… and %1 more findings.</source>
        <translation>……另有 %1 项发现。</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>置信度 %1%</translation>
    </message>
    <message>
        <source>Generated by LogTriage %1</source>
        <translation>由 LogTriage %1 生成</translation>
    </message>
</context>
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
    <name>lt::ui::BundleTreeModel</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Bundle overview: system, collection and diagnoses</source>
        <translation>日志包概览：系统、收集情况和诊断</translation>
    </message>
    <message>
        <source>Not collected (%1): %2</source>
        <translation>未收集（%1）：%2</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Collector note (%1): %2</source>
        <translation>收集工具备注（%1）：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>lt::ui::CategoryModel</name>
    <message>
        <source>%1
Needs administrator rights: restart as administrator to collect all of it.</source>
        <translation>%1
需要管理员权限：以管理员身份重新启动才能完整收集。</translation>
    </message>
    <message>
        <source>%1 (needs administrator rights)</source>
        <translation>%1（需要管理员权限）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What it contains</source>
        <translation>包含的内容</translation>
    </message>
</context>
<context>
    <name>lt::ui::CategoryPanel</name>
    <message>
        <source>&amp;Choose what to collect:</source>
        <translation>选择要收集的内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>What is collected?</source>
        <translation>收集什么信息？</translation>
    </message>
    <message>
        <source>Categories to collect</source>
        <translation>要收集的类别</translation>
    </message>
    <message>
        <source>Select all categories</source>
        <translation>选择所有类别</translation>
    </message>
    <message>
        <source>Select no category</source>
        <translation>取消选择所有类别</translation>
    </message>
</context>
<context>
    <name>lt::ui::CollectorWidget</name>
    <message>
        <source>The list of what to collect could not be loaded: %1</source>
        <translation>无法加载收集内容列表：%1</translation>
    </message>
    <message>
        <source>Collecting was cancelled. No file was saved.</source>
        <translation>已取消收集，没有保存任何文件。</translation>
    </message>
    <message>
        <source>Tick a category or add a path first.</source>
        <translation>请先勾选一个类别或添加一个路径。</translation>
    </message>
</context>
<context>
    <name>lt::ui::CustomPathList</name>
    <message>
        <source>measuring...</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Add files to the bundle</source>
        <translation>添加要收集的文件</translation>
    </message>
    <message>
        <source>Add a folder to the bundle</source>
        <translation>添加要收集的文件夹</translation>
    </message>
    <message>
        <source>&amp;Extra files or folders (only if the helpdesk asked; you can also drop them here):</source>
        <translation>其他文件或文件夹(&amp;E)（仅在技术支持要求时添加；也可以直接拖放到这里）：</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Usually nothing is needed here. Drop files or folders here, or use &quot;Add files...&quot; / &quot;Add folder...&quot;.</source>
        <translation>通常不需要添加。可以把文件或文件夹拖放到这里，或使用“添加文件…”/“添加文件夹…”。</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Extra files and folders</source>
        <translation>其他文件和文件夹</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Remove the selected files or folders</source>
        <translation>移除选中的文件或文件夹</translation>
    </message>
</context>
<context>
    <name>lt::ui::DiagnosisPanel</name>
    <message>
        <source>Analysing… diagnoses appear when all files are read.</source>
        <translation>正在分析……所有文件读完后显示诊断。</translation>
    </message>
    <message>
        <source>No known cause was recognised. Check the findings list for the errors that were found, and look them up with the error code lookup.</source>
        <translation>未识别出已知原因。请查看“发现”列表中的错误，并用“错误代码查询”查看其含义。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the registry value</source>
        <translation>复制注册表值</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>置信度 %1%</translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation>复制到工单</translation>
    </message>
    <message>
        <source>Copy this diagnosis as text, to paste into a ticket</source>
        <translation>将此诊断复制为文本，粘贴到工单中</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>可疑组件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Remediation steps</source>
        <translation>修复步骤</translation>
    </message>
    <message>
        <source>Copy all commands</source>
        <translation>复制全部命令</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>参考资料：%1</translation>
    </message>
</context>
<context>
    <name>lt::ui::Elevation</name>
    <message>
        <source>Restarting as root is not supported here. Run: %1</source>
        <translation>此处无法自动以 root 身份重新启动。请运行：%1</translation>
    </message>
</context>
<context>
    <name>lt::ui::ElevationBanner</name>
    <message>
        <source>Command copied</source>
        <translation>命令已复制</translation>
    </message>
    <message>
        <source>These need administrator rights: %1. Without them, parts of them will be missing. Click &quot;Restart as administrator&quot; and confirm; your choices are kept.</source>
        <translation>以下内容需要管理员权限：%1。没有管理员权限时，其中一部分无法收集。请点击“以管理员身份重新启动”并确认，您的选择会被保留。</translation>
    </message>
    <message>
        <source>Restart as administrator</source>
        <translation>以管理员身份重新启动</translation>
    </message>
    <message>
        <source>These need administrator (root) rights: %1. Without them, parts of them will be missing. To collect everything, close this window and start it as root: &quot;Copy command&quot; copies the command to run.</source>
        <translation>以下内容需要管理员（root）权限：%1。没有该权限时，其中一部分无法收集。如需完整收集，请关闭此窗口并以 root 身份启动：点击“复制命令”即可复制要运行的命令。</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the command that starts the collector as root</source>
        <translation>复制以 root 身份启动收集程序的命令</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>需要管理员权限</translation>
    </message>
</context>
<context>
    <name>lt::ui::EntryExtractor</name>
    <message>
        <source>The file is not part of the opened bundle.</source>
        <translation>该文件不属于已打开的日志包。</translation>
    </message>
</context>
<context>
    <name>lt::ui::ErrorLookupDialog</name>
    <message>
        <source>Examples: 0x80070005, 80070005, -2147024891, 5, E_ACCESSDENIED, 0xC1900101-0x20017</source>
        <translation>示例：0x80070005、80070005、-2147024891、5、E_ACCESSDENIED、0xC1900101-0x20017</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error code or a known error name.</source>
        <translation>“%1”不是错误代码，也不是已知的错误名称。</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>别名：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>十进制</translation>
    </message>
    <message>
        <source>%1 (unsigned %2)</source>
        <translation>%1（无符号 %2）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施 (Facility)</translation>
    </message>
    <message>
        <source>Code (low 16 bits)</source>
        <translation>代码（低 16 位）</translation>
    </message>
    <message>
        <source>Win32 error</source>
        <translation>Win32 错误</translation>
    </message>
    <message>
        <source>Customer bit</source>
        <translation>客户位</translation>
    </message>
    <message>
        <source>set (not a Microsoft code)</source>
        <translation>已设置（非微软代码）</translation>
    </message>
    <message>
        <source>NTSTATUS bit</source>
        <translation>NTSTATUS 位</translation>
    </message>
    <message>
        <source>set (mapped from an NTSTATUS)</source>
        <translation>已设置（由 NTSTATUS 映射）</translation>
    </message>
    <message>
        <source>Extended code</source>
        <translation>扩展代码</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Not in the error catalog.</source>
        <translation>错误目录中没有此代码。</translation>
    </message>
    <message>
        <source>Error code lookup</source>
        <translation>错误代码查询</translation>
    </message>
    <message>
        <source>Error code or name:</source>
        <translation>错误代码或名称：</translation>
    </message>
    <message>
        <source>e.g. 0x80070005 or E_ACCESSDENIED</source>
        <translation>例如 0x80070005 或 E_ACCESSDENIED</translation>
    </message>
</context>
<context>
    <name>lt::ui::FindBar</name>
    <message>
        <source>Find in log</source>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>停止搜索</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Matching lines</source>
        <translation>匹配的行</translation>
    </message>
    <message>
        <source>Lines with findings</source>
        <translation>有发现的行</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
</context>
<context>
    <name>lt::ui::FindingsModel</name>
    <message numerus="yes">
        <source>%n distinct finding(s)</source>
        <translation>
            <numerusform>%n 项不同的发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s), lines %1–%2</source>
        <translation>
            <numerusform>出现 %n 次，第 %1–%2 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>文件:行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>lt::ui::FindingsPanel</name>
    <message>
        <source>Show in log</source>
        <translation>在日志中显示</translation>
    </message>
    <message>
        <source>Look up error code</source>
        <translation>查询错误代码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Filter findings by code, name, message or file</source>
        <translation>按代码、名称、消息或文件筛选发现</translation>
    </message>
    <message>
        <source>Only the file on screen</source>
        <translation>仅当前文件</translation>
    </message>
</context>
<context>
    <name>lt::ui::ItemProgressModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lt::ui::ItemStatusPresentation</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Collecting...</source>
        <translation>正在收集…</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已收集</translation>
    </message>
    <message>
        <source>Collected (newest part)</source>
        <translation>已收集（最新部分）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Needs administrator rights</source>
        <translation>需要管理员权限</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Very large: only the newest part was kept</source>
        <translation>文件过大：只保留了最新的部分</translation>
    </message>
    <message>
        <source>Not found on this computer</source>
        <translation>未找到：这台电脑上没有</translation>
    </message>
    <message>
        <source>Timed out: it took too long and was stopped</source>
        <translation>超时：运行时间过长，已被停止</translation>
    </message>
    <message>
        <source>Not applicable on this computer</source>
        <translation>不适用于这台电脑</translation>
    </message>
    <message>
        <source>Could not be collected</source>
        <translation>无法收集</translation>
    </message>
    <message>
        <source>Could not be collected (%1)</source>
        <translation>无法收集（%1）</translation>
    </message>
</context>
<context>
    <name>lt::ui::LogPane</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in this log (Ctrl+F)</source>
        <translation>在此日志中查找 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Go to a line number (Ctrl+G)</source>
        <translation>转到指定行号 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>长行自动换行</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Follow the end of a growing log (like tail -f)</source>
        <translation>跟踪不断增长的日志末尾（类似 tail -f）</translation>
    </message>
    <message>
        <source>Line number (1 - %1):</source>
        <translation>行号（1 - %1）：</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>%1 matching lines</source>
        <translation>%1 个匹配行</translation>
    </message>
    <message>
        <source>No log open</source>
        <translation>未打开日志</translation>
    </message>
    <message>
        <source>%1 — %2 lines, %3, %4</source>
        <translation>%1 — %2 行，%3，%4</translation>
    </message>
    <message>
        <source>%1 (indexing…)</source>
        <translation>%1（正在建立索引…）</translation>
    </message>
    <message>
        <source>%1 — showing %2 lines</source>
        <translation>%1 — 显示 %2 行</translation>
    </message>
</context>
<context>
    <name>lt::ui::LogView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Facility: %1, code %2</source>
        <translation>设施：%1，代码 %2</translation>
    </message>
    <message>
        <source>Click to open the error lookup.</source>
        <translation>单击打开错误代码查询。</translation>
    </message>
    <message>
        <source>… (line cut off for display)</source>
        <translation>…（该行过长，显示已截断）</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>lt::ui::OutputChooser</name>
    <message>
        <source>Where should the file be saved?</source>
        <translation>文件保存到哪里？</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Folder the file is saved to</source>
        <translation>文件保存的文件夹</translation>
    </message>
    <message>
        <source>Change the folder the file is saved to</source>
        <translation>更改文件保存的文件夹</translation>
    </message>
    <message>
        <source>Name of the file that will be written</source>
        <translation>将要生成的文件名</translation>
    </message>
</context>
<context>
    <name>lt::ui::ProgressPage</name>
    <message>
        <source>Elapsed: %1</source>
        <translation>已用时间：%1</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Collecting...</source>
        <translation>正在收集…</translation>
    </message>
    <message>
        <source>Stopping the running programs and removing the unfinished file...</source>
        <translation>正在停止运行中的程序并删除未完成的文件…</translation>
    </message>
    <message>
        <source>Writing the zip file...</source>
        <translation>正在写入 zip 文件…</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Now collecting: %1</source>
        <translation>正在收集：%1</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <extracomment>%v and %m are filled in by the progress bar (items done, items in total)</extracomment>
        <translation>第 %v 项，共 %m 项</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel collecting</source>
        <translation>取消收集</translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translation>收集进度</translation>
    </message>
    <message>
        <source>Items and their status</source>
        <translation>各项及其状态</translation>
    </message>
</context>
<context>
    <name>lt::ui::ResultPage</name>
    <message>
        <source>Path copied</source>
        <translation>路径已复制</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Done: the file is ready</source>
        <translation>完成：文件已生成</translation>
    </message>
    <message>
        <source>No file was written</source>
        <translation>没有生成文件</translation>
    </message>
    <message>
        <source>Send this file to the helpdesk (for example as an e-mail attachment):</source>
        <translation>请把这个文件发送给技术支持（例如作为邮件附件）：</translation>
    </message>
    <message>
        <source>Collecting failed: %1</source>
        <translation>收集失败：%1</translation>
    </message>
    <message>
        <source>Path of the collected file</source>
        <translation>收集文件的路径</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder that contains the file</source>
        <translation>打开文件所在的文件夹</translation>
    </message>
    <message>
        <source>Copy the path of the file</source>
        <translation>复制文件路径</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>在查看器中打开</translation>
    </message>
    <message>
        <source>Open the collected file in the viewer</source>
        <translation>在查看器中打开收集的文件</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>返回开始页面</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) were collected.</source>
        <translation>
            <numerusform>全部 %n 项均已收集。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items were collected; %3 could not be collected (see below). The file is still useful: send it anyway.</source>
        <translation>已收集 %1 项（共 %2 项）；%3 项无法收集（见下方）。这个文件仍然有用，请照常发送。</translation>
    </message>
    <message>
        <source>&amp;Not collected:</source>
        <translation>未收集的项目(&amp;N)：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Items that could not be collected</source>
        <translation>无法收集的项目</translation>
    </message>
    <message>
        <source>Some items need administrator rights. To include them, click &quot;Back&quot;, restart as administrator and collect again.</source>
        <translation>部分项目需要管理员权限。如需包含它们，请点击“返回”，以管理员身份重新启动后再收集一次。</translation>
    </message>
</context>
<context>
    <name>lt::ui::SeverityStyle</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>lt::ui::StartPage</name>
    <message>
        <source>Collect logs</source>
        <translation>收集日志</translation>
    </message>
    <message>
        <source>Tick what to collect and click &quot;Collect&quot;. One zip file is saved (on the desktop unless you choose another folder below): send that file to the helpdesk. Nothing is sent automatically.</source>
        <translation>勾选要收集的内容，然后点击“收集”。程序会保存一个 zip 文件（默认在桌面，也可以在下方选择其他文件夹），请把这个文件发送给技术支持。程序不会自动发送任何内容。</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>Starts collecting and saves one zip file</source>
        <translation>开始收集并保存为一个 zip 文件</translation>
    </message>
</context>
<context>
    <name>lt::ui::SummaryPage</name>
    <message numerus="yes">
        <source>%n likely cause(s) found — see the diagnoses below.</source>
        <translation>
            <numerusform>找到 %n 个可能原因——请看下方的诊断。</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing… %1 of %2 files read.</source>
        <translation>正在分析……已读取 %1/%2 个文件。</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析……</translation>
    </message>
    <message numerus="yes">
        <source>No known cause was recognised, but %n error(s) were found. See the findings.</source>
        <translation>
            <numerusform>未识别出已知原因，但发现了 %n 个错误，请查看“发现”。</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors were found in the logs.</source>
        <translation>日志中未发现错误。</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Collected as administrator</source>
        <translation>以管理员身份收集</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No — some items may be missing</source>
        <translation>否——部分项目可能缺失</translation>
    </message>
    <message>
        <source>Collection started</source>
        <translation>收集开始</translation>
    </message>
    <message>
        <source>Collection finished</source>
        <translation>收集结束</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>收集配置</translation>
    </message>
    <message>
        <source>Collector version</source>
        <translation>收集工具版本</translation>
    </message>
    <message>
        <source>No manifest.json: this is not a collector bundle.</source>
        <translation>没有 manifest.json：这不是收集工具生成的日志包。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Items collected</source>
        <translation>已收集项目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Items %1</source>
        <translation>项目%1</translation>
    </message>
    <message>
        <source>Files in bundle</source>
        <translation>包内文件</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>总大小</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>收集情况</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Suspects: %1</source>
        <translation>可疑组件：%1</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>置信度 %1%</translation>
    </message>
    <message>
        <source>Files with errors and warnings</source>
        <translation>有错误或警告的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>未收集的项目</translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation>尚未打开任何内容</translation>
    </message>
    <message>
        <source>Open a bundle (.zip), a folder or log files with File ▸ Open, or drop them here.</source>
        <translation>通过“文件 ▸ 打开”打开日志包（.zip）、文件夹或日志文件，或将其拖放到此处。</translation>
    </message>
</context>
<context>
    <name>lt::ui::TimelinePane</name>
    <message>
        <source>Select several logs to see their lines merged by time.</source>
        <translation>选择多个日志，按时间合并查看它们的行。</translation>
    </message>
    <message>
        <source>Merging %1 logs by time… %2 lines so far</source>
        <translation>正在按时间合并 %1 个日志… 已有 %2 行</translation>
    </message>
    <message>
        <source>%1 logs, %2 lines merged by time (lines without a time stay with the line before)</source>
        <translation>%1 个日志，共 %2 行按时间合并（无时间的行跟随其前一行）</translation>
    </message>
</context>
<context>
    <name>lt::ui::TimelineView</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>lt::ui::ViewerActions</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Open &amp;folder...</source>
        <translation>打开文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>导出报告(&amp;E)...</translation>
    </message>
    <message>
        <source>Save the triage report as HTML, Markdown or JSON</source>
        <translation>将分析报告保存为 HTML、Markdown 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Copy diagnoses for ticket</source>
        <translation>复制诊断到工单(&amp;C)</translation>
    </message>
    <message>
        <source>Error code &amp;lookup...</source>
        <translation>错误代码查询(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Merged timeline of selected logs</source>
        <translation>所选日志的合并时间线(&amp;M)</translation>
    </message>
</context>
<context>
    <name>lt::ui::ViewerWidget</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing… %1 of %2 files</source>
        <translation>正在分析……%1/%2 个文件</translation>
    </message>
    <message>
        <source>%1 files analysed: %2 errors, %3 warnings, %4 diagnoses</source>
        <translation>已分析 %1 个文件：%2 个错误，%3 个警告，%4 个诊断</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1……</translation>
    </message>
    <message>
        <source>Unknown report format: use .html, .md or .json.</source>
        <translation>未知的报告格式：请使用 .html、.md 或 .json。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML 报告 (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n diagnosis(es) copied to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 个诊断复制到剪贴板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an unpacked bundle folder</source>
        <translation>打开已解压的日志包文件夹</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>Only files with errors or warnings</source>
        <translation>仅显示有错误或警告的文件</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show format column</source>
        <translation>显示格式列</translation>
    </message>
</context>
<context>
    <name>lt::ui::WhatIsCollectedDialog</name>
    <message>
        <source>Only what is listed here is collected. Nothing is sent anywhere: everything goes into one zip file on this computer, and you decide whom to send it to.</source>
        <translation>只收集下面列出的内容。程序不会向任何地方发送数据：所有内容都保存在这台电脑上的一个 zip 文件里，由您决定发给谁。</translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation>需要管理员权限</translation>
    </message>
    <message>
        <source>What is collected?</source>
        <translation>收集什么信息？</translation>
    </message>
    <message>
        <source>What is collected, by category</source>
        <translation>按类别列出的收集内容</translation>
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
    <message>
        <source>Categories to tick in the collector, comma-separated.</source>
        <translation>收集页面中要勾选的类别，用逗号分隔。</translation>
    </message>
    <message>
        <source>A file or folder to collect too (repeatable).</source>
        <translation>同时收集的文件或文件夹（可重复）。</translation>
    </message>
    <message>
        <source>Where the collector saves the bundle.</source>
        <translation>收集器保存日志包的位置。</translation>
    </message>
</context>
</TS>
